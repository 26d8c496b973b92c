"""Speakers and addressees as :class:`Participant` records, linked to entities when known.

The entity component resolves names, roles and pronouns; when it has nothing at a span
(or has not run), the fallback names the speaker by the name words of the phrase,
completes a surname from an earlier full mention ("Rjabkow" -> "Sergej Ryabkow") and
never returns a bare title, verb or date.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from lagebild.dates.lexicon import full_month_names, weekdays
from lagebild.entities.mention_index import entity_by_id, mention_at, mentions_within
from lagebild.entities.names import one_letter_off, title_of
from lagebild.model import Entity, Mention, Participant
from lagebild.pipeline import doc_text
from lagebild.quotes.agreement import may_own, may_stand_for
from lagebild.quotes.chunks import (
    bare_attribute_end,
    blank_at,
    capitalised_at,
    determiner_at,
    extended_attribute_end,
    is_common_noun,
    name_apostrophe_at,
    noun_phrase_after,
    pronoun_at,
)
from lagebild.quotes.lexicon import (
    function_words,
    is_role,
    lower_set,
    possessive_owners,
    role_synonyms,
    speech_noun_source,
    speech_nouns,
    speech_verbs,
    word_list,
)
from lagebild.quotes.readings import readings
from lagebild.quotes.token_table import TokenTable, token_table


def _name_candidate(table: TokenTable, i: int) -> bool:
    text = table.words[i]
    if not capitalised_at(table, i):
        return False
    if i in table.person_names:
        return True  # "Kurz", "Klug": a person's name, though also a word
    if function_words().get(table.lower[i]) or determiner_at(table, i):
        return False
    if table.lower[i] in possessive_owners():
        return False  # "Deren Vertreter versprechen …": a capital at the sentence start, no name
    return not (is_role(text) or is_date_word(text) or table.lower[i] in speech_verbs())


def name_words(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The last run of name words in ``[start, end)`` ("Wendy Sherman" in the apposition).

    A run counts when one of its words is no common noun, or when a title stands right
    before it ("Ministerin Anna Weber": Weber is also a common noun).
    """
    table = token_table(doc)
    words = table.words
    best = None
    i = start
    while i < end:
        if not _name_candidate(table, i):
            i += 1
            continue
        j = i
        while j < end and (
            _name_candidate(table, j)
            or (words[j] == "-" and j + 1 < end)
            or name_apostrophe_at(table, j)
        ):
            j += 1
        after_title = i > start and is_role(words[i - 1])
        if after_title or any(not is_common_noun(word) for word in words[i:j]):
            best = (i, j)
        i = j
    return best


def complete_name(doc: Doc, name: str, before: int) -> str:
    """Complete a lone surname from an earlier "First Last" mention (spelling may vary)."""
    if " " in name or len(name) < 4:
        return name
    table = token_table(doc)
    words = table.words
    for i in range(1, bisect_left(table.offsets, before)):
        word = words[i]
        if word != name and not (
            len(name) >= 6
            and abs(len(word) - len(name)) <= 1  # else no single edit: spare the call
            and one_letter_off(word, name)
        ):
            continue
        if not capitalised_at(table, i):
            continue
        if _name_candidate(table, i - 1) and not is_common_noun(words[i - 1]):
            return f"{words[i - 1]} {word}"
    return name


#: tags of words that can head a speaker phrase (nouns, names, pronouns)
NOMINAL_TAGS = frozenset({"NN", "NE", "FM", "XY", "TRUNC", "PPER", "PIS", "PDS", "PRELS", "PWS"})


