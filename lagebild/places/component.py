"""The ``lagebild_places`` pipeline component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.lexicon import is_common_noun
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
    """Offsets of capitalised words the tagger read as something else than a name; a
    "common noun" the noun lexicon does not know ("im benachbarten Aileu") is a guess of
    the tagger's, and the gazetteer's name stands, unless it begins a longer name."""
    return frozenset(
        token.idx
        for token in doc
        if token.tag_
        and token.tag_ not in _NAME_TAGS
        and token.text[:1].isupper()
        and (token.tag_ != "NN" or is_common_noun(token.text) or _in_longer_name(token))
    )


def _in_longer_name(token: Token) -> bool:
    """A capitalised word follows ("bei den Golden State Warriors")."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isupper()
