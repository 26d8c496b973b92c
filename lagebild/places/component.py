"""The ``lagebild_places`` pipeline component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

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
        names = find_names(doc.text, self.gazetteer, _common_word_starts(doc))
        places, focus = resolve_places(doc.text, names, entities, self.gazetteer)
        doc._.places = places
        doc._.focus_country = focus
        return doc


@Language.factory(
    "lagebild_places",
    requires=["doc._.entities"],
    assigns=["doc._.places", "doc._.focus_country"],
)
def make_place_finder(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder()


def find_places(doc: Doc) -> Doc:
    """Annotate one Doc outside a pipeline (tests, scripts)."""
    return PlaceFinder()(doc)


def _common_word_starts(doc: Doc) -> frozenset[int]:
    """Offsets of capitalised words the tagger read as something else than a name."""
    return frozenset(
        token.idx for token in doc
        if token.tag_ and token.tag_ not in _NAME_TAGS and token.text[:1].isupper()
    )
