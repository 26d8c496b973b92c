# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""HanTa's sentence search and morpheme search (``FastHanoverTagger``), compiled.

Sentence search (:class:`SentenceSearch`, ``tag_sent_viterbi``):

The pure-Python search spends most of its time in dict look-ups of tuple states: one per live
state and candidate tag of every word. Here the model's word transitions become dense arrays
once per model -- log p(tag | previous tag, tag) and HanTa's order of the successors -- and the
search runs over them in C. Everything else is as in the Python search, so the results are
identical: the same additions in the same order (so the same floating-point sums), states kept
in the order they are first reached, a later equal score never replacing an earlier one, the
same pruning (states more than 1 below the sixth best of a word are not extended), and the
candidates of a word visited in HanTa's order of the transitions
(``tests/linguistics/test_sentence_search.py`` compares both on running text).

Morpheme search (:class:`MorphemeSearch`, ``analyze_forward`` and ``analyze_viterbi`` of a word
the lexicon lacks): the lattice of (previous, current) morpheme tags over the word's cut points,
with the dense states, successors and known morphemes numbered once per model; learnt segment
scores, guessed open-class scores and cached suffix scores are read as the Python search reads
them (``tests/linguistics/test_morpheme_search.py`` compares both).

Licence: this module re-implements part of HanTa's source and is therefore distributed under
HanTa's licence, the GNU LGPL 3.0, not under lagebild's MIT licence (see the README).
"""

from cpython.dict cimport PyDict_GetItem, PyDict_SetItem, PyDict_Size
from cpython.object cimport PyObject
from libc.math cimport INFINITY
from libc.stdlib cimport free, malloc, realloc
from libc.string cimport memset

cdef double LOWER_BOUND = -1e6
#: How many of the best states of a word its successors are measured against (HanTa: 6).
cdef int KEPT = 6


cdef inline double kth_best(double* scores, int n, int k):
    """The k-th largest of the n >= k scores (k <= 8), counting equal ones apart, as
    ``sorted(scores, reverse=True)[k - 1]``."""
    cdef double best[8]
    cdef int e, j, kept = 0
    cdef double lp
    for e in range(n):
        lp = scores[e]
        if kept < k:
            j = kept
            kept += 1
        elif lp > best[k - 1]:
            j = k - 1
        else:
            continue
        while j > 0 and best[j - 1] < lp:
            best[j] = best[j - 1]
            j -= 1
        best[j] = lp
    return best[k - 1]


cdef class SentenceSearch:
    """Dense word-level transitions of one HanTa model and the sentence search over them."""

    cdef int n_tags
    cdef int n_states
    cdef int start_state
    cdef int max_tag
    # [state * n_tags + tag]: log p(tag | state), -inf where HanTa has no transition (END apart).
    cdef double* transitions
    # [state * n_tags + tag]: the transition's place in HanTa's order of the state's successors.
    cdef int* ranks
    # [state * n_tags + k]: the k-th successor tag of the state in HanTa's order.
    cdef int* successors
    cdef int* successor_counts
    # [state]: log p(END | state), -inf where absent.
    cdef double* end_scores
    # [HanTa tag]: dense tag index, -1 for a tag no transition has.
    cdef int* dense_of_tag
    cdef list tag_of_dense
    cdef object _arguments

    def __cinit__(self):
        self.transitions = NULL
        self.ranks = NULL
        self.successors = NULL
        self.successor_counts = NULL
        self.end_scores = NULL
        self.dense_of_tag = NULL

    def __init__(self, dict word_transitions, int empty, int start, int end):
        """``word_transitions``: HanTa's ``LP_trans_word``, (previous tag, tag) -> {next tag:
        log p}; ``empty``, ``start``, ``end``: HanTa's boundary tags."""
        self._arguments = (word_transitions, empty, start, end)
        tags = set()
        for (previous, current), following in word_transitions.items():
            tags.add(previous)
            tags.add(current)
            tags.update(following)
        tags.add(empty)
        tags.add(start)
        self.tag_of_dense = sorted(tags)
        self.n_tags = len(self.tag_of_dense)
        self.n_states = self.n_tags * self.n_tags
        self.max_tag = max(self.tag_of_dense)
        if min(self.tag_of_dense) < 0:
            raise ValueError("HanTa's word tags are expected to be non-negative")
        cdef int size = self.n_states * self.n_tags
        self.transitions = <double*> malloc(size * sizeof(double))
        self.ranks = <int*> malloc(size * sizeof(int))
        self.successors = <int*> malloc(size * sizeof(int))
        self.successor_counts = <int*> malloc(self.n_states * sizeof(int))
        self.end_scores = <double*> malloc(self.n_states * sizeof(double))
        self.dense_of_tag = <int*> malloc((self.max_tag + 1) * sizeof(int))
        if (
            not self.transitions or not self.ranks or not self.successors
            or not self.successor_counts or not self.end_scores or not self.dense_of_tag
        ):
            raise MemoryError()
        cdef int i, k, state, tag, rank
        for i in range(size):
            self.transitions[i] = -INFINITY
            self.ranks[i] = 0
            self.successors[i] = 0
        for i in range(self.n_states):
            self.successor_counts[i] = 0
            self.end_scores[i] = -INFINITY
        for i in range(self.max_tag + 1):
            self.dense_of_tag[i] = -1
        for i, tag in enumerate(self.tag_of_dense):
            self.dense_of_tag[tag] = i
        for (previous, current), following in word_transitions.items():
            state = self.dense_of_tag[previous] * self.n_tags + self.dense_of_tag[current]
            k = 0
            for rank, (next_tag, lp) in enumerate(following.items()):
                if next_tag == end:
                    self.end_scores[state] = lp
                    continue
                tag = self.dense_of_tag[next_tag]
                self.transitions[state * self.n_tags + tag] = lp
                self.ranks[state * self.n_tags + tag] = rank
                self.successors[state * self.n_tags + k] = tag
                k += 1
            self.successor_counts[state] = k
        self.start_state = self.dense_of_tag[empty] * self.n_tags + self.dense_of_tag[start]

    def __dealloc__(self):
        free(self.transitions)
        free(self.ranks)
        free(self.successors)
        free(self.successor_counts)
        free(self.end_scores)
        free(self.dense_of_tag)

    def __reduce__(self):
        return (SentenceSearch, self._arguments)

    def search(self, list words):
        """HanTa tags of the sentence's words, or None where no path reaches the sentence end
        (the caller then runs the Python search, which fails as HanTa does).

        ``words``: per word, its candidate tags in ascending order and their log p(word | tag)
        (two tuples); no candidates: an unknown word that may take any tag at log p 0."""
        cdef Py_ssize_t n = len(words)
        if n == 0:
            return None
        cdef int n_tags = self.n_tags
        cdef int capacity = 64 * (<int> n + 1)
        # Every word's states in the order they were first reached, flat: the state, its best
        # score and the state of the previous word it came from.
        cdef int* row_states = <int*> malloc(capacity * sizeof(int))
        cdef double* row_scores = <double*> malloc(capacity * sizeof(double))
        cdef int* row_pointers = <int*> malloc(capacity * sizeof(int))
        cdef int* row_starts = <int*> malloc((n + 1) * sizeof(int))
        # Where a state sits in the row being filled (-1: not reached yet).
        cdef int* slot = <int*> malloc(self.n_states * sizeof(int))
        cdef int* candidate_tags = <int*> malloc((n_tags + 1) * sizeof(int))
        cdef double* candidate_scores = <double*> malloc((n_tags + 1) * sizeof(double))
        cdef int* ordered = <int*> malloc((n_tags + 1) * sizeof(int))
        cdef int* grown_states
        cdef double* grown_scores
        cdef int* grown_pointers
        if (
            not row_states or not row_scores or not row_pointers or not row_starts or not slot
            or not candidate_tags or not candidate_scores or not ordered
        ):
            free(row_states); free(row_scores); free(row_pointers); free(row_starts)
            free(slot); free(candidate_tags); free(candidate_scores); free(ordered)
            raise MemoryError()
        memset(slot, 0xFF, self.n_states * sizeof(int))

        cdef int previous_start = 0, previous_end = 1, used = 1
        cdef int i, e, c, k, m, t, s, j, new_state, tag, count
        cdef double lp0, lp, lpt, bound, emission
        cdef tuple word, candidates, scores
        row_states[0] = self.start_state
        row_scores[0] = 0.0
        row_pointers[0] = -1
        try:
            for i in range(n):
                word = <tuple?> words[i]
                candidates = <tuple?> word[0]
                scores = <tuple?> word[1]
                count = len(candidates)
                if count > n_tags:
                    return None
                for c in range(count):
                    tag = candidates[c]
                    candidate_tags[c] = (
                        self.dense_of_tag[tag] if 0 <= tag <= self.max_tag else -1
                    )
                    candidate_scores[c] = scores[c]
                # States more than 1 below the sixth best of the previous word are not extended.
                bound = LOWER_BOUND
                if previous_end - previous_start >= KEPT:
                    bound = kth_best(
                        row_scores + previous_start, previous_end - previous_start, KEPT
                    ) - 1
                row_starts[i] = used
                for e in range(previous_start, previous_end):
                    lp0 = row_scores[e]
                    if lp0 < bound:
                        continue
                    s = row_states[e]
                    # The candidates this state can lead to, in HanTa's order of its successors.
                    if count == 1:
                        m = 0
                        if candidate_tags[0] >= 0:
                            ordered[0] = 0
                            m = 1
                    elif count > 1:
                        m = 0
                        for c in range(count):
                            t = candidate_tags[c]
                            if t < 0 or self.transitions[s * n_tags + t] == -INFINITY:
                                continue
                            j = m
                            while (
                                j > 0
                                and self.ranks[s * n_tags + candidate_tags[ordered[j - 1]]]
                                > self.ranks[s * n_tags + t]
                            ):
                                ordered[j] = ordered[j - 1]
                                j -= 1
                            ordered[j] = c
                            m += 1
                    else:
                        m = self.successor_counts[s]
                    for k in range(m):
                        if count > 0:
                            c = ordered[k]
                            t = candidate_tags[c]
                            emission = candidate_scores[c]
                        else:
                            t = self.successors[s * n_tags + k]
                            emission = 0.0
                        lpt = self.transitions[s * n_tags + t]
                        if lpt == -INFINITY:
                            continue
                        lp = lp0 + lpt + emission
                        if lp <= LOWER_BOUND:
                            continue
                        new_state = (s % n_tags) * n_tags + t
                        j = slot[new_state]
                        if j < 0:
                            if used == capacity:
                                capacity *= 2
                                grown_states = <int*> realloc(row_states, capacity * sizeof(int))
                                if not grown_states:
                                    raise MemoryError()
                                row_states = grown_states
                                grown_scores = <double*> realloc(
                                    row_scores, capacity * sizeof(double)
                                )
                                if not grown_scores:
                                    raise MemoryError()
                                row_scores = grown_scores
                                grown_pointers = <int*> realloc(
                                    row_pointers, capacity * sizeof(int)
                                )
                                if not grown_pointers:
                                    raise MemoryError()
                                row_pointers = grown_pointers
                            slot[new_state] = used
                            row_states[used] = new_state
                            row_scores[used] = lp
                            row_pointers[used] = s
                            used += 1
                        elif lp > row_scores[j]:
                            row_scores[j] = lp
                            row_pointers[j] = s
                for e in range(row_starts[i], used):
                    slot[row_states[e]] = -1
                previous_start, previous_end = row_starts[i], used
            row_starts[n] = used

            # The sentence end: the first state with the best score wins.
            s = -1
            bound = -INFINITY
            for e in range(previous_start, previous_end):
                lp = row_scores[e] + self.end_scores[row_states[e]]
                if lp > bound:
                    bound = lp
                    s = row_states[e]
            if s < 0:
                return None
            tags = [0] * n
            for i in range(<int> n - 1, -1, -1):
                tags[i] = self.tag_of_dense[s % n_tags]
                if i == 0:
                    break
                for e in range(row_starts[i], row_starts[i + 1]):
                    if row_states[e] == s:
                        s = row_pointers[e]
                        break
            return tags
        finally:
            free(row_states)
            free(row_scores)
            free(row_pointers)
            free(row_starts)
            free(slot)
            free(candidate_tags)
            free(candidate_scores)
            free(ordered)


