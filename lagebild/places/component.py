"""The ``lagebild_places`` pipeline component."""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.lexicon import is_common_noun
from lagebild.pipeline import doc_offsets, doc_text, doc_words
from lagebild.places.gazetteer import Gazetteer, load_gazetteer
from lagebild.places.matcher import find_names
from lagebild.places.resolve import resolve_places

#: STTS tags that a place name may carry: proper noun, foreign word, non-word.
_NAME_TAGS = frozenset({"NE", "FM", "XY"})


class PlaceFinder:
    """Finds and geocodes place names; the gazetteer loads once, when the pipeline is built."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc._.entities or [])
        names = find_names(doc_text(doc), self.gazetteer, _common_word_starts(doc))
        places, focus, clear = resolve_places(doc_text(doc), names, entities, self.gazetteer)
        doc._.places = places
        doc._.focus_country = focus
        doc._.focus_clear = clear
        return doc


@Language.factory(
    "lagebild_places",
    requires=["doc._.entities"],
    assigns=["doc._.places", "doc._.focus_country", "doc._.focus_clear"],
)
def make_place_finder(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder()


def find_places(doc: Doc) -> Doc:
    """Annotate one Doc outside a pipeline (tests, scripts)."""
    return PlaceFinder()(doc)


def _common_word_starts(doc: Doc) -> CommonWordStarts:
    """Offsets of capitalised words the tagger read as something else than a name; a
    "common noun" the noun lexicon does not know ("im benachbarten Aileu") is a guess of
    the tagger's, and the gazetteer's name stands, unless it begins a longer name
    (a capitalised word follows: "bei den Golden State Warriors")."""
    return CommonWordStarts(doc)


class CommonWordStarts:
    """The offsets of :func:`_common_word_starts`, as a container that answers ``in`` for
    one offset from its token alone: the matcher asks only where a name was found (a few
    offsets per article), so no other word's tag is read or tested."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words, self.offsets = doc_words(doc), doc_offsets(doc)

    def __contains__(self, offset: object) -> bool:
        words, offsets = self.words, self.offsets
        i = bisect_left(offsets, offset) if isinstance(offset, int) else len(offsets)
        if i >= len(offsets) or offsets[i] != offset or not words[i][:1].isupper():
            return False  # no word starts there, or not a capitalised one
        tag = self.doc[i].tag_
        if not tag or tag in _NAME_TAGS:
            return False
        return (
            tag != "NN"
            or is_common_noun(words[i])
            or (i + 1 < len(words) and words[i + 1][:1].isupper())
        )
