"""Speakers and addressees as :class:`Participant` records, linked to entities when known.

The entity component resolves names, roles and pronouns; when it has nothing at a span
(or has not run), the fallback names the speaker by the name words of the phrase,
completes a surname from an earlier full mention ("Rjabkow" -> "Sergej Ryabkow") and
never returns a bare title, verb or date.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from lagebild.dates.lexicon import full_month_names, weekdays
from lagebild.entities.mention_index import mention_at
from lagebild.entities.names import one_letter_off
from lagebild.model import Participant
from lagebild.pipeline import doc_offsets, doc_words
from lagebild.quotes.agreement import may_stand_for
from lagebild.quotes.chunks import (
    is_capitalised,
    is_common_noun,
    is_determiner,
    is_name_apostrophe,
    is_pronoun,
    noun_phrase_after,
)
from lagebild.quotes.lexicon import function_class, is_role, lower_set, speech_verbs, word_list
from lagebild.quotes.readings import readings


def _name_candidate(doc: Doc, i: int) -> bool:
    token = doc[i]
    text = token.text
    if not is_capitalised(token) or function_class(text) or is_determiner(token):
        return False
    return not (is_role(text) or is_date_word(text) or text.lower() in speech_verbs())


def name_words(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The last run of name words in ``[start, end)`` ("Wendy Sherman" in the apposition).

    A run counts when one of its words is no common noun, or when a title stands right
    before it ("Ministerin Anna Weber": Weber is also a common noun).
    """
    best = None
    i = start
    while i < end:
        if not _name_candidate(doc, i):
            i += 1
            continue
        j = i
        while j < end and (
            _name_candidate(doc, j)
            or (doc[j].text == "-" and j + 1 < end)
            or is_name_apostrophe(doc, j)
        ):
            j += 1
        after_title = i > start and is_role(doc[i - 1].text)
        if after_title or any(not is_common_noun(t.text) for t in doc[i:j]):
            best = (i, j)
        i = j
    return best


def complete_name(doc: Doc, name: str, before: int) -> str:
    """Complete a lone surname from an earlier "First Last" mention (spelling may vary)."""
    if " " in name or len(name) < 4:
        return name
    words = doc_words(doc)
    for i in range(1, bisect_left(doc_offsets(doc), before)):
        word = words[i]
        if word != name and not (
            len(name) >= 6
            and abs(len(word) - len(name)) <= 1  # else no single edit: spare the call
            and one_letter_off(word, name)
        ):
            continue
        if not is_capitalised(doc[i]):
            continue
        if _name_candidate(doc, i - 1) and not is_common_noun(words[i - 1]):
            return f"{words[i - 1]} {word}"
    return name


#: tags of words that can head a speaker phrase (nouns, names, pronouns)
NOMINAL_TAGS = frozenset({"NN", "NE", "FM", "XY", "TRUNC", "PPER", "PIS", "PDS", "PRELS", "PWS"})


def can_name_someone(doc: Doc, start: int, end: int) -> bool:
    """Not an adverb or adjective ("Bislang", "Sinngemäß") and not a date ("Anfang Juli")."""
    tags = [t.tag_ for t in doc[start:end]]
    if all(tags) and not any(tag in NOMINAL_TAGS for tag in tags):
        # a noun made of an adjective still names someone: "der 39-Jährige"
        nominalised = any(
            t.tag_ == "ADJA"
            and is_capitalised(t)
            and k > start
            and is_determiner(doc[k - 1])
            and function_class(t.text) is None
            for k, t in enumerate(doc[start:end], start)
        )
        if not nominalised:
            return False
    determiners = lower_set("determiners.txt")  # as is_determiner, without a Token per word
    words = [word for word in doc_words(doc)[start:end] if word.lower() not in determiners]
    if words and all(is_date_word(word) for word in words):
        return False  # "hat Donnerstag erklärt": a bare weekday the date stage left alone
    char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return not any(
        date_start <= char_start and char_end <= date_end
        for date_start, date_end in readings(doc).dates
    )


def _role_headed(doc: Doc, start: int, end: int) -> bool:
    """The phrase's head is a role noun ("der Oberkommandierende General der …")."""
    for token in doc[start:end]:
        if is_determiner(token) or token.tag_ == "ADJA":
            continue
        return is_role(token.text)
    return False


