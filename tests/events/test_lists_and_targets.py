"""Phrase boundaries and targets: names and lists that are no genitive, directions as
targets, people only counted, bans laid on the public, constructions bound to their
preposition."""

from __future__ import annotations

from event_sides import named_sides

from lagebild.events.build import build_events
from lagebild.events.candidate import may_lack_recipient
from lagebild.events.clauses import split_clauses
from lagebild.events.lexicon import triggers
from lagebild.events.words import sentence_words


def chunk_texts(doc) -> list[tuple[str, str | None, bool, bool]]:
    """(text, preposition, coordinated, has a genitive) of each phrase of the first sentence."""
    words = sentence_words(next(iter(doc.sents)))
    return [
        (
            " ".join(w.text for w in chunk.words),
            chunk.prep,
            chunk.coordinated,
            chunk.genitive is not None,
        )
        for clause in split_clauses(words)
        for chunk in clause.chunks
    ]


def test_first_name_in_s_is_no_genitive(kit):
    doc = kit.tagged(
        "Ministerpräsident/NN Meles/NE/Mel Zenawi/NE hatte/VAFIN/haben "
        "ein/ART Demonstrationsverbot/NN verhängt/VVPP/verhängen ./$."
    )
    assert chunk_texts(doc)[0] == ("Ministerpräsident Meles Zenawi", None, False, False)


def test_name_in_s_at_the_end_is_a_genitive(kit):
    doc = kit.tagged(
        "Die/ART Forderungen/NN/Forderung Wladimir/NE Putins/NE/Putin bleiben/VVFIN/bleiben ./$."
    )
    assert chunk_texts(doc)[0] == ("Die Forderungen Wladimir Putins", None, False, True)


def test_ban_on_the_public_is_told_without_recipient(kit):
    doc = kit.tagged(
        "Ministerpräsident/NN Meles/NE/Mel Zenawi/NE hatte/VAFIN/haben "
        "ein/ART Demonstrationsverbot/NN verhängt/VVPP/verhängen ./$."
    )
    kit.add_entity(doc, "Meles Zenawi", "PER", "Meles Zenawi", affiliation="ETH")
    assert [named_sides(e) for e in build_events(doc)] == [("COERCE", "ETH", None)]


def test_only_bans_on_the_public_may_lack_a_recipient():
    by_lemma = {entry.lemma: entry for entry in triggers()}
    assert may_lack_recipient(by_lemma["Demonstrationsverbot"])
    assert may_lack_recipient(by_lemma["Zensur"])
    assert not may_lack_recipient(by_lemma["Ausbürgerung"])  # done to someone
    assert not may_lack_recipient(by_lemma["überwachen"])


def test_direction_with_genitive_is_a_target(kit):
    doc = kit.tagged(
        "Russland/NE gab/VVFIN/abgeben Warnschüsse/NN/Warnschuss in/APPR "
        "Richtung/NN der/ART Ukraine/NE ab/PTKVZ ./$."
    )
    kit.states(doc)
    assert [named_sides(e) for e in build_events(doc)] == [("ASSAULT", "RUS", "UKR")]


PROTEST = "Die/ART Mönche/NN/Mönch protestierten/VVFIN/protestieren gegen/APPR Russland/NE ./$."
ARREST = "Die/ART Polizei/NN nahm/VVFIN/festnehmen 40/CARD Menschen/NN/Mensch fest/PTKVZ ./$."


