"""Quotes a frame interrupts keep their pieces; quoted names in the frame are no quotes."""

from __future__ import annotations

from collections.abc import Callable

import spacy

from lagebild.evaluation.wikinews import TokenIndex, system_items
from lagebild.model import Quote, Span
from lagebild.pipeline import register_extensions
from lagebild.quotes.clauses import name_like
from lagebild.quotes.component import QuoteFinder
from lagebild.quotes.lexicon import contractions, lower_set, word_list

Finder = Callable[[str], list[Quote]]


def _pieces(quote: Quote, text: str) -> list[str]:
    return [text[p.start : p.end] for p in quote.parts]


def test_so_frame_inside_the_content_splits_the_quote(find_quotes: Finder) -> None:
    text = "Die Lage sei, so der Minister, sehr ernst."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert _pieces(quotes[0], text) == ["Die Lage sei", "sehr ernst"]
    assert quotes[0].speaker is not None and "Minister" in quotes[0].speaker.name


def test_laut_frame_inside_a_main_clause_splits_the_quote(find_quotes: Finder) -> None:
    text = "Die Mission ist laut der Regierung völlig überfordert."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert _pieces(quotes[0], text) == ["Die Mission ist", "völlig überfordert"]


def test_frame_at_the_start_leaves_one_piece(find_quotes: Finder) -> None:
    text = "Laut der Regierung ist die Mission völlig überfordert."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].parts == []
    assert quotes[0].text == "ist die Mission völlig überfordert"


def test_scorer_covers_only_the_parts() -> None:
    text = "Die Lage sei so der Minister ernst"
    words = text.split()
    tokens, offset = [], 0
    for i, word in enumerate(words):
        start = text.index(word, offset)
        tokens.append({"id": i, "text": word, "charBegin": start, "charEnd": start + len(word)})
        offset = start + len(word)
    index = TokenIndex(tokens)
    whole = Quote(id="Q1", kind="indirect", start=0, end=len(text), text=text)
    split = whole.model_copy(
        update={"parts": [Span(start=0, end=12), Span(start=29, end=len(text))]}
    )
    assert len(system_items([whole], index)[0].tokens) == 7
    assert system_items([split], index)[0].tokens == frozenset({0, 1, 2, 6})


def test_quote_without_parts_stays_valid_json() -> None:
    quote = Quote(id="Q1", kind="direct", start=0, end=2, text="Ja")
    assert Quote.model_validate_json(quote.model_dump_json()).parts == []


def test_quoted_title_after_its_noun_is_no_quote(find_quotes: Finder) -> None:
    text = "Das meldete die Online-Ausgabe des „Spiegel“ am Abend."
    assert [q for q in find_quotes(text) if q.kind == "direct"] == []


def test_name_like_tells_titles_from_words() -> None:
    assert name_like("Financial Times")
    assert not name_like("Wir kommen wieder")


def test_closed_class_lists_are_data() -> None:
    assert contractions()["zum"] == "zu"
    assert "worden" in lower_set("passive_auxiliaries.txt")
    assert {"in", "aus"} <= word_list("place_links.txt")
    assert "aller" in word_list("genitive_determiners.txt")


def _tagged(text: str, tags: dict[str, str]) -> list[Quote]:
    """Quotes of ``text`` with the given STTS tags set by hand (no tagger in these tests)."""
    register_extensions()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    for token in doc:
        token.tag_ = tags.get(token.text, "")
    doc._.entities = []
    return QuoteFinder().find(doc)


def test_colon_frame_with_any_verb_names_the_cue() -> None:
    text = (
        "Der Minister griff den Präsidenten scharf an: „Das ist ein Skandal, sagen wir es offen.“"
    )
    quotes = _tagged(text, {"griff": "VVFIN", "an": "PTKVZ", "Minister": "NN"})
    assert len(quotes) == 1
    cue = quotes[0].cue
    assert cue is not None
    assert [text[p.start : p.end] for p in cue.parts] == ["griff", "an"]


def test_wonach_opens_a_relative_frame(find_quotes: Finder) -> None:
    text = "Es gab Berichte, wonach die Maus für den Brand verantwortlich sein soll."
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["die Maus für den Brand verantwortlich sein soll"]
    assert quotes[0].cue is not None and quotes[0].cue.text == "wonach"


def test_worden_belongs_to_a_participle_cue(find_quotes: Finder) -> None:
    text = "Zuvor war berichtet worden, dass der Minister zurücktreten werde."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    cue = quotes[0].cue
    assert cue is not None
    assert "worden" in [text[p.start : p.end] for p in cue.parts]


def test_demonstrative_points_back_to_the_sentence_before() -> None:
    text = "Der Minister tritt zurück. Dies bestätigte die Regierung am Abend."
    quotes = _tagged(text, {"bestätigte": "VVFIN", "Regierung": "NN", "Minister": "NN"})
    assert len(quotes) == 1
    quote = quotes[0]
    assert [text[p.start : p.end] for p in quote.parts] == ["Der Minister tritt zurück.", "Dies"]
    assert quote.speaker is not None and "Regierung" in quote.speaker.name
    assert quote.cue is not None and quote.cue.text == "bestätigte"


def test_no_pointing_back_across_paragraphs() -> None:
    text = "Der Minister tritt zurück.\n\nDies bestätigte die Regierung am Abend."
    quotes = _tagged(text, {"bestätigte": "VVFIN", "Regierung": "NN", "Minister": "NN"})
    assert [q for q in quotes if q.kind == "indirect"] == []


def test_temporal_nach_names_no_source(find_quotes: Finder) -> None:
    text = "Zwei Monate nach dem Urteil des Gerichts liegt nun die Begründung vor."
    assert find_quotes(text) == []
