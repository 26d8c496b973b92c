"""A sentence cut into the pieces that become its clauses, from STTS tags alone.

Cuts fall at commas, sentence punctuation, dashes and colons, and before subordinating
conjunctions; verb-less pieces (appositions, parentheticals) are glued to their neighbour;
a clause in brackets is set apart from the clause it interrupts, which goes on after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Final

from lagebild.events.words import Word
from lagebild.places.datelines import is_dateline

PREPOSITION_TAGS: Final = frozenset({"APPR", "APPRART", "APPO"})
SUBORDINATORS: Final = frozenset({"KOUS", "PRELS", "PWAV", "KOUI"})
BREAK_TAGS: Final = frozenset({"$,", "$.", "$("})
#: Quote marks inside a sentence do not end a clause: "Die „Soldaten“ hätten „Zivilisten getötet“".
QUOTE_MARKS: Final = frozenset({'"', "„", "“", "”", "»", "«", "‚", "‘", "’", "'"})
#: Marks that end a clause and its phrases for good ("…, hatte Seehofer zurückgewiesen: Nicht
#: diejenigen, die …").
HARD_BREAKS: Final = frozenset({":", "-", "–", "—"})
_RELATIVE_FORMS: Final = frozenset({"der", "dem", "denen"})
#: Verb forms no name can be the subject of: "bin" in "Mohammed bin Zayid" is a name's part.
_FIRST_PERSON_FORMS: Final = frozenset({"bin", "bist"})


def cut_pieces(words: list[Word]) -> list[list[Word]]:
    """The pieces of the sentence in order, each a clause to be."""
    words = _relative_articles(words)
    asides = _asides(words)
    inside = {position for first, last in asides for position in range(first, last + 1)}
    pieces = _pieces([w for position, w in enumerate(words) if position not in inside])
    for first, last in asides:
        # "Führungspersönlichkeiten der Kifaya-Bewegung (übersetzt: Es ist genug!) wurden
        # entlassen": a clause in brackets interrupts the one around it, which goes on after
        opening = words[first].i
        at = next((n for n, piece in enumerate(pieces) if piece[0].i > opening), len(pieces))
        pieces[at:at] = _pieces(words[first + 1 : last])
    return pieces


def _relative_articles(words: list[Word]) -> list[Word]:
    """ ", bei der Soldaten Warnschüsse abgegeben haben": after a comma and a preposition, a
    "der"/"dem"/"denen" opening a verb-final piece is a relative pronoun, which the tagger
    may call an article; the noun after it is the relative clause's subject."""
    found = list(words)
    for position in range(2, len(words)):
        word = words[position]
        if (
            word.tag != "ART"
            or word.lower not in _RELATIVE_FORMS
            or words[position - 1].tag != "APPR"
            or words[position - 2].tag != "$,"
        ):
            continue
        end = next(
            (
                i
                for i in range(position + 1, len(words))
                if words[i].tag in BREAK_TAGS and words[i].text not in QUOTE_MARKS
            ),
            len(words),
        )
        finite = [i for i in range(position + 1, end) if words[i].is_finite]
        if finite and finite[0] == end - 1:
            found[position] = replace(word, tag="PRELS")
    return found


def _asides(words: list[Word]) -> list[tuple[int, int]]:
    """Positions of the opening and closing bracket of each bracketed aside that holds a
    verb or a colon; a bracketed name or party ("Edathy (SPD)") stays in its phrase."""
    found: list[tuple[int, int]] = []
    opening: int | None = None
    for position, word in enumerate(words):
        if word.text == "(":
            opening = position
        elif word.text == ")" and opening is not None:
            inner = words[opening + 1 : position]
            if any(w.is_verb or w.text == ":" for w in inner):
                found.append((opening, position))
            opening = None
    return found


