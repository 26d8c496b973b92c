"""Speakers and addressees as :class:`Participant` records, linked to entities when known.

The entity component resolves names, roles and pronouns; when it has nothing at a span
(or has not run), the fallback names the speaker by the name words of the phrase,
completes a surname from an earlier full mention ("Rjabkow" -> "Sergej Ryabkow") and
never returns a bare title, verb or date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from typing import TypeAlias

from spacy.tokens import Doc

from lagebild.entities.mention_index import mention_at
from lagebild.model import Participant
from lagebild.pipeline import doc_text
from lagebild.quotes.agreement import may_own, may_stand_for
from lagebild.quotes.chunks import (
    bare_attribute_end,
    blank_at,
    capitalised_at,
    determiner_at,
    extended_attribute_end,
    is_common_noun,
    noun_phrase_after,
    pronoun_at,
)
from lagebild.quotes.lexicon import (
    is_role,
    lower_set,
    possessive_owners,
    speech_noun_source,
    speech_nouns,
    speech_verbs,
    word_list,
)
from lagebild.quotes.speaker_links import linked_speaker, may_hold_role, one_person_named
from lagebild.quotes.speaker_names import can_name_someone, complete_name, name_words
from lagebild.quotes.token_table import TokenTable, token_table


def _role_headed(doc: Doc, start: int, end: int) -> bool:
    """The phrase's head is a role noun ("der Oberkommandierende General der …")."""
    table = token_table(doc)
    for k in range(start, end):
        if determiner_at(table, k) or table.tags[k] == "ADJA" or blank_at(table, k):
            continue
        return is_role(table.words[k])
    return False


def _apposition_name(doc: Doc, end: int) -> tuple[int, int] | None:
    """The name in an apposition right after a speaker phrase (", General George Casey")."""
    # a short attribute may end the phrase first: "…, der US-Streitkräfte im Irak, General …"
    table = token_table(doc)
    words, size = table.words, len(table.words)
    comma = end
    while comma < size and comma - end < 4 and words[comma] != ",":
        if table.tags[comma].startswith(("V", "$")):
            return None
        comma += 1
    if comma >= size or words[comma] != ",":
        return None
    end = comma
    stop = end + 1
    while stop < size and stop - end <= 5 and words[stop] not in ",.;:()":
        stop += 1
    name = name_words(doc, end + 1, stop)
    if name is None or name[1] - name[0] < 2:
        return None  # a full name only: one capitalised word may be anything
    return name


