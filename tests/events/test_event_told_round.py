"""Recall rules of the issue #5 third round: a protest told by a speech-report cue is a fact,
not speech (see :func:`lagebild.events.context.quote_at`), an event noun brought in by the
indefinite article as the setting of an act inside speech is a new event, not one retold
(see :mod:`lagebild.events.build`), and an ownerless event noun told as happening in a
parliament is that body's (see :func:`lagebild.events.reference.forum`)."""

from __future__ import annotations

from event_sides import sides_with_trigger

from lagebild.events.build import build_events
from lagebild.model import Cue


def _opposition(kit, doc) -> None:
    kit.states(doc)
    kit.add_entity(doc, "Rebellen", "ORG", "Rebellen", code="Rebellen")


def _cue_on(doc, quote, word: str) -> None:
    start = doc.text.index(word)
    quote.cue = Cue(start=start, end=start + len(word), text=word, lemma=word)


def test_a_protest_that_is_its_own_report_cue_is_told_as_fact(kit):
    doc = kit.tagged(
        "Die/ART Rebellen/NN demonstrierten/VVFIN/demonstrieren gegen/APPR Russland/NE ./$.",
        "Später/ADV protestierten/VVFIN/protestieren Rebellen/NN gegen/APPR Russland/NE ./$.",
    )
    _opposition(kit, doc)
    reported = "Später protestierten Rebellen gegen Russland."
    _cue_on(doc, kit.add_quote(doc, reported, "Rebellen", "E2"), "protestierten")
    events = build_events(doc)
    found = [sides_with_trigger(e) for e in events]
    assert ("PROTEST", "Rebellen", "RUS", "protestierten") in found
    assert next(e for e in events if e.trigger.text == "protestierten").attributed_to is None


def test_a_word_inside_a_quote_keeps_its_speaker(kit):
    doc = kit.tagged(
        "Die/ART Rebellen/NN demonstrierten/VVFIN/demonstrieren gegen/APPR Russland/NE ./$.",
        "Später/ADV protestierten/VVFIN/protestieren Rebellen/NN gegen/APPR Russland/NE ./$.",
    )
    _opposition(kit, doc)
    reported = "Später protestierten Rebellen gegen Russland."
    _cue_on(doc, kit.add_quote(doc, reported, "Rebellen", "E2"), "Später")
    # the protest is only said, and says again what the first sentence told
    assert [sides_with_trigger(e)[3] for e in build_events(doc)] == ["demonstrierten"]


def _demanded(kit, article: str):
    doc = kit.tagged(
        "Die/ART Rebellen/NN demonstrierten/VVFIN/demonstrieren gegen/APPR Russland/NE ./$.",
        "Zudem/ADV verlangen/VVFIN/verlangen die/ART Rebellen/NN ,/$, dass/KOUS sich/PRF "
        "Russland/NE für/APPR das/ART Vorgehen/NN bei/APPR "
        f"{article}/ART Demonstration/NN entschuldigt/VVFIN/entschuldigen ./$.",
    )
    _opposition(kit, doc)
    content = f"dass sich Russland für das Vorgehen bei {article} Demonstration entschuldigt"
    kit.add_quote(doc, content, "Rebellen", "E2")
    return [sides_with_trigger(e) for e in build_events(doc) if e.type == "PROTEST"]


def test_an_indefinite_event_noun_in_speech_is_a_new_event(kit):
    assert _demanded(kit, "einer") == [
        ("PROTEST", "Rebellen", "RUS", "demonstrierten"),
        ("PROTEST", "Rebellen", "RUS", "Demonstration"),
    ]


def test_a_definite_event_noun_in_speech_retells_the_event(kit):
    assert _demanded(kit, "der") == [("PROTEST", "Rebellen", "RUS", "demonstrierten")]


def test_an_indefinite_event_noun_said_of_the_act_told_is_no_new_event(kit):
    doc = kit.tagged(
        "Die/ART Rebellen/NN demonstrierten/VVFIN/demonstrieren gegen/APPR Russland/NE ./$.",
        "Die/ART Rebellen/NN sehen/VVFIN/sehen darin/PROAV eine/ART Demonstration/NN ./$.",
    )
    _opposition(kit, doc)
    kit.add_quote(doc, "darin eine Demonstration", "Rebellen", "E2")
    found = [sides_with_trigger(e) for e in build_events(doc) if e.type == "PROTEST"]
    assert found == [("PROTEST", "Rebellen", "RUS", "demonstrierten")]


def _motion(kit, place: str):
    doc = kit.tagged(
        f"Der/ART Streit/NN hatte/VAFIN im/APPRART {place}/NN zu/APPR einem/ART "
        "Misstrauensantrag/NN gegen/APPR Russland/NE geführt/VVPP/führen ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Ukrainisches Parlament", "ORG", "Parlament", code="UKR")
    return [sides_with_trigger(e) for e in build_events(doc)]


def test_an_ownerless_motion_in_a_parliament_is_the_parliaments(kit):
    assert _motion(kit, "Parlament") == [("REQUEST", "UKR", "RUS", "Misstrauensantrag")]


def test_an_ownerless_motion_elsewhere_has_no_actor(kit):
    assert _motion(kit, "Hotel") == []
