"""A light view of one sentence's tokens for the event rules.

The rules read only text, lemma, STTS tag and offsets, so they work on any Doc that the
tagger has seen, and on hand-built Docs in tests. Separable verbs are reunited here: the
morphology component records the particle of each verb (:func:`recorded_particles`);
on Docs it has not seen (hand-built ones in tests) the particle (PTKVZ) is found in the
clause after the finite verb.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from spacy.attrs import LEMMA, TAG
from spacy.tokens import Doc, Span

from lagebild.linguistics.morphology import recorded_particles
from lagebild.pipeline import doc_offsets, doc_strings, doc_words

_SUBORDINATOR_TAGS: Final = frozenset({"KOUS", "PRELS", "PRELAT", "PWAV"})
FINITE_VERB_TAGS: Final = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"})
VERB_TAGS: Final = frozenset(
    {
        "VVFIN",
        "VAFIN",
        "VMFIN",
        "VVIMP",
        "VAIMP",
        "VVINF",
        "VAINF",
        "VMINF",
        "VVIZU",
        "VVPP",
        "VAPP",
        "VMPP",
    }
)
#: The tags of the words that may trigger an event rule (see
#: :func:`lagebild.events.trigger_words.may_trigger`): lexicon entries are nouns, names, adjectives,
#: particles and full verbs, participles are ADJA, the verbs of presenting, preventing and
#: wanting are verbs, illegal manners ADJD or ADV, ways to court NN. A rule that needs a word
#: of another tag must add it here, or the sentence pretest never shows it a sentence.
TRIGGER_TAGS: Final = frozenset({"NN", "NE", "ADJA", "ADJD", "ADV", "PTKVZ", *VERB_TAGS})


@lru_cache(maxsize=256)
def may_trigger_tag(tag: str) -> bool:
    """Whether a word of this tag may trigger an event rule (see :data:`TRIGGER_TAGS`)."""
    return tag in TRIGGER_TAGS or tag.startswith("VV")


@dataclass(slots=True, init=False)
class Word:
    """One token of a sentence; ``i`` is its position in the sentence's word list."""

    i: int
    text: str
    lemma: str
    tag: str
    start: int
    end: int
    particle: int | None = None  # position of the separated particle, for finite verbs
    #: ``text.lower()``, which the rules ask of most words several times (a Word's text is
    #: never changed; ``dataclasses.replace`` makes a new Word)
    lower: str = field(init=False, repr=False, compare=False)

    def __init__(
        self,
        i: int,
        text: str,
        lemma: str,
        tag: str,
        start: int,
        end: int,
        particle: int | None = None,
    ) -> None:
        # written out: the generated __init__ calling a __post_init__ for ``lower`` costs
        # nearly twice as much, and a Word is made for every word the rules read
        self.i, self.text, self.lemma, self.tag = i, text, lemma, tag
        self.start, self.end, self.particle = start, end, particle
        self.lower = text.lower()

    @property
    def is_verb(self) -> bool:
        return self.tag in VERB_TAGS

    @property
    def is_finite(self) -> bool:
        return self.tag in FINITE_VERB_TAGS


@dataclass(frozen=True)
class DocTokens:
    """What the rules read of every token, as lists read once per Doc: a Token object per
    token and attribute costs more than the rules themselves. Built anew by each call of
    the events stage (tags and lemmas are final by then), not kept on the Doc."""

    texts: list[str]
    offsets: list[int]
    tags: list[str]
    lemmas: list[str]
    #: the doc indices of the verbs whose particle the morphology component recorded, in
    #: order: their lemmas are completed only in :func:`sentence_words`
    particle_verbs: list[int]
    #: per token, whether its tag may trigger an event rule (:func:`may_trigger_tag`)
    trigger_tags: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> DocTokens:
        tags = doc_strings(doc, TAG)
        texts = doc_words(doc)
        # each distinct tag asked once, then one set look-up per token
        trigger_tags = {tag for tag in set(tags) if may_trigger_tag(tag)}
        return cls(
            texts,
            doc_offsets(doc),
            tags,
            _lemmas(doc, texts),
            sorted(recorded_particles(doc)),
            list(map(trigger_tags.__contains__, tags)),
        )

    def particle_verb_in(self, start: int, end: int) -> bool:
        """Whether a verb with a recorded particle stands in ``[start, end)``."""
        at = bisect_left(self.particle_verbs, start)
        return at < len(self.particle_verbs) and self.particle_verbs[at] < end


def _lemmas(doc: Doc, texts: list[str]) -> list[str]:
    """Every token's lemma, "" where unset: as the tagger and the morphology component kept
    them (:func:`lagebild.pipeline.doc_strings`), read anew only where a lemma changed since."""
    return doc_strings(doc, LEMMA) if texts else []


def sentence_words(sentence: Span, tokens: DocTokens | None = None) -> list[Word]:
    doc = sentence.doc
    tokens = tokens or DocTokens.of(doc)
    texts, offsets, tags, lemmas = tokens.texts, tokens.offsets, tokens.tags, tokens.lemmas
    positions = [i for i in range(sentence.start, sentence.end) if not texts[i].isspace()]
    words: list[Word] = []
    for i, position in enumerate(positions):
        text, start = texts[position], offsets[position]
        # by position: keyword arguments cost more, and every word read makes a Word
        words.append(
            Word(i, text, lemmas[position] or text, tags[position], start, start + len(text))
        )
    # the verbs of the sentence whose particle the morphology component recorded, in order
    verbs = tokens.particle_verbs
    first, last = bisect_left(verbs, sentence.start), bisect_left(verbs, sentence.end)
    if first < last:
        particles = recorded_particles(doc)
        index_of = {position: i for i, position in enumerate(positions)}
        for verb in verbs[first:last]:
            at = index_of.get(verb)
            if at is not None and particles[verb] in index_of:
                _attach_particle(words, words[at], index_of[particles[verb]])
    _reunite_particles(words)
    return words


def _attach_particle(words: list[Word], verb: Word, position: int) -> None:
    particle = words[position]
    verb.particle = position
    if not verb.lemma.startswith(particle.lower):
        verb.lemma = particle.lower + verb.lemma


def _reunite_particles(words: list[Word]) -> None:
    """Attach each PTKVZ to the nearest finite full verb before it in the same clause; a
    relative or other subordinate clause in between is skipped ("griffen Attentäter in
    Quetta, die im Grenzgebiet liegt, das Haus an")."""
    if not any(word.tag == "PTKVZ" for word in words):
        return  # most sentences: no particle to attach
    embedded = _embedded(words)
    for word in words:
        if word.tag != "PTKVZ" or any(w.particle == word.i for w in words):
            continue
        for earlier in reversed(words[: word.i]):
            if earlier.i in embedded:
                continue
            if earlier.tag in ("$.",) or (
                earlier.tag == "$,"
                and earlier.i < word.i - 1
                and _clause_break(words, earlier.i, word.i)
            ):
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
