"""Readings of a trigger word that tell no political event: a risk told with "drohen", a
warning of a thing, a game (scores, minutes, "trifft auf", a team hosting another in a sports
report), an event between players of a sports report, an event noun sent as a thing."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from spacy.tokens import Doc

from lagebild.entities.kb import business_codes, organisation_states
from lagebild.events.actors import is_event_noun
from lagebild.events.clauses import Chunk, Clause, complement_clause
from lagebild.events.lexicon import Trigger, multilateral_bodies, triggers_by_head, word_list
from lagebild.events.states import country_codes
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.words import Word
from lagebild.model import EventActor
from lagebild.pipeline import doc_text

#: The mode of a march of troops ("aufmarschieren").
_TROOPS: Final = "troops"
#: A warning is a threat only where it is addressed at someone (annotation guidelines) or
#: warns of an act.
WARNINGS: Final = frozenset({"warnen", "Warnung"})
#: Determiners of a neuter noun in the dative, as of a nominalised verb ("vor einem Eingreifen").
_NEUTER_FORMS: Final = frozenset({"einem", "dem", "diesem", "jedem"})
_SCORE: Final = re.compile(r"^\d{1,3}:\d{1,3}$")
_WORD: Final = re.compile(r"[\w-]+")
#: Different sports words that make an article a sports report (see sports_report): news
#: articles of other sections have at most one, sports reports mostly more.
_SPORTS_CUES: Final = 3
#: Shortest cue matched as the last part of a compound ("Cup-Viertelfinale", "Heimspiel").
_SHORTEST_PART: Final = 5
_SPORTS_KEY: Final = "lagebild_events_sports_report"
#: Branches of a state (states.organ_branch) that act for it in a sports report too; not the
#: military, whose "Truppe" is a team there ("warnte vor einer starken Truppe").
_POLITICAL_BRANCHES: Final = frozenset({"Regierung", "Polizei", "Justiz", "Geheimdienst"})


def _nominal_entries(word: Word) -> tuple[Trigger, ...]:
    index = triggers_by_head()
    entries = index.get(word.lemma.casefold(), ()) or index.get(word.text.casefold(), ())
    if word.tag != "NN":
        return ()
    return tuple(e for e in entries if e.pos in ("noun", "label", "lvc") and not e.naming_only)


def warns_of_act(clause: Clause) -> bool:
    """A warning addressed at no one threatens only where it warns of an act ("warnen vor
    einem Eingreifen"), not of a thing ("warnte vor der Stärke des Gegners")."""
    for chunk in clause.chunks:
        head = chunk.head_word
        if chunk.prep != "vor" or head.tag != "NN":
            continue
        nominalised = head.lemma.endswith("en") and chunk.words[0].lower in _NEUTER_FORMS
        if nominalised or is_event_noun(head):
            return True
    return False


def sends_an_act(clause: Clause, taken: list[Chunk | None]) -> bool:
    """The thing sent or delivered is itself an event noun other than aid ("eine Protestnote
    schicken", not "Hilfsgüter schicken")."""
    return any(
        c.prep is None
        and c not in taken
        and any(e.type != "AID" for e in _nominal_entries(c.head_word))
        for c in clause.chunks
    )


def threat_content(clause: Clause, clauses: list[Clause]) -> bool:
    """ "drohen" threatens where it says with what ("mit Sanktionen", "damit, …", "drohte, …
    abzubrechen", "„…“, droht X" after the words themselves); without it, it tells a risk
    ("ihm droht Haft")."""
    words = clause.words
    if any(
        w.lower == "mit" and not (position and words[position - 1].lemma == "Zusammenhang")
        for position, w in enumerate(words)
    ) or any(w.lower == "damit" for w in words):
        return True  # not "im Zusammenhang mit …", which tells the topic
    if any(_penalty(w) for w in words):
        return False  # "drohen ihm bis zu 24 Jahre Haft": a punishment looms
    first = next((w for w in clause.words if w.tag not in ("$,", "$(")), None)
    if first is not None and first.lemma == "drohen" and clauses.index(clause) > 0:
        return True  # the cue of the speech before it
    position = clauses.index(clause)
    return any(complement_clause(c) for c in clauses[position + 1 : position + 3])


def _penalty(word: Word) -> bool:
    """A noun for a punishment, or a compound ending in one ("Haftstrafe",
    "Untersuchungshaft"); the suffix "-schaft" ("Botschaft", "Partnerschaft") is none."""
    lemma = word.lemma.casefold()
    return (
        word.tag == "NN"
        and not lemma.endswith("schaft")
        and lemma.endswith(tuple(word_list("penalty_nouns.txt")))
    )


def match_result(clause: Clause) -> bool:
    """ "hatte Tschechien mit 33:25 geschlagen", "traf in der 48. Minute", "Walcott (68.)": a
    score or a minute of play tells a game, not a political event."""
    words = clause.words
    return any(
        position > 0
        and (
            (_SCORE.match(word.text) and words[position - 1].lower == "mit")
            or (word.lemma == "Minute" and _ordinal(words[position - 1]))
            or (
                _ordinal(word)
                and words[position - 1].tag in ("NE", "NN")
                and _bare_number(words, position)
            )
        )
        for position, word in enumerate(words)
    )


def _bare_number(words: list[Word], position: int) -> bool:
    """An ordinal after a name with no noun of its own ("Walcott (68.)"), unlike a date's
    ("am 1. Juli")."""
    following = words[position + 1] if position + 1 < len(words) else None
    return following is None or following.tag not in ("NN", "NE", "ADJA", "CARD")


def _ordinal(word: Word) -> bool:
    return word.text.endswith(".") and word.text[:-1].isdigit()


def facing(entry: Trigger, clause: Clause) -> bool:
    """ "trifft im Viertelfinale auf Cilic": to meet someone "auf" is to face them in a game
    or by chance, not to hold talks."""
    return entry.lemma == "treffen" and any(c.prep == "auf" for c in clause.chunks)


def game_reading(doc: Doc, entry: Trigger) -> bool:
    """ "Bayern empfängt am Samstag Dortmund", "die Belgier empfangen die Russen": in a sports
    report a team hosting, visiting, meeting or beating another plays a game, which is no
    diplomatic (or violent) event, whatever the teams are named after."""
    return entry.lemma.casefold() in word_list("game_verbs.txt") and sports_report(doc)


def among_players(doc: Doc, actor: EventActor | None, recipient: EventActor | None) -> bool:
    """ "schlug 45 Asse", "warnte vor einer starken Truppe", "bot dem Schiedsrichter seine
    Brille an": in a sports report, an event whose sides are teams, athletes, coaches or
    referees is part of the game, no political event; one with a political side stays (a
    state's boycott, a ban by a ministry, fans attacking the police)."""
    if not sports_report(doc):
        return False
    return not (_political(doc, actor, acting=True) or _political(doc, recipient, acting=False))


def with_business(actor: EventActor | None, recipient: EventActor | None) -> bool:
    """A company or a medium on either side, or someone acting for one ("Microsoft kritisiert
    Google", "Sony entschuldigt sich", "ORF-Moderatorin Barbara Rett"): economic and media
    news, no political event. Before the knowledge base listed them, they were no actors."""
    codes = business_codes()
    return any(side is not None and side.code in codes for side in (actor, recipient))


def _political(doc: Doc, side: EventActor | None, acting: bool) -> bool:
    """A side that is a political actor even in a sports report: a state acting (as the
    recipient, a state is mostly its national team), a body of states, a state organ of a
    civil branch, or a person with a political role. A team, a club, a sports body, a
    person without a political role and a nationality (an adjective, a demonym) are not."""
    if side is None:
        return False
    entity = next((e for e in doc._.entities or [] if e.id == side.entity_id), None)
    if entity is None:
        return side.code in country_codes() and side.name in _POLITICAL_BRANCHES
    if entity.type == "GPE":
        return acting
    if entity.type == "PER":
        roles = word_list("political_roles.txt")
        return any(role.casefold().endswith(tuple(roles)) for role in entity.roles)
    code = side.code or ""
    return code in multilateral_bodies() or (code in country_codes() and code != entity.name)


def party_march(doc: Doc, entry: Trigger, actor: EventActor) -> bool:
    """ "Die AfD marschierte in Freilassing auf, um zu protestieren": a party that marches up
    holds a rally; it mobilises no troops."""
    if entry.type != "MOBILIZE" or entry.mode != _TROOPS:
        return False
    entity = next((e for e in doc._.entities or [] if e.id == actor.entity_id), None)
    return entity is not None and entity.type == "ORG" and entity.code in organisation_states()


def protest_told_beside(clauses: list[Clause], word: Word) -> bool:
    """Another word of the sentence tells a protest ("um zu protestieren")."""
    return any(
        entry.type == "PROTEST"
        for clause in clauses
        for other in clause.words
        if other is not word
        for entry in lexicon_entries(other)
    )


def sports_report(doc: Doc) -> bool:
    """The article tells of games: it has several different sports words (Spieltag,
    Tabellenführer, Viertelfinale, Trainer …). Read once per Doc, and only when asked."""
    known = doc.user_data.get(_SPORTS_KEY)
    if known is None:
        known = _sports_cues(doc_text(doc).casefold()) >= _SPORTS_CUES
        doc.user_data[_SPORTS_KEY] = known
    return bool(known)


def _sports_cues(text: str) -> int:
    cues = word_list("sports_words.txt")
    found = {c for c in cues if " " in c and c in text}
    words = set(_WORD.findall(text))
    found |= words & cues
    tails = _cue_tails()
    for word in words:
        last = word
        if "-" in word:  # "ATP-Tennis-Tour": each part of a compound counts as itself
            parts = word.split("-")
            found.update(part for part in parts if part in cues)
            last = parts[-1]
        if last[-_SHORTEST_PART:] in tails:
            # a compound ending in a cue of some length counts too ("Bundesligaspiel")
            found.update(
                last[start:]
                for start in range(len(last) - _SHORTEST_PART + 1)
                if last[start:] in cues
            )
    return len(found)


@cache
def _cue_tails() -> frozenset[str]:
    """The last letters of the cues long enough to end a compound: a word that ends in none
    of them needs no look-up of each of its endings."""
    cues = word_list("sports_words.txt")
    return frozenset(c[-_SHORTEST_PART:] for c in cues if len(c) >= _SHORTEST_PART)