def can_name_someone(doc: Doc, start: int, end: int) -> bool:
    """Not an adverb or adjective ("Bislang", "Sinngemäß") and not a date ("Anfang Juli")."""
    table = token_table(doc)
    tags = table.tags[start:end]
    named = any(k in table.person_names for k in range(start, end))  # "sagte Klug" (ADJD)
    if (
        all(tags)
        and NOMINAL_TAGS.isdisjoint(tags)
        and not named
        # "G29 fordert" (CARD): a name of letters and digits
        and not any(_letters_and_digits(word) for word in table.words[start:end])
    ):
        # a noun made of an adjective still names someone: "der 39-Jährige"
        nominalised = any(
            tag == "ADJA"
            and capitalised_at(table, k)
            and k > start
            and determiner_at(table, k - 1)
            and function_words().get(table.lower[k]) is None
            for k, tag in enumerate(tags, start)
        )
        if not nominalised:
            return False
    determiners = lower_set("determiners.txt")
    words = [
        word
        for word, low in zip(table.words[start:end], table.lower[start:end], strict=True)
        if low not in determiners
    ]
    if words and all(is_date_word(word) for word in words):
        return False  # "hat Donnerstag erklärt": a bare weekday the date stage left alone
    char_start, char_end = table.offsets[start], table.end_char(end - 1)
    return not any(
        date_start <= char_start and char_end <= date_end
        for date_start, date_end in readings(doc).dates
    )


def _letters_and_digits(word: str) -> bool:
    """A name mixing letters and digits ("G29", "9to5Mac"), which the tagger may take for a
    number."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word) and "-" not in word


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
    if any(is_role(words[k]) for k in range(start, comma)) or _one_person_named(
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


def _one_person_named(doc: Doc, start: int, end: int) -> tuple[Entity, Mention] | None:
    """The person's name mention inside ``[start, end)`` if there is exactly one."""
    named = [
        (entity, mention)
        for entity, mention in mentions_within(doc, start, end)
        if entity.type == "PER" and mention.kind == "name"
    ]
    return named[0] if len(named) == 1 else None


def _closing_body_name(
    doc: Doc, start: int, end: int, first: tuple[Entity, Mention]
) -> tuple[Entity, Mention] | None:
    """The body whose name closes ``[start, end)`` after another one named in an attribute
    ("der serbische TV-Sender RTS", "das US-Magazin Wired"): it speaks, not the state. Not
    a name in a genitive ("die polnische Regierung der PiS-Partei": the government)."""
    text = doc_text(doc)
    for entity, mention in mentions_within(doc, start, end):
        if (
            mention.end == end
            and mention.start > first[1].end
            and mention.kind == "name"
            and entity.type == "ORG"
            and entity.id != first[0].id
            and not set(text[first[1].end : mention.start].split()) & {"der", "des"}
        ):
            return entity, mention
    return None


def _role_compound_prefix(doc: Doc, mention: Mention) -> bool:
    """The body's name is the first part of a compound that ends in a role ("VW-Chef",
    "AUA-Sprecherin", "Lufthansa-Manager"): the phrase names the person in the role."""
    text = doc_text(doc)
    if text[mention.end : mention.end + 1] != "-":
        return False
    compound = _COMPOUND_REST.match(text, mention.end + 1)
    last = compound.group().rsplit("-", 1)[-1] if compound else ""
    return bool(last) and (is_role(last) or title_of(last) is not None)


#: The rest of a hyphenated compound after its first part.
_COMPOUND_REST = re.compile(r"[\w-]*\w")


def is_date_word(word: str) -> bool:
    """A weekday or a full month name ("Donnerstag", "Jänner"): never a speaker's name."""
    return word in weekdays() or word in full_month_names()


