"""The object of a light verb before its noun ("erteilte der Ukraine eine Absage"), phrases
that are clearly no subject (an unknown name holds the slot, an object's apposition, a plural
beside a singular verb), and events of one type and sides told apart by their dates, their
people or a new patient (see :mod:`lagebild.events.tellings`)."""

from __future__ import annotations

from lagebild.events.actor_entities import same_entity
from lagebild.events.build import build_events
from lagebild.events.clauses import split_clauses
from lagebild.events.subjects import subject
from lagebild.events.tellings import RECENT, Telling, told_apart
from lagebild.events.words import DocTokens, sentence_words
from lagebild.model import DateExpression


def _subject(doc) -> tuple[str | None, str | None]:
    """The subject phrase and actor name of the sentence's clause with a finite verb."""
    clauses = split_clauses(sentence_words(doc[:], DocTokens.of(doc)), same_entity(doc))
    clause = next(c for c in clauses if c.finite is not None)
    chunk, actor = subject(doc, clause, clauses)
    return (
        " ".join(w.text for w in chunk.words) if chunk is not None else None,
        actor.name if actor is not None else None,
    )


def _sides(doc) -> list[tuple]:
    return [
        (
            e.type,
            e.actor.code or e.actor.name if e.actor else None,
            e.recipient.code or e.recipient.name if e.recipient else None,
            len(e.mentions),
        )
        for e in build_events(doc)
    ]


def test_an_unknown_name_before_the_verb_holds_the_subject_slot(kit) -> None:
    doc = kit.tagged("Die/ART KPÖ/NE erteilte/VVFIN/erteilen Kurzmann/NE eine/ART Absage/NN ./$.")
    kit.add_entity(doc, "Gerhard Kurzmann", "PER", "Kurzmann", code="FPÖ")
    assert _subject(doc) == ("Die KPÖ", None)


def test_a_phrase_cut_from_its_dative_article_is_no_subject(kit) -> None:
    doc = kit.tagged(
        "Die/ART Klubführung/NN hat/VAFIN/haben seinem/PPOSAT/sein in/APPR der/ART "
        "Kritik/NN stehenden/ADJA/stehend Trainer/NN Rafael/NE Benitez/NE den/ART "
        "Rücken/NN gestärkt/VVPP/stärken ./$."
    )
    kit.add_entity(doc, "Rafael Benitez", "PER", "Rafael Benitez")
    assert _subject(doc)[1] is None


def test_phrases_joined_by_und_are_no_subject_of_a_singular_verb(kit) -> None:
    doc = kit.tagged(
        "Innenminister/NN Efkan/NE Ala/NE und/KON Verteidigungsminister/NN Ismet/NE "
        "Yilmaz/NE nimmt/VVFIN/nehmen auch/ADV Tayyip/NE Erdoğan/NE die/ART "
        "Verbündeten/NN/Verbündete in/APPR die/ART Pflicht/NN ./$."
    )
    for name in ("Efkan Ala", "Ismet Yilmaz", "Tayyip Erdoğan"):
        kit.add_entity(doc, name, "PER", name, code="TUR")
    assert _subject(doc)[1] == "Tayyip Erdoğan"
    # nor is the list before the verb the light verb's object
    assert all(e.recipient is None or e.recipient.name != "Efkan Ala" for e in build_events(doc))


def test_an_unknown_named_subject_takes_no_actor_from_the_discourse(kit) -> None:
    doc = kit.tagged(
        "Die/ART Grünen/NN/Grüne verweigerten/VVFIN/verweigern Kurzmann/NE ihre/PPOSAT "
        "Zustimmung/NN ./$.",
        "Die/ART KPÖ/NE erteilte/VVFIN/erteilen Kurzmann/NE eine/ART Absage/NN ./$.",
    )
    kit.add_entity(doc, "Die Grünen", "ORG", "Die Grünen", code="Die Grünen")
    kit.add_entity(doc, "Gerhard Kurzmann", "PER", "Kurzmann", code="FPÖ")
    assert [(t, a) for t, a, _, _ in _sides(doc)] == [("REJECT", "Die Grünen")]


def test_the_object_of_a_light_verb_before_its_noun_is_the_recipient(kit) -> None:
    doc = kit.tagged(
        "Russland/NE erteilte/VVFIN/erteilen der/ART Ukraine/NE eine/ART Absage/NN ./$."
    )
    kit.states(doc)
    assert _sides(doc) == [("REJECT", "RUS", "UKR", 1)]