def test_people_counted_in_a_protest_story_are_the_protesters(kit):
    doc = kit.tagged(PROTEST, ARREST)
    kit.states(doc)
    kit.add_entity(doc, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    doc._.focus_country = "RU"
    assert [named_sides(e) for e in build_events(doc)] == [
        ("PROTEST", "Buddhistische Mönche", "RUS"),
        ("COERCE", "RUS", "Buddhistische Mönche"),
    ]


def test_people_counted_in_a_story_of_no_protest_are_unknown(kit):
    doc = kit.tagged("Russland/NE kritisierte/VVFIN/kritisieren die/ART Ukraine/NE ./$.", ARREST)
    kit.states(doc)
    doc._.focus_country = "RU"
    assert [named_sides(e) for e in build_events(doc)] == [("ACCUSE", "RUS", "UKR")]


LIST = (
    "Frankreich/NE warf/VVFIN/vorwerfen der/ART Weltbank/NN ,/$, der/ART "
    "Entwicklungsbank/NN und/KON dem/ART Währungsfonds/NN Versagen/NN vor/PTKVZ ./$."
)


def test_article_after_a_comma_opens_the_next_item_of_a_list(kit):
    doc = kit.tagged(LIST)
    assert chunk_texts(doc)[1:4] == [
        ("der Weltbank", None, False, False),
        ("der Entwicklungsbank", None, True, False),
        ("dem Währungsfonds", None, True, False),
    ]


def test_each_listed_recipient_has_its_event(kit):
    doc = kit.tagged(LIST)
    kit.states(doc)
    for name, code in (("Weltbank", "WB"), ("Entwicklungsbank", "IDB"), ("Währungsfonds", "IMF")):
        kit.add_entity(doc, name, "ORG", name, code=code)
    assert sorted(named_sides(e) for e in build_events(doc)) == [
        ("ACCUSE", "FRA", "IDB"),
        ("ACCUSE", "FRA", "IMF"),
        ("ACCUSE", "FRA", "WB"),
    ]


def test_genitive_without_comma_stays_a_genitive(kit):
    doc = kit.tagged("Die/ART Kritik/NN der/ART Weltbank/NN blieb/VVFIN/bleiben ./$.")
    assert chunk_texts(doc)[0] == ("Die Kritik der Weltbank", None, False, True)


def test_construction_needs_its_preposition(kit):
    went = kit.tagged("Die/ART Mönche/NN/Mönch gingen/VVFIN/gehen auf/APPR die/ART Straße/NN ./$.")
    kit.add_entity(went, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    assert [named_sides(e) for e in build_events(went)] == [
        ("PROTEST", "Buddhistische Mönche", None)
    ]
    passed = kit.tagged(
        "Die/ART Mönche/NN/Mönch gingen/VVFIN/gehen bei/APPR der/ART Straße/NN vorbei/PTKVZ ./$."
    )
    kit.add_entity(passed, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    assert build_events(passed) == []


def test_phrases_after_a_verb_are_not_the_nouns(kit):
    from lagebild.events.clauses import attached_phrases

    doc = kit.tagged(
        "Nach/APPR der/ART Ermordung/NN durch/APPR Agenten/NN/Agent "
        "verhängte/VVFIN/verhängen Großbritannien/NE Sanktionen/NN/Sanktion ./$."
    )
    clause = split_clauses(sentence_words(next(iter(doc.sents))))[0]
    attached = attached_phrases(clause, clause.chunks[0].last, clause.chunks)
    assert [" ".join(w.text for w in c.words) for c in attached] == ["Agenten"]


STONES = "Die/ART Menschen/NN/Mensch warfen/VVFIN/werfen Steine/NN/Stein auf/APPR Russland/NE ./$."


def test_violence_by_people_in_a_protest_story_is_the_protesters(kit):
    doc = kit.tagged(PROTEST, STONES)
    kit.states(doc)
    kit.add_entity(doc, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    assert [named_sides(e) for e in build_events(doc)] == [
        ("PROTEST", "Buddhistische Mönche", "RUS"),
        ("ASSAULT", "Buddhistische Mönche", "RUS"),
    ]


def test_violence_by_people_in_a_story_of_no_protest_has_no_actor(kit):
    doc = kit.tagged("Russland/NE kritisierte/VVFIN/kritisieren die/ART Ukraine/NE ./$.", STONES)
    kit.states(doc)
    assert [named_sides(e) for e in build_events(doc)] == [("ACCUSE", "RUS", "UKR")]


def test_names_listed_with_commas_are_coordinated_subjects(kit):
    doc = kit.tagged(
        "Russland/NE ,/$, Israel/NE und/KON Syrien/NE kritisierten/VVFIN/kritisieren "
        "die/ART USA/NE ./$."
    )
    kit.states(doc)
    assert sorted(named_sides(e) for e in build_events(doc)) == [
        ("ACCUSE", "ISR", "USA"),
        ("ACCUSE", "RUS", "USA"),
        ("ACCUSE", "SYR", "USA"),
    ]


def test_name_after_a_comma_and_before_the_verb_is_an_apposition(kit):
    doc = kit.tagged(
        "Der/ART Präsident/NN ,/$, Macron/NE ,/$, traf/VVFIN/treffen Scholz/NE "
        "und/KON Biden/NE ./$."
    )
    assert chunk_texts(doc)[0] == ("Der Präsident Macron", None, False, False)


def test_people_only_named_as_people_hold_the_subject_slot(kit):
    doc = kit.tagged(
        "Menschen/NN/Mensch in/APPR Israel/NE begrüßen/VVFIN/begrüßen Syrer/NN/Syrer ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Syrer", "MISC", "Syrer", code="Syrer")
    assert build_events(doc) == []