def _pieces(words: list[Word]) -> list[list[Word]]:
    """The sentence cut at breaks, verb-less pieces glued to a neighbour."""
    pieces: list[list[Word]] = []
    current: list[Word] = []
    for position, word in enumerate(words):
        starts_clause = word.tag in SUBORDINATORS and current and current[-1].tag not in BREAK_TAGS
        if starts_clause or (
            word.tag == "KON"
            and word.lower in ("und", "aber", "doch")
            and (_finite_follows(words, position) or _new_subject_follows(words, position, current))
        ):
            pieces.append(current)
            current = []
        current.append(word)
        if (word.tag in BREAK_TAGS and word.text not in QUOTE_MARKS) or word.text in (HARD_BREAKS):
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    pieces = _glue_verbless(p for p in pieces if any(w.tag not in BREAK_TAGS for w in p))
    return _close_brackets(pieces)


def _finite_follows(words: list[Word], position: int) -> bool:
    """A coordinated main clause: "und"/"aber" directly before a finite verb or a subject+verb."""
    following = words[position + 1 : position + 2]
    return bool(following) and following[0].is_finite


def _new_subject_follows(words: list[Word], position: int, current: list[Word]) -> bool:
    """ "… heraufbeschworen und Polen fordert …": after a piece with its own finite verb, a
    name or pronoun right after "und" and right before a finite verb opens a main clause."""
    if not any(w.is_finite for w in current):
        return False
    following = words[position + 1 : position + 4]
    if following and following[0].tag == "ART":
        following = following[1:]
    return (
        len(following) >= 2
        and following[0].tag in ("NE", "PPER")
        and following[1].is_finite
        and following[1].lower not in _FIRST_PERSON_FORMS  # "Mohammed bin Zayid"
    )


def _glue_verbless(pieces: Iterable[list[Word]]) -> list[list[Word]]:
    """Attach pieces without a verb (appositions) to the following piece, else the previous;
    a piece before a relative clause is the end of the previous one ("Kritik an der Weltbank,
    der Entwicklungsbank und dem IWF, denen Ecuador vorwirft"): the relative clause starts
    at its pronoun."""
    result: list[list[Word]] = []
    pending: list[Word] = []
    prefield: list[Word] = []
    pieces = _join_dateline_names(list(pieces))
    for position, piece in enumerate(pieces):
        following = pieces[position + 1][0] if position + 1 < len(pieces) else None
        if not result and not pending and _dateline(piece, following):
            result.append(piece)  # "Genf – Russland hat …": the place the news comes from
            continue
        if not any(w.is_verb for w in piece):
            if result and not prefield and _closes_particle_verb(result[-1], piece):
                # "ruft die Vereinigung …, eine in Rangun ansässige Gruppe, alle Mönche dazu
                # auf": the apposition and the rest of the clause up to the verb's particle
                result[-1].extend(pending + piece)
                pending = []
                continue
            pending.extend(piece)
            continue
        if prefield and not pending and _verb_second(piece):
            piece = prefield + piece  # the main clause goes on after the relative clause
        elif prefield:
            result[-1][:0] = prefield
        prefield = []
        if pending and not result and _is_relative(piece):
            # "Den IWF, dessen Organe tagen, forderte er auf": the prefield of the main
            # clause that the relative clause interrupts, not part of it
            prefield, pending = pending, []
        if pending and result and _is_relative(piece) and result[-1][-1].text not in HARD_BREAKS:
            result[-1].extend(pending)
            pending = []
        result.append(pending + piece)
        pending = []
    if prefield:
        result[-1][:0] = prefield
    if pending:
        if result:
            result[-1].extend(pending)
        else:
            result.append(pending)
    return result


def _closes_particle_verb(clause: list[Word], piece: list[Word]) -> bool:
    """A verb-less piece ending in a separated particle ("… dazu auf") closes the clause
    before it, whose finite full verb still lacks its particle."""
    words = [w for w in piece if w.tag not in BREAK_TAGS]
    if not words or words[-1].tag != "PTKVZ" or clause[-1].text in HARD_BREAKS:
        return False
    return any(w.tag == "VVFIN" for w in clause) and not any(
        w.tag == "PTKVZ" or w.tag in SUBORDINATORS for w in clause
    )


