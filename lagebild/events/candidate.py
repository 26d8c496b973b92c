"""A candidate event: a trigger with the sides and circumstances found for it so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from spacy.tokens import Span

from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import Trigger
from lagebild.events.words import Word
from lagebild.model import Event, EventActor

RECIPIENT_OPTIONAL_TYPES: Final = frozenset({"PROTEST", "THREATEN", "CONCEDE"})
RECIPIENT_OPTIONAL_MODES: Final = frozenset({"deny", "resign", "martial-law", "curfew"})
#: Modes of a restriction that, told as a noun, is laid on the public at large ("verhängte ein
#: Demonstrationsverbot", "die Zensur"), unlike the same verbs done to someone ("ausbürgern").
PUBLIC_RESTRICTION_MODES: Final = frozenset({"restrict", "censor"})


def may_lack_recipient(entry: Trigger) -> bool:
    """Most events told without a recipient are ones whose recipient we failed to find; only
    these are commonly told without one (a denial, a resignation, a protest, a warning, a ban
    on the public)."""
    return (
        entry.type in RECIPIENT_OPTIONAL_TYPES
        or entry.mode in RECIPIENT_OPTIONAL_MODES
        or _public_restriction(entry)
    )


def _public_restriction(entry: Trigger) -> bool:
    return (
        entry.type == "COERCE"
        and entry.pos == "noun"
        and entry.mode in PUBLIC_RESTRICTION_MODES
        and not entry.genitive_is_recipient
    )


@dataclass
class Candidate:
    trigger: Trigger
    word: Word
    clause: Clause
    clauses: list[Clause]
    sentence: Span
    actor: EventActor | None
    recipient: EventActor | None
    negated: bool
    chunks: list[Chunk | None]
    nominal: bool
    attributed_to: str | None = None
    setting: bool = False
    co_actors: list[EventActor] = field(default_factory=list)
    co_recipients: list[EventActor] = field(default_factory=list)
    #: the type of an earlier event the trigger's object points back to ("von diesen
    #: Forderungen abrücken"); its participants give the recipient
    anaphor: str | None = None
    #: no recipient found yet; kept only if a complement it governs supplies one
    pending: bool = False
    foreign_focus: EventActor | None = None
    #: no actor found in the sentence (an ownerless event noun, an agentless passive); kept
    #: only if the discourse before supplies one (see :mod:`.discourse`)
    orphan: bool = False
    #: a verb whose object is a protest ("schlug die Proteste nieder"): its recipient is
    #: whoever protested
    against_protest: bool = False
    #: force used on people only counted ("nahmen 40 Menschen fest"): kept only if a protest
    #: told in the story gives its recipient
    counted_patients: bool = False
    #: violence by people only named as people ("die Menschen warfen Steine"): with no actor
    #: in the discourse before, the protest movement of the story, if it tells of one
    people_acting: bool = False
    #: each side does the act to the other ("beschuldigen sich gegenseitig"): the event is
    #: told the other way round too
    mutual: bool = False
    #: the type of a definite event noun the trigger is aimed at ("kritisierte die
    #: Sanktionen"); with no recipient found, the one who did that act told just before
    told_act: str | None = None
    #: an event noun with the definite article and no owner ("die Klage"): an event told
    #: before; the discourse finds which
    definite: bool = False
    #: the recipient is only the default government a claim is addressed to (see
    #: addressees.addressed_by_default); the act the claim is about may name another
    by_default: bool = False
    #: a threat read off an intended harmful act ("wir werden Gebiete einnehmen"): like the
    #: act, it is aimed at someone, by default the article's focus state
    intended: bool = False
    #: a label said of the deed just told ("Das ist ein Massaker"): aimed at its perpetrator
    labels_deed: bool = False
    #: the earlier event this candidate tells again, once the discourse has found it
    retells: Event | None = None
    #: for an ownerless protest: the group named nearby and the government it is aimed at,
    #: taken when no protest told before gives the actor
    nearby_group: EventActor | None = None
    government: EventActor | None = None
    #: a protest of a crowd named by its number only, its state's people (see crowd_states):
    #: a protest of the same sides told before in the story is the one it tells again
    crowd: bool = False
