"""Which sentences and words may tell an event, decided before any clause is cut.

:func:`~lagebild.events.detect.sentence_candidates` reads a sentence only where
:func:`may_tell` (or a separated particle, :func:`has_separated_particle`) says it may hold a
trigger, and shows a clause to the rules only where one of its words passes
:func:`may_trigger`: most sentences and clauses of news tell no event, and these tests read
the Doc's token lists and word forms instead of building words, clauses and readings for
them.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from spacy.tokens import Span

from lagebild.events.lawsuits import way_noun, way_nouns
from lagebild.events.lexicon import triggers_by_head
from lagebild.events.participles import lexicon_participle, participle_forms
from lagebild.events.prevented import PREVENTING_VERB, preventing
from lagebild.events.proposals import presenting, presenting_verbs
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.unlawful import illegal_manner, illegal_manners
from lagebild.events.wanted_meetings import WANTING_VERB, wanting_verb
from lagebild.events.words import DocTokens, Word

#: Word forms whose :func:`may_trigger` answer is kept: every word of a text is asked, the
#: frequent ones again in every text. The answers are forgotten all at once when this many
#: are kept (a plain dict costs less per word than an LRU cache; twice the LRU's former
#: 16,384 forms finds as many again: 10kGNAD's 1,028 test texts ask 54,582 forms)
FORM_CACHE: Final = 32_768
#: The answers of :func:`may_trigger` by (text, lemma, tag)
_ANSWERS: Final[dict[tuple[str, str, str], bool]] = {}


def has_separated_particle(sentence: Span, tokens: DocTokens) -> bool:
    """The sentence holds a separated particle: a verb's lemma there may be completed by it
    (see :func:`~lagebild.events.words.sentence_words`), so only its words tell whether a
    word may trigger."""
    start, end = sentence.start, sentence.end
    return tokens.particle_verb_in(start, end) or "PTKVZ" in tokens.tags[start:end]


def may_tell(sentence: Span, tokens: DocTokens) -> bool:
    """Whether a sentence without separated particles may tell an event, read from the Doc's
    token lists before any :class:`Word` is made: some token may trigger (see
    :func:`may_trigger`)."""
    start: int = sentence.start
    end: int = sentence.end
    # one typed loop over the lists (compiled: no slices, no iterator objects); the words
    # of the other tags ("der", "in", ",") trigger nothing and are not asked
    chosen = tokens.trigger_tags
    texts, lemmas, tags = tokens.texts, tokens.lemmas, tokens.tags
    return any(chosen[i] and may_trigger(texts[i], lemmas[i], tags[i]) for i in range(start, end))


def may_trigger(text: str, lemma: str, tag: str) -> bool:
    """Whether a word of this form may trigger (:func:`form_may_trigger`), asked once per
    form while :data:`FORM_CACHE` answers are kept."""
    key = (text, lemma, tag)
    answer = _ANSWERS.get(key)
    if answer is None:
        if len(_ANSWERS) >= FORM_CACHE:
            _ANSWERS.clear()
        answer = form_may_trigger(text, lemma, tag)
        _ANSWERS[key] = answer
    return answer


def form_may_trigger(text: str, lemma: str, tag: str) -> bool:
    """A word of this form is one that some rule needs to find an event: a trigger of the
    lexicon (which a stated aim's verb is too), the participle of one, or the cue word of a
    clause rule of :func:`~lagebild.events.detect.sentence_candidates`. The clauses hold the
    sentence's words, so a sentence with none of them tells no event, and cutting it into
    clauses would be wasted; a new clause rule must add the word it needs here (and its tag to
    :data:`~lagebild.events.words.TRIGGER_TAGS`), or it never sees a sentence; and it must
    need that word in the clause it reads, for a clause without one is not shown to the
    clause rules at all (about half the clauses of the sentences read). Its word list joins
    :func:`cue_forms` too, or the shortcut there hides its words. The tests read only the
    form, so they are asked once per form; an empty lemma is read as the text, as
    :func:`~lagebild.events.words.sentence_words` does."""
    if text.isspace():
        return False  # not a word (see sentence_words)
    lemma = lemma or text
    if not _has_cue_form(text, lemma):
        return False  # most words: no rule would find any of its forms in its word lists
    return rule_word(Word(0, text, lemma, tag, 0, len(text)))  # by position: cheaper


def rule_word(word: Word) -> bool:
    """The tests of :func:`may_trigger`, each by its rule's own word lists."""
    return (
        bool(lexicon_entries(word))
        or lexicon_participle(word)
        or presenting(word)
        or (preventing(word) or illegal_manner(word) or way_noun(word) or wanting_verb(word))
    )


def forms_looked_up(text: str, lemma: str) -> tuple[str, ...]:
    """Every form by which a test of :func:`rule_word` may look a word up: the casefolded
    lemma and text, the text less its last letter (a dative plural), its lower case, and its
    last hyphenated part (see :func:`~lagebild.events.trigger_entries.lexicon_entries`)."""
    folded = text.casefold()
    return (lemma.casefold(), folded, folded[:-1], text.lower(), text.rsplit("-", 1)[-1].casefold())


def _has_cue_form(text: str, lemma: str) -> bool:
    """Whether one of :func:`forms_looked_up` is a cue form, each made only where the ones
    before it are none (most words: all five are made, as there)."""
    cues = cue_forms()
    if lemma.casefold() in cues:
        return True
    folded = text.casefold()
    return (
        folded in cues
        or folded[:-1] in cues
        or text.lower() in cues
        or text.rsplit("-", 1)[-1].casefold() in cues
    )


@cache
def cue_forms() -> frozenset[str]:
    """Every form some test of :func:`rule_word` looks for: a word none of whose forms
    (:func:`forms_looked_up`) is one passes none of them, whatever its tag."""
    return frozenset(
        {
            *triggers_by_head(),
            *participle_forms(),
            *presenting_verbs(),
            *illegal_manners(),
            *way_nouns(),
            PREVENTING_VERB.casefold(),
            WANTING_VERB.casefold(),
        }
    )
