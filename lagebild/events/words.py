"""A light view of one sentence's tokens for the event rules.

The rules read only text, lemma, STTS tag and offsets, so they work on any Doc that the
tagger has seen, and on hand-built Docs in tests. Separable verbs are reunited here: the
morphology component records the particle on the verb (``Token._.separable_particle``);
on Docs it has not seen (hand-built ones in tests) the particle (PTKVZ) is found in the
clause after the finite verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

_SUBORDINATOR_TAGS = frozenset({"KOUS", "PRELS", "PRELAT", "PWAV"})
#: The Token extension the morphology component sets to the doc index of a verb's particle.
_PARTICLE_EXTENSION = "separable_particle"
FINITE_VERB_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"})
VERB_TAGS = frozenset(
    {"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP", "VVINF", "VAINF", "VMINF", "VVIZU",
     "VVPP", "VAPP", "VMPP"}
)


@dataclass
class Word:
    """One token of a sentence; ``i`` is its position in the sentence's word list."""

    i: int
    text: str
    lemma: str
    tag: str
    start: int
    end: int
    particle: int | None = None  # position of the separated particle, for finite verbs

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_verb(self) -> bool:
        return self.tag in VERB_TAGS

    @property
    def is_finite(self) -> bool:
        return self.tag in FINITE_VERB_TAGS


def sentence_words(sentence: Span) -> list[Word]:
    tokens = [t for t in sentence if not t.is_space]
    words = [
        Word(i=i, text=t.text, lemma=t.lemma_ or t.text, tag=t.tag_, start=t.idx,
             end=t.idx + len(t.text))
        for i, t in enumerate(tokens)
    ]
    for word, token in zip(words, tokens, strict=True):
        particle = _recorded_particle(token, tokens)
        if particle is not None:
            _attach_particle(words, word, particle)
    _reunite_particles(words)
    return words


def _recorded_particle(token: Token, tokens: list[Token]) -> int | None:
    """The position of the particle the morphology component recorded, if any."""
    if not Token.has_extension(_PARTICLE_EXTENSION):
        return None
    index = getattr(token._, _PARTICLE_EXTENSION)
    if index is None:
        return None
    return next((i for i, t in enumerate(tokens) if t.i == index), None)


def _attach_particle(words: list[Word], verb: Word, position: int) -> None:
    particle = words[position]
    verb.particle = position
    if not verb.lemma.startswith(particle.lower):
        verb.lemma = particle.lower + verb.lemma


def _reunite_particles(words: list[Word]) -> None:
    """Attach each PTKVZ to the nearest finite full verb before it in the same clause; a
    relative or other subordinate clause in between is skipped ("griffen Attentäter in
    Quetta, die im Grenzgebiet liegt, das Haus an")."""
    embedded = _embedded(words)
    for word in words:
        if word.tag != "PTKVZ" or any(w.particle == word.i for w in words):
            continue
        for earlier in reversed(words[: word.i]):
            if earlier.i in embedded:
                continue
            if earlier.tag in ("$.",) or (earlier.tag == "$," and earlier.i < word.i - 1
                                          and _clause_break(words, earlier.i, word.i)):
                break
            if earlier.tag in ("VVFIN", "VVIMP") and earlier.particle is None:
                _attach_particle(words, earlier, word.i)
                break


def _clause_break(words: list[Word], comma: int, particle: int) -> bool:
    """A comma starts a new clause unless a finite verb-less stretch (an apposition, or a
    subordinate clause set off by commas) follows."""
    embedded = _embedded(words)
    return any(w.is_finite and w.i not in embedded for w in words[comma + 1 : particle])


def _embedded(words: list[Word]) -> set[int]:
    """Positions inside a subordinate clause set off by commas on both sides and ending in
    its finite verb (", die im Grenzgebiet liegt,"): it cannot hold the main clause's verb."""
    inside: set[int] = set()
    commas = [w.i for w in words if w.tag == "$,"]
    for left, right in zip(commas, commas[1:], strict=False):
        piece = words[left + 1 : right]
        if len(piece) < 2 or not piece[-1].is_finite:
            continue
        opener = piece[1] if piece[0].tag in ("APPR", "APPRART") else piece[0]
        if opener.tag in _SUBORDINATOR_TAGS:
            inside.update(w.i for w in piece)
    return inside
