"""Actor and recipient of an event noun ("die Freilassung einer Lehrerin", "Gespräche").

The genitive after the noun names its actor, or its recipient where the act is done to it;
failing that a von/durch phrase, an adjective ("russische Angriffe"), a two-party compound
("russisch-amerikanische Treffen"), the frame's slots after the noun, or the clause's subject
where a support verb carries the noun ("Russland plane einen Überfall") or the noun is the
setting of a meeting ("nach Gesprächen").
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc

from lagebild.events.actor_entities import bare_group
from lagebild.events.actors import compound_codes, resolve_chunk, resolve_words
from lagebild.events.adjective_codes import adjective_codes, opposed_code
from lagebild.events.arguments import (
    AGENT_PREPOSITIONS,
    SETTING_PREPOSITIONS,
    Participants,
    coordinated_actors,
    is_passive,
)
from lagebild.events.clauses import (
    Chunk,
    Clause,
    attached_phrases,
    coordinated_phrases,
    genitive_name,
)
from lagebild.events.lexicon import Trigger, received_aid, support_verbs
from lagebild.events.recipients import by_frame, distinct, resolve_target
from lagebild.events.states import country_codes, place_actor
from lagebild.events.subjects import subject
from lagebild.events.words import Word
from lagebild.model import EventActor

#: Events told of two sides at once ("Gespräche zwischen X und Y").
_PAIRED_TYPES: Final = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Events two sides named by "zwischen" do to each other ("Kämpfe zwischen X und Y").
_MUTUAL_TYPES: Final = frozenset({"ASSAULT"})
#: Prepositions that name the host or giver of aid received ("Zuflucht in der Botschaft").
_HOST_PREPOSITIONS: Final = frozenset({"in", "bei", "von"})


def nominal(
    doc: Doc, clause: Clause, clauses: list[Clause], chunk: Chunk, word: Word, trigger: Trigger
) -> Participants:
    position = chunk.words.index(word)
    after = chunk.words[position + 1 :]
    before = chunk.words[:position]
    genitive = resolve_words(doc, after, allow_adjectives=True) if after else None
    if genitive is None and after and trigger.genitive_is_recipient:
        genitive = place_actor(doc, Chunk(words=after))  # "Beschuss des Gazastreifens"
    parts = Participants()
    pair = _pair(doc, before, after)
    if pair:
        parts.actor, parts.recipient = EventActor(code=pair[0]), EventActor(code=pair[1])
        return parts
    between = (
        _between(doc, clause, chunk) if trigger.type in _PAIRED_TYPES | _MUTUAL_TYPES else None
    )
    if between is not None:
        parts.actor, parts.recipient = between  # "Verhandlungen zwischen Russland und …"
        parts.mutual = trigger.type in _MUTUAL_TYPES  # "Kämpfe zwischen X und Y": both ways
        return parts
    if genitive is None:
        genitive = _genitive_before(doc, clause, chunk, position)  # "Israels Angriffe"
    if trigger.genitive_is_recipient:
        parts.recipient = genitive
    else:
        parts.actor = genitive
    if parts.actor is None:
        parts.agent_chunk, parts.actor = _following_agent(doc, clause, chunk)
        if _state_agent_of_passive(clause, trigger, parts.actor):
            parts.agent_chunk, parts.actor = None, None
    if parts.actor is None:
        parts.actor = resolve_words(doc, [w for w in before if w.tag == "ADJA"])
    if parts.actor is None and trigger.mode == "seize":
        parts.actor = _annexing_state(doc, clause, chunk)
    if (
        parts.recipient is None
        and parts.agent_chunk is not None
        and trigger.type in ("CONSULT", "COOPERATE")
    ):
        partners = coordinated_actors(doc, clauses, parts.agent_chunk)
        parts.recipient = partners[0] if partners else None
    if parts.recipient is None:
        taken = [chunk, parts.agent_chunk, *coordinated_phrases(clause, parts.agent_chunk)]
        parts.recipient_chunk, parts.recipient = by_frame(
            doc, clause, clauses, trigger, taken, after=chunk.last, actor=parts.actor
        )
    if parts.recipient is None:
        parts.recipient = _opposed(before, parts.actor)  # "anti-chinesische Proteste"
    if parts.actor is None and any(w.tag == "PPOSAT" for w in before):
        # "seinen Rücktritt": the possessor is, as a rule, the clause's subject
        parts.actor_chunk, parts.actor = subject(doc, clause, clauses, exclude=chunk)
    if trigger.type == "AID" and _received(clause, chunk, word):
        _receiver_and_host(doc, clause, clauses, chunk, parts)
    if parts.actor is None:
        _from_clause(doc, clause, clauses, chunk, trigger, parts)
    return parts


def _opposed(before: list[Word], actor: EventActor | None) -> EventActor | None:
    """The state an "anti-" adjective before the noun is against: the act's target."""
    for word in before:
        code = opposed_code(word)
        if code is not None and distinct(actor, EventActor(code=code)):
            return EventActor(code=code)
    return None


def _received(clause: Clause, chunk: Chunk, word: Word) -> bool:
    """The aid noun is the object of a verb that tells it from the receiving side."""
    noun = word.lemma.casefold()
    return chunk.prep is None and any(
        w.is_verb and (noun, w.lemma) in received_aid() for w in clause.words
    )


