"""The article's focus country: the country its places, states and parties name most."""

from __future__ import annotations

from lagebild.model import Entity, Mention
from lagebild.readers.document import Document


def test_parties_count_for_the_focus_country(places_in) -> None:
    text = "In Deutschland und in Berlin wird gestritten. ÖVP und SPÖ und ÖVP einigten sich."
    # without the parties, Germany is named most
    assert places_in(text)[1] == "DE"
    parties = [
        Entity(
            id=f"E{i}",
            name=name,
            type="ORG",
            code=name,
            mentions=[Mention(start=start, end=start + 3, text=name, kind="acronym")],
        )
        for i, (name, start) in enumerate((("ÖVP", 46), ("SPÖ", 54), ("ÖVP", 62)))
    ]
    assert places_in(text, parties)[1] == "AT"


def _focus_clear(blank_nlp, place_finder, text: str) -> tuple[str | None, bool]:
    doc = blank_nlp.make_doc(text)
    doc._.document = Document(id="test", text=text, published="2022-01-12")
    doc._.entities = []
    doc = place_finder(doc)
    return doc._.focus_country, doc._.focus_clear


def test_focus_named_in_most_mentions_is_clear(blank_nlp, place_finder) -> None:
    text = "In Griechenland und in Athen wird gestritten. Auch in Serbien wird gestritten."
    assert _focus_clear(blank_nlp, place_finder, text) == ("GR", True)


def test_focus_among_many_capitals_is_not_clear(blank_nlp, place_finder) -> None:
    # named most, but in two of six mentions: a story told from several capitals
    text = (
        "In Griechenland und in Athen wird gestritten. Auch in Serbien, in Deutschland, "
        "in Frankreich und in Italien wird gestritten."
    )
    assert _focus_clear(blank_nlp, place_finder, text) == ("GR", False)


def test_focus_named_once_is_not_clear(blank_nlp, place_finder) -> None:
    assert _focus_clear(blank_nlp, place_finder, "In Griechenland wird gestritten.") == (
        "GR",
        False,
    )
