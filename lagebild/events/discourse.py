"""Participants an event shares with the events told just before it.

News text names an actor once and then goes on: "Die Armee schlug die Proteste nieder. Mehr
als 100 Menschen wurden verhaftet." An ownerless event noun or an agentless passive takes
its actor from the discourse: an earlier event of its type up to three sentences back
(retold, if the noun is definite), or the group named beside an ownerless protest; force on
a protest of the same sentence, from the state the protest is aimed at. The
further back, the likelier the topic has moved on; the actor of the sentence before, tried
for agentless passives, gained nothing on the dev set and is not used; a demand or charge
in the agentless passive takes no actor at all (its speakers are left unnamed). Addressees are not
carried over (measured: wrong more often than right), except for force used on a protest
or on people only counted ("nahmen 40 Menschen fest"), aimed at the protesters, and a
reaction to an act told just before ("kritisierte die Sanktionen"), aimed at its actor, and
harm the actor announces, aimed at whom it has just used force on.
Violence by people only named as people ("die Menschen warfen Steine") is the protest
movement's, where the story tells of one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from lagebild.events.actors import PROTESTERS
from lagebild.events.arguments import AGENT_PREPOSITIONS, is_passive
from lagebild.events.attack_kinds import other_attack
from lagebild.events.candidate import Candidate
from lagebild.events.lexicon import (
    country_forms,
    generic_people,
    person_suffixes,
    protester_words,
    type_table,
)
from lagebild.events.other_events import another_one
from lagebild.events.states import country_codes
from lagebild.events.unowned_protests import told_apart
from lagebild.events.words import Word
from lagebild.model import Event, EventActor

#: Sentences back within which an event of the same type is taken to be the same one
#: retold ("Proteste ... die Demonstration").
SAME_TYPE_REACH: Final = 3
#: Sentences back within which an event of the same type on the same recipient gives an
#: agentless one its actor.
SAME_TARGET_REACH: Final = 6

#: Events a label ("Massaker", "Gräueltat") may be said of.
DEED_TYPES: Final = frozenset({"ASSAULT", "COERCE"})
#: Events that answer a demand ("Die Mönche verlangen eine Entschuldigung. Die Regierung hat
#: sich nicht entschuldigt"): told without an addressee, they answer whoever demanded.
ANSWER_TYPES: Final = frozenset({"AGREE", "CONCEDE", "REJECT"})
#: Emergency rule ("verhängte den Ausnahmezustand") declared just after a group's challenge to
#: the government is aimed at that group; with none told, at no one in particular.
EMERGENCY_MODES: Final = frozenset({"martial-law", "curfew"})
CHALLENGE_TYPES: Final = frozenset(
    {"PROTEST", "REQUEST", "ACCUSE", "THREATEN", "ASSAULT", "COERCE"}
)
#: Sentences back within which a challenge prompts emergency rule.
CHALLENGE_REACH: Final = 2


@dataclass
class Told:
    sentence: int
    event: Event


def key(actor: EventActor | None) -> str | None:
    if actor is None:
        return None
    return actor.code or actor.entity_id or actor.name


def distinct(left: EventActor | None, right: EventActor | None) -> bool:
    return left is None or right is None or key(left) != key(right)


def complete(
    candidate: Candidate, history: list[Told], sentence: int, recipient_optional: bool
) -> Candidate | None:
    """The candidate with its missing side taken from the discourse, or None."""
    if candidate.orphan and candidate.against_protest:
        # "wurden Proteste gegen die Regierung aufgelöst": the state protested against
        candidate = _put_down_by_state(candidate, history, sentence) or replace(
            candidate, against_protest=False
        )
    if candidate.orphan:
        with_actor = _with_actor(candidate, history, sentence)
        if with_actor is None or with_actor.retells is not None:
            return with_actor
        candidate = with_actor
        if candidate.recipient is not None and not distinct(candidate.actor, candidate.recipient):
            candidate = replace(candidate, recipient=None)
        candidate.pending = candidate.recipient is None and not recipient_optional
    if candidate.recipient is None and candidate.trigger.type in ANSWER_TYPES:
        answered = _answering(candidate, history, sentence)
        if answered is not None:
            return answered
    if candidate.recipient is None and candidate.trigger.mode in EMERGENCY_MODES:
        if _standing_rule(candidate):
            return candidate
        return _against_challenger(candidate, history, sentence) or candidate
    if candidate.pending:
        return _with_recipient(candidate, history, sentence)
    if candidate.recipient is None and candidate.told_act is not None:
        # "Japan protestierte gegen den Raketentest": aimed at whoever tested, if told
        candidate = _reacting_to(candidate, history, sentence) or candidate
    return candidate


def _put_down_by_state(
    candidate: Candidate, history: list[Told], sentence: int
) -> Candidate | None:
    """Force told in the agentless passive of a protest told in the same sentence ("Proteste
    der Opposition gegen die Wahl wurden gewaltsam niedergeschlagen"): only the state the
    protest is aimed at puts it down; the protesters are the ones it is used on."""
    protest = next(
        (
            told.event
            for told in reversed(history)
            if told.sentence == sentence
            and told.event.type == "PROTEST"
            and told.event.actor is not None
            and told.event.recipient is not None
        ),
        None,
    )
    if protest is None or protest.recipient is None:
        return None
    if protest.recipient.code not in country_codes():
        return None  # a protest against a firm or a party: who broke it up is not said
    return replace(
        candidate, actor=protest.recipient, recipient=protest.actor, orphan=False, pending=False
    )


def _standing_rule(candidate: Candidate) -> bool:
    """ "der seit 1981 im Ausnahmezustand regiert": emergency rule told as the manner of
    ruling (a construction opened by its preposition) is a standing state, not the answer
    to a challenge just told."""
    trigger = candidate.trigger
    return trigger.pos == "lvc" and trigger.words[0].islower()


def _against_challenger(
    candidate: Candidate, history: list[Told], sentence: int
) -> Candidate | None:
    """The group, not a state, that just challenged the actor declaring emergency rule."""
    for event in _recent(history, sentence, CHALLENGE_REACH):
        if (
            event.type in CHALLENGE_TYPES
            and event.actor is not None
            and key(event.recipient) == key(candidate.actor)
            and key(event.actor) not in country_codes()
        ):
            return replace(candidate, recipient=event.actor, pending=False)
    return None


def _answering(candidate: Candidate, history: list[Told], sentence: int) -> Candidate | None:
    """The demand just told that was made of this actor: its maker is the one answered."""
    for event in _recent(history, sentence, SAME_TYPE_REACH):
        if (
            event.type == "REQUEST"
            and event.actor is not None
            and event.recipient is not None
            and key(event.recipient) == key(candidate.actor)
            and distinct(event.actor, candidate.actor)
        ):
            return replace(candidate, recipient=event.actor, pending=False)
    return None


def name_protesters(events: list[Event]) -> list[Event]:
    """ "Die Demonstranten" are the movement whose protest the article tells, where it tells
    of one by name: the first such protest's actor stands in for them. Events whose side is
    still only the placeholder for unnamed protesters are dropped."""
    movement = next(
        (
            e.actor
            for e in events
            if e.type == "PROTEST"
            and e.actor is not None
            and not _names_protesters(e.actor.name)
            and e.actor.name != PROTESTERS
        ),
        None,
    )
    kept = []
    for event in events:
        for side in ("actor", "recipient"):
            named = getattr(event, side)
            if named is not None and _names_protesters(named.name) and movement is not None:
                setattr(event, side, movement)
        if all(
            getattr(event, side) is None or getattr(event, side).name != PROTESTERS
            for side in ("actor", "recipient")
        ):
            kept.append(event)
    return kept


def _names_protesters(name: str | None) -> bool:
    if not name:
        return False
    if name == PROTESTERS:
        return True
    return any(word.startswith(protester_words()) for word in name.casefold().split())


def _recent(history: list[Told], sentence: int, reach: int) -> list[Event]:
    return [told.event for told in reversed(history) if sentence - told.sentence <= reach]


def _with_actor(candidate: Candidate, history: list[Told], sentence: int) -> Candidate | None:
    if _unnamed_speakers(candidate) or told_apart(candidate) or another_one(candidate):
        return None  # "einer anderen Rebellengruppe": not the hand of an act told
    here = {id(told.event) for told in history if told.sentence == sentence}
    recent = _recent(history, sentence, SAME_TYPE_REACH)
    if candidate.recipient is not None and not candidate.definite and not _agent_named(candidate):
        # "wurden Ziele im Gazastreifen angegriffen": the same kind of act on the same
        # target, told a few sentences on, is as a rule by the same hand
        recent += [
            e
            for e in _recent(history, sentence, SAME_TARGET_REACH)
            if e not in recent and key(e.recipient) == key(candidate.recipient)
        ]
    if candidate.definite:
        # "Die Bodenoffensive wurde bestätigt": the event told by that very word, if any
        word = candidate.word.lemma.casefold()
        recent.sort(key=lambda e: e.trigger.text.casefold() != word)
    victims = _victim_states(candidate)
    for event in recent:
        if event.type != candidate.trigger.type or event.actor is None:
            continue
        if event.actor.code in victims:
            continue  # "Bei Angriffen erlitten vier Israelis Verletzungen": not Israel's deed
        if other_attack(candidate, event):
            continue  # "das Attentat" after air strikes: another attack
        if candidate.recipient is not None and distinct(candidate.recipient, event.recipient):
            continue  # "Verhandlungen mit Iran" after talks with Russia: another event
        if candidate.definite:
            return replace(candidate, retells=event, actor=event.actor, orphan=False)
        recipient = candidate.recipient
        if recipient is None and (
            id(event) in here
            or (event.mode == candidate.trigger.mode and not _patients_named(candidate))
        ):
            # "protestierten mit einer Sitzblockade": the same event told twice; not where
            # the clause names its own patients ("wurden Ausländer festgenommen, zu
            # Haftstrafen verurteilt" after a Canadian's sentence is not his again)
            recipient = event.recipient
        return replace(candidate, actor=event.actor, recipient=recipient, orphan=False)
    if candidate.people_acting:
        movement = next(
            (
                told.event.actor
                for told in history
                if told.event.type == "PROTEST"
                and told.event.actor is not None
                and distinct(told.event.actor, candidate.recipient)
            ),
            None,
        )
        if movement is not None:
            return replace(candidate, actor=movement, orphan=False)
    group = candidate.nearby_group
    if group is None or candidate.definite:
        return None  # "die Demonstration" told before, of which we know nothing
    recipient = candidate.recipient or candidate.government
    return replace(candidate, actor=group, recipient=recipient, orphan=False)


def _patients_named(candidate: Candidate) -> bool:
    """The sentence of an ownerless noun names, bare and before it, people its act befell,
    if not ones we resolve ("wurden wiederholt Ausländer festgenommen, zu Haftstrafen
    verurteilt"); a thing there ("der russische Vorschlag stieß auf Ablehnung") is none."""
    trigger = candidate.word.i
    return any(
        chunk.prep is None and _persons(chunk.head_word) and not chunk.contains(candidate.word)
        for clause in candidate.clauses
        for chunk in clause.chunks
        if chunk.last < trigger
    )


def _persons(head: Word) -> bool:
    """A noun for persons ("Ausländer", "Menschen"), see data/person_suffixes.txt."""
    lemma = head.lemma.casefold()
    return head.tag == "NN" and (
        lemma.endswith(person_suffixes()) or head.lemma in generic_people()
    )


def _victim_states(candidate: Candidate) -> frozenset[str]:
    """The states whose people a deed's clause names bare beside it ("erlitten vier Israelis
    Verletzungen"): those hurt by an unowned deed, not its doers."""
    if candidate.trigger.type not in DEED_TYPES:
        return frozenset()
    demonyms = country_forms()[2]
    return frozenset(
        demonyms[chunk.head_word.text.casefold()]
        for chunk in candidate.clause.chunks
        if chunk.prep is None and chunk.head_word.text.casefold() in demonyms
    )


def _unnamed_speakers(candidate: Candidate) -> bool:
    """ "Der Wahlkommission wird Verschleppung vorgeworfen": a demand or charge told in the
    agentless passive leaves its speakers unnamed on purpose; whoever spoke before is not
    taken for them (deeds in the passive, "wurden angegriffen", are another matter)."""
    return (
        not candidate.nominal
        and is_passive(candidate.clause, candidate.word)
        and type_table()[candidate.trigger.type].quad_class.startswith("verbal")
    )


def _agent_named(candidate: Candidate) -> bool:
    """ "von Männern in Zivilkleidung angegriffen": an agent we could not resolve is someone
    else, not the one of an earlier act."""
    return any(c.prep in AGENT_PREPOSITIONS for c in candidate.clause.chunks)


def _with_recipient(candidate: Candidate, history: list[Told], sentence: int) -> Candidate | None:
    if candidate.against_protest or candidate.counted_patients:
        protesters = next(
            (
                e.actor
                for e in _recent(history, sentence, SAME_TYPE_REACH)
                if e.type == "PROTEST" and distinct(e.actor, candidate.actor)
            ),
            None,
        )
        if protesters is None and candidate.counted_patients:
            # people counted in a story of a protest are, as a rule, its protesters (as
            # "die Demonstranten" are, see name_protesters); in any other story we do not know
            protesters = next(
                (
                    told.event.actor
                    for told in history
                    if told.event.type == "PROTEST" and distinct(told.event.actor, candidate.actor)
                ),
                None,
            )
            if protesters is None:
                return None
        return replace(candidate, recipient=protesters, pending=False)
    if candidate.labels_deed:
        # the deed talked about may have been told well before the comment on it
        perpetrator = next(
            (
                told.event.actor
                for told in reversed(history)
                if told.event.type in DEED_TYPES and told.event.actor is not None
            ),
            None,
        )
        if perpetrator is not None:
            return replace(candidate, recipient=perpetrator, pending=False)
    if candidate.told_act is not None:
        return _reacting_to(candidate, history, sentence)
    if candidate.intended:
        return _campaign_target(candidate, history, sentence)
    return None  # other addressees from the discourse proved wrong more often than right


def _campaign_target(candidate: Candidate, history: list[Told], sentence: int) -> Candidate | None:
    """ "Israel startete die Bodenoffensive in den Gazastreifen. […] „Wir werden einige
    Gebiete einnehmen“": a harmful act the actor announces, with no target named, goes on
    its campaign against whom it has just used force."""
    for event in _recent(history, sentence, SAME_TYPE_REACH):
        if (
            event.type in DEED_TYPES
            and event.recipient is not None
            and not event.negated
            and not distinct(event.actor, candidate.actor)
            and distinct(event.recipient, candidate.actor)
        ):
            return replace(candidate, recipient=event.recipient, pending=False)
    return None


def _reacting_to(candidate: Candidate, history: list[Told], sentence: int) -> Candidate | None:
    """ "Die EU verhängte Sanktionen. Moskau kritisierte die Sanktionen": a reaction to an
    act told just before is aimed at whoever did it; one's own act, at whom it was aimed."""
    for event in _recent(history, sentence, SAME_TYPE_REACH):
        if event.type != candidate.told_act or event.actor is None:
            continue
        side = event.recipient if not distinct(event.actor, candidate.actor) else event.actor
        if side is None or not distinct(side, candidate.actor):
            return None
        return replace(candidate, recipient=side, pending=False)
    return None
