"""HanTa's three Viterbi searches, computed the same way with far less Python work per step.

HanTa (Wartena 2019, LGPL) tags a sentence with an HMM over words and analyses each word with
an HMM over its morphemes. Nearly all of its time goes into the morpheme search: for every
live state, every later cut point and every tag that may follow, it calls ``lp_m_t`` -- a
function of the segment and the tag only. Here the learnt scores of a segment are looked up
once per segment and the guessed ones (open classes, unknown segments) once per start and tag
(``_Emissions``); the successor tags of a state, split into those that can be guessed, are
listed once per model; and the sentence search visits only the tags the word can have. The
caches that grow with new words are bounded.

The results are those of :class:`HanTa.HanoverTagger.HanoverTagger`: the same additions in the
same order, and the same visiting order of states, so ties resolve as in HanTa
(``tests/linguistics/test_hanta_fast.py`` compares both on running text).

Where the extension :mod:`lagebild.linguistics._hanta_search` is built, the sentence search and
the morpheme search run compiled over dense arrays, with the same results again; the Python
searches here remain for installs without a C compiler and as the reference its tests compare
with.

Licence: this module re-implements parts of HanTa's source and is therefore distributed under
HanTa's licence, the GNU LGPL 3.0, not under lagebild's MIT licence (see the README).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from HanTa.HanoverTagger import EMPTY, END, END_UNKNOWN, START, UNKNOWN, HanoverTagger
from numpy import logaddexp

from lagebild.linguistics.compiled_search import compiled_morpheme_search, compiled_sentence_search
from lagebild.linguistics.unknown_words import UnknownWords
from lagebild.linguistics.word_table import Segmentation, TagScores, WordTable

_LOWER_BOUND = -1e6
#: Bounds of the caches that grow with new words (a long stream must not grow without end).
_MAX_CACHED_WORDS = 50_000
#: Word endings scored per tag, per cached word (5,000 per tag at the default word bound).
_ENDINGS_PER_CACHED_WORD = 0.1
#: HanTa's penalty for reading a whole unknown word as one unknown morpheme.
_WHOLE_WORD_PENALTY = 4.6
#: How far below the best tag of an unknown word the sentence search still looks (log units).
CANDIDATE_CUTOFF = 5
_State = tuple[int, int]
#: (tag, log p(tag | state), the state it leads to) for each successor tag of a state.
_Followups = list[tuple[int, float, _State]]
#: (rank among HanTa's successors of the state, tag, log p(tag | state), the state it leads to).
_WordFollowup = tuple[int, int, float, _State]
#: Successor tags of a state, and those of them that may be guessed for unknown segments.
_Successors = tuple[_Followups, _Followups]
#: A word's candidate tags in ascending order and their log p(word | tag).
_Candidates = tuple[tuple[int, ...], tuple[float, ...]]


class _Emissions:
    """``lp_m_t(word[i:j], tag)`` of one word: learnt scores of known morphemes, looked up once
    per segment, and (unless ``strict``) HanTa's guess for open-class tags from the segment's
    length and its longest known suffix."""

    def __init__(self, tagger: FastHanoverTagger, word: str, strict: bool) -> None:
        self.tagger = tagger
        self.index = tagger.morpheme_index
        self.guessable = tagger.guessable
        self.ending_scores = tagger.ending_scores
        self.word = word
        self.strict = strict
        self.known_rows: dict[int, list[dict[int, float] | None]] = {}
        self.guess_rows: dict[tuple[int, int], list[float]] = {}

    def known_from(self, i: int) -> list[dict[int, float] | None]:
        """Scores of the known morphemes ``word[i:j]``, indexed by ``j - i - 1``."""
        row = self.known_rows.get(i)
        if row is None:
            word, index = self.word, self.index
            row = [index.get(word[i:j]) for j in range(i + 1, len(word) + 1)]
            self.known_rows[i] = row
        return row

    def guesses_from(self, i: int, tag: int) -> list[float]:
        """HanTa's guessed score of ``word[i:j]`` as an unknown morpheme of the open class
        ``tag``, indexed by ``j - i - 1``: by segment length and longest known suffix."""
        key = (i, tag)
        row = self.guess_rows.get(key)
        if row is None:
            word = self.word
            base = self.guessable[tag][0]
            endings = self.ending_scores[tag]
            row = []
            for j in range(i + 1, len(word) + 1):
                mlen = j - i
                # HanTa looks at suffixes of up to 4 letters, shorter than the segment.
                ending = word[j - 4 : j] if mlen > 4 else word[i + 1 : j]
                score = endings.get(ending)
                if score is None:
                    score = self.tagger.ending_score(tag, ending)
                row.append(base[mlen if mlen < 24 else 24] + score)
            if i == 0:
                row[-1] -= _WHOLE_WORD_PENALTY
            self.guess_rows[key] = row
        return row


class FastHanoverTagger(HanoverTagger):
    """A HanoverTagger whose forward, morpheme and sentence searches avoid per-step calls."""

    def __init__(
        self,
        filename: str,
        max_cached_words: int = _MAX_CACHED_WORDS,
        word_table: WordTable | None = None,
        unknown_words: bool = False,
    ) -> None:
        super().__init__(filename)
        # Precomputed analyses of frequent words HanTa's lexicon lacks (none: search them all).
        self.word_table = word_table
        # A long-running process wants a small bound: its memory then levels off early.
        self.max_cached_words = max_cached_words
        self.max_cached_endings = int(max_cached_words * _ENDINGS_PER_CACHED_WORD)
        # Unknown compounds and numbers analysed from known words (none: search them).
        self.unknown_words = UnknownWords(self, max_cached_words) if unknown_words else None
        # morpheme -> {tag: log p(morpheme | tag)}: one lookup per segment instead of per tag.
        self.morpheme_index: dict[str, dict[int, float]] = {}
        for tag, morphemes in self.LP_m_t.items():
            for morpheme, lp in morphemes.items():
                self.morpheme_index.setdefault(morpheme, {})[tag] = lp
        # Open-class tags that get a guessed score for unknown segments: the constant part of
        # the guess per segment length (summed in HanTa's order) and the suffix table.
        self.guessable: dict[int, tuple[list[float], dict[str, float]]] = {}
        for tag in self.LP_m_t:
            if tag in self.LP_hapax_t and tag in self.LP_s_t:
                lengths = self.LP_len_t[tag]
                base = [self.Int_t + self.LP_hapax_t[tag] + lengths[n] for n in range(25)]
                self.guessable[tag] = (base, self.LP_s_t[tag])
        # Per open-class tag: ending (up to 4 letters) -> log p of its longest known suffix.
        self.ending_scores: dict[int, dict[str, float]] = {tag: {} for tag in self.guessable}
        # (state, target part of speech or None) -> successors in HanTa's order.
        self.successor_lists: dict[tuple[tuple[int, int], int | None], _Successors] = {}
        # Per sentence-level state, lazily: each successor tag (END aside) with what the
        # search needs of it, and all of them in HanTa's order (for unknown words). A fixed
        # model's states are finite, so these do not grow with new words.
        self.word_successor_info: dict[_State, dict[int, _WordFollowup]] = {}
        self.word_successor_all: dict[_State, list[_WordFollowup]] = {}
        # (word, case-sensitive) -> its candidate tags and their log p(word | tag).
        self.word_candidates: dict[tuple[str, bool], _Candidates] = {}
        # The same, read from precomputed forms for the document being tagged (set by the
        # caller per document; taken instead of computing at a word's first sight).
        self.read_ahead: dict[tuple[str, bool], _Candidates] = {}
        # Per main tag: the length of its longest lemma suffix, which HanTa's ``makelemma``
        # recomputes over the whole suffix table for every word.
        self.longest_lemma_suffix = {
            tag: max(map(len, suffixes))
            for tag, suffixes in self.lemmasuffixtable.items()
            if suffixes
        }
        # Per main tag: the morpheme tags that are not part of a lemma's stem.
        self.nonstem_tags = {tag: frozenset(tags) for tag, tags in self.nonstemtags.items()}
        # The sentence and morpheme searches compiled over dense arrays, where built.
        self.compiled_search = compiled_sentence_search(self.LP_trans_word)
        self.compiled_morphemes = compiled_morpheme_search(self)

    def ending_score(self, tag: int, ending: str) -> float:
        """log p of the longest suffix of ``ending`` (itself included) that HanTa knows for the
        open class ``tag``, else of the empty suffix; remembered for later words."""
        suffixes = self.guessable[tag][1]
        for k in range(len(ending), 0, -1):
            if ending[-k:] in suffixes:
                score = suffixes[ending[-k:]]
                break
        else:
            score = suffixes[""]
        scores = self.ending_scores[tag]
        if len(scores) < self.max_cached_endings:
            scores[ending] = score
        return score

    def makelemma(self, stem_morphemes: list[str], pos: str) -> str:
        """HanTa's lemma of a stem for the tag ``pos``: the stem with the lemma suffix of its
        longest ending that HanTa's table lists for the main tag, capitalised for the tags
        HanTa capitalises (HanTa's ``makelemma``, same result)."""
        main_tag = pos.split("(")[0]
        lemma = "".join(stem_morphemes)
        suffix = ""
        longest = self.longest_lemma_suffix.get(main_tag)
        if longest is not None:
            suffixes = self.lemmasuffixtable[main_tag]
            if len(lemma) + 1 < longest:
                longest = len(lemma)
            marked = "#" + lemma
            for i in range(longest + 1, 0, -1):
                ending = marked[-i:]
                if ending in suffixes:
                    suffix = suffixes[ending]
                    break
        if self.tag2int.get(pos, 0) in self.capitalizedlemmata:
            lemma = lemma[0].upper() + lemma[1:]
        return str(lemma + suffix)

    def analyze_stem(self, word: str, pos: int) -> tuple[str, tuple[tuple[str, str], ...], str]:
        """The stem, the morpheme segments and the tag name of ``word`` read as HanTa's tag
        ``pos``: HanTa's ``_analyze(word, pos, taglevel=3)``, with its per-call look-ups of
        the stem tags done once per model."""
        word = word.lower()
        postag = -pos
        if postag in self.atomic_class:
            morphemes: Segmentation = [(pos, len(word)), (postag, len(word) + 1)]
        else:
            morphemes = self.analyze_viterbi(word, postag)
        name = self.int2tag[-morphemes[-1][0]]
        segments = []
        start = 0
        for tag, end in morphemes:
            if tag > 0:
                segments.append((word[start:end], tag))
            start = end
        nonstem = self.nonstem_tags.get(name.split("(")[0], frozenset())
        # HanTa's fallback where no segment is a stem: all of them.
        stem_segments = [segment for segment in segments if segment[1] not in nonstem] or segments
        last, last_tag = stem_segments[-1]
        last_name = self.int2tag[last_tag]
        if last_tag in self.stemdict and (last_name[:2] == name[:2] or last_name.startswith("SUF")):
            last = self.stemdict[last_tag].get(last, last)
        stem = "".join([morpheme for morpheme, _ in stem_segments[:-1]]) + last
        int2tag = self.int2tag
        return stem, tuple([(morpheme, int2tag[tag]) for morpheme, tag in segments]), name

    def analyze_forward(self, word: str) -> list[tuple[int, float]]:
        if self.compiled_morphemes is not None:
            finals = self.compiled_morphemes.forward(word, self.strict)
        else:
            finals = self._python_forward(word)
        results: dict[int, Any] = {}
        for tag, lp in finals:
            if lp == -math.inf:
                continue
            pos = -tag
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        result_list = sorted(results.items(), key=itemgetter(1), reverse=True)
        return result_list or [(UNKNOWN, 0)]

    def _python_forward(self, word: str) -> list[tuple[int, float]]:
        """The word's final states (part of speech, best log p per (previous tag, tag)) in
        the order they are first reached, searched in Python."""
        emissions = _Emissions(self, word, self.strict)
        table = self._morpheme_table(word, emissions, lambda state: self._successors(state, None))
        last = table[-1]
        for state, lp in table[-2].items():
            for tag, lpt in self.LP_trans_final.get(state, ()):
                lp1 = lp + lpt
                if lp1 > _LOWER_BOUND:
                    new_state = (state[1], tag)
                    if new_state not in last or lp1 > last[new_state]:
                        last[new_state] = lp1
        return [(state[1], lp) for state, lp in last.items()]

    def analyze_viterbi(self, word: str, targetpos: int) -> Segmentation:
        if self.word_table is not None:
            stored = self.word_table.segmentation(word, targetpos)
            if stored is not None:
                return stored
        if self.unknown_words is not None and word not in self.cache:
            stored = self.unknown_words.segmentation(word, targetpos)
            if stored is not None:
                return stored
        if self.compiled_morphemes is not None:
            for strict in (True, False):
                path: list[tuple[int, int]] | None = self.compiled_morphemes.viterbi(
                    word, targetpos, strict
                )
                if path is not None:
                    return path
            # No segmentation ends in the part of speech: HanTa's answer for that case.
            return [(UNKNOWN, len(word)), (END_UNKNOWN, len(word) + 1)]
        return self._python_viterbi(word, targetpos)

    def _python_viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        """HanTa's best segmentation of the word for ``targetpos``, searched in Python."""
        wlen = len(word)
        table: list[dict[tuple[int, int], float]] = []
        backpointer: list[dict[tuple[int, int], tuple[tuple[int, int], int]]] = []
        for strict in (True, False):
            backpointer = [{} for _ in range(wlen + 2)]
            emissions = _Emissions(self, word, strict)

            def followups(state: tuple[int, int]) -> _Successors:
                return self._successors(state, targetpos)

            table = self._morpheme_table(word, emissions, followups, backpointer)
            last = table[-1]
            for state, lp in table[-2].items():
                for tag, lpt in self.LP_trans_final.get(state, ()):
                    if tag == targetpos:
                        lp1 = lp + lpt
                        if lp1 > _LOWER_BOUND:
                            new_state = (state[1], tag)
                            if new_state not in last or lp1 > last[new_state]:
                                last[new_state] = lp1
                                backpointer[-1][new_state] = (state, wlen)
                        break
            if last:
                break
        best_lp = -math.inf
        best = (EMPTY, EMPTY)
        for state, lp in table[-1].items():
            if lp > best_lp:
                best_lp, best = lp, state
        i = len(backpointer) - 1
        if best == (EMPTY, EMPTY):
            states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
        else:
            states = [(best, i)]
            state = best
            while i > 0:
                state, i = backpointer[i][state]
                states.append((state, i))
            states = states[:-1]
        return [(state[1], end) for state, end in states[::-1]]

    def _successors(self, state: _State, targetpos: int | None) -> _Successors:
        """Non-final successor tags of a morpheme state (those from which ``targetpos`` can
        be reached, if given), and the open-class ones among them."""
        key = (state, targetpos)
        successors = self.successor_lists.get(key)
        if successors is None:
            every = [(t, p, (state[1], t)) for t, p in self.LP_trans_nonfinal.get(state, [])]
            if targetpos is not None:
                reachable = self.reachability.get(targetpos, frozenset())
                every = [follow for follow in every if follow[0] in reachable]
            guessed = [follow for follow in every if follow[0] in self.guessable]
            successors = (every, guessed)
            self.successor_lists[key] = successors
        return successors

    def _morpheme_table(
        self,
        word: str,
        emissions: _Emissions,
        followups: Callable[[_State], _Successors],
        backpointer: list[dict[_State, tuple[_State, int]]] | None = None,
    ) -> list[dict[_State, float]]:
        """HanTa's morpheme lattice: best log probability per (previous, current) tag at each
        cut point, extending only the best three states (and those within 1 of the third).

        States, cut points and successor tags are visited in HanTa's order; pairs without a
        finite score are skipped without being looked at where possible."""
        wlen = len(word)
        # Unknown segments are guessed from 3 letters on (any length in words under 4).
        first_guess = 0 if wlen < 4 else 2
        table: list[dict[_State, float]] = [{(EMPTY, START): 0}]
        table += [{} for _ in range(wlen + 1)]
        for i in range(wlen + 1):
            row = table[i]
            row_bound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWER_BOUND
            for state, lp in row.items():
                if lp < row_bound:
                    continue
                successors, guessed = followups(state)
                if not successors:
                    continue
                known_row = emissions.known_from(i)
                guess_rows = (
                    [(new, lpt, emissions.guesses_from(i, tag)) for tag, lpt, new in guessed]
                    if guessed and not emissions.strict
                    else []
                )
                guesses = {new[1]: guess for new, _, guess in guess_rows}
                for k, known in enumerate(known_row):
                    # k = j - i - 1 for the segment word[i:j].
                    j = i + k + 1
                    cell = table[j]
                    if known is None:
                        if k < first_guess:
                            continue
                        for new, lpt, guess in guess_rows:
                            lp1 = lp + lpt + guess[k]
                            if lp1 > _LOWER_BOUND:
                                old = cell.get(new)
                                if old is None or lp1 > old:
                                    cell[new] = lp1
                                    if backpointer is not None:
                                        backpointer[j][new] = (state, i)
                        continue
                    may_guess = k >= first_guess
                    for tag, lpt, new in successors:
                        lpm = known.get(tag)
                        if lpm is None:
                            tag_guess = guesses.get(tag) if may_guess else None
                            if tag_guess is None:
                                continue
                            lpm = tag_guess[k]
                        lp1 = lp + lpt + lpm
                        if lp1 > _LOWER_BOUND:
                            old = cell.get(new)
                            if old is None or lp1 > old:
                                cell[new] = lp1
                                if backpointer is not None:
                                    backpointer[j][new] = (state, i)
        return table

    def tag_sent_viterbi(
        self,
        sent: list[str],
        casesensitive: bool = True,
        unknown_scores: list[dict[int, float]] | None = None,
    ) -> list[int]:
        """HanTa's sentence search; with ``unknown_scores``, words HanTa's lexicon lacks take
        those candidate tags and scores (log p(word | tag) up to a per-word constant) instead
        of HanTa's morpheme analysis of every possible tag."""
        if self.compiled_search is not None and unknown_scores is None and sent:
            known_candidates = self.word_candidates
            words = []
            for i, word in enumerate(sent):
                case_sensitive = casesensitive and i > 0
                found = known_candidates.get((word, case_sensitive))
                if found is None:
                    found = self._word_candidates(word, case_sensitive)
                words.append(found)
            tags: list[int] | None = self.compiled_search.search(words)
            if tags is not None:
                return tags
        return self._python_sentence_search(sent, casesensitive, unknown_scores)

    def _python_sentence_search(
        self,
        sent: list[str],
        casesensitive: bool,
        unknown_scores: list[dict[int, float]] | None,
    ) -> list[int]:
        """The sentence search in Python (where the compiled one is not built or not used)."""
        table: list[dict[_State, float]] = []
        backpointer: list[dict[_State, _State]] = []
        # Looked up once per sentence: the loop below runs for every word and live state.
        known_candidates = self.word_candidates
        successor_info = self.word_successor_info
        lexicon, normalize = self.cache, self.normalize
        previous_row: dict[_State, float] = {(EMPTY, START): 0.0}
        for i, word in enumerate(sent):
            if unknown_scores is not None and normalize(word) not in lexicon:
                given = unknown_scores[i]
                candidates = tuple(sorted(given))
                scores = tuple(given[tag] for tag in candidates)
            else:
                case_sensitive = casesensitive and i > 0
                found = known_candidates.get((word, case_sensitive))
                if found is None:
                    found = self._word_candidates(word, case_sensitive)
                candidates, scores = found
            row: dict[_State, float] = {}
            pointers: dict[_State, _State] = {}
            backpointer.append(pointers)
            if len(previous_row) > 5:
                row_bound = sorted(previous_row.values(), reverse=True)[5] - 1
            else:
                row_bound = _LOWER_BOUND
            # Most words have one candidate tag: one look-up per state, no list to order.
            only = candidates[0] if len(candidates) == 1 else None
            wprobs = dict(zip(candidates, scores, strict=True)) if len(candidates) > 1 else None
            for state, lp0 in previous_row.items():
                if lp0 < row_bound:
                    continue
                info = successor_info.get(state)
                if info is None:
                    info = self._successor_info(state)
                if only is not None:
                    followup = info.get(only)
                    if followup is None:
                        continue
                    _, _, lpt, new_state = followup
                    lp = lp0 + lpt + scores[0]
                    if lp > _LOWER_BOUND:
                        old = row.get(new_state)
                        if old is None or lp > old:
                            row[new_state] = lp
                            pointers[new_state] = state
                    continue
                if wprobs is not None:
                    followups = [info[tag] for tag in candidates if tag in info]
                    followups.sort()
                else:
                    # An unknown word (no candidates) may take any tag at log p 0.
                    followups = self.word_successor_all[state]
                for _, tag, lpt, new_state in followups:
                    lp = lp0 + lpt + (wprobs[tag] if wprobs is not None else 0)
                    if lp > _LOWER_BOUND:
                        old = row.get(new_state)
                        if old is None or lp > old:
                            row[new_state] = lp
                            pointers[new_state] = state
            table.append(row)
            previous_row = row
        final = (END, EMPTY)
        last: dict[_State, float] = {}
        last_pointers: dict[_State, _State] = {}
        for state, lp0 in table[-1].items():
            lp = lp0 + self.LP_trans_word[state].get(END, -math.inf)
            if lp > last.get(final, -math.inf):
                last[final] = lp
                last_pointers[final] = state
        backpointer.append(last_pointers)
        tags: list[int] = []
        state = final
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]

    def _word_candidates(self, word: str, case_sensitive: bool) -> _Candidates:
        """The word's candidate tags in ascending order (none for an unknown word) and their
        log p(word | tag): remembered, read ahead or computed. Kept as tuples of numbers: the
        garbage collector stops tracking those, so the filled cache costs a full collection
        nothing."""
        key = (word, case_sensitive)
        found = self.word_candidates.get(key)
        if found is None:
            found = self.read_ahead.get(key)
            if found is None:
                found = self.computed_candidates(word, case_sensitive)
            if len(self.word_candidates) < self.max_cached_words:
                self.word_candidates[key] = found
        return found

    def computed_candidates(self, word: str, case_sensitive: bool) -> _Candidates:
        """The word's candidate tags and scores, computed (see ``_word_candidates``)."""
        stored = None
        if self.word_table is not None:
            normalized = self.normalize(word)
            if normalized not in self.cache:
                stored = self.word_table.scores(normalized)
                if stored is None and self.unknown_words is not None:
                    stored = self.unknown_words.scores(normalized, word, case_sensitive)
        if stored is not None:
            scores: TagScores = self.candidate_scores(word, stored, case_sensitive)
        else:
            scores = self._tag_word(
                word, cutoff=CANDIDATE_CUTOFF, casesensitive=case_sensitive, conditional=True
            )
        if self.unknown_words is not None and case_sensitive:
            scores = self.unknown_words.lower_case_readings(word, scores)
        wprobs = dict(scores)
        if len(wprobs) == 1 and UNKNOWN in wprobs:
            wprobs = {}
        candidates = tuple(sorted(wprobs))
        return candidates, tuple(wprobs[tag] for tag in candidates)

    def candidate_scores(
        self, word: str, forward: TagScores, case_sensitive: bool
    ) -> list[tuple[int, float]]:
        """HanTa's ``_tag_word(word, cutoff=5, conditional=True)`` of a word it does not know,
        from the tag scores of its morpheme search (``analyze_forward``): adjusted for letter
        case and tag frequency, best first, cut off 5 log units below the best."""
        upcase = case_sensitive and word[0].isupper()
        scores = []
        for tag, lp in forward:
            if tag != UNKNOWN:
                if case_sensitive:
                    lp += self.LP_case_t[tag][upcase]
                lp -= self.LP_wtag[tag]
            scores.append((tag, lp))
        scores.sort(key=itemgetter(1), reverse=True)
        if scores:
            limit = scores[0][1] - CANDIDATE_CUTOFF
            scores = [(tag, lp) for tag, lp in scores if lp >= limit]
        return scores

    def _successor_info(self, state: _State) -> dict[int, _WordFollowup]:
        """The tags (END aside) that may follow ``state``, each with its rank in HanTa's order
        of the transitions, log p(tag | state) and the state it leads to; kept per state (a
        fixed model's states are finite, so this does not grow with new words)."""
        transitions = self.LP_trans_word[state]
        info = {
            tag: (rank, tag, lp, (state[1], tag))
            for rank, (tag, lp) in enumerate(transitions.items())
            if tag != END
        }
        self.word_successor_info[state] = info
        self.word_successor_all[state] = list(info.values())
        return info
