"""Clauses and noun phrases of a sentence, from STTS tags alone (there is no parser).

A sentence is cut into pieces (:mod:`.pieces`), each a clause. Within a clause, noun
phrases are runs of nominal tags; a phrase records the preposition that governs it, the
position of its head and of a genitive attribute ("Forderungen Russlands", "Osterweiterung
der NATO"), and whether it is coordinated with the phrase before ("Amerikaner und
Europäer").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Final

from lagebild.entities.names import title_of
from lagebild.events.pieces import BREAK_TAGS, PREPOSITION_TAGS, SUBORDINATORS, cut_pieces
from lagebild.events.words import Word

NOMINAL_TAGS: Final = frozenset(
    {
        "ART",
        "ADJA",
        "NN",
        "NE",
        "PPOSAT",
        "PDAT",
        "PIAT",
        "PIDAT",
        "CARD",
        "PPER",
        "PIS",
        "PDS",
        "TRUNC",
        "PWAT",
        "FM",
    }
)
HEAD_TAGS: Final = frozenset({"NN", "NE", "PPER", "PIS", "PDS", "FM"})
DETERMINER_TAGS: Final = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT"})
#: "aller" after a head noun is a genitive plural ("Vereinigung aller Mönche").
GENITIVE_DETERMINERS: Final = frozenset({"des", "der", "eines", "einer", "aller"})
#: Determiners and pronouns that rule out the nominative (the subject).
OBLIQUE_FORMS: Final = frozenset(
    {
        "den",
        "dem",
        "des",
        "einen",
        "einem",
        "eines",
        "keinen",
        "keinem",
        "keines",
        "diesen",
        "diesem",
        "dieses",
        "jenen",
        "jenem",
        "ihn",
        "ihm",
        "ihnen",
        "mich",
        "mir",
        "dich",
        "dir",
        "uns",
        "euch",
        "sich",
        "seinen",
        "seinem",
        "ihren",
        "ihrem",
        "unseren",
        "unserem",
    }
)
_COORDINATORS: Final = frozenset({"und", "sowie", "oder", "noch"})
_ADVERB_TAGS: Final = frozenset({"ADV", "ADJD", "PTKNEG"})
_ADVERBIAL_PAIRS: Final = frozenset({("vor", "allem"), ("unter", "anderem"), ("unter", "anderen")})
_ADVERBIAL_OPENERS: Final = frozenset(first for first, _ in _ADVERBIAL_PAIRS)
#: Fused article-prepositions whose lemma the tagger may leave as the form.
_FUSED: Final = MappingProxyType(
    {
        "zur": "zu",
        "zum": "zu",
        "im": "in",
        "ins": "in",
        "am": "an",
        "ans": "an",
        "vom": "von",
        "beim": "bei",
        "aufs": "auf",
        "durchs": "durch",
        "fürs": "für",
    }
)

SameEntity = Callable[[Word, Word], bool]


@dataclass(slots=True)
class Chunk:
    """A noun phrase: ``words`` in order, ``head`` and ``genitive`` index into ``words``."""

    words: list[Word]
    prep: str | None = None
    head: int = 0
    genitive: int | None = None
    coordinated: bool = False
    #: right after an opening bracket: an aside on the phrase before ("Edathy (SPD)"),
    #: neither subject nor object
    bracketed: bool = False

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def first(self) -> int:
        return self.words[0].i

    @property
    def last(self) -> int:
        return self.words[-1].i

    @property
    def head_word(self) -> Word:
        return self.words[self.head]

    @property
    def core(self) -> list[Word]:
        """The words before the genitive attribute."""
        return self.words[: self.genitive] if self.genitive is not None else self.words

    @property
    def genitive_words(self) -> list[Word]:
        return self.words[self.genitive :] if self.genitive is not None else []

    def contains(self, word: Word) -> bool:
        return self.first <= word.i <= self.last

    @property
    def oblique(self) -> bool:
        """Marked as not nominative by its first word ("dem", "den", "ihm")."""
        return self.words[0].lower in OBLIQUE_FORMS


@dataclass
class Clause:
    words: list[Word]
    chunks: list[Chunk] = field(default_factory=list)
    subordinate: bool = False

    @property
    def first(self) -> int:
        return self.words[0].i

    @property
    def last(self) -> int:
        return self.words[-1].i

    def contains(self, word: Word) -> bool:
        return self.first <= word.i <= self.last

    @property
    def finite(self) -> Word | None:
        return next((w for w in self.words if w.is_finite), None)

    def chunk_of(self, word: Word) -> Chunk | None:
        return next((c for c in self.chunks if c.contains(word)), None)

    @cached_property
    def by_position(self) -> dict[int, Word]:
        return {w.i: w for w in self.words}


def preposition_lemma(word: Word) -> str:
    lower = word.lower
    return _FUSED.get(lower, word.lemma.lower() if word.lemma else lower)


def split_clauses(words: list[Word], same_entity: SameEntity | None = None) -> list[Clause]:
    clauses = []
    openers = {w.i for w in words if w.text == "("}
    for piece in cut_pieces(words):
        content = [w for w in piece if w.tag not in BREAK_TAGS] or piece
        clause = Clause(words=content, subordinate=_is_subordinate(content))
        commas = frozenset(w.i for w in piece if w.tag == "$,")
        clause.chunks = chunk_clause(content, same_entity, commas)
        for chunk in clause.chunks:
            chunk.bracketed = chunk.first - 1 in openers
        clauses.append(clause)
    return clauses


def _is_subordinate(words: list[Word]) -> bool:
    first = next((w for w in words if w.tag not in ("KON", "ADV", "$(")), None)
    return first is not None and first.tag in SUBORDINATORS


def _adverbial_phrases(words: list[Word]) -> set[int]:
    """Positions of fixed preposition + pronoun phrases that work as adverbs ("vor allem
    Ecuador", "unter anderem die Freilassung"): they govern no noun phrase."""
    found: set[int] = set()
    for position, word in enumerate(words[:-1]):
        # the opener first: a pair is built for few words
        if (
            word.lower in _ADVERBIAL_OPENERS
            and (word.lower, words[position + 1].lower) in _ADVERBIAL_PAIRS
        ):
            found.update({position, position + 1})
    return found


def chunk_clause(
    words: list[Word], same_entity: SameEntity | None = None, commas: frozenset[int] = frozenset()
) -> list[Chunk]:
    """The clause's noun phrases; ``commas`` are the positions of the commas cut out of it."""
    chunks: list[Chunk] = []
    current: list[Word] = []
    prep: str | None = None
    coordinated = False
    pending_prep: str | None = None
    pending_coordination = False

    def flush() -> bool:
        nonlocal current, prep, coordinated
        head = _head_position(current)
        if head is not None:
            chunks.append(_make_chunk(current, head, prep, coordinated))
        current, prep, coordinated = [], None, False
        return head is not None

    adverbial = _adverbial_phrases(words)
    for position, word in enumerate(words):
        # flush() only where a phrase is open: with none, prep and coordinated are unset
        # already, and most words close no phrase
        if position in adverbial:
            if current:
                flush()
            continue
        nominal = word.tag in NOMINAL_TAGS or (
            word.tag == "ADV" and position + 1 < len(words) and words[position + 1].tag == "CARD"
        )
        if not nominal and current and _degree_word(current[-1], word, words, position):
            # "des international isolierten Landes": an adverb before an adjective stays in
            # the phrase the article opened
            current.append(word)
            continue
        if not nominal:
            if current:
                flush()
            if word.tag == "APPO":
                # "Medienberichten zufolge ein Algerier": a postposition governs the phrase
                # before it, never the next one
                if chunks and chunks[-1].last == word.i - 1 and chunks[-1].prep is None:
                    chunks[-1].prep = preposition_lemma(word)
                pending_prep, pending_coordination = None, False
            elif word.tag in PREPOSITION_TAGS:
                pending_prep = preposition_lemma(word)
            elif (
                (coordinator := _coordinator(word, words, position))
                and chunks
                and (words[position - 1].tag in NOMINAL_TAGS or words[position - 1].tag == "$,")
            ):
                pending_coordination = True
                pending_prep = chunks[-1].prep
            elif coordinator:
                # "massiv und grundlos Zivilisten": adverbs coordinated, not phrases
                pending_prep, pending_coordination = None, False
            elif word.tag == "KOKOM" and word.lower == "wie" and chunks:
                # "von Extremisten wie dem IS": an example shares its phrase's preposition
                pending_prep, pending_coordination = chunks[-1].prep, False
            elif word.tag not in ("ADV", "ADJD", "PTKNEG"):
                pending_prep, pending_coordination = None, False
            continue
        if current and _listed_after_comma(current[-1], word, commas, words, position):
            # "an der Weltbank, der Interamerikanischen Entwicklungsbank und am IWF": an
            # article after a comma opens the next item of a list, not a genitive
            listed_prep = chunks[-1].prep if flush() else None
            pending_prep, pending_coordination = listed_prep, True
        elif current and _owner_before(current, prep, word, words, position, same_entity):
            pass  # "Griechenlands Linke", "Russlands Präsident Putin": one phrase
        elif current and _starts_new_phrase(current, word, same_entity):
            # "gegen Südtirols Alt-Landeshauptmann Durnwalder": the phrase a prepositional
            # genitive name owns is governed by that preposition too, no bare subject (not
            # an agent's "durch Irans Präsident", which the recipient rules read apart)
            owner_prep = (
                prep
                if len(current) == 1
                and saxon_genitive(current[0])
                and prep not in _AGENT_PREPOSITIONS
                else None
            )
            flush()
            if owner_prep is not None and word.tag in ("NN", "NE"):
                pending_prep = owner_prep
        if not current:
            prep, coordinated = pending_prep, pending_coordination
            pending_prep, pending_coordination = None, False
        current.append(word)
    flush()
    return chunks


#: Prepositions of an event noun's agent ("die Leugnung durch Irans Präsident").
_AGENT_PREPOSITIONS: Final = frozenset({"durch", "von"})


def _degree_word(previous: Word, word: Word, words: list[Word], position: int) -> bool:
    """An adverb between a phrase's article or adjective and a further adjective ("die
    international anerkannte Regierung", "des sehr kleinen Landes") modifies that adjective;
    ``word`` stands at ``position`` of the clause's ``words``."""
    return (
        word.tag in ("ADJD", "ADV")
        and (previous.tag in DETERMINER_TAGS or previous.tag == "ADJA")
        and position + 1 < len(words)
        and words[position + 1].tag == "ADJA"
    )


def _listed_after_comma(
    previous: Word, word: Word, commas: frozenset[int], words: list[Word], position: int
) -> bool:
    """An article after a comma ("der Weltbank, der …"), or a name in a list that closes with
    a conjunction before any verb ("Russland, China und Iran kritisierten"), opens the next
    item of a list; ``word`` stands at ``position`` of the clause's ``words``."""
    if (
        previous.tag not in HEAD_TAGS
        or not commas  # most clauses: no comma cut out
        or not any(previous.i < c < word.i for c in commas)
    ):
        return False
    if word.tag == "ART":
        return True
    return word.tag == "NE" and _list_closes(words[position + 1 :])  # sliced only here


def _list_closes(rest: list[Word]) -> bool:
    for word in rest:
        if word.is_verb:
            return False
        if word.tag == "KON" and word.lower in _COORDINATORS:
            return True
    return False


def _coordinator(word: Word, words: list[Word], position: int) -> bool:
    """ "und", "oder", "sowie"; "noch" after "weder" (which the tagger may call an adverb);
    "als auch" after "sowohl" ("Sowohl Valls als auch Cazeneuve verurteilten")."""
    if word.lower == "noch":
        return any(w.lower == "weder" for w in words[:position])
    if word.lower == "als" and words[position + 1 : position + 2]:
        return words[position + 1].lower == "auch" and any(
            w.lower == "sowohl" for w in words[:position]
        )
    return word.tag == "KON" and word.lower in _COORDINATORS


def _starts_new_phrase(current: list[Word], word: Word, same_entity: SameEntity | None) -> bool:
    previous = current[-1]
    if previous.tag not in HEAD_TAGS:
        # "2014 die Krim": a number before an article is not part of its phrase
        return word.tag == "PPER" or (previous.tag == "CARD" and word.tag in DETERMINER_TAGS)
    if word.tag in ("PPER", "PIS", "PDS"):
        return True
    if word.tag in DETERMINER_TAGS:
        return word.lower not in GENITIVE_DETERMINERS
    if word.tag == "NE" and previous.tag in ("NE", "NN", "FM"):
        if same_entity is None:
            return False
        return not same_entity(previous, word) and not genitive_name(word)
    if word.tag == "NN" and previous.tag == "NE" and same_entity is not None:
        # "Wolfgang Leitner/NN": a surname the tagger took for a noun stays with the first
        # name where the entity layer names both as one
        return not same_entity(previous, word)
    if word.tag == "NN" and previous.tag in ("NN", "NE"):
        return True
    if _articleless_genitive(previous, word):
        return False
    return word.tag in ("ADJA", "CARD")


def _articleless_genitive(previous: Word, word: Word) -> bool:
    """ "der Abzug israelischer Truppen": an adjective in -er right after a noun opens a
    genitive plural without article, an attribute of that noun."""
    return previous.tag == "NN" and word.tag == "ADJA" and word.lower.endswith("er")


def _owner_before(
    current: list[Word],
    prep: str | None,
    word: Word,
    words: list[Word],
    position: int,
    same_entity: SameEntity | None,
) -> bool:
    """A subject or object phrase that is so far a genitive name, and a name or title it owns
    ("Griechenlands Linke", "Russlands Präsident"), also past adjectives ("Griechenlands
    geschlagene Linke"). An event noun keeps its own phrase ("Russlands Angriffe": the
    genitive is the event's actor), and so does the phrase of a preposition ("durch Irans
    Präsident": the recipient rules read the name apart)."""
    if prep is not None or len(current) != 1 or not saxon_genitive(current[0]):
        return False
    if word.tag == "ADJA":
        noun = next((w for w in words[position + 1 :] if w.tag != "ADJA"), None)
        return noun is not None and _owned_name(noun, same_entity)
    return _owned_name(word, same_entity)


def _owned_name(word: Word, same_entity: SameEntity | None) -> bool:
    """A name, a title, or a noun the entity layer names ("Linke/NN": a noun is the same
    entity as itself only inside an entity's name, see actor_entities.same_entity)."""
    if word.tag == "NE":
        return True
    if word.tag != "NN":
        return False
    return title_of(word.text) is not None or (same_entity is not None and same_entity(word, word))


def saxon_genitive(word: Word) -> bool:
    """A name in the genitive before its noun: "Russlands", "Griechenlands"."""
    return word.tag == "NE" and genitive_name(word)


def genitive_name(word: Word) -> bool:
    """ "Russlands", "Putins": a name in the genitive."""
    return word.text.endswith("s") and word.lemma != word.text


def _head_position(words: list[Word]) -> int | None:
    """The position of the first word with a head tag, None for a run without one (no
    phrase)."""
    for position, word in enumerate(words):  # a loop: no generator for these short runs
        if word.tag in HEAD_TAGS:
            return position
    return None


def _make_chunk(words: list[Word], head: int, prep: str | None, coordinated: bool) -> Chunk:
    """The phrase of ``words``, whose first head word (:func:`_head_position`) is at ``head``."""
    # Extend the head over a multi-word name ("Wendy Sherman"): the head is its first word.
    genitive = None
    for i in range(head + 1, len(words)):
        word = words[i]
        if word.tag in DETERMINER_TAGS and word.lower in GENITIVE_DETERMINERS:
            genitive = i
            break
        if (
            word.tag == "NE"
            and words[head].tag == "NN"
            and genitive_name(word)
            and not (i + 1 < len(words) and words[i + 1].tag == "NE")
        ):
            # a genitive ends a name ("Wladimir Putins"); a first name in -s does not
            # ("Ministerpräsident Meles Zenawi")
            genitive = i
            break
        if _articleless_genitive(words[i - 1], word):
            genitive = i
            break
    return Chunk(words=words, prep=prep, head=head, genitive=genitive, coordinated=coordinated)


def attached_phrases(clause: Clause, after: int, candidates: list[Chunk]) -> list[Chunk]:
    """The phrases a noun governs: those that follow it one upon another, with no verb or
    adverbs between ("Der Abzug israelischer Truppen soll nur parallel zur Stationierung von
    UN-Truppen erfolgen": "von UN-Truppen" is not the withdrawal's)."""
    attached: list[Chunk] = []
    last = after
    for chunk in (c for c in clause.chunks if c.first > after):
        if chunk.first - last > 2 or any(
            (w := clause.by_position.get(i)) is not None and (w.is_verb or w.tag in _ADVERB_TAGS)
            for i in range(last + 1, chunk.first)
        ):
            break
        if chunk in candidates:
            attached.append(chunk)
        last = chunk.last
    return attached


def coordinated_phrases(clause: Clause, chunk: Chunk | None) -> list[Chunk]:
    """The phrases coordinated after ``chunk`` ("die G8, noch die EU oder die Ukraine")."""
    if chunk is None or chunk not in clause.chunks:
        return []
    following = []
    for other in clause.chunks[clause.chunks.index(chunk) + 1 :]:
        if not other.coordinated:
            break
        following.append(other)
    return following


def complement_clause(clause: Clause) -> bool:
    first = clause.words[0]
    return first.lower in ("dass", "daß", "ob") or any(
        w.tag in ("PTKZU", "VVIZU") for w in clause.words
    )
