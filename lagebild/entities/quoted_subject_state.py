"""The state an official speaks for, read from the quote he is named after: "Slowenien
müsse die Zahl … den Vorgaben der Zielländer wie Österreich und Deutschland anpassen,
sagte Außenminister Karl Erjavec" is Slovenia's minister, not Germany's (the state named
last before him). A quote that opens with a state as its subject ("Slowenien müsse")
speaks of the speaker's own state."""

from __future__ import annotations

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import actor_kb, context_words
from lagebild.entities.names import title_of

#: sentence ends and the colon that opens a quote
QUOTE_OPENERS = frozenset({".", "!", "?", ":", "–"})
#: how many tokens back a quote's opening may lie
MAX_QUOTE_TOKENS = 60


def _reported_after_comma(tokens: list[Tok], position: int) -> int | None:
    """The comma's index where the official at ``position`` follows ", sagte (der)"."""
    index = position - 1
    while index >= 0 and title_of(tokens[index].text):
        index -= 1  # the official's span may begin after his title
    if index >= 0 and tokens[index].text in context_words()["articles"]:
        index -= 1  # ", sagte der Außenminister"
    if index < 1 or tokens[index - 1].text != ",":
        return None
    word = tokens[index].text
    # a lower-case word between the comma and the official: the reporting verb ("sagte",
    # "so", "erklärte"), inverted after the quote
    return index - 1 if word.isalpha() and word.islower() else None


def _quote_opening(tokens: list[Tok], comma: int) -> int | None:
    """The first token of the quote that ends at ``comma``: after the sentence's start or
    its colon."""
    sentence = tokens[comma].sent
    for index in range(comma - 1, max(comma - MAX_QUOTE_TOKENS, -1), -1):
        if tokens[index].text in QUOTE_OPENERS or (
            sentence >= 0 and tokens[index].sent != sentence
        ):
            return index + 1
        if index == 0:
            return 0
    return None


def quoted_subject_state(tokens: list[Tok], position: int) -> str | None:
    """The state that opens, as its subject, the quote the official at ``position`` is
    named after ("Slowenien müsse …, sagte Außenminister X"), else None."""
    comma = _reported_after_comma(tokens, position)
    if comma is None:
        return None
    first = _quote_opening(tokens, comma)
    if first is None or first + 1 >= comma:
        return None
    surface = actor_kb().phrases.get((tokens[first].text,))
    following = tokens[first + 1].text
    # the bare name before a verb ("Slowenien müsse"), not "Slowenien-Besuch" nor a genitive
    if (
        surface is None
        or surface.actor.type != "GPE"
        or surface.kind != "name"
        or surface.base != tokens[first].text
        or not (following.isalpha() and following.islower())
    ):
        return None
    return surface.actor.code