def _closing_apposition(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The full name in an apposition that closes the phrase itself: "der Sprecher von
    Präsident Wladimir Putin, Dmitri Peskow" (the chunker takes the apposition in)."""
    words = token_table(doc).words
    comma = next((k for k in range(end - 1, start, -1) if words[k] == ","), None)
    if comma is None:
        return None
    name = name_words(doc, comma + 1, end)
    if name is None or name != (comma + 1, end) or name[1] - name[0] < 2:
        return None
    return name


def _opening_name(doc: Doc, start: int, end: int) -> int | None:
    """Where a full name that opens the phrase ends, when a role apposition follows it
    ("Hermann Rodler, Mitglied des Bitkom-Präsidiums")."""
    table = token_table(doc)
    words = table.words
    comma = next((k for k in range(start + 2, end) if words[k] == ","), None)
    if comma is None or name_words(doc, start, comma) != (start, comma):
        return None
    if any(is_role(words[k]) for k in range(start, comma)) or one_person_named(
        doc, table.offsets[comma], table.end_char(end - 1)
    ):
        return None  # "Odessas Gouverneur, der Expräsident Michail Saakaschwili": a role
    described = any(is_role(words[k]) for k in range(comma + 1, end)) or (
        comma + 1 < end and words[comma + 1][:1].isupper() and is_common_noun(words[comma + 1])
    )  # "…, Mitglied des Präsidiums"
    return comma if described else None


def _head_before_apposition(doc: Doc, start: int, end: int) -> int | None:
    """Where the phrase's head ends when a name heads it and an apposition follows after a
    comma ("die liberale PMDB, der größte Koalitionspartner der …"). Not a role head: there
    the name after the comma names the role's holder ("der Sprecher, Dmitri Peskow")."""
    table = token_table(doc)
    comma = next((k for k in range(start + 1, end) if table.words[k] == ","), None)
    if comma is None or _role_headed(doc, start, comma):
        return None
    if any(table.tags[k] == "KON" for k in range(comma + 1, end)):
        return None  # a list, no apposition: "Malta, Estland, Lettland und Litauen"
    name = name_words(doc, start, comma)
    if name is None or name[1] != comma:
        return None
    # only an article and adjectives before the name: the name is the head, no genitive
    # of a noun before it ("Österreichs Wirtschaftsdelegierter, …")
    headed = all(determiner_at(table, k) or table.tags[k] == "ADJA" for k in range(start, name[0]))
    return comma if headed else None


class _Undecided(Enum):
    """A step's answer where its rule does not apply: ``None`` already means "no one
    speaks", so passing on to the next step needs a value of its own."""

    UNDECIDED = auto()


_UNDECIDED = _Undecided.UNDECIDED

#: A step's answer: the speaker, no one (``None``), or :data:`_UNDECIDED`.
_Decision: TypeAlias = "Participant | None | _Undecided"


@dataclass(unsafe_hash=True)  # not frozen: its own __init__ sets the fields
class _Phrase:
    """The speaker phrase ``[start, end)`` every step of :func:`participant` reads."""

    doc: Doc
    start: int
    end: int
    fallback: Participant | None
    char_start: int
    char_end: int

    # Written out: mypyc compiles it, where the dataclass's own would run as Python.
    def __init__(
        self,
        doc: Doc,
        start: int,
        end: int,
        fallback: Participant | None,
        char_start: int,
        char_end: int,
    ) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.fallback = fallback
        self.char_start = char_start
        self.char_end = char_end

    @property
    def table(self) -> TokenTable:
        return token_table(self.doc)

    @property
    def one_word(self) -> bool:
        return self.end - self.start == 1

    def as_fallback(self, fallback: Participant) -> Participant:
        """The phrase's span, spoken by ``fallback`` (the speaker named shortly before)."""
        return Participant(
            name=fallback.name,
            entity_id=fallback.entity_id,
            start=self.char_start,
            end=self.char_end,
        )

    def own_text(self) -> Participant:
        """The phrase's span, named by its own text."""
        text = doc_text(self.doc)[self.char_start : self.char_end]
        return Participant(name=text, start=self.char_start, end=self.char_end)


def participant(
    doc: Doc, start: int, end: int, fallback: Participant | None = None
) -> Participant | None:
    """The participant behind the token range ``[start, end)``: the first step whose rule
    applies decides, in the order of :data:`_STEPS`."""
    if start >= end:
        return None
    table = token_table(doc)
    phrase = _Phrase(doc, start, end, fallback, table.offsets[start], table.end_char(end - 1))
    for step in _STEPS:
        decision = step(phrase)
        if decision is not _UNDECIDED:
            return decision
    return _content_words(phrase)


def _source_adverb(phrase: _Phrase) -> _Decision:
    """ "Demnach …": the source named shortly before speaks, like a pronoun; with none
    (the caller drops stale ones), no one: not "demnach", nor a noun before it."""
    adverb = phrase.table.lower[phrase.start] in lower_set("source_adverbs.txt")
    if not (phrase.one_word and adverb):
        return _UNDECIDED
    return phrase.as_fallback(phrase.fallback) if phrase.fallback is not None else None


def _possessive_speech_noun(phrase: _Phrase) -> _Decision:
    """ "seiner Meinung nach": the owner of the opinion speaks (see :func:`_owner`)."""
    table, start = phrase.table, phrase.start
    if (
        phrase.end - start == 2
        and table.lower[start] in possessive_owners()
        and table.words[start + 1] in speech_nouns()
        and not _polite_address(phrase.doc, start)
    ):
        return _owner(phrase.doc, start, phrase.fallback, phrase.char_start, phrase.char_end)
    return _UNDECIDED


def _nameless(phrase: _Phrase) -> _Decision:
    """No one where the phrase cannot name anyone (a bare title, verb or date)."""
    return _UNDECIDED if can_name_someone(phrase.doc, phrase.start, phrase.end) else None


def _after_attribute(phrase: _Phrase) -> _Decision:
    """ "die in Großbritannien ansässige Beobachtungsstelle": the place in the attribute
    names no one, the phrase after the attribute speaks; a demonym before its noun
    ("Syrische Beobachtungsstelle") names the body, not the state."""
    doc, table, start, end = phrase.doc, phrase.table, phrase.start, phrase.end
    attribute = (
        extended_attribute_end(table, start + 1, end)
        if determiner_at(table, start)
        else bare_attribute_end(table, start, end)
    )
    if attribute is None:
        return _UNDECIDED
    head_char = table.offsets[attribute + 1]
    found = mention_at(doc, head_char, phrase.char_end)
    if found is not None and found[1].kind == "demonym" and found[1].end < phrase.char_end:
        return Participant(
            name=doc_text(doc)[head_char : phrase.char_end],
            start=phrase.char_start,
            end=phrase.char_end,
        )
    head = participant(doc, attribute + 1, end, phrase.fallback)
    if head is None:
        return None
    return head.model_copy(update={"start": phrase.char_start, "end": phrase.char_end})


def _head_speaks(phrase: _Phrase, head_end: int | None) -> _Decision:
    """The phrase's head ``[start, head_end)`` speaks; what follows it only describes it."""
    if head_end is None:
        return _UNDECIDED
    head = participant(phrase.doc, phrase.start, head_end, phrase.fallback)
    return head.model_copy(update={"end": phrase.char_end}) if head is not None else None


def _opening_name_speaks(phrase: _Phrase) -> _Decision:
    """ "Oskar Deutsch, Präsident der Israelitischen Kultusgemeinde": the person named
    first speaks; the body in the role after the comma only describes him."""
    return _head_speaks(phrase, _opening_name(phrase.doc, phrase.start, phrase.end))


def _role_apposition(phrase: _Phrase) -> _Decision:
    """ "der Oberkommandierende General der US-Streitkräfte im Irak, General George Casey":
    the role phrase is described by the name after it, not by a name inside it."""
    doc, start, end = phrase.doc, phrase.start, phrase.end
    apposition = (
        # the name closing the phrase first: after it a comma may open a dative ("…,
        # Louka Katseli, dem TV-Sender Skai")
        _closing_apposition(doc, start, end) or _apposition_name(doc, end)
        if _role_headed(doc, start, end)
        else None
    )
    if apposition is None:
        return _UNDECIDED
    named_start = phrase.table.offsets[apposition[0]]
    named_end = phrase.table.end_char(apposition[1] - 1)
    found = mention_at(doc, named_start, named_end)
    name = found[0].name if found else doc_text(doc)[named_start:named_end]
    return Participant(
        name=name, entity_id=found[0].id if found else None, start=phrase.char_start, end=named_end
    )


def _apposition_head_speaks(phrase: _Phrase) -> _Decision:
    """ "die liberale PMDB, der größte Koalitionspartner der Arbeiterpartei PT": the
    phrase's head speaks; the body in its apposition only describes it."""
    return _head_speaks(phrase, _head_before_apposition(phrase.doc, phrase.start, phrase.end))


def _entity_link(phrase: _Phrase) -> _Decision:
    """The speaker the entity layer links the phrase to (:mod:`speaker_links`)."""
    linked = linked_speaker(
        phrase.doc, phrase.start, phrase.end, phrase.fallback, phrase.char_start, phrase.char_end
    )
    return _UNDECIDED if linked is None else linked


def _single_word(phrase: _Phrase) -> _Decision:
    """A one-word phrase: a source noun, a demonstrative, a pronoun or a lone possessive."""
    if not phrase.one_word:
        return _UNDECIDED
    table, start, fallback = phrase.table, phrase.start, phrase.fallback
    if (source := speech_noun_source(table.words[start])) is not None:
        # "nach Polizeiangaben": the police
        return Participant(name=source, start=phrase.char_start, end=phrase.char_end)
    if determiner_at(table, start) and not pronoun_at(table, start):
        # "Diese bestätigte, …": a demonstrative points at the last noun, not the last
        # speaker, so it keeps its own text
        return phrase.own_text()
    if pronoun_at(table, start):
        if fallback is None or not may_stand_for(phrase.doc, phrase.doc[start], fallback):
            # nobody fitting named shortly before: keep the pronoun, so the span is still known
            return phrase.own_text()
        return phrase.as_fallback(fallback)
    if table.lower[start] in possessive_owners():
        return None  # "Deren rituelle Tötung beschreibt …": a possessive cut off its noun
    return _UNDECIDED


def _name_words_speak(phrase: _Phrase) -> _Decision:
    """The name words of the phrase, completed from an earlier full mention; "Jens
    Stoltenberg in Brüssel": the place attribute does not name the speaker."""
    doc, table, start, end = phrase.doc, phrase.table, phrase.start, phrase.end
    place_links = word_list("place_links.txt")
    head_end = next((k for k in range(start + 1, end) if table.words[k] in place_links), end)
    named = name_words(doc, start, head_end)
    if named is None:
        return _UNDECIDED
    name = doc_text(doc)[table.offsets[named[0]] : table.end_char(named[1] - 1)]
    name = complete_name(doc, name, phrase.char_start)
    return Participant(name=name, start=phrase.char_start, end=phrase.char_end)


def _content(phrase: _Phrase) -> list[str]:
    """The phrase's words but its determiners."""
    table = phrase.table
    return [table.words[k] for k in range(phrase.start, phrase.end) if not determiner_at(table, k)]


def _role_of_last_speaker(phrase: _Phrase) -> _Decision:
    """ "der Minister" after the minister has been named: the same person."""
    content, fallback = _content(phrase), phrase.fallback
    if (
        len(content) == 1
        and is_role(content[0])
        and fallback is not None
        and fallback.name
        and not is_role(fallback.name)
        and fallback.name.lower() not in lower_set("pronouns.txt")  # an unresolved "er"
        and may_hold_role(phrase.doc, fallback, content[0])
    ):
        return phrase.as_fallback(fallback)
    return _UNDECIDED


def _content_words(phrase: _Phrase) -> Participant | None:
    """The phrase's own text, unless it holds only speech verbs or nothing at all: "sagte"
    is no speaker; "Berichten", "Angaben" (nouns) are sources."""
    content = _content(phrase)
    if not content or all(
        word.lower() in speech_verbs() and not is_common_noun(word) for word in content
    ):
        return None
    return phrase.own_text()


#: The steps of :func:`participant`, in the order they are tried.
_STEPS: tuple[Callable[[_Phrase], _Decision], ...] = (
    _source_adverb,
    _possessive_speech_noun,
    _nameless,
    _after_attribute,
    _opening_name_speaks,
    _role_apposition,
    _apposition_head_speaks,
    _entity_link,
    _single_word,
    _name_words_speak,
    _role_of_last_speaker,
)


def _polite_address(doc: Doc, i: int) -> bool:
    """ "Wer hat Ihrer Meinung nach recht?": a capital possessive inside the sentence
    addresses the reader or interviewee, no one named before."""
    return doc[i].text[:1].isupper() and not doc[i].is_sent_start


def _owner(
    doc: Doc, start: int, fallback: Participant | None, char_start: int, char_end: int
) -> Participant:
    """ "seiner Meinung nach", "ihren Angaben zufolge": the owner of the opinion speaks, not
    the opinion. The entity layer's link on the possessive, else the last speaker if they
    agree; else the possessive stays, unresolved, like a pronoun."""
    table = token_table(doc)
    found = mention_at(doc, table.offsets[start], table.end_char(start))
    if found is not None:
        entity = found[0]
        return Participant(name=entity.name, entity_id=entity.id, start=char_start, end=char_end)
    if fallback is not None and may_own(doc, doc[start], fallback):
        return Participant(
            name=fallback.name, entity_id=fallback.entity_id, start=char_start, end=char_end
        )
    return Participant(name=table.words[start], start=char_start, end=char_end)


def addressee(doc: Doc, start: int, end: int, masked: frozenset[int]) -> Participant | None:
    """Whom the frame ``[start, end)`` speaks to: "vor Journalisten", "gegenüber der Zeitung X"."""
    audiences = lower_set("audiences.txt")
    table = token_table(doc)
    for i in range(start, end):
        word = table.lower[i]
        if word not in {"vor", "gegenüber", "mit"}:
            continue
        found = noun_phrase_after(doc, i + 1, end, masked)
        if found is None:
            continue
        heads = [table.lower[k] for k in range(found[0], found[1]) if capitalised_at(table, k)]
        if word == "gegenüber" or any(h in audiences for h in heads) or _conversation(table, i):
            return participant(doc, found[0], found[1])
    return None


def _conversation(table: TokenTable, i: int) -> bool:
    """ "mit" after a conversation noun names whom the speaker talks to: "In einem Gespräch
    mit dem Umweltminister wies er … zurück" (``conversation_nouns.txt``)."""
    return (
        table.lower[i] == "mit"
        and i > 0
        and table.words[i - 1] in word_list("conversation_nouns.txt")
    )


def conversation_partner(
    doc: Doc, start: int, end: int, masked: frozenset[int]
) -> Participant | None:
    """The phrase after a conversation noun's "mit" in ``[start, end)``."""
    table = token_table(doc)
    for i in range(start, end):
        if _conversation(table, i):
            found = noun_phrase_after(doc, i + 1, end, masked)
            return participant(doc, found[0], found[1]) if found else None
    return None