def _receiver_and_host(
    doc: Doc, clause: Clause, clauses: list[Clause], chunk: Chunk, parts: Participants
) -> None:
    """ "sucht in der australischen Botschaft Zuflucht": the subject receives the aid; the
    host or giver named by an in/bei/von phrase (or the noun's own adjective) gives it."""
    subject_chunk, receiver = subject(doc, clause, clauses, exclude=chunk)
    if parts.actor is None:
        for other in clause.chunks:
            if other is chunk or other is subject_chunk or other.prep not in _HOST_PREPOSITIONS:
                continue
            host = resolve_chunk(doc, other)
            if host is not None:
                parts.actor, parts.agent_chunk = host, other
                break
    if parts.actor is None or receiver is None or not distinct(parts.actor, receiver):
        parts.actor = parts.agent_chunk = None  # the subject would give it: no reversal
        return
    parts.recipient, parts.recipient_chunk = receiver, subject_chunk


def _genitive_before(doc: Doc, clause: Clause, chunk: Chunk, position: int) -> EventActor | None:
    """ "Israels Angriffe", "Putins Drohungen": a name in the genitive right before the noun
    (its own phrase, the chunker cuts before a noun) is what the genitive after it would be."""
    if chunk.prep is not None or any(w.tag != "ADJA" for w in chunk.words[:position]):
        return None  # "Israels massive Angriffe", not "die Angriffe" after a name
    before = next((c for c in clause.chunks if c.last == chunk.first - 1), None)
    if before is None or before.prep is not None or len(before.words) > 2:
        return None
    last = before.words[-1]
    if last.tag != "NE" or not genitive_name(last):
        return None
    return resolve_chunk(doc, before)


def _between(doc: Doc, clause: Clause, chunk: Chunk) -> tuple[EventActor, EventActor] | None:
    """ "die Verhandlungen zwischen Russland und der Ukraine": the two sides named by
    "zwischen" after a meeting or agreement noun."""
    attached = attached_phrases(clause, chunk.last, clause.chunks)
    first = next((c for c in attached if c.prep == "zwischen"), None)
    if first is None:
        return None
    following = coordinated_phrases(clause, first)
    if not following:
        return None
    left, right = resolve_target(doc, first), resolve_target(doc, following[0])
    if left is None or right is None or not distinct(left, right):
        return None
    return left, right


def _annexing_state(doc: Doc, clause: Clause, chunk: Chunk) -> EventActor | None:
    """ "die Eingliederung der Krim in die Russische Föderation": the state a territory is
    taken into is the one that takes it."""
    into = next(
        (c for c in attached_phrases(clause, chunk.last, clause.chunks) if c.prep in ("in", "an")),
        None,
    )
    return resolve_target(doc, into) if into is not None else None


def _pair(doc: Doc, before: list[Word], after: list[Word]) -> list[str] | None:
    """A two-party event: "russisch-amerikanische Treffen", "der NATO-Ukraine-Kommission"."""
    for word in before:
        if word.tag == "ADJA" and "-" in word.text:
            codes = adjective_codes(word.text)
            if len(codes) == 2:
                return codes
    for word in after:
        if word.tag in ("NE", "NN") and word.text.count("-") >= 2:
            codes = compound_codes(doc, word.text)
            if len(codes) == 2:
                return codes
    return None


def _state_agent_of_passive(clause: Clause, trigger: Trigger, named: EventActor | None) -> bool:
    """ "wurde die Kundgebung von der Polizei aufgelöst": a state named in the von-phrase
    after a protest noun in a passive clause is the passive's agent, not the protester
    (see arguments.agent)."""
    if named is None or trigger.type != "PROTEST" or named.code not in country_codes():
        return False
    return any(is_passive(clause, w) for w in clause.words if w.tag == "VVPP")


def _following_agent(
    doc: Doc, clause: Clause, chunk: Chunk
) -> tuple[Chunk | None, EventActor | None]:
    following = next((c for c in clause.chunks if c.first > chunk.last), None)
    if following is None or following.prep not in AGENT_PREPOSITIONS:
        return None, None
    if following.first - chunk.last > 2:
        return None, None
    return following, resolve_chunk(doc, following)


def _from_clause(
    doc: Doc,
    clause: Clause,
    clauses: list[Clause],
    chunk: Chunk,
    trigger: Trigger,
    parts: Participants,
) -> None:
    """Participants of the clause for a noun that is the object of a support verb
    ("Russland plane einen Überfall") or the setting of a meeting ("nach Gesprächen")."""
    verbs = {w.lemma for w in clause.words if w.is_verb}
    # the light verb of the construction itself supports it too ("das Feuer erwidern")
    light = {trigger.words[-1]} if trigger.pos == "lvc" else set()
    # a construction's own preposition carries its noun too ("gingen auf die Straße")
    own_prep = trigger.words[0] if trigger.pos == "lvc" else None
    if chunk.prep in (None, "mit", own_prep) and verbs & (support_verbs() | light):
        subject_chunk, actor = subject(doc, clause, clauses, exclude=chunk)
        parts.actor, parts.actor_chunk = actor, subject_chunk
        return
    if trigger.type in ("CONSULT", "COOPERATE") and chunk.prep in SETTING_PREPOSITIONS:
        subject_chunk, actor = subject(doc, clause, clauses, exclude=chunk)
        if actor is None:
            return
        parts.actor, parts.actor_chunk = actor, subject_chunk
        partner_named = any(
            c.prep == "mit" and c.first - chunk.last <= 2 for c in clause.chunks
        )  # "nach einem Treffen mit dem UNMIK-Leiter": the partner is named, if unknown
        if parts.recipient is None and not partner_named:
            for other in clause.chunks:
                if other is chunk or other is subject_chunk or other.prep is not None:
                    continue
                recipient = resolve_chunk(doc, other)
                if recipient is not None and bare_group(doc, recipient):
                    continue  # "die Gefangenen als Faustpfand in Verhandlungen": no partner
                if recipient is not None and distinct(actor, recipient):
                    parts.recipient, parts.recipient_chunk = recipient, other
                    break
