"""Which side a phrase stands for where the usual slots mislead: what one asks for names
whom it is asked of; a branch of the state in the actor's genitive is no other side."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.events.actors import other_branch, resolve_words
from lagebild.events.arguments import Participants
from lagebild.events.clauses import Clause
from lagebild.events.lexicon import Trigger
from lagebild.events.recipients import distinct
from lagebild.model import EventActor

_GENITIVE_ARTICLES = frozenset({"der", "des"})


def content_owner(
    doc: Doc, clause: Clause, entry: Trigger, actor: EventActor | None
) -> EventActor | None:
    """ "wirbt um die Unterstützung der dortigen Regierung": what one asks for ("um") belongs
    to whom it is asked of."""
    for chunk in clause.chunks:
        if chunk.prep != "um" or "(um)" not in entry.frame or chunk.genitive is None:
            continue  # "zur Zerstörung Israels aufrufen": an act's genitive is its target
        owner = resolve_words(doc, chunk.genitive_words)
        if owner is not None and distinct(actor, owner):
            return owner
    return None


def branch_attribute(clause: Clause, parts: Participants) -> bool:
    """ "Die Truppen der von Russland unterstützten Regierung griffen … an": a branch of the
    state in the genitive after the actor's phrase, with no verb between, is the actor's
    attribute, not the other side of a domestic event."""
    actor_chunk, chunk = parts.actor_chunk, parts.recipient_chunk
    if parts.recipient is None or actor_chunk is None or chunk is None:
        return False
    if not other_branch(parts.actor, parts.recipient) or chunk.first <= actor_chunk.last:
        return False
    between = [w for w in clause.words if actor_chunk.last < w.i < chunk.first]
    opening = (actor_chunk.words[-1], chunk.words[0])  # the article, wherever chunked
    return any(w.lower in _GENITIVE_ARTICLES for w in opening) and not any(
        w.is_finite for w in between
    )
