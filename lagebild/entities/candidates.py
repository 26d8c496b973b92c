"""Shared records of the entity rules: tokens as the rules see them and candidate mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from operator import add
from typing import TYPE_CHECKING, NamedTuple

import numpy
from spacy.attrs import SENT_START, TAG
from spacy.tokens import Doc

from lagebild.model import EntityType, MentionKind
from lagebild.pipeline import doc_offsets, doc_strings, doc_words

if TYPE_CHECKING:  # the knowledge base's actor type, for annotations only
    from lagebild.entities.kb import Actor


class Tok(NamedTuple):
    """One token as the rules see it (a named tuple: made for every token of every article,
    it costs a third of a frozen dataclass)."""

    text: str
    start: int
    end: int
    tag: str  # STTS tag where the tagger set one, else ""
    sent: int = -1  # index of the sentence where the sentence splitter ran, else -1


def tokens_of(doc: Doc) -> list[Tok]:
    """The Doc's tokens as :class:`Tok`, built column by column from one array read (every
    article's every token passes here, so no Python loop over Token objects)."""
    if not len(doc):
        return []
    words = doc_words(doc)
    # the offsets as the Doc keeps them for the later stages (places, quotes) too; a token's
    # text is the Doc's text from its offset on, so it ends its length further on
    starts = doc_offsets(doc)
    ends = list(map(add, starts, map(len, words)))
    tags = doc_strings(doc, TAG)
    if doc.has_annotation("SENT_START"):
        # sentence number = the sentence starts up to the token (the first token opens one)
        opens = doc.to_array(SENT_START) == 1  # uint64: -1 wrapped
        opens[0] = False
        sentences = numpy.cumsum(opens).tolist()
    else:
        sentences = [-1] * len(doc)
    make = partial(tuple.__new__, Tok)  # skips the named tuple's Python-level __new__
    return list(map(make, zip(words, starts, ends, tags, sentences, strict=True)))


def without_space_tokens(tokens: list[Tok]) -> list[Tok]:
    """The tokens less those of a doubled space ("Wolfgang  Pirklhuber": the tokenizer makes
    the second space a token of its own), so that a name, or any phrase, runs across it as
    across one space. A line break stays: it ends a heading or a paragraph."""
    # the rules find their words by index; most articles have no such token at all
    return [token for token in tokens if not token.text.isspace() or "\n" in token.text]


@dataclass
class Candidate:
    """A span the rules propose as the mention of an entity.

    ``key`` groups candidates into one entity (``GPE:RUS``, ``ORG:NATO``, ``PER:<name key>``).
    A statistical NER can add its spans as candidates too; overlaps are settled by
    ``priority`` and length.
    """

    first: int  # first token index
    last: int  # last token index (inclusive)
    type: EntityType
    kind: MentionKind
    key: str
    name: str
    code: str | None = None
    affiliation: str | None = None
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    priority: int = 0
    needs_named: bool = False  # collective nouns count only when the actor is named
    listed_name: str | None = None  # the uninflected name the mention is a form of
    preferred_name: bool = False  # a group mention whose wording names the group best
    #: roles written after a city's or region's adjective ("der Wiener FPÖ-Obmann"): an
    #: office of that place, not of the whole party or state
    local_roles: tuple[str, ...] = ()
    #: an unnamed person's role that names a kind of person ("für einen Politiker"): kept
    #: only where a later mention refers to it (generic_roles.py)
    generic: bool = False

    @classmethod
    def of_actor(
        cls,
        actor: Actor,
        first: int,
        last: int,
        kind: MentionKind,
        priority: int,
        listed_name: str | None = None,
    ) -> Candidate:
        """A mention of a knowledge-base actor: its type, key, name and code."""
        return cls(
            first=first,
            last=last,
            type=actor.type,
            kind=kind,
            key=actor.key,
            name=actor.canonical,
            code=actor.code,
            priority=priority,
            listed_name=listed_name,
        )


def named_organisation(first: int, last: int, name: str, priority: int) -> Candidate:
    """An organisation the knowledge base lacks, named by the text itself (its own key and code)."""
    return Candidate(
        first=first,
        last=last,
        type="ORG",
        kind="name",
        key=f"ORG:{name}",
        name=name,
        code=name,
        priority=priority,
    )


@dataclass
class RoleReference:
    """A role noun without a name: "die Unterhändlerin" (back-reference) or an apposition."""

    first: int
    last: int
    role: str  # as written, e.g. "US-Unterhändlerin"
    head: str  # title of the list, e.g. "Unterhändler"
    gender: str | None
    affiliation: str | None
    apposition: bool  # followed by ", <title> <name>": names the next person


def char_span(tokens: list[Tok], first: int, last: int) -> tuple[int, int]:
    return tokens[first].start, tokens[last].end
