"""Nested quoted phrases, cue companions, apposition speakers, speech-act quotations."""

from __future__ import annotations


def _one(quotes, kind):  # noqa: ANN001, ANN202
    found = [q for q in quotes if q.kind == kind]
    assert len(found) == 1, quotes
    return found[0]


def test_cue_takes_reflexive_and_pronominal_adverb(find_quotes):
    quotes = find_quotes("Der Minister verwies darauf, dass die Lage ernst sei.")
    cue = _one(quotes, "indirect").cue
    assert cue is not None
    assert [cue.text[p.start - cue.start : p.end - cue.start] for p in cue.parts] == [
        "verwies",
        "darauf",
    ]


def test_cue_takes_mit_den_worten(find_quotes):
    quotes = find_quotes("Der Trainer kommentierte das Spiel mit den Worten: „Das war nichts.“")
    cue = _one(quotes, "direct").cue
    assert cue is not None and cue.text.endswith("Worten")


def test_speaker_keeps_apposition(find_quotes):
    quotes = find_quotes(
        "Andres Granier, der Gouverneur von Tabasco, sagte, die Lage sei dramatisch."
    )
    speaker = _one(quotes, "indirect").speaker
    assert speaker is not None
    assert speaker.end - speaker.start == len("Andres Granier, der Gouverneur von Tabasco")


def test_speaker_before_relative_clause(find_quotes):
    text = (
        "Frank Sichau, der als Sprecher der Fraktion fungiert, erklärte, "
        "dass ein Versagen Konsequenzen haben müsse."
    )
    quote = _one(find_quotes(text), "indirect")
    assert quote.text.startswith("dass ein Versagen")
    assert quote.speaker is not None and quote.speaker.name == "Frank Sichau"


def test_quoted_words_of_a_speech_act_are_direct(find_quotes):
    text = "Der Präsident bezeichnete den Anschlag als „Akt des Verbrechertums“."
    quote = _one(find_quotes(text), "direct")
    assert quote.text == "Akt des Verbrechertums"
    assert quote.speaker is not None and quote.cue is not None


def test_so_frame_with_trailing_prepositional_phrase(find_quotes):
    text = "„Wir wollen den Fans etwas bieten“, so Vereinschef Corny Littmann zu den Gründen."
    quote = _one(find_quotes(text), "direct")
    assert quote.speaker is not None and quote.speaker.name == "Corny Littmann"


def test_demonstrative_speaker_is_kept(find_quotes):
    text = "Die Anwältin rief die Polizei an. Diese sagte, dass ein Haftbefehl bestehe."
    quote = next(q for q in find_quotes(text) if q.text.startswith("dass"))
    assert quote.speaker is not None and quote.speaker.name == "Diese"
