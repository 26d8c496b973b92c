"""The shared per-article pass the candidate rules start from (issue 8: one pass over the
tokens instead of one per rule)."""

from __future__ import annotations

from token_helpers import tagged_tokens

from lagebild.entities.kb import actor_kb
from lagebild.entities.listed_names import census_name_persons
from lagebild.entities.names import title_of, title_tails
from lagebild.entities.suffixes import last_letters
from lagebild.entities.titles import title_candidates
from lagebild.entities.word_positions import WordPositions, positions_in


def test_capitalised_words_are_listed_in_order():
    tokens = tagged_tokens("Die/ART Polizei/NN hat/VAFIN am/APPRART Montag/NN 3/CARD ./$.")
    positions = WordPositions.of(tokens)
    assert positions.words == ["Die", "Polizei", "hat", "am", "Montag", "3", "."]
    assert positions.capitalised == [0, 1, 4]


def test_titles_clubs_and_media_are_found_from_the_shared_words():
    tokens = tagged_tokens(
        "Die/ART Wiener/ADJA Zeitung/NN lobt/VVFIN Eintracht/NE Frankfurt/NE ,/$, "
        "die/ART Tageszeitung/NN Österreich/NE schweigt/VVFIN ./$."
    )
    names = [c.name for c in title_candidates(tokens, WordPositions.of(tokens))]
    assert names == ["Wiener Zeitung", "Eintracht Frankfurt", "Österreich"]


def test_census_names_read_the_same_with_or_without_the_shared_pass():
    tokens = tagged_tokens("Senator/NN Ted/NE Cruz/NE sagte/VVFIN ,/$, er/PPER ./$.")
    kb = actor_kb()
    alone = census_name_persons(tokens, kb)
    shared = census_name_persons(tokens, kb, WordPositions.of(tokens))
    assert [c.name for c in shared] == [c.name for c in alone] == ["Ted Cruz"]


def test_positions_in_lists_the_listed_words_in_order():
    assert positions_in(["Er", "sagte", "er", "sei", "er"], {"er", "sei"}) == [2, 3, 4]
    assert positions_in([], {"er"}) == []


def test_capitalised_words_are_found_by_their_last_letters():
    tokens = tagged_tokens(
        "Die/ART Ministerien/NN und/KON das/ART Ministerium/NN ,/$, die/ART Rebellen/NN ./$."
    )
    positions = WordPositions.of(tokens)
    assert positions.lowered[1] == "ministerien"
    assert positions.tags[2] == "KON"
    # "Ministerien" ends in neither form's last letters
    assert positions.capitalised_ending_in(last_letters(["ministerium", "rebellen"])) == [4, 7]
    assert positions.capitalised_ending_in(None) == positions.capitalised == [0, 1, 4, 7]


def test_a_title_ends_in_the_title_tails():
    tails = title_tails()
    assert tails is not None
    # spelt right, with a prefix, hyphenated, and with a letter dropped ("Ministerpäsident")
    for word in ("Außenminister", "Vizeaußenministerin", "US-Präsidenten", "Ministerpäsident"):
        assert title_of(word) is not None
        assert word.lower()[-tails.length :] in tails.letters
    # a word whose last letters end no title form is none (the words titled_persons skips)
    assert title_of("Polizei") is None and "polizei"[-tails.length :] not in tails.letters
