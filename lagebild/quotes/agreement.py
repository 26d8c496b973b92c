"""Whether an earlier speaker may stand behind a pronoun the entity layer left unlinked.

The entity layer links pronouns it can resolve; for the rest the quote rules fall back to
the last speaker. That speaker must agree with the pronoun ("er": a man or a person of
unknown gender; plural "sie": a group, organisation or state) and be recent (the same or
the paragraph before), else the pronoun stays as it is: an honest "unresolved" beats a
wrong actor ("Kyoto-Protokoll" for "er").
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from lagebild.entities.age_references import AGE_NOUN_ANY_CASE
from lagebild.entities.names import first_names, role_gender, title_of
from lagebild.entities.pronouns import pronoun_forms
from lagebild.lexicon import noun_genera
from lagebild.model import Entity, Participant
from lagebild.quotes.chunks import is_common_noun
from lagebild.quotes.lexicon import is_role, is_speaker_group, lower_set, possessive_owners
from lagebild.quotes.units import paragraphs_of

#: entity types that a plural "sie" can stand for
COLLECTIVE_TYPES = frozenset({"ORG", "GPE", "MISC"})
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: how many paragraphs back the speaker may have been named
MAX_PARAGRAPHS_BACK = 1


def _entity(doc: Doc, entity_id: str | None) -> Entity | None:
    if entity_id is None:
        return None
    return next((e for e in doc._.entities or [] if e.id == entity_id), None)


def _gender(entity: Entity) -> str | None:
    """A person's gender from their first name or a title the text gives them."""
    first = entity.name.split()[0] if entity.name.split() else ""
    gender = first_names().get(first)
    if gender in ("m", "f"):
        return gender
    return role_gender(entity.roles)


def _number(token: Token) -> str | None:
    """Singular or plural from the finite verb beside a subject pronoun ("sagte sie")."""
    doc = token.doc
    for k in (token.i - 1, token.i + 1):
        if 0 <= k < len(doc) and doc[k].tag_ in FINITE_TAGS:
            number = doc[k].morph.get("Number", None)  # the stub makes the default required
            if number == ["Plur"]:
                return "pl"
            if number == ["Sing"]:
                return "sg"
    return None


def _readings(token: Token) -> frozenset[str]:
    """What the pronoun may agree with: "m", "f", "pl"."""
    form = pronoun_forms().get(token.text.lower())
    if form is None:
        return frozenset()
    readings = form.agreement
    if len(readings) > 1:
        number = _number(token)
        if number == "pl":
            readings = frozenset({"pl"})
        elif number == "sg":
            readings = readings - {"pl"}
    return readings


def _agrees(readings: frozenset[str], entity: Entity) -> bool:
    if entity.type == "PER":
        gender = _gender(entity)
        return bool(readings & ({gender} if gender else {"m", "f"}))
    return "pl" in readings and entity.type in COLLECTIVE_TYPES


def _is_thing(word: str) -> bool:
    """A common noun, a hyphenated compound by its head ("Kyoto-Protokoll")."""
    return is_common_noun(word) or is_common_noun(word.rsplit("-", 1)[-1])


def _agrees_by_words(readings: frozenset[str], name: str) -> bool:
    """Without an entity, the phrase's head decides: a name or a role is a person ("der
    Ministerpräsident"), a group noun is plural ("die Demonstranten"), any other common noun
    is a thing ("Angaben der Polizei", "Kyoto-Protokoll")."""
    words = [
        w
        for w in name.split()
        if (w[:1].isupper() or AGE_NOUN_ANY_CASE.fullmatch(w))
        and w.lower() not in lower_set("determiners.txt")
    ]
    if not words:
        return False
    head = words[0]
    if is_speaker_group(head):
        return "pl" in readings
    title = title_of(head)
    if not (is_role(head) or title is not None or _is_person_noun(head, name)):
        return False
    gender = first_names().get(head) or (title.gender if title is not None else None)
    return bool(readings & ({gender} if gender in ("m", "f") else {"m", "f"}))


def _is_person_noun(head: str, name: str) -> bool:
    """A head that names a person though the lexicon knows it as a thing or not at all: an
    age noun ("der 38-Jährige"), or a surname that is also a common noun, which the speaker
    phrase shows by standing alone, without an article ("sagte Fall", "sagt Koller"; a
    singular common noun as a subject takes one, a plural may go without: "Menschen")."""
    if AGE_NOUN_ANY_CASE.fullmatch(head) or not _is_thing(head):
        return True
    return name == head and noun_genera().get(head) in ("m", "f")


def _paragraph(starts: list[int], char: int) -> int:
    return bisect.bisect_right(starts, char) - 1


def may_stand_for(doc: Doc, token: Token, speaker: Participant) -> bool:
    """The earlier ``speaker`` agrees with the pronoun ``token`` and was named recently.

    Pronouns outside the third-person list ("ich", "wir") keep the plain fallback.
    """
    readings = _readings(token)
    if not readings:
        return True
    entity = _entity(doc, speaker.entity_id)
    agrees = (
        _agrees(readings, entity)
        if entity is not None
        else _agrees_by_words(readings, speaker.name)
    )
    if not agrees:
        return False
    if speaker.start is None:
        return False
    starts = [p.start for p in paragraphs_of(doc)]
    back = _paragraph(starts, token.idx) - _paragraph(starts, speaker.start)
    return 0 <= back <= MAX_PARAGRAPHS_BACK


def may_own(doc: Doc, token: Token, speaker: Participant) -> bool:
    """The earlier ``speaker`` agrees with the possessive ``token`` ("seiner Meinung nach":
    a man; "ihrer Meinung nach": a woman) and was named recently. Only a person owns an
    opinion here: the last speaker is too often the medium that reports it ("berichtete
    Xinhua", "sagte Sinn der Passauer Neuen Presse"), so a body or an unknown phrase does
    not; the possessive's own number belongs to its noun, so plural "ihrer" is left open."""
    readings = possessive_owners().get(token.text.lower(), frozenset()) - {"pl"}
    if not readings:
        return False
    entity = _entity(doc, speaker.entity_id)
    if entity is not None:
        agrees = entity.type == "PER" and _agrees(readings, entity)
    else:
        head = next((w for w in speaker.name.split() if w[:1].isupper()), "")
        agrees = is_role(head) and _agrees_by_words(readings, speaker.name)
    if not agrees or speaker.start is None:
        return False
    starts = [p.start for p in paragraphs_of(doc)]
    back = _paragraph(starts, token.idx) - _paragraph(starts, speaker.start)
    return 0 <= back <= MAX_PARAGRAPHS_BACK