def participant(
    doc: Doc, start: int, end: int, fallback: Participant | None = None
) -> Participant | None:
    """The participant behind the token range ``[start, end)``."""
    if start >= end:
        return None
    table = token_table(doc)
    words = table.words
    char_start, char_end = table.offsets[start], table.end_char(end - 1)
    if end - start == 1 and table.lower[start] in lower_set("source_adverbs.txt"):
        # "Demnach …": the source named shortly before speaks, like a pronoun; with none
        # (the caller drops stale ones), no one: not "demnach", nor a noun before it
        if fallback is None:
            return None
        return Participant(
            name=fallback.name, entity_id=fallback.entity_id, start=char_start, end=char_end
        )
    if (
        end - start == 2
        and table.lower[start] in possessive_owners()
        and words[start + 1] in speech_nouns()
        and not _polite_address(doc, start)
    ):
        return _owner(doc, start, fallback, char_start, char_end)
    if not can_name_someone(doc, start, end):
        return None
    attribute = (
        extended_attribute_end(table, start + 1, end)
        if determiner_at(table, start)
        else bare_attribute_end(table, start, end)
    )
    if attribute is not None:
        # "die in Großbritannien ansässige Beobachtungsstelle": the place in the attribute
        # names no one, the phrase after the attribute speaks; a demonym before its noun
        # ("Syrische Beobachtungsstelle") names the body, not the state
        head_char = table.offsets[attribute + 1]
        found = mention_at(doc, head_char, char_end)
        if found is not None and found[1].kind == "demonym" and found[1].end < char_end:
            return Participant(
                name=doc_text(doc)[head_char:char_end], start=char_start, end=char_end
            )
        head = participant(doc, attribute + 1, end, fallback)
        if head is None:
            return None
        return head.model_copy(update={"start": char_start, "end": char_end})
    opening = _opening_name(doc, start, end)
    if opening is not None:
        # "Oskar Deutsch, Präsident der Israelitischen Kultusgemeinde": the person named
        # first speaks; the body in the role after the comma only describes him
        head = participant(doc, start, opening, fallback)
        return head.model_copy(update={"end": char_end}) if head is not None else None
    apposition = (
        # the name closing the phrase first: after it a comma may open a dative ("…,
        # Louka Katseli, dem TV-Sender Skai")
        _closing_apposition(doc, start, end) or _apposition_name(doc, end)
        if _role_headed(doc, start, end)
        else None
    )
    if apposition is not None:
        # "der Oberkommandierende General der US-Streitkräfte im Irak, General George Casey":
        # the role phrase is described by the name after it, not by a name inside it
        named_start = table.offsets[apposition[0]]
        named_end = table.end_char(apposition[1] - 1)
        found = mention_at(doc, named_start, named_end)
        name = found[0].name if found else doc_text(doc)[named_start:named_end]
        return Participant(
            name=name, entity_id=found[0].id if found else None, start=char_start, end=named_end
        )
    head_end = _head_before_apposition(doc, start, end)
    if head_end is not None:
        # "die liberale PMDB, der größte Koalitionspartner der Arbeiterpartei PT": the
        # phrase's head speaks; the body in its apposition only describes it
        head = participant(doc, start, head_end, fallback)
        return head.model_copy(update={"end": char_end}) if head is not None else None
    found = mention_at(doc, char_start, char_end)
    if found is not None and found[0].type != "PER":
        # "die NSU-Rechtsterroristin Beate Zschäpe", "Paolo Ferri von der ESA": the one
        # person named in the phrase speaks, not the body in its attribute
        found = _one_person_named(doc, char_start, char_end) or found
        if found[0].type != "PER" and _role_compound_prefix(doc, found[1]):
            found = None  # "VW-Chef Winterkorn", "ein AUA-Sprecher": the person in the role
        elif found[0].type != "PER":
            found = _closing_body_name(doc, char_start, char_end, found) or found
    if found is not None and _demonym_person(doc, start, end, found):
        return _national(doc, found[0], fallback, char_start, char_end)
    if found is not None:
        entity, _ = found
        return Participant(name=entity.name, entity_id=entity.id, start=char_start, end=char_end)
    text = doc_text(doc)[char_start:char_end]
    if end - start == 1 and (source := speech_noun_source(words[start])) is not None:
        # "nach Polizeiangaben": the police
        return Participant(name=source, start=char_start, end=char_end)
    if end - start == 1 and determiner_at(table, start) and not pronoun_at(table, start):
        # "Diese bestätigte, …": a demonstrative points at the last noun, not the last
        # speaker, so it keeps its own text
        return Participant(name=text, start=char_start, end=char_end)
    if end - start == 1 and pronoun_at(table, start):
        if fallback is None or not may_stand_for(doc, doc[start], fallback):
            # nobody fitting named shortly before: keep the pronoun, so the span is still known
            return Participant(name=text, start=char_start, end=char_end)
        return Participant(
            name=fallback.name, entity_id=fallback.entity_id, start=char_start, end=char_end
        )
    if end - start == 1 and table.lower[start] in possessive_owners():
        return None  # "Deren rituelle Tötung beschreibt …": a possessive cut off its noun
    # "Jens Stoltenberg in Brüssel": the place attribute does not name the speaker
    place_links = word_list("place_links.txt")
    head_end = next((k for k in range(start + 1, end) if words[k] in place_links), end)
    named = name_words(doc, start, head_end)
    if named is not None:
        name = doc_text(doc)[table.offsets[named[0]] : table.end_char(named[1] - 1)]
        name = complete_name(doc, name, char_start)
        return Participant(name=name, start=char_start, end=char_end)
    content = [words[k] for k in range(start, end) if not determiner_at(table, k)]
    if (
        len(content) == 1
        and is_role(content[0])
        and fallback is not None
        and fallback.name
        and not is_role(fallback.name)
        and fallback.name.lower() not in lower_set("pronouns.txt")  # an unresolved "er"
        and _may_hold_role(doc, fallback, content[0])
    ):
        # "der Minister" after the minister has been named: the same person.
        return Participant(
            name=fallback.name, entity_id=fallback.entity_id, start=char_start, end=char_end
        )
    if not content or all(
        word.lower() in speech_verbs() and not is_common_noun(word) for word in content
    ):  # "sagte" is no speaker; "Berichten", "Angaben" (nouns) are sources
        return None
    return Participant(name=text, start=char_start, end=char_end)


