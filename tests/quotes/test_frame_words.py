"""Noun and adjective frames: a noun of saying or an adjective of conviction before a comma
and a complement clause (dass/ob, zu-infinitive, Konjunktiv I) frames that clause."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from lagebild.pipeline import Analyzer, build_pipeline
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def find_quotes() -> Callable[[str], list[Quote]]:
    """The full pipeline up to the quotes: the frames read part-of-speech tags and lemmas."""
    analyzer = Analyzer(build_pipeline(upto="lagebild_quotes"))
    return lambda text: analyzer.analyze(Document(id="t", text=text)).quotes


def indirect(quotes):
    found = [q for q in quotes if q.kind == "indirect"]
    assert len(found) == 1, quotes
    return found[0]


def test_noun_with_genitive_and_zu_infinitive(find_quotes):
    text = (
        "Merkel lehnte den Vorschlag des Umweltministers Gabriel (SPD) ab, die Aufsicht "
        "dem Bund zu übertragen."
    )
    quote = indirect(find_quotes(text))
    assert quote.text == "die Aufsicht dem Bund zu übertragen"
    assert "Gabriel" in quote.speaker.name


def test_support_verb_frame_names_the_subject(find_quotes):
    quote = indirect(find_quotes("Eine Agentur hatte die Vorgabe gemacht, dass niemand filmt."))
    assert quote.text == "dass niemand filmt"
    assert quote.speaker.name == "Eine Agentur"
    assert quote.cue.text.startswith("hatte") and quote.cue.text.endswith("gemacht")


def test_konjunktiv_complement_after_begruendung(find_quotes):
    text = "Der Minister zog das Angebot mit der Begründung zurück, dieses sei zu teuer."
    quote = indirect(find_quotes(text))
    assert quote.text == "dieses sei zu teuer"
    assert quote.speaker.name == "Der Minister"


def test_adjective_of_conviction(find_quotes):
    text = "Der Trainer ist zuversichtlich, die Schweden schlagen zu können."
    quote = indirect(find_quotes(text))
    assert quote.text == "die Schweden schlagen zu können"
    assert quote.speaker.name == "Der Trainer"


def test_adjective_needs_someone(find_quotes):
    assert not find_quotes("Es ist sicher, dass der Zug heute ausfällt.")


def test_noun_as_its_own_source_has_no_cue(find_quotes):
    quote = indirect(find_quotes("Die Annahme, dass die Preise steigen, war falsch."))
    assert quote.text == "dass die Preise steigen"
    assert quote.cue is None


def test_relative_clause_is_no_complement(find_quotes):
    assert not find_quotes("Die Forderung, die der Verband stellte, wurde abgelehnt.")


def test_verb_frame_keeps_its_object_noun(find_quotes):
    quote = indirect(
        find_quotes("Der Anwalt vertritt die Ansicht, dass sein Mandant unschuldig ist.")
    )
    assert quote.cue.lemma == "vertreten"
    assert quote.speaker.name == "Der Anwalt"


def test_short_compound_head_is_no_frame(find_quotes):
    assert not find_quotes("Nach Dienstschluss, um acht Uhr zu gehen, war nicht möglich.")


def test_particle_after_apposition(find_quotes):
    text = "Dagegen ging Celebi, die Anwältin der Frau, noch davon aus, dass der Mann gefasst wird."
    quote = indirect(find_quotes(text))
    assert quote.text == "dass der Mann gefasst wird"
    assert quote.cue.lemma == "ausgehen"


def test_dass_clause_of_a_verb_in_an_adverbial_clause(find_quotes):
    text = (
        "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass der Mann gesucht werde, "
        "versuchte dieser zu handeln."
    )
    quote = indirect(find_quotes(text))
    assert quote.text == "dass der Mann gesucht werde"
    assert quote.speaker.name == "die Anwältin"


def test_adverbial_clause_frames_no_main_clause(find_quotes):
    assert not find_quotes("Während die USA Sanktionen fordern, lehnt Russland Gespräche ab.")


def test_relative_clause_after_so_frame_is_the_speakers(find_quotes):
    text = (
        "Der Mann habe gewartet, so Celebi, die auch angab, dass ihre Mandantin die "
        "Polizei gerufen habe."
    )
    texts = sorted(q.text for q in find_quotes(text))
    assert texts == ["Der Mann habe gewartet", "dass ihre Mandantin die Polizei gerufen habe"]


def test_object_between_verb_and_noun_is_the_addressee(find_quotes):
    text = "Der Präsident erteilte der Luftwaffe den Befehl, bei der Evakuierung zu helfen."
    quote = indirect(find_quotes(text))
    assert quote.text == "bei der Evakuierung zu helfen"
    assert quote.addressee is not None and quote.addressee.name == "der Luftwaffe"


def test_frame_inside_reported_speech_is_no_frame_of_its_own(find_quotes):
    text = (
        "Der Physiker sagte, die Daten seien unzureichend. So gebe es Hinweise, dass die "
        "Zahl der Fälle zunehme."
    )
    kinds = [q.kind for q in find_quotes(text)]
    assert kinds == ["indirect", "reported_continuation"]
