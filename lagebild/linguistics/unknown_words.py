"""Words HanTa lacks, analysed from words it knows: compounds through their head, numbers
through their shape; and lower-case words its lexicon knows only as nouns.

German forms nouns freely by compounding ("Flüchtlingsunterkunft", "Ukraine-Krise",
"Kunststoffabfälle"), and news is full of numbers ("10.000", "2:1", "19.1.2016"), so many words
are known neither to HanTa's lexicon nor to the word table
(:mod:`lagebild.linguistics.word_table`). HanTa analyses each of them with a morpheme search
whose cost grows with the square of the word's length: most of the tagger's time on news.

- **Compounds.** The last part of a German compound decides its part of speech, inflection and
  lemma. Where an unknown capitalised word ends in a known noun or name (its *head*, at least
  ``MIN_HEAD_CHARS`` letters after at least ``MIN_PREFIX_CHARS``), the word takes the head's
  tag scores, and its segmentation is the head's, after the part before the head kept as noun
  stems split at hyphens; HanTa makes the lemma from it as usual ("Kunststoffabfälle" ->
  "Kunststoffabfall"). A capitalised word takes only a nominal head, a lower-case word only an
  adjectival one ("betriebsübliche", "34-jährige"); verb endings ("hochgeschraubt",
  "abzuschieben") carry prefixes and particles the morphology reads, so such words keep
  HanTa's search, as do words without a known head (most names).
- **Numbers.** A word of digits and punctuation is analysed as its shape, every digit a 0
  ("19.1.2016" as "00.0.0000"): HanTa's guess for a number hangs on its punctuation, not on
  which digits it has (on the 890 numbers of the 10kGNAD test set, the best tag agreed for all).
- **Lower-case words known only as nouns.** HanTa's lexicon is case-blind, so "einnahmen" inside
  a sentence gets only the readings of the noun "Einnahmen"; such a word takes the readings of its
  morpheme analysis instead (the verb "einnehmen").

Only the differences between a word's tag scores matter to the sentence search, so the head's
scores stand for the compound's. On UD German GSD dev, tags and lemmas are a little more accurate
than with HanTa's search (UPOS 0.9530 -> 0.9533, lemmas 0.9780 -> 0.9783; ``lagebild eval --only
ud``, against ``LAGEBILD_TAGGER=hanta-table``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lagebild.linguistics.word_table import Segmentation, TagScores

if TYPE_CHECKING:
    from lagebild.linguistics.hanta_fast import FastHanoverTagger

#: HanTa part-of-speech tags a head must have as its best tag to stand for a capitalised word.
NOMINAL_TAGS = ("NN", "NNI", "NE")
#: ... and to stand for a lower-case word (HanTa often ranks a bare adjective form as a
#: nominalised adjective, NNA, first; the head must also score as an adjective).
ADJECTIVAL_TAGS = ("ADJ(A)", "ADJ(D)", "NNA")
ADJECTIVE_TAGS = ("ADJ(A)", "ADJ(D)")
#: Readings a lower-case word inside a sentence cannot have (German capitalises nouns and names).
NOUN_READING_TAGS = ("NN", "NNI", "NNA", "NE")
MIN_HEAD_CHARS = 4
MIN_PREFIX_CHARS = 2
#: The head of a word: where it starts, the head, and its tag scores.
Head = tuple[int, str, TagScores]
_DIGIT = re.compile(r"\d")


def number_shape(word: str) -> str | None:
    """``word`` with every digit a 0, for a word of digits and punctuation only (else None)."""
    if not _DIGIT.search(word) or any(char.isalpha() or char == "_" for char in word):
        return None
    return _DIGIT.sub("0", word)


class UnknownWords:
    """Analyses lower-cased words HanTa's lexicon and the word table lack from the analyses of
    known words. Heads and shapes found are remembered for up to ``max_cached_words`` words,
    as tuples of numbers and strings, which the garbage collector stops tracking (lists
    would be walked again by every full collection)."""

    def __init__(self, tagger: FastHanoverTagger, max_cached_words: int) -> None:
        self.tagger = tagger
        tag_ids = tagger.tag2int
        self.nominal = frozenset(tag_ids[tag] for tag in NOMINAL_TAGS)
        self.adjectival = frozenset(tag_ids[tag] for tag in ADJECTIVAL_TAGS)
        self.adjective = frozenset(tag_ids[tag] for tag in ADJECTIVE_TAGS)
        self.nominal_or_adjectival = self.nominal | self.adjectival
        self.nominal_readings = frozenset(tag_ids[tag] for tag in NOUN_READING_TAGS)
        # Tags whose segmentation may come from a head: nouns, names and adjectives.
        self.head_targets = frozenset(-tag for tag in self.nominal_or_adjectival)
        self.stem_tag = tag_ids["NN"]
        self.hyphen_tag = tag_ids["HYPHEN"]
        self.max_cached_words = max_cached_words
        self.heads: dict[str, Head | None] = {}
        self.searched_scores: dict[str, TagScores] = {}
        self.shape_segmentations: dict[tuple[str, int], Segmentation] = {}

    def scores(self, word: str, form: str, case_sensitive: bool) -> TagScores | None:
        """Tag scores of the unknown lower-cased ``word`` (written ``form``): its number
        shape's, or its head's where the head stands for the word; else None.

        A head stands for a capitalised word (or one whose head is capitalised, as in
        "iPhone-Verkaufszahlen") if it reads best as a noun or name, capitalised where the
        sentence search heeds letter case ("Abwehrsorgen" from "Sorgen", not "sorgen"); and for
        a lower-case word if it reads best as a noun or an adjective and may be an adjective."""
        shape = number_shape(word)
        if shape is not None and shape != word:
            return self.forward_scores(shape)
        head = self.head(word)
        if head is None:
            return None
        start, _, scores = head
        capitalised = form[0].isupper() or (len(form) == len(word) and form[start].isupper())
        if capitalised:
            ranked = self.tagger.candidate_scores("X", scores, case_sensitive)
            stands = bool(ranked) and ranked[0][0] in self.nominal
        else:
            # Written in lower case, a word the head makes a noun or an adjective is an
            # adjective ("abschließende" after "Schließende"/"schließende").
            ranked = self.tagger.candidate_scores("x", scores, False)
            stands = (
                bool(ranked)
                and ranked[0][0] in self.nominal_or_adjectival
                and any(tag in self.adjective for tag, _ in ranked)
            )
        return scores if stands else None

    def lower_case_readings(self, form: str, scores: TagScores) -> TagScores:
        """``scores`` (adjusted for case, best first) of a word inside a sentence, or, for a
        lower-case word that HanTa's lexicon knows only as a noun or name ("einnahmen" as
        "Einnahmen"), the readings of its morpheme analysis (the verb "einnahmen").

        German writes nouns and names with a capital, so a lower-case word inside a sentence
        is neither, whatever its spelling shares with one."""
        if not form.isalpha() or not form.islower() or not scores:
            return scores
        if any(tag not in self.nominal_readings for tag, _ in scores):
            return scores
        tagger = self.tagger
        forward = self.forward_scores(form)  # already lower case
        readings = tagger.candidate_scores(form, forward, True)
        if any(tag not in self.nominal_readings for tag, _ in readings):
            return readings
        return scores

    def forward_scores(self, word: str) -> TagScores:
        """HanTa's morpheme analysis (tag scores) of the lower-cased ``word``, searched once."""
        scores = self.searched_scores.get(word)
        if scores is None:
            scores = tuple((tag, float(lp)) for tag, lp in self.tagger.analyze_forward(word))
            if len(self.searched_scores) < self.max_cached_words:
                self.searched_scores[word] = scores
        return scores

    def segmentation(self, word: str, target: int) -> Segmentation | None:
        """Morphemes of the unknown ``word`` as ``target`` (a negated tag): its number
        shape's, or for a noun, name or adjective target its head has, the head's after the
        part before the head as noun stems and hyphens; else None."""
        shape = number_shape(word)
        if shape is not None and shape != word:
            key = (shape, target)
            segmentation = self.shape_segmentations.get(key)
            if segmentation is None:
                segmentation = tuple(self.tagger.analyze_viterbi(shape, target))
                if len(self.shape_segmentations) < self.max_cached_words:
                    self.shape_segmentations[key] = segmentation
            return segmentation
        if target not in self.head_targets:
            return None
        head = self.head(word)
        if head is None or all(tag != -target for tag, _ in head[2]):
            return None
        start, ending, _ = head
        morphemes: list[tuple[int, int]] = []
        offset = 0
        for piece in word[:start].split("-"):
            offset += len(piece)
            if piece:
                morphemes.append((self.stem_tag, offset))
            if offset < start:
                offset += 1
                morphemes.append((self.hyphen_tag, offset))
        head_morphemes = self.tagger.analyze_viterbi(ending, target)
        morphemes.extend((tag, start + end) for tag, end in head_morphemes)
        return morphemes

    def head(self, word: str) -> Head | None:
        """The longest ending of ``word`` that HanTa's lexicon or the word table knows."""
        if word in self.heads:
            return self.heads[word]
        found = None
        starts = range(MIN_PREFIX_CHARS, len(word) - MIN_HEAD_CHARS + 1)
        endings = [word[start:] for start in starts if word[start].isalpha()]
        lexicon = self.tagger.cache
        table = self.tagger.word_table
        # Longest first: endings shorter than the longest the lexicon knows cannot win, so
        # one query for the longer ones only.
        longer = next((k for k, ending in enumerate(endings) if ending in lexicon), len(endings))
        stored = table.scores_of(endings[:longer]) if table else {}
        for ending in endings:
            scores = lexicon[ending] if ending in lexicon else stored.get(ending)
            if scores is not None:
                found = (len(word) - len(ending), ending, tuple(scores))
                break
        if len(self.heads) < self.max_cached_words:
            self.heads[word] = found
        return found