def test_blame_given_to_a_person_of_the_same_state(kit) -> None:
    doc = kit.tagged("Ostermayer/NE gibt/VVFIN/geben Mitterlehner/NE die/ART Schuld/NN ./$.")
    kit.add_entity(doc, "Josef Ostermayer", "PER", "Ostermayer", code="AUT")
    kit.add_entity(doc, "Reinhold Mitterlehner", "PER", "Mitterlehner", code="AUT")
    assert [(e.type, e.actor.name, e.recipient.name) for e in build_events(doc)] == [
        ("ACCUSE", "Josef Ostermayer", "Reinhold Mitterlehner")
    ]


def test_an_event_dated_in_a_year_is_not_this_weeks(kit) -> None:
    doc = kit.tagged(
        "Russland/NE kritisierte/VVFIN/kritisieren am/APPRART Montag/NN die/ART Ukraine/NE ./$.",
        "Russland/NE hatte/VAFIN/haben die/ART Ukraine/NE 2006/CARD "
        "kritisiert/VVPP/kritisieren ./$.",
    )
    kit.states(doc)
    start = doc.text.index("am Montag")
    doc._.dates = [DateExpression(start=start, end=start + 9, text="am Montag", granularity="day")]
    kit.add_date(doc, "2006", "2006")
    assert _sides(doc) == [("ACCUSE", "RUS", "UKR", 1), ("ACCUSE", "RUS", "UKR", 1)]


def test_meetings_of_other_people_are_other_meetings(kit) -> None:
    doc = kit.tagged(
        "Merkel/NE traf/VVFIN/treffen Putin/NE ./$.",
        "Steinmeier/NE traf/VVFIN/treffen Lawrow/NE ./$.",
    )
    kit.add_entity(doc, "Angela Merkel", "PER", "Merkel", code="DEU")
    kit.add_entity(doc, "Wladimir Putin", "PER", "Putin", code="RUS")
    kit.add_entity(doc, "Frank-Walter Steinmeier", "PER", "Steinmeier", code="DEU")
    kit.add_entity(doc, "Sergej Lawrow", "PER", "Lawrow", code="RUS")
    assert _sides(doc) == [
        ("CONSULT", "DEU", "RUS", 1),
        ("CONSULT", "DEU", "RUS", 1),
    ]


def test_dates_of_one_year_or_one_word_keep_an_event_whole() -> None:
    announced = Telling(time="2006-06-29", persons=frozenset(), trigger=10)
    done = Telling(time="2006-06-30", persons=frozenset(), trigger=90)
    assert not told_apart([announced], done)  # announced one day, done the next
    recent = Telling(time=RECENT, persons=frozenset(), trigger=10)
    assert told_apart([recent], Telling(time="2006", persons=frozenset(), trigger=90))
    assert not told_apart([recent], done)  # a resolved day may be this week's
    beck = Telling(time=None, persons=frozenset({("DEU", "E1")}), trigger=10)
    wieland = Telling(time=None, persons=frozenset({("DEU", "E2")}), trigger=10)
    assert not told_apart([beck], wieland)  # "Beck und Wieland forderten": one telling


def test_a_new_patient_in_the_same_sentence_is_a_new_act(kit) -> None:
    doc = kit.tagged(
        "Israel/NE erschoss/VVFIN/erschießen nach/APPR Angaben/NN Syriens/NE einen/ART "
        "Syrer/NN ,/$, in/APPR Hebron/NE wurde/VAFIN/werden eine/ART Syrerin/NN "
        "getötet/VVPP/töten ./$."
    )
    kit.states(doc)
    assert [(t, a, r) for t, a, r, _ in _sides(doc)] == [
        ("ASSAULT", "ISR", "SYR"),
        ("ASSAULT", "ISR", "SYR"),
    ]


def test_the_last_one_is_an_earlier_event_not_this_one(kit) -> None:
    doc = kit.tagged(
        "Russland/NE hat/VAFIN/haben die/ART Ukraine/NE angegriffen/VVPP/angreifen ./$.",
        "Der/ART letzte/ADJA/letzter Angriff/NN war/VAFIN/sein im/APPRART Juni/NN ./$.",
    )
    kit.states(doc)
    first = build_events(doc)[0]
    assert (first.type, len(first.mentions)) == ("ASSAULT", 1)
