"""How far a cue reaches: split particle verbs, auxiliaries after a participle, "lassen",
opinion nouns as objects, and adverbs that are no part of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from lagebild.pipeline import Analyzer, build_pipeline
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def cue_words() -> Callable[[str], list[str]]:
    """The words of the first quote's cue, read off its parts (or its one span)."""
    analyzer = Analyzer(build_pipeline(upto="lagebild_quotes"))

    def run(text: str) -> list[str]:
        quotes: list[Quote] = analyzer.analyze(Document(id="t", text=text)).quotes
        cue = next(q.cue for q in quotes if q.cue is not None)
        spans = cue.parts or [cue]
        return [text[s.start : s.end] for s in spans]

    return run


def test_particle_written_apart_before_verb(cue_words):
    words = cue_words("Wie der Verband am Montag bekannt gab, wird das Spiel wiederholt.")
    assert "gab" in words and "bekannt" in words


def test_auxiliary_after_ambiguous_participle(cue_words):
    words = cue_words("Die Lage sei ernst, wie der Minister am Montag erklärt hatte.")
    assert words[-1] == "hatte"


def test_infinitive_is_not_followed_by_main_clause_verb(cue_words):
    words = cue_words("Wie die Sender berichten sind drei Menschen verletzt worden.")
    assert "sind" not in words


def test_causative_lassen(cue_words):
    words = cue_words("Der Minister ließ über seinen Sprecher verlauten, er trete nicht zurück.")
    assert words[0] == "ließ" and words[-1] == "verlauten"


def test_opinion_noun_object(cue_words):
    words = cue_words("Der Anwalt vertritt die Ansicht, sein Mandant sei unschuldig.")
    assert words == ["vertritt", "die", "Ansicht"]


def test_opinion_frame_with_nach_is_no_object(cue_words):
    words = cue_words("Sie äußerte sich ihrer Meinung nach zu spät, der Plan sei gescheitert.")
    assert "Meinung" not in words


def test_adverb_dazu_after_sagte(cue_words):
    assert cue_words("Der Minister sagte dazu, der Plan sei gescheitert.") == ["sagte"]


def test_correlate_dazu_of_aufrufen(cue_words):
    words = cue_words("Die Gewerkschaft rief die Mitglieder dazu auf, die Arbeit niederzulegen.")
    assert "dazu" in words


@pytest.fixture(scope="module")
def quotes_of() -> Callable[[str], list[Quote]]:
    analyzer = Analyzer(build_pipeline(upto="lagebild_quotes"))
    return lambda text: analyzer.analyze(Document(id="t", text=text)).quotes


def test_relative_source_zufolge(quotes_of):
    text = "Es gibt neue Umfragen, denen zufolge die meisten Briten die Verfassung ablehnen."
    quote = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text == "zufolge")
    assert quote.text == "die meisten Briten die Verfassung ablehnen"
    assert quote.speaker is not None and text[quote.speaker.start : quote.speaker.end] == "denen"


def test_temporal_nach_denen_is_no_source(quotes_of):
    text = "Es gab Wahlen, nach denen die Regierung stürzte."
    assert not any(q.cue is not None and q.cue.text == "nach" for q in quotes_of(text))
