"""The subject of a sentence as the speaker of the Konjunktiv sentence after it.

An unframed Konjunktiv sentence reports the subject of the sentence before it ("Die
Regierung lehnte ab. Man werde nicht zahlen.": :class:`SubjectOf`); an indicative main clause
whose subordinate clause alone is in Konjunktiv reports its own subject ("Mazedonien hatte die
Grenze geschlossen, weil … sei": :func:`own_subject`). Read here for the quote finder
(:mod:`lagebild.quotes.component`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.entities.mention_index import entity_at, has_entities
from lagebild.model import Participant
from lagebild.quotes.chunks import (
    determiner_at,
    noun_phrase,
    noun_phrase_after,
    pronoun_at,
)
from lagebild.quotes.continuation import subordinate_subjunctive
from lagebild.quotes.coordination import attribute_list_phrase, coordinated_phrase
from lagebild.quotes.intentions import IMPERSONAL
from lagebild.quotes.lexicon import lower_set, word_list
from lagebild.quotes.speaker_position import is_personish
from lagebild.quotes.speakers import participant
from lagebild.quotes.thing_subjects import LABEL_NOUNS, names_a_thing
from lagebild.quotes.token_table import token_table
from lagebild.quotes.units import Unit

#: tags of a pronoun that opens a fronted clause ("Was … angeht, …", "Wer … will, …"):
#: the phrase after it is no subject of the sentence
CLAUSE_OPENER_TAGS = frozenset({"PWS", "PRELS"})


class SubjectOf:
    """The unit's first noun phrase when it names someone, for an unframed Konjunktiv I
    sentence after it. Read on first use only: most units are followed by no such sentence,
    and the reading (chunker, entity look-up, name completion) is the dearest rule here."""

    __slots__ = ("_doc", "_found", "_last", "_masked", "_near", "_read", "unit")

    def __init__(
        self,
        doc: Doc,
        unit: Unit,
        masked: frozenset[int],
        last: Participant | None,
        near: Participant | None,
    ) -> None:
        self._doc, self.unit, self._masked, self._last = doc, unit, masked, last
        self._near = near  # the last speaker named in the unit's paragraph
        self._read = False
        self._found: Participant | None = None

    @property
    def paragraph(self) -> int:
        return self.unit.paragraph

    def person(self) -> Participant | None:
        if not self._read:
            self._found = _subject_person(
                self._doc, self.unit, self._masked, self._last, self._near
            )
            self._read = True
        return self._found


def _subject_person(
    doc: Doc,
    unit: Unit,
    masked: frozenset[int],
    last: Participant | None,
    near: Participant | None,
) -> Participant | None:
    """The participant :class:`SubjectOf` reads, or None."""
    tokens = token_table(doc)
    if tokens.tags[unit.start] in CLAUSE_OPENER_TAGS:
        # "Was Sprachkurse und Weiterbildungsangebote angeht, sind die Schweden gut.": the
        # first phrase stands in the fronted clause, it is not the sentence's subject
        return None
    coordination = coordinated_phrase(doc, unit.start, unit.end, masked)
    if coordination is not None:
        # "Sowohl die SPD als auch die Grünen kritisierten …": all of them, if the first is
        # someone
        first = noun_phrase(doc, coordination[0], coordination[1], masked)
        if first is None or not (is_personish(doc, first) or _state(doc, first)):
            return None
        return participant(doc, coordination[0], coordination[1], fallback=last)
    phrase = noun_phrase_after(doc, unit.start, unit.end, masked)
    if (
        phrase is None
        or phrase[0] != unit.start
        and tokens.words[unit.start][:1].isupper() is False
    ):
        return None
    if not (is_personish(doc, phrase) or determiner_at(tokens, phrase[0])):
        return None
    if tokens.lower[phrase[0]] in lower_set("oblique_forms.txt"):
        return None  # "Ebenso den … Vorschlag, …": an object, no one who speaks
    if (
        phrase[1] < unit.end
        and tokens.words[phrase[1]] == ":"
        and tokens.words[phrase[1] - 1] in word_list(LABEL_NOUNS)
    ):
        return None  # "Das Resultat: Zwei Feuerwehrleute …": a label, no one who speaks
    found = participant(doc, phrase[0], phrase[1], fallback=last)
    if names_a_thing(_head_word(doc, phrase)) and not _names_person(doc, found):
        # "X sagte … Die Frage ist, wo er steht. Wenn er …, sei das schlecht": a thing speaks
        # for no one; the Konjunktiv goes on with the speaker named last in the paragraph
        # (but "Begründung des Abgeordneten Werner Murgg: …" is Murgg's)
        return near
    return found


def _names_person(doc: Doc, found: Participant | None) -> bool:
    """Whether ``found`` is linked to a person entity."""
    if found is None or found.entity_id is None:
        return False
    return any(e.id == found.entity_id and e.type == "PER" for e in doc._.entities or [])


def _head_word(doc: Doc, phrase: tuple[int, int]) -> str:
    """The first capitalised word after the determiners: the head of a German noun phrase."""
    tokens = token_table(doc)
    for k in range(phrase[0], phrase[1]):
        if not determiner_at(tokens, k) and tokens.words[k][:1].isupper():
            return tokens.words[k]
    return ""


def own_subject(
    doc: Doc, unit: Unit, masked: frozenset[int], last: Participant | None
) -> Participant | None:
    """The subject of an indicative main clause whose subordinate clause alone is in
    Konjunktiv ("Mazedonien hatte die Grenze geschlossen, weil … sei"), when it names an
    actor: a person, an organisation or a state. None otherwise."""
    tokens = token_table(doc)
    finite = subordinate_subjunctive(doc, unit, masked)
    if finite is None or tokens.lower[unit.start] in IMPERSONAL:
        return None
    phrase = noun_phrase(doc, unit.start, finite, masked)
    coordination = coordinated_phrase(doc, unit.start, finite, masked)
    if coordination is not None and coordination[1] == finite:
        # "Weder die G8, noch die EU erkennen … an, da … werde": all of them, named as one;
        # the first conjunct tells whether they are actors
        first = noun_phrase(doc, coordination[0], finite, masked)
        if first is not None and (is_personish(doc, first) or _state(doc, first)):
            return participant(doc, coordination[0], coordination[1], fallback=last)
        return None
    listed = attribute_list_phrase(doc, unit.start, finite, masked)
    if listed is not None and listed[2] == finite:
        # "Menschen in Ungarn, Österreich oder Deutschland haben …": one subject, its head
        phrase = (listed[0], listed[1])
        if not (is_personish(doc, phrase) or _state(doc, phrase)):
            return None
        return participant(doc, phrase[0], phrase[1], fallback=last)
    if phrase is None or phrase[1] != finite:
        # "Am Mittwoch hatte Mazedonien …": an adverbial first, the subject after the verb
        phrase = noun_phrase_after(doc, finite + 1, unit.end, masked)
        if phrase is None or tokens.lower[phrase[0]] in IMPERSONAL | {"sich"}:
            return None
    if not (is_personish(doc, phrase) or _state(doc, phrase)):
        return None
    if names_a_thing(_head_word(doc, phrase)):
        return None  # "Die Datenerhebung sollte …, wenn es notwendig sei": no actor
    if phrase[1] - phrase[0] == 1 and pronoun_at(tokens, phrase[0]):
        return None  # "Sie bezogen sich auf …, derzufolge …": most often the last speaker
    return participant(doc, phrase[0], phrase[1], fallback=last)


def _state(doc: Doc, span: tuple[int, int]) -> bool:
    """A state named as an actor ("Mazedonien"): the entity stage's GPE."""
    tokens = token_table(doc)
    if not has_entities(doc):
        return False
    char_end = tokens.offsets[span[1] - 1] + len(tokens.words[span[1] - 1])
    entity = entity_at(doc, tokens.offsets[span[0]], char_end)
    return entity is not None and entity.type == "GPE"
