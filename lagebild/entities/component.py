"""Named entities, within-article resolution and actor codes.

Rules and gazetteers propose :class:`~lagebild.entities.candidates.Candidate` spans;
overlaps are settled by priority and length, candidates are grouped by key into
entities, and bare surnames, role nouns and pronouns are attached afterwards. A
statistical NER can later contribute its spans as further candidates (see
:func:`find_candidates`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.entities.actors import (
    compound_candidates,
    knowledge_base_candidates,
    organisation_pattern_candidates,
)
from lagebild.entities.candidates import Candidate, RoleReference, Tok, tokens_of
from lagebild.entities.kb import actor_kb
from lagebild.entities.persons import (
    first_name_persons,
    pronoun_positions,
    tagged_name_persons,
    titled_persons,
)
from lagebild.entities.resolve import (
    add_surname_mentions,
    attach_pronouns,
    attach_role_references,
    cluster,
    select_non_overlapping,
    to_entities,
)
from lagebild.model import Entity


def find_candidates(tokens: list[Tok]) -> tuple[list[Candidate], list[RoleReference]]:
    kb = actor_kb()
    persons, references = titled_persons(tokens, kb)
    candidates = [
        *knowledge_base_candidates(tokens, kb),
        *compound_candidates(tokens, kb),
        *organisation_pattern_candidates(tokens, kb),
        *persons,
        *first_name_persons(tokens, kb),
        *tagged_name_persons(tokens, kb),
    ]
    return candidates, references


def resolve_entities(text: str, tokens: list[Tok]) -> list[Entity]:
    candidates, references = find_candidates(tokens)
    chosen = select_non_overlapping(candidates)
    covered = {i for c in chosen for i in range(c.first, c.last + 1)}
    clusters = cluster(chosen)
    add_surname_mentions(tokens, clusters, covered)
    attach_role_references(tokens, clusters, references, covered)
    attach_pronouns(tokens, clusters, pronoun_positions(tokens))
    return to_entities(text, tokens, clusters)


@Language.component(
    "lagebild_entities",
    requires=["token.tag"],
    assigns=["doc._.entities"],
)
def find_entities(doc: Doc) -> Doc:
    doc._.entities = resolve_entities(doc.text, tokens_of(doc))
    return doc
