"""Lookups by word ending and phrase length: the fast paths give the listed answers."""

from __future__ import annotations

from lagebild.entities.actors import match_phrases
from lagebild.entities.candidates import Tok
from lagebild.entities.genitive_names import genitive_head
from lagebild.entities.institutions import institution_of
from lagebild.entities.kb import Actor, ActorKB, Surface
from lagebild.entities.names import title_of
from lagebild.entities.suffixes import longest_ending


def test_longest_ending_prefers_the_longest_form():
    forms = {"minister": "a", "ministerin": "b", "in": "c"}
    assert longest_ending("außenministerin", forms, 3) == (5, "b")
    assert longest_ending("minister", forms, 3) == (0, "a")
    assert longest_ending("xminister", forms, 3) is None  # too short a rest ...
    assert longest_ending("xyzin", forms, 3) == (3, "c")  # ... unlike here
    assert longest_ending("haus", forms, 3) is None


def test_titles_institutions_and_heads_by_ending():
    title = title_of("Vize-Außenministerin")
    assert title is not None
    assert (title.base, title.head, title.gender, title.prefixes) == (
        "Außenminister",
        "Minister",
        "f",
        ("Vize",),
    )
    assert title_of("Ministerpräsidenten").head == "Ministerpräsident"
    assert institution_of("Innenministeriums") == ("Innenministerium", "Ministerium")
    assert genitive_head("Dachverbandes") == "Dachverband"
    assert genitive_head("Verband") == "Verband"


def test_phrases_are_matched_longest_first():
    kb = ActorKB()
    short = Actor("ORG:a", "A", "ORG", "Rat")
    long = Actor("ORG:b", "B", "ORG", "Rat der Weisen")
    kb.add("Rat", Surface(short, "name"))
    kb.add("Rat der Weisen", Surface(long, "name"))
    words = ["Der", "Rat", "der", "Weisen", "und", "der", "Rat", "tagen"]
    tokens = [Tok(word, 0, 0, "") for word in words]
    found = [
        (first, last, surface.actor.code) for first, last, surface in match_phrases(tokens, kb)
    ]
    assert found == [(1, 3, "B"), (6, 6, "A")]
    assert kb.copy().lengths == {"Rat": (3, 1)}