def _demonym_person(doc: Doc, start: int, end: int, found: tuple[Entity, Mention]) -> bool:
    """The phrase is a singular demonym noun ("der Serbe", "der 69-jährige Niederländer",
    "die Österreicherin"): one person of that nation, not the state the entity layer links
    it to. ("die Franzosen", plural, may be a team or a company; "die serbische Regierung"
    ends in no demonym.) The tagger gives such nouns no number: the article tells it."""
    entity, mention = found
    last = doc[end - 1]
    article = doc[start].text.lower()
    return (
        entity.type == "GPE"
        and mention.kind == "demonym"
        and (mention.start, mention.end) == (last.idx, last.idx + len(last.text))
        and last.text[:1].isupper()
        and (article == "der" or (article == "die" and last.text.endswith("in")))
    )


def _national(
    doc: Doc, state: Entity, fallback: Participant | None, char_start: int, char_end: int
) -> Participant:
    """ "sagte der Spanier" after Nadal spoke: the last speaker where the entity layer gave
    them that nation; else the description itself, unlinked."""
    person = entity_by_id(doc, fallback.entity_id) if fallback and fallback.entity_id else None
    if (
        fallback is not None
        and person is not None
        and person.type == "PER"
        and person.affiliation is not None
        and person.affiliation == state.code
    ):
        return Participant(
            name=fallback.name, entity_id=fallback.entity_id, start=char_start, end=char_end
        )
    return Participant(name=doc_text(doc)[char_start:char_end], start=char_start, end=char_end)


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


def _may_hold_role(doc: Doc, person: Participant, role: str) -> bool:
    """Whether ``role`` ("der Minister") may name ``person``: not where the entity layer gave
    the person titles and none of them ends in the role or in a title of the same
    office ("HDP-Chef Demirtas" is no "Minister"; "Außenminister Lawrow" is one, "Premier
    Fico" is "der Premierminister")."""
    entity = entity_by_id(doc, person.entity_id) if person.entity_id else None
    title = title_of(role)
    if entity is None or not entity.roles or title is None:
        return True
    base = title.base.lower()
    names = role_synonyms().get(base, frozenset()) | {base}
    for held in entity.roles:
        words = held.split()
        held_title = title_of(words[-1]) if words else None
        if held_title is not None and held_title.base.lower().endswith(tuple(names)):
            return True
    return False


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
        heads = [table.lower[k] for k in range(*found) if capitalised_at(table, k)]
        if word == "gegenüber" or any(h in audiences for h in heads) or _conversation(table, i):
            return participant(doc, *found)
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
            return participant(doc, *found) if found else None
    return None
