"""Whether "heute" means "nowadays" (a vague present) rather than the day of publication.

"Bis heute ist kein Antrag eingegangen", "Heute gelten sieben Stunden Schlaf als normal" and
"der heute 19-jährige Rapper" speak of the present in general; "Das teilte heute, Freitag,
das Ministerium mit" and "Die Armee hatte heute mit dem Beschuss begonnen" of one day. A
time of day or the day's date beside the word keeps the day; particles ("noch", "schon",
"bis"), an attributive adjective after it, a contrast with the past, and a clause in the
plain present tense make it "nowadays". A clause whose verb is past, perfect, future or
reported (Konjunktiv I) keeps the day: news report the day's acts in those tenses.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from lagebild.dates import lexicon
from lagebild.pipeline import doc_text

#: Tokens that end the clause around "heute".
_CLAUSE_BOUNDARIES = frozenset({",", ";", ":", "–", "-", "(", ")", "?", "!", ".", '"', "„", "“"})
_HEUTE = re.compile(r"(?:(?P<prefix>\w+)\s+)?[Hh]eute$")
_AUXILIARIES = frozenset({"haben", "sein"})
_INFINITIVES = frozenset({"VVINF", "VAINF", "VMINF"})
_PARTICIPLES = frozenset({"VVPP", "VAPP", "VMPP"})
#: Words before "heute" that open a noun phrase ("der heute 19-jährige Rapper").
_DETERMINERS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "CARD", "APPRART", "PRELAT"})


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for word, kind in lexicon.rows("nowadays_cues.tsv"):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _words(kind: str) -> frozenset[str]:
    return _cues().get(kind, frozenset())


def means_nowadays(doc: Doc, start: int, end: int) -> bool:
    """Whether the "heute" expression at ``[start, end)`` of ``doc`` means "nowadays"."""
    match = _HEUTE.search(doc_text(doc)[start:end])
    span = doc.char_span(end - 5, end, alignment_mode="expand")
    if match is None or span is None:
        return False
    heute = span[-1]
    if _names_the_day(doc, heute):
        return False
    prefix = match.group("prefix")
    if prefix is not None:
        return prefix in _words("nowadays_prefix")
    return _lexical_nowadays(doc, heute) or _present_clause(_clause(doc, heute))


def _names_the_day(doc: Doc, heute: Token) -> bool:
    """ "heute Abend", "heute, Freitag", "heute Mittwoch", "heute, am 3. Mai"."""
    following = [token.text for token in doc[heute.i + 1 : heute.i + 3]]
    if following and following[0] == ",":
        following = following[1:]
    if not following:
        return False
    word = following[0]
    return (
        word in lexicon.weekdays()
        or word in _words("day_after")
        or (doc[heute.i + 1].text == "," and word in _words("day_apposition"))
    )


def _lexical_nowadays(doc: Doc, heute: Token) -> bool:
    before = doc[heute.i - 1] if heute.i > 0 else None
    after = doc[heute.i + 1] if heute.i + 1 < len(doc) else None
    neighbours = _words("nowadays_neighbour")
    if (before is not None and before.text in neighbours) or (
        after is not None and after.text in neighbours
    ):
        return True
    if after is not None and after.text in _words("nowadays_after"):
        return True
    if before is not None and before.text in _words("nowadays_before"):
        return True
    if (
        before is not None
        and before.text in _words("nowadays_comparison")
        and (after is None or after.text in _CLAUSE_BOUNDARIES)
    ):
        return True
    if before is not None and before.tag_ in _DETERMINERS and _adjective_follows(doc, heute):
        return True
    sentence = heute.sent if doc.has_annotation("SENT_START") else doc[:]
    return any(token.text in _words("nowadays_contrast") for token in sentence)


def _adjective_follows(doc: Doc, heute: Token) -> bool:
    """An attributive adjective after "heute", past adverbs: "die heute wieder regierende"."""
    for token in doc[heute.i + 1 : heute.i + 4]:
        if token.tag_ != "ADV":
            return token.tag_ == "ADJA"
    return False


def _clause(doc: Doc, heute: Token) -> Span:
    sentence = heute.sent if doc.has_annotation("SENT_START") else doc[:]
    start = heute.i
    while start > sentence.start and doc[start - 1].text not in _CLAUSE_BOUNDARIES:
        start -= 1
    end = heute.i + 1
    while end < sentence.end and doc[end].text not in _CLAUSE_BOUNDARIES:
        end += 1
    return doc[start:end]


def _present_clause(clause: Span) -> bool:
    """A clause whose finite verb is in the plain present (or Konjunktiv II), with no
    perfect, future or plan: what holds nowadays rather than what happened today."""
    finite = [token for token in clause if token.tag_ in ("VVFIN", "VAFIN", "VMFIN")]
    if not finite:
        return False
    tags = {token.tag_ for token in clause}
    for verb in finite:
        mood = verb.morph.get("Mood", [])
        tense = verb.morph.get("Tense", [])
        if "Ind" in mood and "Past" in tense:
            return False
        if mood == ["Sub"] and "Pres" in tense:
            return False  # reported speech: "überbringe heute gute Nachrichten"
        if verb.lemma_ in _AUXILIARIES and (tags & _PARTICIPLES or len(finite) > 1):
            return False  # perfect (a participle may be tagged finite: "hat ... erwischt")
        if verb.lemma_ == "werden" and "Ind" in mood and tags & _INFINITIVES:
            return False  # future
        if verb.lemma_ in _words("plan_modal"):
            return False
    return True
