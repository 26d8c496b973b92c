from __future__ import annotations

import pytest

from lagebild.quotes.direct import find_quotations

CONVENTIONS = [("„", "“"), ("»", "«"), ("«", "»"), ('"', '"'), ("“", "”"), ("‚", "‘")]


@pytest.mark.parametrize(("opening", "closing"), CONVENTIONS)
def test_every_convention_with_frame_before(find_quotes, opening, closing):
    text = (
        f"Die Ministerin Anna Weber sagte: {opening}Wir werden das "
        f"Gesetz noch in diesem Jahr ändern.{closing}"
    )
    quotes = find_quotes(text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "direct"
    assert quote.text == "Wir werden das Gesetz noch in diesem Jahr ändern."
    assert quote.speaker is not None and quote.speaker.name == "Anna Weber"
    assert quote.cue is not None and quote.cue.lemma == "sagen"


def test_frame_after_with_comma(find_quotes):
    quotes = find_quotes("„Wir haben nichts zu verbergen“, sagte sie. Sie ging dann.")
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].text == "Wir haben nichts zu verbergen"
    assert quotes[0].cue.text == "sagte"


def test_so_frame_after(find_quotes):
    quotes = find_quotes(
        "„Der Bär ist ganz offensichtlich außer Rand und Band“, so der Minister Werner Schnappauf."
    )
    assert len(quotes) == 1
    assert quotes[0].kind == "direct"
    assert quotes[0].speaker.name == "Werner Schnappauf"
    assert quotes[0].cue.lemma == "so"


def test_separable_frame_before_colon(find_quotes):
    text = "Das sei schwierig, räumte Rjabkow ein: „Ich würde sagen: Nein, es ist nicht gelungen.“"
    quotes = find_quotes(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text == "Ich würde sagen: Nein, es ist nicht gelungen."
    assert direct[0].cue.lemma == "einräumen"
    assert len(direct[0].cue.parts) == 2


def test_quote_over_several_sentences(find_quotes):
    text = "Er sagte: „Das ist gut. Wir sind zufrieden. Es geht weiter.“"
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].text == "Das ist gut. Wir sind zufrieden. Es geht weiter."


def test_quote_over_paragraphs():
    text = "Er sagte: „Das ist gut.\n\n„Es geht weiter.“"
    quotations = find_quotations(text)
    assert len(quotations) == 1
    assert text[quotations[0].start : quotations[0].end].endswith("weiter.“")


def test_nested_quote_stays_inside():
    text = "Sie sagte: „Er nannte es ‚absurd‘ und ging.“"
    quotations = find_quotations(text)
    assert len(quotations) == 1
    assert (
        text[quotations[0].inner_start : quotations[0].inner_end]
        == "Er nannte es ‚absurd‘ und ging."
    )


def test_apostrophes_are_no_quotes():
    assert find_quotations("Wie geht's? Obama's Rede war lang.") == []


def test_scare_quotes_are_no_quotes(find_quotes):
    assert find_quotes("Die sogenannte „Reichensteuer“ wurde eingeführt.") == []
    assert find_quotes("Der Film „Das Boot“ lief im Kino.") == []


def test_partial_quote_inside_indirect_is_a_nested_direct_quote(find_quotes):
    text = "Sherman sagte, die Gespräche seien „offen und direkt“ verlaufen."
    quotes = find_quotes(text)
    outer = [q for q in quotes if q.nested_in is None]
    assert len(outer) == 1
    assert outer[0].kind == "indirect"
    assert "offen und direkt" in outer[0].text
    nested = [q for q in quotes if q.nested_in is not None]
    assert [(q.kind, q.text, q.nested_in) for q in nested] == [
        ("direct", "offen und direkt", outer[0].id)
    ]
    assert nested[0].speaker == outer[0].speaker
    assert nested[0].cue == outer[0].cue


def test_quoted_name_inside_indirect_is_no_nested_quote(find_quotes):
    text = "Der Minister sagte der „Financial Times“, er sei zufrieden."
    assert all(q.nested_in is None for q in find_quotes(text))


def test_quoted_subheading_without_frame_is_no_quote(find_quotes):
    text = (
        "Erster Absatz ohne Zitat.\n\n„Nicht gelungen, irgendeine "
        "Verbesserung zu erzielen“\n\nDer nächste Absatz."
    )
    assert find_quotes(text) == []


def test_unframed_quote_takes_the_paragraph_speaker(find_quotes):
    text = (
        "Der Minister Hans Keller sagte: „Wir sind bereit.“ "
        "„Wir warten nur noch auf das Parlament.“"
    )
    quotes = find_quotes(text)
    assert [q.speaker.name for q in quotes] == ["Hans Keller", "Hans Keller"]
