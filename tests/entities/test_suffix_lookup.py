"""Lookups by word ending and phrase length: the fast paths give the listed answers."""

from __future__ import annotations

from lagebild.entities.actors import match_phrases, organisation_head
from lagebild.entities.candidates import Tok
from lagebild.entities.genitive_names import genitive_head
from lagebild.entities.groups import group_noun
from lagebild.entities.institutions import institution_of
from lagebild.entities.kb import Actor, ActorKB, Surface
from lagebild.entities.names import name_key, title_of
from lagebild.entities.suffixes import Endings, Tails, last_letters, longest_ending, may_end_in


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


def test_last_letters_rule_out_words_that_end_in_no_form():
    tails = last_letters(["minister", "ministerin", "rat"])
    assert tails == Tails(3, frozenset({"ter", "rin", "rat"}))
    assert may_end_in("außenministerin", tails)  # a compound of a form
    assert may_end_in("rat", tails)  # a form itself
    assert may_end_in("räter", tails)  # same last letters: the look-ups decide
    assert not may_end_in("haus", tails)
    assert not may_end_in("at", tails)  # shorter than every form


def test_a_short_form_shortens_the_tails():
    tails = last_letters(["ag", "verband"])
    assert tails == Tails(2, frozenset({"ag", "nd"}))
    assert may_end_in("ag", tails) and may_end_in("vertrag", tails)
    assert not may_end_in("haus", tails)
    assert last_letters(["", "rat"]) is None  # an empty form: no test at all
    assert may_end_in("haus", None)


def test_endings_test_the_last_letters_before_the_suffixes():
    endings = Endings({"minister": "a", "ministerin": "b", "rat": "c"})
    assert endings.longest("außenministerin", 3) == (5, "b")
    assert endings.longest("haus", 3) is None  # ruled out by its last letters
    assert endings.longest("xminister", 3) is None  # too short a rest
    assert endings.may_end("räter") and not endings.may_end("haus")
    unfiltered = Endings({"": "x", "rat": "c"})  # an empty form: no test of last letters
    assert unfiltered.tails is None and unfiltered.longest("vorrat", 3) == (3, "c")


def test_words_ruled_out_by_their_last_letters_get_no_answer():
    assert title_of("Haus") is None
    assert title_of("Ministerpäsident").head == "Ministerpräsident"  # a dropped letter
    assert title_of("Hausmeisterwohnungen") is None
    assert group_noun("Demonstranten") == "Demonstranten"
    assert group_noun("Mubarak-Gegnern") is not None
    assert group_noun("Regierung") is None
    assert organisation_head("Bundesrates") == ("Bundesrat", "Rat")
    assert organisation_head("AG") == ("AG", "AG")  # a head as written, whole words only
    assert organisation_head("Haus") is None


def test_name_key_folds_spellings_with_and_without_marks():
    assert name_key("Schoigu") == name_key("Shoigu")
    assert name_key("Rjabkow") == name_key("Ryabkow")
    assert name_key("Müller") == name_key("Muller") == "muler"  # marks and doubles dropped
    assert name_key("O'Brien") == name_key("OBrien")  # not a letter: dropped
    assert name_key("Hennessy") == name_key("Henesy")  # doubled letters as one
    assert name_key("Abe") == "abe"  # no doubled letter: the text as folded