def _apposition_name(doc: Doc, end: int) -> tuple[int, int] | None:
    """The name in an apposition right after a speaker phrase (", General George Casey")."""
    # a short attribute may end the phrase first: "…, der US-Streitkräfte im Irak, General …"
    comma = end
    while comma < len(doc) and comma - end < 4 and doc[comma].text != ",":
        if doc[comma].tag_.startswith(("V", "$")):
            return None
        comma += 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    end = comma
    stop = end + 1
    while stop < len(doc) and stop - end <= 5 and doc[stop].text not in ",.;:()":
        stop += 1
    words = name_words(doc, end + 1, stop)
    if words is None or words[1] - words[0] < 2:
        return None  # a full name only: one capitalised word may be anything
    return words


def is_date_word(word: str) -> bool:
    """A weekday or a full month name ("Donnerstag", "Jänner"): never a speaker's name."""
    return word in weekdays() or word in full_month_names()


def participant(
    doc: Doc, start: int, end: int, fallback: Participant | None = None
) -> Participant | None:
    """The participant behind the token range ``[start, end)``."""
    if start >= end:
        return None
    span = doc[start:end]
    char_start, char_end = span.start_char, span.end_char
    if end - start == 1 and doc[start].text.lower() in lower_set("source_adverbs.txt"):
        # "Demnach …": the source named shortly before speaks, like a pronoun; with none
        # (the caller drops stale ones), no one: not "demnach", nor a noun before it
        if fallback is None:
            return None
        return Participant(
            name=fallback.name, entity_id=fallback.entity_id, start=char_start, end=char_end
        )
    if not can_name_someone(doc, start, end):
        return None
    apposition = _apposition_name(doc, end) if _role_headed(doc, start, end) else None
    if apposition is not None:
        # "der Oberkommandierende General der US-Streitkräfte im Irak, General George Casey":
        # the role phrase is described by the name after it, not by a name inside it
        named_start = doc[apposition[0]].idx
        named_end = doc[apposition[1] - 1].idx + len(doc[apposition[1] - 1].text)
        found = mention_at(doc, named_start, named_end)
        name = found[0].name if found else doc[apposition[0] : apposition[1]].text
        return Participant(
            name=name, entity_id=found[0].id if found else None, start=char_start, end=named_end
        )
    found = mention_at(doc, char_start, char_end)
    if found is not None:
        entity, _ = found
        return Participant(name=entity.name, entity_id=entity.id, start=char_start, end=char_end)
    if end - start == 1 and is_determiner(doc[start]) and not is_pronoun(doc[start]):
        # "Diese bestätigte, …": a demonstrative points at the last noun, not the last
        # speaker, so it keeps its own text
        return Participant(name=span.text, start=char_start, end=char_end)
    if end - start == 1 and is_pronoun(doc[start]):
        if fallback is None or not may_stand_for(doc, doc[start], fallback):
            # nobody fitting named shortly before: keep the pronoun, so the span is still known
            return Participant(name=span.text, start=char_start, end=char_end)
        return Participant(
            name=fallback.name, entity_id=fallback.entity_id, start=char_start, end=char_end
        )
    # "Jens Stoltenberg in Brüssel": the place attribute does not name the speaker
    head_end = next(
        (k for k in range(start + 1, end) if doc[k].text in word_list("place_links.txt")), end
    )
    words = name_words(doc, start, head_end)
    if words is not None:
        name = complete_name(doc, doc[words[0] : words[1]].text, char_start)
        return Participant(name=name, start=char_start, end=char_end)
    text = span.text
    content = [t for t in span if not is_determiner(t)]
    if (
        len(content) == 1
        and is_role(content[0].text)
        and fallback is not None
        and fallback.name
        and not is_role(fallback.name)
    ):
        # "der Minister" after the minister has been named: the same person.
        return Participant(
            name=fallback.name, entity_id=fallback.entity_id, start=char_start, end=char_end
        )
    if not content or all(
        t.text.lower() in speech_verbs() and not is_common_noun(t.text) for t in content
    ):  # "sagte" is no speaker; "Berichten", "Angaben" (nouns) are sources
        return None
    return Participant(name=text, start=char_start, end=char_end)


def addressee(doc: Doc, start: int, end: int, masked: frozenset[int]) -> Participant | None:
    """Whom the frame ``[start, end)`` speaks to: "vor Journalisten", "gegenüber der Zeitung X"."""
    audiences = lower_set("audiences.txt")
    for i in range(start, end):
        word = doc[i].text.lower()
        if word not in {"vor", "gegenüber", "mit"}:
            continue
        found = noun_phrase_after(doc, i + 1, end, masked)
        if found is None:
            continue
        heads = [t.text.lower() for t in doc[found[0] : found[1]] if is_capitalised(t)]
        if word == "gegenüber" or any(h in audiences for h in heads):
            return participant(doc, *found)
    return None