def _verb_second(piece: list[Word]) -> bool:
    """Opens with a finite verb: the rest of a main clause whose prefield came before."""
    first = next((w for w in piece if w.tag not in BREAK_TAGS), None)
    return first is not None and first.is_finite


def _join_dateline_names(pieces: list[list[Word]]) -> list[list[Word]]:
    """ "Holguin/Vatikanstadt – …": a "/" tagged as a bracket cuts a dateline's names into
    pieces; joined again, the names are one dateline, not the clause's first phrases."""
    last = 0
    while last + 1 < len(pieces) and pieces[last][-1].text == "/":
        last += 1
    if last == 0:
        return pieces
    joined = [w for piece in pieces[: last + 1] for w in piece]
    following = pieces[last + 1][0] if last + 1 < len(pieces) else None
    return [joined, *pieces[last + 1 :]] if _dateline(joined, following) else pieces


def _dateline(piece: list[Word], following: Word | None) -> bool:
    """Names and a dash opening the text of a news item ("Genf –", "Warschau/Kiew –"), as
    the place finder reads a dateline (:func:`lagebild.places.datelines.is_dateline`)."""
    if len(piece) < 2 or following is None:
        return False
    # a second name may be tagged as a noun ("Holguin/Vatikanstadt –"), the first not
    names = piece[:-1]
    joined = any(w.text == "/" for w in names)
    if not all(
        w.tag in ("NE", "$(") or w.text == "/" or (joined and w.tag == "NN" and k > 0)
        for k, w in enumerate(names)
    ):
        return False
    base = piece[0].start
    text = [" "] * (following.end - base)
    for word in [*piece, following]:
        text[word.start - base : word.end - base] = word.text
    return is_dateline("".join(text), 0, piece[-2].end - base)


def _close_brackets(pieces: list[list[Word]]) -> list[list[Word]]:
    """A piece holding only the non-finite end of the clause before ("Die Minister wollen sich
    am Montag, den 18. Februar, in Brüssel treffen"): an apposition cut the clause in two."""
    result: list[list[Word]] = []
    for piece in pieces:
        if result and _bracket_end(piece) and _bracket_open(result[-1]):
            result[-1] = result[-1] + piece
        else:
            result.append(piece)
    return result


def _bracket_end(piece: list[Word]) -> bool:
    words = [w for w in piece if w.tag not in BREAK_TAGS]
    return (
        bool(words)
        and words[0].tag not in SUBORDINATORS | PREPOSITION_TAGS | {"KON"}
        and (
            not any(w.is_finite or w.tag in ("PTKZU", "VVIZU") for w in words)
            and words[-1].tag in ("VVINF", "VVPP")
        )
    )


def _bracket_open(piece: list[Word]) -> bool:
    """A main clause whose finite verb is a modal or auxiliary with no full verb after it."""
    words = [w for w in piece if w.tag not in BREAK_TAGS]
    finite = next((w for w in words if w.is_finite), None)
    return (
        finite is not None
        and finite.tag in ("VMFIN", "VAFIN")
        and words[0].tag not in SUBORDINATORS
        and not any(
            w.tag.startswith("VV") or w.tag in ("VAPP", "VAINF", "VMINF")
            for w in words
            if w.i > finite.i
        )
    )


def _is_relative(piece: list[Word]) -> bool:
    """Opens with a relative pronoun, after a preposition or not ("denen", "mit dem")."""
    first = next((w for w in piece if w.tag not in BREAK_TAGS), None)
    if first is not None and first.tag in PREPOSITION_TAGS:
        first = next((w for w in piece if w.i > first.i), None)
    return first is not None and first.tag in ("PRELS", "PRELAT")
