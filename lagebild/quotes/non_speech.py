"""Speech verbs in a reading that is no speech act.

Impersonal "lässt sich sagen": a speech verb under reflexive "lassen" names no speaker.

"Vor allem ließ sich kaum bestätigen, dass …" and "Das lässt sich sagen" state what can be
confirmed or said, by nobody in particular: no speech act. "Er ließ sich mit den Worten
zitieren" (had himself quoted) keeps its speaker; such verbs are listed in
``middle_keeps_speech.txt``.

A thought verb with its prepositional object ("gehofft hatte das Team auf zwei Stunden",
"glaubt an den Sieg") has its object, no content clause.

A speech verb with a generic subject under a modal ("Man könnte meinen, …", "Dann kann ja
niemand behaupten, dass …", "Man muss hoffen, dass …") is the writer's hedge: nobody said it.
It stays a cue (its sentence is framed, no continuation of the speaker before) but frames no
content.

A speech verb of refusal denied in its own clause ("wollte sich nicht äußern", "will nichts
sagen", "konnte den Eingang nicht bestätigen", "verriet man nicht") withholds what was
asked: it frames no content and summarises no speech act, though its speaker may go on in
Konjunktiv ("Er könne dazu keine Angaben machen"). It too stays a cue.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from lagebild.quotes.chunks import CLAUSE_PUNCT
from lagebild.quotes.lexicon import lower_set, word_list
from lagebild.quotes.token_table import token_table
from lagebild.quotes.units import Unit

if TYPE_CHECKING:
    from lagebild.quotes.cues import CueMatch

#: "sie lassen sich nicht beirren und sagen, …": a second verb of its own
CONJUNCTIONS = frozenset({"und", "oder", "aber", "sondern"})
#: what ends the cue's clause on either side
_CLAUSE_BOUNDS = CLAUSE_PUNCT | CONJUNCTIONS
#: brackets end the clause for the hedge test ("(bisher war man … ausgegangen) dürfte …")
_BRACKETS = frozenset({"(", ")", "[", "]"})


def non_speech(doc: Doc, match: CueMatch, unit: Unit, masked: frozenset[int]) -> bool:
    """Is the verb cue's clause a reading without speech?"""
    if match.verb is None:
        return False
    clause, quoted = _clause(doc, match.index, unit, masked)
    # "hofft auf eine „pragmatische“ Entscheidung": the quoted word stays a quote
    return impersonal_middle(match, clause) or (not quoted and _prepositional_object(match, clause))


def _clause_bounds(
    doc: Doc, index: int, unit: Unit, bounds: frozenset[str] = _CLAUSE_BOUNDS
) -> tuple[int, int]:
    """The first token of the cue's clause and the one after its last."""
    tokens = token_table(doc)
    start = index
    while start > unit.start and tokens.words[start - 1] not in bounds:
        start -= 1
    stop = index + 1
    while stop < unit.end and tokens.words[stop] not in bounds:
        stop += 1
    return start, stop


def _clause(
    doc: Doc,
    index: int,
    unit: Unit,
    masked: frozenset[int],
    bounds: frozenset[str] = _CLAUSE_BOUNDS,
) -> tuple[list[str], bool]:
    """The lower-cased words of the cue's clause, the cue itself left out, and whether the
    clause holds a quotation."""
    tokens = token_table(doc)
    start, stop = _clause_bounds(doc, index, unit, bounds)
    words = [tokens.lower[j] for j in range(start, stop) if j not in masked and j != index]
    return words, any(j in masked for j in range(start, stop))


def _prepositional_object(match: CueMatch, clause: list[str]) -> bool:
    """ "hofft auf Y" has its object; "auf diese Weise hofft man X aufzufangen" has content."""
    assert match.verb is not None
    prepositions = _object_prepositions().get(match.verb.lemma)
    if prepositions is None:
        return False  # most verbs: none takes a prepositional object of thought
    # imported here, after the common case (compiled, an import costs a look-up per call)
    from lagebild.quotes.clauses import zu_infinitive  # clauses imports the cue finder

    if any(zu_infinitive(word) for word in clause):
        return False
    return not prepositions.isdisjoint(clause)


@cache
def _object_prepositions() -> dict[str, frozenset[str]]:
    """Verb lemma -> the prepositions of its objects (data/prepositional_objects.txt)."""
    found: dict[str, set[str]] = {}
    for line in word_list("prepositional_objects.txt"):
        lemma, preposition = line.split()
        found.setdefault(lemma, set()).add(preposition)
    return {lemma: frozenset(prepositions) for lemma, prepositions in found.items()}


def impersonal_middle(match: CueMatch, clause: list[str]) -> bool:
    """Is the cue governed by "lassen" with "sich" in its clause? ("bestätigen" may read as
    finite: the clause decides.)"""
    assert match.verb is not None
    if match.verb.lemma in lower_set("middle_keeps_speech.txt"):
        return False
    causatives = lower_set("causatives.txt")
    return "sich" in clause and any(word in causatives for word in clause)


def generic_hedge(doc: Doc, match: CueMatch, unit: Unit, masked: frozenset[int]) -> bool:
    """Does the verb cue's clause hold a generic subject ("man", "niemand") and a modal of
    possibility or necessity ("kann", "müsste")? ("sollte" as well: "Sollte man davon
    ausgehen, dass …".) A bracket ends the clause: "(bisher war man von … ausgegangen)
    dürfte der Vorschlag …" keeps "dürfte" out."""
    clause, _ = _clause(doc, match.index, unit, masked, _CLAUSE_BOUNDS | _BRACKETS)
    words = set(clause)
    return not words.isdisjoint(lower_set("generic_subjects.txt")) and not words.isdisjoint(
        lower_set("hedge_modals.txt")
    )


def refusal(doc: Doc, match: CueMatch, unit: Unit, masked: frozenset[int]) -> bool:
    """Is the verb cue a refusal to comment: a verb of refusal_verbs.txt denied in its own
    clause ("Konami wollte sich nicht äußern", "…, verriet man allerdings nicht", "will keine
    Details bekannt geben")? "sagte nicht nur, dass …" denies nothing."""
    if match.verb is None or match.verb.lemma not in lower_set("refusal_verbs.txt"):
        return False
    tokens = token_table(doc)
    start, stop = _clause_bounds(doc, match.index, unit)
    negations = lower_set("refusal_negations.txt")
    return any(
        tokens.lower[i] in negations
        and (i + 1 >= stop or tokens.lower[i + 1] not in lower_set("negation_not_denying.txt"))
        for i in range(start, stop)
        if i not in masked
    )
