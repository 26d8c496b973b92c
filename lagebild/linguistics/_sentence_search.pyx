# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""HanTa's sentence search (``FastHanoverTagger.tag_sent_viterbi``), compiled.

The pure-Python search spends most of its time in dict look-ups of tuple states: one per live
state and candidate tag of every word. Here the model's word transitions become dense arrays
once per model -- log p(tag | previous tag, tag) and HanTa's order of the successors -- and the
search runs over them in C. Everything else is as in the Python search, so the results are
identical: the same additions in the same order (so the same floating-point sums), states kept
in the order they are first reached, a later equal score never replacing an earlier one, the
same pruning (states more than 1 below the sixth best of a word are not extended), and the
candidates of a word visited in HanTa's order of the transitions
(``tests/linguistics/test_sentence_search.py`` compares both on running text).

Licence: this module re-implements part of HanTa's source and is therefore distributed under
HanTa's licence, the GNU LGPL 3.0, not under lagebild's MIT licence (see the README).
"""

from libc.math cimport INFINITY
from libc.stdlib cimport free, malloc, realloc
from libc.string cimport memset

cdef double LOWER_BOUND = -1e6
#: How many of the best states of a word its successors are measured against (HanTa: 6).
cdef int KEPT = 6


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
        cdef double best[6]
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
        cdef int i, e, c, k, m, t, s, j, new_state, tag, count, kept
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
                if previous_end - previous_start > KEPT - 1:
                    kept = 0
                    for e in range(previous_start, previous_end):
                        lp = row_scores[e]
                        if kept < KEPT:
                            j = kept
                            kept += 1
                        elif lp > best[KEPT - 1]:
                            j = KEPT - 1
                        else:
                            continue
                        while j > 0 and best[j - 1] < lp:
                            best[j] = best[j - 1]
                            j -= 1
                        best[j] = lp
                    bound = best[KEPT - 1] - 1
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