#: HanTa's penalty for reading a whole unknown word as one unknown morpheme.
cdef double WHOLE_WORD_PENALTY = 4.6
#: Segment lengths HanTa's length model tells apart (longer ones count as this long).
cdef int LONGEST_LENGTH = 24
#: States of a cut point the morpheme search extends: the best four (and those within 1).
cdef int KEPT_MORPHEME_STATES = 4


cdef struct Lattice:
    int length
    int n_states
    int n_guessable
    # [cut * n_states + state]: the state's entry in the cut point's row, -1 if not reached.
    int* slot
    int* counts
    # [cut * n_states + entry]: the state, its best score, and the state and cut it came from.
    int* states
    double* scores
    int* back_states
    int* back_cuts
    # [cut * length + k]: id of the known morpheme word[cut:cut + k + 1], -1 if unknown.
    int* known
    char* known_done
    # [(cut * n_guessable + class) * length + k]: guessed score of word[cut:cut + k + 1].
    double* guesses
    char* guess_done
    # [class * (length + 1) + j]: suffix score of the four letters before j, which every
    # segment of five or more letters ending at j is guessed by, whatever its start.
    double* endings
    char* ending_done


cdef class MorphemeSearch:
    """HanTa's morpheme lattice of one model over dense states, in C."""

    cdef int n_tags
    cdef int n_states
    cdef int start_state
    cdef object _arguments
    cdef dict dense_of_tag
    cdef list tag_of_dense
    # [state]: the state's current tag, as HanTa numbers it.
    cdef int* state_tags
    # Non-final successors of each state in HanTa's order: dense tag, next state, log p.
    cdef int* successor_starts
    cdef int* successor_tags
    cdef int* successor_states
    cdef double* successor_scores
    # Final transitions of each state in HanTa's order: tag (HanTa's number), log p.
    cdef int* final_starts
    cdef int* final_tags
    cdef double* final_scores
    # Open classes whose unknown segments get a guessed score.
    cdef int n_guessable
    cdef int* guess_class
    cdef double* guess_base
    cdef list suffix_tables
    cdef list ending_caches
    cdef Py_ssize_t max_cached_endings
    # [target row * n_tags + dense tag]: the tag can lead to the target part of speech.
    cdef dict target_rows
    cdef unsigned char* reachable
    cdef int no_target_row
    # Known morphemes: id by text, and each one's (dense tag, log p) pairs.
    cdef dict morpheme_ids
    cdef int* morpheme_starts
    cdef int* morpheme_tags
    cdef double* morpheme_scores

    def __cinit__(self):
        self.state_tags = NULL
        self.successor_starts = NULL
        self.successor_tags = NULL
        self.successor_states = NULL
        self.successor_scores = NULL
        self.final_starts = NULL
        self.final_tags = NULL
        self.final_scores = NULL
        self.guess_class = NULL
        self.guess_base = NULL
        self.reachable = NULL
        self.morpheme_starts = NULL
        self.morpheme_tags = NULL
        self.morpheme_scores = NULL

    def __init__(
        self,
        dict nonfinal_transitions,
        dict final_transitions,
        dict morpheme_index,
        dict guessable,
        dict ending_caches,
        dict reachability,
        Py_ssize_t max_cached_endings,
        int empty,
        int start,
    ):
        """HanTa's ``LP_trans_nonfinal`` and ``LP_trans_final`` (state -> [(tag, log p)]),
        the tagger's ``morpheme_index`` (morpheme -> {tag: log p}), ``guessable`` (open class
        -> (log p by segment length, suffix -> log p)), ``ending_scores`` (open class -> cache
        of ending -> log p, shared with the Python search), ``reachability`` (part of speech
        -> tags that can lead to it), the ending cache bound and HanTa's boundary tags."""
        self._arguments = (
            nonfinal_transitions, final_transitions, morpheme_index, guessable,
            ending_caches, reachability, max_cached_endings, empty, start,
        )
        cdef int i, k, n, state
        tags = {empty, start}
        states = {(empty, start)}
        for (previous, current), following in nonfinal_transitions.items():
            tags.update((previous, current))
            states.add((previous, current))
            for tag, _ in following:
                tags.add(tag)
                states.add((current, tag))
        for (previous, current), following in final_transitions.items():
            tags.update((previous, current))
            states.add((previous, current))
        for scores in morpheme_index.values():
            tags.update(scores)
        tags.update(guessable)
        for reachable in reachability.values():
            tags.update(reachable)
        self.tag_of_dense = sorted(tags)
        self.dense_of_tag = {tag: i for i, tag in enumerate(self.tag_of_dense)}
        self.n_tags = len(self.tag_of_dense)
        ordered_states = sorted(states)
        state_of = {pair: i for i, pair in enumerate(ordered_states)}
        self.n_states = len(ordered_states)
        self.start_state = state_of[(empty, start)]

        self.state_tags = <int*> malloc(self.n_states * sizeof(int))
        self.successor_starts = <int*> malloc((self.n_states + 1) * sizeof(int))
        self.final_starts = <int*> malloc((self.n_states + 1) * sizeof(int))
        n_successors = sum([len(v) for v in nonfinal_transitions.values()]) + 1
        n_finals = sum([len(v) for v in final_transitions.values()]) + 1
        self.successor_tags = <int*> malloc(n_successors * sizeof(int))
        self.successor_states = <int*> malloc(n_successors * sizeof(int))
        self.successor_scores = <double*> malloc(n_successors * sizeof(double))
        self.final_tags = <int*> malloc(n_finals * sizeof(int))
        self.final_scores = <double*> malloc(n_finals * sizeof(double))
        if (
            not self.state_tags or not self.successor_starts or not self.final_starts
            or not self.successor_tags or not self.successor_states
            or not self.successor_scores or not self.final_tags or not self.final_scores
        ):
            raise MemoryError()
        n = 0
        k = 0
        for state, pair in enumerate(ordered_states):
            self.state_tags[state] = pair[1]
            self.successor_starts[state] = n
            for tag, lp in nonfinal_transitions.get(pair, ()):
                self.successor_tags[n] = self.dense_of_tag[tag]
                self.successor_states[n] = state_of[(pair[1], tag)]
                self.successor_scores[n] = lp
                n += 1
            self.final_starts[state] = k
            for tag, lp in final_transitions.get(pair, ()):
                self.final_tags[k] = tag
                self.final_scores[k] = lp
                k += 1
        self.successor_starts[self.n_states] = n
        self.final_starts[self.n_states] = k

        classes = list(guessable)
        self.n_guessable = len(classes)
        self.guess_class = <int*> malloc(self.n_tags * sizeof(int))
        self.guess_base = <double*> malloc((self.n_guessable * (LONGEST_LENGTH + 1) + 1) * sizeof(double))
        if not self.guess_class or not self.guess_base:
            raise MemoryError()
        for i in range(self.n_tags):
            self.guess_class[i] = -1
        self.suffix_tables = []
        self.ending_caches = []
        for i, tag in enumerate(classes):
            self.guess_class[self.dense_of_tag[tag]] = i
            base, suffixes = guessable[tag]
            for k in range(LONGEST_LENGTH + 1):
                self.guess_base[i * (LONGEST_LENGTH + 1) + k] = base[k]
            self.suffix_tables.append(suffixes)
            self.ending_caches.append(ending_caches[tag])
        self.max_cached_endings = max_cached_endings

        self.target_rows = {}
        self.no_target_row = len(reachability)
        self.reachable = <unsigned char*> malloc((self.no_target_row + 1) * self.n_tags)
        if not self.reachable:
            raise MemoryError()
        memset(self.reachable, 0, (self.no_target_row + 1) * self.n_tags)
        for i, (target, reachable_tags) in enumerate(reachability.items()):
            self.target_rows[target] = i
            for tag in reachable_tags:
                self.reachable[i * self.n_tags + self.dense_of_tag[tag]] = 1

        self.morpheme_ids = {}
        n_pairs = sum([len(v) for v in morpheme_index.values()]) + 1
        self.morpheme_starts = <int*> malloc((len(morpheme_index) + 1) * sizeof(int))
        self.morpheme_tags = <int*> malloc(n_pairs * sizeof(int))
        self.morpheme_scores = <double*> malloc(n_pairs * sizeof(double))
        if not self.morpheme_starts or not self.morpheme_tags or not self.morpheme_scores:
            raise MemoryError()
        n = 0
        for i, (morpheme, scores) in enumerate(morpheme_index.items()):
            self.morpheme_ids[morpheme] = i
            self.morpheme_starts[i] = n
            for tag, lp in scores.items():
                self.morpheme_tags[n] = self.dense_of_tag[tag]
                self.morpheme_scores[n] = lp
                n += 1
        self.morpheme_starts[len(morpheme_index)] = n

    def __dealloc__(self):
        free(self.state_tags)
        free(self.successor_starts)
        free(self.successor_tags)
        free(self.successor_states)
        free(self.successor_scores)
        free(self.final_starts)
        free(self.final_tags)
        free(self.final_scores)
        free(self.guess_class)
        free(self.guess_base)
        free(self.reachable)
        free(self.morpheme_starts)
        free(self.morpheme_tags)
        free(self.morpheme_scores)

    def __reduce__(self):
        return (MorphemeSearch, self._arguments)

    def forward(self, str word, bint strict):
        """The final states of the word's lattice in the order they are first reached: HanTa's
        part-of-speech tag (negative) and the best log p of each (previous tag, tag) pair."""
        cdef Lattice lattice
        cdef int e, q, state, cut
        cdef double lp1
        result = []
        self._open(&lattice, len(word))
        try:
            self._fill(&lattice, word, strict, self.no_target_row, 0)
            cut = lattice.length
            # (current tag, final tag) -> index in result
            seen = {}
            for e in range(lattice.counts[cut]):
                state = lattice.states[cut * lattice.n_states + e]
                for q in range(self.final_starts[state], self.final_starts[state + 1]):
                    lp1 = lattice.scores[cut * lattice.n_states + e] + self.final_scores[q]
                    if lp1 <= LOWER_BOUND:
                        continue
                    key = (self.state_tags[state], self.final_tags[q])
                    index = seen.get(key)
                    if index is None:
                        seen[key] = len(result)
                        result.append([self.final_tags[q], lp1])
                    elif lp1 > result[index][1]:
                        result[index][1] = lp1
            return [(tag, lp) for tag, lp in result]
        finally:
            self._close(&lattice)

    def viterbi(self, str word, int target, bint strict):
        """HanTa's best segmentation of the word ending in part of speech ``target``: (tag, end
        offset) per morpheme and the final (target, length + 1); None where no path ends in
        ``target``."""
        cdef Lattice lattice
        cdef int e, q, state, cut, best_back = -1, back_state, back_cut
        cdef double lp1, best = -INFINITY
        target_row = self.target_rows.get(target, self.no_target_row)
        self._open(&lattice, len(word))
        try:
            self._fill(&lattice, word, strict, target_row, 1)
            cut = lattice.length
            # Final states (current tag, target): the first best per current tag, then the
            # first best of them, as HanTa's dict of final states gives.
            finals = {}
            order = []
            for e in range(lattice.counts[cut]):
                state = lattice.states[cut * lattice.n_states + e]
                for q in range(self.final_starts[state], self.final_starts[state + 1]):
                    if self.final_tags[q] != target:
                        continue
                    lp1 = lattice.scores[cut * lattice.n_states + e] + self.final_scores[q]
                    if lp1 > LOWER_BOUND:
                        key = self.state_tags[state]
                        old = finals.get(key)
                        if old is None:
                            order.append(key)
                            finals[key] = (lp1, state)
                        elif lp1 > old[0]:
                            finals[key] = (lp1, state)
                    break
            if not order:
                return None
            for key in order:
                lp1 = finals[key][0]
                if lp1 > best:
                    best = lp1
                    best_back = finals[key][1]
            path = [(target, cut + 1)]
            state, cut = best_back, lattice.length
            while cut > 0:
                path.append((self.state_tags[state], cut))
                e = lattice.slot[cut * lattice.n_states + state]
                back_state = lattice.back_states[cut * lattice.n_states + e]
                back_cut = lattice.back_cuts[cut * lattice.n_states + e]
                state, cut = back_state, back_cut
            path.reverse()
            return path
        finally:
            self._close(&lattice)

    cdef int _open(self, Lattice* lattice, int length) except -1:
        cdef int cuts = length + 1
        lattice.length = length
        lattice.n_states = self.n_states
        lattice.n_guessable = self.n_guessable
        lattice.slot = <int*> malloc(cuts * self.n_states * sizeof(int))
        lattice.counts = <int*> malloc(cuts * sizeof(int))
        lattice.states = <int*> malloc(cuts * self.n_states * sizeof(int))
        lattice.scores = <double*> malloc(cuts * self.n_states * sizeof(double))
        lattice.back_states = <int*> malloc(cuts * self.n_states * sizeof(int))
        lattice.back_cuts = <int*> malloc(cuts * self.n_states * sizeof(int))
        lattice.known = <int*> malloc((cuts * length + 1) * sizeof(int))
        lattice.known_done = <char*> malloc(cuts)
        lattice.guesses = <double*> malloc((cuts * self.n_guessable * length + 1) * sizeof(double))
        lattice.guess_done = <char*> malloc(cuts * self.n_guessable + 1)
        lattice.endings = <double*> malloc((self.n_guessable * cuts + 1) * sizeof(double))
        lattice.ending_done = <char*> malloc(self.n_guessable * cuts + 1)
        if (
            not lattice.slot or not lattice.counts or not lattice.states or not lattice.scores
            or not lattice.back_states or not lattice.back_cuts or not lattice.known
            or not lattice.known_done or not lattice.guesses or not lattice.guess_done
            or not lattice.endings or not lattice.ending_done
        ):
            self._close(lattice)
            raise MemoryError()
        memset(lattice.slot, 0xFF, cuts * self.n_states * sizeof(int))
        memset(lattice.counts, 0, cuts * sizeof(int))
        memset(lattice.known_done, 0, cuts)
        memset(lattice.guess_done, 0, cuts * self.n_guessable + 1)
        memset(lattice.ending_done, 0, self.n_guessable * cuts + 1)
        return 0

    cdef void _close(self, Lattice* lattice):
        free(lattice.slot)
        free(lattice.counts)
        free(lattice.states)
        free(lattice.scores)
        free(lattice.back_states)
        free(lattice.back_cuts)
        free(lattice.known)
        free(lattice.known_done)
        free(lattice.guesses)
        free(lattice.guess_done)
        free(lattice.endings)
        free(lattice.ending_done)
        lattice.slot = NULL
        lattice.counts = NULL
        lattice.states = NULL
        lattice.scores = NULL
        lattice.back_states = NULL
        lattice.back_cuts = NULL
        lattice.known = NULL
        lattice.known_done = NULL
        lattice.guesses = NULL
        lattice.guess_done = NULL
        lattice.endings = NULL
        lattice.ending_done = NULL

    cdef inline void _reach(
        self, Lattice* lattice, int cut, int state, double lp, int from_state, int from_cut
    ):
        """Score ``lp`` for ``state`` at ``cut``, reached from ``from_state`` at ``from_cut``:
        kept if the state is new there or scores strictly better."""
        cdef int base = cut * lattice.n_states
        cdef int e = lattice.slot[base + state]
        if e < 0:
            e = lattice.counts[cut]
            lattice.counts[cut] = e + 1
            lattice.slot[base + state] = e
            lattice.states[base + e] = state
        elif not lp > lattice.scores[base + e]:
            return
        lattice.scores[base + e] = lp
        lattice.back_states[base + e] = from_state
        lattice.back_cuts[base + e] = from_cut

    cdef int _known_row(self, Lattice* lattice, str word, int cut) except -1:
        """Ids of the known morphemes word[cut:j], j > cut."""
        cdef int k
        cdef PyObject* found
        cdef int* row = lattice.known + cut * lattice.length
        for k in range(lattice.length - cut):
            found = PyDict_GetItem(self.morpheme_ids, word[cut:cut + k + 1])
            row[k] = -1 if found is NULL else <int> (<object> found)
        lattice.known_done[cut] = 1
        return 0

    cdef double _ending_score(self, int cls, str ending) except? -1e300:
        """log p of the longest suffix of ``ending`` that the open class knows, else of the
        empty suffix; remembered in the class's ending cache (as the Python search does)."""
        cdef dict cache = <dict> self.ending_caches[cls]
        cdef PyObject* found = PyDict_GetItem(cache, ending)
        if found is not NULL:
            return <double> (<object> found)
        cdef dict suffixes = <dict> self.suffix_tables[cls]
        cdef int k
        score = None
        for k in range(len(ending), 0, -1):
            found = PyDict_GetItem(suffixes, ending[len(ending) - k:])
            if found is not NULL:
                score = <object> found
                break
        if score is None:
            score = suffixes[""]
        if PyDict_Size(cache) < self.max_cached_endings:
            PyDict_SetItem(cache, ending, score)
        return <double> score

    cdef int _guess_row(self, Lattice* lattice, str word, int cut, int cls) except -1:
        """Guessed scores of word[cut:j] as unknown morphemes of the open class ``cls``: by
        segment length and longest known suffix of its last (up to) four letters."""
        cdef int k, j, length, slot
        cdef double score
        cdef double* row = lattice.guesses + (cut * lattice.n_guessable + cls) * lattice.length
        cdef double* base = self.guess_base + cls * (LONGEST_LENGTH + 1)
        for k in range(lattice.length - cut):
            j = cut + k + 1
            length = k + 1
            if length > 4:
                slot = cls * (lattice.length + 1) + j
                if not lattice.ending_done[slot]:
                    lattice.endings[slot] = self._ending_score(cls, word[j - 4:j])
                    lattice.ending_done[slot] = 1
                score = lattice.endings[slot]
            else:
                score = self._ending_score(cls, word[cut + 1:j])
            row[k] = base[length if length < LONGEST_LENGTH else LONGEST_LENGTH] + score
        if cut == 0:
            row[lattice.length - 1] -= WHOLE_WORD_PENALTY
        lattice.guess_done[cut * lattice.n_guessable + cls] = 1
        return 0

    cdef int _fill(
        self, Lattice* lattice, str word, bint strict, int target_row, bint pruned_targets
    ) except -1:
        """The lattice's non-final rows, cut point by cut point, as HanTa fills them."""
        cdef int length = lattice.length
        cdef int n_states = lattice.n_states
        cdef int first_guess = 0 if length < 4 else 2
        cdef int cut, e, n, q, k, j, tag, cls, morpheme, p, state
        cdef double lp, lpt, lpm = 0.0, lp1, bound
        cdef int base
        cdef bint found, may_guess
        cdef unsigned char* reachable = self.reachable + target_row * self.n_tags
        cdef bint filtered = target_row != self.no_target_row or pruned_targets
        lattice.counts[0] = 1
        lattice.slot[self.start_state] = 0
        lattice.states[0] = self.start_state
        lattice.scores[0] = 0.0
        lattice.back_states[0] = -1
        lattice.back_cuts[0] = -1
        for cut in range(length + 1):
            base = cut * n_states
            n = lattice.counts[cut]
            bound = LOWER_BOUND
            if n >= KEPT_MORPHEME_STATES:
                bound = kth_best(lattice.scores + base, n, KEPT_MORPHEME_STATES) - 1
            for e in range(n):
                lp = lattice.scores[base + e]
                if lp < bound:
                    continue
                state = lattice.states[base + e]
                if self.successor_starts[state] == self.successor_starts[state + 1]:
                    continue
                if cut < length and not lattice.known_done[cut]:
                    self._known_row(lattice, word, cut)
                for k in range(length - cut):
                    j = cut + k + 1
                    morpheme = lattice.known[cut * length + k]
                    if morpheme < 0 and (k < first_guess or strict):
                        continue
                    may_guess = k >= first_guess and not strict
                    for q in range(self.successor_starts[state], self.successor_starts[state + 1]):
                        tag = self.successor_tags[q]
                        if filtered and not reachable[tag]:
                            continue
                        found = False
                        if morpheme >= 0:
                            for p in range(
                                self.morpheme_starts[morpheme], self.morpheme_starts[morpheme + 1]
                            ):
                                if self.morpheme_tags[p] == tag:
                                    lpm = self.morpheme_scores[p]
                                    found = True
                                    break
                        if not found:
                            if not may_guess:
                                continue
                            cls = self.guess_class[tag]
                            if cls < 0:
                                continue
                            if not lattice.guess_done[cut * lattice.n_guessable + cls]:
                                self._guess_row(lattice, word, cut, cls)
                            lpm = lattice.guesses[
                                (cut * lattice.n_guessable + cls) * length + k
                            ]
                        lpt = self.successor_scores[q]
                        lp1 = lp + lpt + lpm
                        if lp1 > LOWER_BOUND:
                            self._reach(lattice, j, self.successor_states[q], lp1, state, cut)
        return 0
