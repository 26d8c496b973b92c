"""From candidates to :class:`lagebild.model.Event` records, one per event told."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from spacy.tokens import Doc

from lagebild.entities.mention_index import mentions_indexed
from lagebild.events import context, discourse
from lagebild.events.armed import armed_violence
from lagebild.events.candidate import Candidate, may_lack_recipient
from lagebild.events.claims import credit_claims
from lagebild.events.clauses import Clause
from lagebild.events.counterparts import made_by_focus_state
from lagebild.events.detect import sentence_candidates
from lagebild.events.disregard import disregarded_notice
from lagebild.events.lexicon import score_of, type_table
from lagebild.events.other_events import marked_apart
from lagebild.events.readings import among_players, with_business
from lagebild.events.states import other_branch
from lagebild.events.tellings import Telling, telling_of, told_apart
from lagebild.events.words import DocTokens, Word
from lagebild.model import Event, EventActor, Span, TextSpan
from lagebild.pipeline import doc_text

#: Types whose two sides are interchangeable: "Gespräche der USA mit Russland" and
#: "das russisch-amerikanische Treffen" tell one event.
SYMMETRIC_TYPES: Final = frozenset({"CONSULT", "COOPERATE"})
#: An event noun after these is brought in, not told again (see _introduced).
_INDEFINITE_ARTICLES: Final = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})


def build_events(doc: Doc) -> list[Event]:
    if not doc.has_annotation("SENT_START"):
        return []
    with mentions_indexed(doc):  # the stage reads the entities, changes none
        return _build_events(doc)


def _build_events(doc: Doc) -> list[Event]:
    quotes = list(doc._.quotes or [])
    events: list[Event] = []
    history: list[discourse.Told] = []
    ledger = _Ledger(people=frozenset(e.id for e in doc._.entities or [] if e.type == "PER"))
    tokens = DocTokens.of(doc)
    for number, sentence in enumerate(doc.sents):
        for found in sentence_candidates(doc, sentence, quotes, tokens):
            if found.anaphor is not None:
                found.recipient = _antecedent_side(events, found)
                if found.recipient is None:
                    continue
            found = disregarded_notice(found, history, number) or found
            candidate = discourse.complete(
                found, history, number, may_lack_recipient(found.trigger)
            )
            if candidate is None:
                candidate = made_by_focus_state(doc, found)
            if candidate is None:
                continue
            candidate = armed_violence(candidate)  # its actor is known only now
            if _self_addressed(candidate):
                # "Erdogan hatte die Behandlung der Uiguren in China als Völkermord
                # bezeichnet": one is never one's own recipient; none beats a wrong one
                candidate.recipient = None
            if among_players(doc, candidate.actor, candidate.recipient):
                continue  # a move of the game, whose sides are known only now
            if with_business(candidate.actor, candidate.recipient):
                continue  # economic or media news
            if candidate.retells is not None and not marked_apart(candidate):
                word = candidate.word
                candidate.retells.mentions.append(Span(start=word.start, end=word.end))
                # told again here: the latest event for what this sentence goes on to tell
                history.append(discourse.Told(number, candidate.retells))
                continue
            event = to_event(doc, candidate, len(events) + 1)
            key = _identity(candidate, event)
            telling = ledger.telling(doc, candidate.clause, event)
            fits = ledger.fitting(telling)
            told = (
                None
                if marked_apart(candidate)
                else (
                    ledger.same(key, fits)
                    or (
                        _same_sides(events, event)
                        if found.orphan and not _new_patient(candidate)
                        else None
                    )
                    or (_crowd_retold(events, event, fits) if candidate.crowd else None)
                    or (
                        _retold(events, event, fits)
                        if event.attributed_to
                        and not _introduced(candidate)
                        and not _new_patient(candidate)
                        else None
                    )
                )
            )
            if told is not None:
                told.mentions.append(Span(start=event.trigger.start, end=event.trigger.end))
                ledger.add(key, told, telling)
                history.append(discourse.Told(number, told))
                continue
            ledger.add(key, event, telling)
            events.append(event)
            history.append(discourse.Told(number, event))
    events = discourse.name_protesters(credit_claims(doc, events, tokens))
    return _numbered(_protests_named_later(doc, events))


@dataclass
class _Ledger:
    """The events built so far by identity key (several where tellings were told apart),
    and what each telling of each said of its date and people (see :mod:`.tellings`)."""

    people: frozenset[str]
    keys: dict[tuple, list[Event]] = field(default_factory=dict)
    tellings: dict[int, list[Telling]] = field(default_factory=dict)

    def telling(self, doc: Doc, clause: Clause, event: Event) -> Telling:
        sides = [
            (_actor_key(event.actor), event.actor),
            (_actor_key(event.recipient), event.recipient),
        ]
        return telling_of(doc, clause, event.trigger.start, sides, self.people)

    def fitting(self, telling: Telling) -> Callable[[Event], bool]:
        """Whether an event built so far may be the one ``telling`` tells again."""
        return lambda event: not told_apart(self.tellings.get(id(event), []), telling)

    def same(self, key: tuple, fits: Callable[[Event], bool]) -> Event | None:
        """The latest event of this identity that the telling may tell again."""
        return next((e for e in reversed(self.keys.get(key, [])) if fits(e)), None)

    def add(self, key: tuple, event: Event, telling: Telling) -> None:
        listed = self.keys.setdefault(key, [])
        if not any(e is event for e in listed):
            listed.append(event)
        self.tellings.setdefault(id(event), []).append(telling)


def _self_addressed(candidate: Candidate) -> bool:
    actor, recipient = candidate.actor, candidate.recipient
    return (
        actor is not None
        and recipient is not None
        and actor.entity_id is not None
        and actor.entity_id == recipient.entity_id
        and not other_branch(actor, recipient)  # "Die Polizei kritisierte die Armee"
    )


def _numbered(events: list[Event]) -> list[Event]:
    for number, event in enumerate(events, start=1):
        event.id = f"V{number}"
    return events


def _same_sides(events: list[Event], event: Event) -> Event | None:
    """An event whose actor the discourse gave, in a sentence that already tells an event of
    its type and sides, is that event again ("protestierten mit einer Sitzblockade")."""
    return next(
        (
            e
            for e in reversed(events)
            if e.type == event.type
            and _told_in(e, event.sentence)
            and _actor_key(e.actor) == _actor_key(event.actor)
            and _actor_key(e.recipient) == _actor_key(event.recipient)
        ),
        None,
    )


def _crowd_retold(events: list[Event], event: Event, fits: Callable[[Event], bool]) -> Event | None:
    """ "Tausende Isländer hatten gegen ihn protestiert. […] Am Montagabend waren bis zu 12.000
    Menschen gegen Gunnlaugsson auf die Straße gegangen": a crowd's protest of the sides of
    one told before in the story is that protest told again."""
    return next(
        (
            e
            for e in events
            if e.type == event.type
            and _actor_key(e.actor) == _actor_key(event.actor)
            and _actor_key(e.recipient) == _actor_key(event.recipient)
            and fits(e)
        ),
        None,
    )


def _protests_named_later(doc: Doc, events: list[Event]) -> list[Event]:
    """ "Bei Protesten kamen 22 Menschen um, als die Polizei auf Demonstranten schoss. […]
    Oppositionsanhänger demonstrieren seit Tagen": a protest whose group is first named in
    a later sentence that tells a protest of the same sides is that protest told again."""
    first_named = {
        entity.id: min(m.start for m in entity.mentions)
        for entity in doc._.entities or []
        if entity.mentions
    }
    kept: list[Event] = []
    for event in events:
        named = first_named.get(event.actor.entity_id) if event.actor is not None else None
        told = (
            None
            if named is None or event.type != "PROTEST"
            else next(
                (
                    e
                    for e in kept
                    if e.type == "PROTEST"
                    and e.sentence.end <= named
                    and event.sentence.start <= named < event.sentence.end
                    and _actor_key(e.actor) == _actor_key(event.actor)
                    and _actor_key(e.recipient) == _actor_key(event.recipient)
                ),
                None,
            )
        )
        if told is None:
            kept.append(event)
        else:
            told.mentions.append(Span(start=event.trigger.start, end=event.trigger.end))
    return kept


def _told_in(event: Event, sentence: Span) -> bool:
    """The event is told in the sentence: first there, or mentioned again there ("Bei dem
    Angriff wurden 24 Menschen getötet")."""
    return event.sentence.start == sentence.start or any(
        sentence.start <= mention.start < sentence.end for mention in event.mentions
    )


def _retold(events: list[Event], event: Event, fits: Callable[[Event], bool]) -> Event | None:
    """A quote that restates an event already told ("…hätten Zivilisten getötet", so X)
    tells no new one, whatever its verb."""
    sides = (_actor_key(event.actor), _actor_key(event.recipient))
    return next(
        (
            e
            for e in events
            if e.type == event.type
            and e.negated == event.negated
            and (_actor_key(e.actor), _actor_key(e.recipient)) == sides
            and fits(e)
        ),
        None,
    )


def _introduced(candidate: Candidate) -> bool:
    """An event noun with the indefinite article as the setting of another act ("verlangen
    eine Entschuldigung für das Vorgehen bei einer Demonstration") brings in an event not told
    before, even in a quote; a bare one may be a judgment of the act told ("sieht einen
    Angriff gegen die Belegschaft")."""
    if not (candidate.nominal and candidate.setting):
        return False
    chunk = candidate.clause.chunk_of(candidate.word)
    if chunk is None:
        return False
    article = chunk.words[0]
    return article.tag == "ART" and article.lower in _INDEFINITE_ARTICLES


def _new_patient(candidate: Candidate) -> bool:
    """ "…, in Hebron wurde eine 72-jährige Palästinenserin getötet": a verb whose patient is
    brought in by the indefinite article tells an act on someone not named before, a new
    event even in a quote."""
    chunk = candidate.chunks[0] if candidate.chunks and not candidate.nominal else None
    if chunk is None or chunk.prep is not None:
        return False
    article = chunk.words[0]
    return article.tag == "ART" and article.lower in _INDEFINITE_ARTICLES


def _antecedent_side(events: list[Event], candidate: Candidate) -> EventActor | None:
    """The other side of the latest event the anaphor points back to: rejecting one's own
    demands' addressee ("Russland werde von diesen Forderungen nicht abrücken" -> NATO), or
    the author of someone else's."""
    for event in reversed(events):
        if event.type != candidate.anaphor or event.actor is None:
            continue
        if _actor_key(event.actor) == _actor_key(candidate.actor):
            return event.recipient
        return event.actor
    return None


def _actor_key(actor: EventActor | None) -> str | None:
    if actor is None:
        return None
    return actor.code or actor.entity_id or actor.name


def _identity(candidate: Candidate, event: Event) -> tuple:
    sides: tuple = (_actor_key(event.actor), _actor_key(event.recipient))
    if event.type in SYMMETRIC_TYPES:
        return (event.type, frozenset(sides), event.negated)
    return (event.type, sides, event.negated, candidate.word.lemma.casefold())


def _particle(candidate: Candidate) -> Word | None:
    """The separated particle of a verb trigger ("wies … zurück"), if it has one."""
    position = candidate.word.particle
    if position is None or candidate.nominal:
        return None
    return next((w for clause in candidate.clauses for w in clause.words if w.i == position), None)


def to_event(doc: Doc, candidate: Candidate, number: int) -> Event:
    word, clause, sentence = candidate.word, candidate.clause, candidate.sentence
    text = doc_text(doc)
    info = type_table()[candidate.trigger.type]
    sentence_text = text[sentence.start_char : sentence.end_char]
    start = sentence.start_char + (len(sentence_text) - len(sentence_text.lstrip()))
    end = sentence.start_char + len(sentence_text.rstrip())
    trigger = TextSpan(start=word.start, end=word.end, text=text[word.start : word.end])
    particle = _particle(candidate)
    parts = (
        []
        if particle is None
        else sorted(
            [Span(start=word.start, end=word.end), Span(start=particle.start, end=particle.end)],
            key=lambda span: span.start,
        )
    )
    return Event(
        id=f"V{number}",
        type=candidate.trigger.type,  # type: ignore[arg-type]
        mode=candidate.trigger.mode,
        actor=candidate.actor,
        recipient=candidate.recipient,
        trigger=trigger,
        trigger_parts=parts,
        sentence=Span(start=start, end=end),
        negated=candidate.negated,
        attributed_to=candidate.attributed_to,
        where=context.place_in(doc, clause),
        when=context.date_in(doc, clause),
        quantity=context.quantity(candidate.chunks),
        condition=context.condition(clause, candidate.clauses, text),
        quad_class=info.quad_class,
        score=score_of(candidate.trigger.type, candidate.trigger.mode),
        cameo=info.cameo,
        mentions=[Span(start=trigger.start, end=trigger.end)],
    )
