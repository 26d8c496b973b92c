"""The state an official or the article serves where the text does not say: the state most
mentioned, the state named just before an official, the people a title names
("Palästinenserpräsident"), and the titles that make someone an official of a state."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from lagebild.entities.actors import is_side_noun
from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.institutions import institution_of
from lagebild.entities.kb import (
    actor_kb,
    context_words,
    data_lines,
    organisation_states,
)
from lagebild.entities.names import (
    Title,
    is_common_noun,
    is_private_title,
    is_role_modifier,
    title_of,
)
from lagebild.entities.origins import state_of_listed_region, state_of_place
from lagebild.lexicon import is_proper_noun_form
from lagebild.places.datelines import dateline_firsts

#: how many characters back a role noun may look for its person

if TYPE_CHECKING:
    from lagebild.entities.resolve import Cluster

ARTICLES = frozenset({"der", "die", "den", "dem", "des", "das"})
#: how far before an official a state named counts as his (characters)
OFFICIAL_STATE_WINDOW = 250
#: how many tokens into an article its dateline ("Wien –") may stand (after a teaser)
DATELINE_REACH = 120


def is_official(group: Cluster) -> bool:
    """Whether a role of the person is a public office (not "Lehrerin", "Journalist", nor
    an office of an organisation the knowledge base lacks: "Caritas-Präsident")."""
    titles = [title_of(role.split()[-1]) for role in group.roles]
    return any(
        title and not is_private_title(title) and not _unknown_organisation(title)
        for title in titles
    )


def _compound_titles(group: Cluster) -> list[tuple[str, str]]:
    """The first parts and heads of the person's closed compound titles (("Kurden",
    "Präsident") for "Kurdenpräsident")."""
    parts = []
    for role in group.roles:
        title = title_of(role.split()[-1])
        if title and not title.prefixes and title.base.endswith(title.head.lower()):
            modifier = title.base[: len(title.base) - len(title.head)]
            if modifier[:1].isupper():
                parts.append((modifier, title.head))
    return parts


def _title_modifiers(group: Cluster) -> list[str]:
    """The first parts of the person's closed compound titles ("Kurden" in "Kurdenpräsident")."""
    return [modifier for modifier, _ in _compound_titles(group)]


@cache
def people_state_offices() -> frozenset[str]:
    return frozenset(data_lines("people_state_offices.txt"))


def people_of_title(group: Cluster) -> str | None:
    """ "Palästinenserpräsident": the state whose people the title names, where the title
    is an office of that state ("Slowenenvertreter" speaks for a minority, not Slovenia)."""
    kb = actor_kb()
    for modifier, head in _compound_titles(group):
        surface = kb.phrases.get((modifier,))
        if surface and surface.kind == "demonym" and head in people_state_offices():
            return surface.actor.code
    return None


@cache
def stateless_peoples() -> frozenset[str]:
    return frozenset(data_lines("stateless_peoples.txt"))


def leads_people(group: Cluster) -> bool:
    """ "Kurdenpräsident Massud Barsani": a title naming a people without a state serves
    that people, not a state named near him (no code is better than a wrong one)."""
    return any(modifier in stateless_peoples() for modifier in _title_modifiers(group))


def _unknown_organisation(title: Title) -> bool:
    """ "Caritas-Präsident", "Unicredit-Chef": a hyphenated prefix that names an
    organisation the knowledge base lacks, since it is no known actor, no German word
    ("Polizei-Chef", "Bundesbank-Chef" serve the state), no place or other listed name
    ("Europa-Ministerin") and no role modifier ("Ex-", "Vize-")."""
    kb = actor_kb()
    return any(
        prefix[:1].isupper()
        and len(prefix) > 1
        and kb.actor_of_prefix(prefix) is None
        and not (
            is_common_noun(prefix)
            or is_common_noun(prefix.removesuffix("s"))
            or is_proper_noun_form(prefix)
            or is_role_modifier(prefix.lower())
            or prefix.lower() in ("ex", "vize")
        )
        for prefix in title.prefixes
    )


def is_people_noun(candidate: Candidate) -> bool:
    """A people named by its noun ("die Sudanesen", "der Bosnier"): one word of the kind
    demonym (a state's adjective before a side noun, "die sudanesische Regierung", is two)."""
    return candidate.kind == "demonym" and candidate.first == candidate.last


def _names_state(group: Cluster) -> bool:
    """Whether the article names the group's state itself (its name, capital or bodies),
    not only its people ("der Sudanese") and its adjective ("sudanesische Asylwerber")."""
    return any(not is_people_noun(candidate) for candidate in group.candidates)


def _state_mentions(group: Cluster) -> int:
    """How often a state's group counts: every mention where the article names the state;
    else none of its people's and adjective's (a refugee from Sudan in an Austrian article
    makes no Sudanese official), only its other mentions."""
    if _names_state(group):
        return len(group.candidates) + len(group.extra_mentions)
    return sum(1 for _, _, kind in group.extra_mentions if kind != "demonym")


def state_weights(clusters: dict[str, Cluster]) -> dict[str, int]:
    """Per state: its mentions (its people's and adjective's only where the article names
    the state itself) plus the people and bodies acting for it."""
    weight: dict[str, int] = {}
    for group in clusters.values():
        if group.key.startswith("GPE:"):
            code = group.key.removeprefix("GPE:")
            weight[code] = weight.get(code, 0) + _state_mentions(group)
    for group in clusters.values():
        state = next(
            (c.code or c.affiliation for c in group.candidates if c.code or c.affiliation), None
        )
        # a party's people and mentions count for its state ("HDP-Chef" for TUR)
        state = organisation_states().get(state, state) if state else state
        if not group.key.startswith("GPE:") and state in weight:
            weight[state] += 1
    return weight


def weights_with_regions(tokens: list[Tok], clusters: dict[str, Cluster]) -> dict[str, int]:
    """:func:`state_weights`, and one more for each mention of a region of a state the
    article names ("Steiermark", "Tirol"): "die Polizei" in an article about Styria that
    names Germany once, as a refugees' goal, is Austria's."""
    weights = state_weights(clusters)
    named = {key.removeprefix("GPE:") for key in clusters if key.startswith("GPE:")}
    if not named:
        return weights  # a region counts only for a state the article names
    # each distinct word is asked once and counts as often as it stands (counted in C)
    for word, count in Counter([token.text for token in tokens]).items():
        code = state_of_listed_region(word) if word[:1].isupper() else None
        if code and code in named:
            weights[code] = weights.get(code, 0) + count
    return weights


def most_mentioned_state(
    clusters: dict[str, Cluster], weights: dict[str, int] | None = None
) -> str | None:
    """The state the article is about (the first named of the most mentioned ones);
    ``weights`` are the clusters' :func:`state_weights` where the caller has them."""
    weight = state_weights(clusters) if weights is None else weights
    states = [
        (weight[g.key.removeprefix("GPE:")], -g.first_position, g.key)
        for g in clusters.values()
        if g.key.startswith("GPE:")
    ]
    return max(states)[2].removeprefix("GPE:") if states else None


#: how often a state must be mentioned (with its people and bodies) before an article
#: counts as being about it
MIN_DOMINANT_WEIGHT = 2


def dominant_state(
    clusters: dict[str, Cluster], weights: dict[str, int] | None = None
) -> str | None:
    """The most mentioned state where no other is mentioned as much and it is named more
    than once, else None: a guess between equals, or from one mention, is worse than none.
    ``weights`` as for :func:`most_mentioned_state`."""
    weights = state_weights(clusters) if weights is None else weights
    ranked = sorted(weights.values(), reverse=True)
    if not ranked or ranked[0] < MIN_DOMINANT_WEIGHT or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return most_mentioned_state(clusters, weights)


@cache
def seated_offices() -> frozenset[str]:
    return frozenset(data_lines("seated_offices.txt"))


def holds_seated_office(group: Cluster) -> bool:
    """Whether a role of the person is an office that serves the state where it sits
    ("Staatsanwalt", "Polizeisprecher", "Bürgermeister": data/seated_offices.txt)."""
    titles = [title_of(role.split()[-1]) for role in group.roles if role.split()]
    return any(title is not None and title.base in seated_offices() for title in titles)


def state_named_before(
    tokens: list[Tok],
    clusters: dict[str, Cluster],
    position: int,
    window: int,
    peoples: bool = True,
) -> str | None:
    """The state mentioned last before token ``position``, at most ``window`` chars back,
    as an actor: "in der Ukraine", "nach Afghanistan" name a place, not whom one serves;
    without ``peoples`` a people's noun does not count ("zwischen Afghanen und Sudanesen"
    before a prosecutor: those of his case, not his state)."""
    best: tuple[int, str] | None = None
    limit = tokens[position].start - window
    places = set(context_words()["place_prepositions"])
    borders = set(context_words()["border_nouns"])

    def as_place(index: int) -> bool:
        before = [t.text for t in tokens[max(index - 2, 0) : index]]
        # "im Norden des Gazastreifens", "Beschuss des Gazastreifens": a genitive after a
        # noun other than a title names what something belongs to, not whom one serves
        genitive_of_thing = (
            len(before) == 2
            and before[1] in ("des", "der")
            and before[0][:1].isupper()
            and not title_of(before[0])
        )
        # "an der Grenze zur Türkei": "zur", "zum" contract "zu" and an article
        border = len(before) == 2 and before[1] in ("zu", "zur", "zum") and before[0] in borders
        # "eines Verbleibs Großbritanniens": a name's genitive right after a noun
        bare_genitive = (
            bool(before)
            and tokens[index].text.endswith("s")
            and before[-1][:1].isupper()
            and before[-1].isalpha()
            and is_common_noun(before[-1])
            and not title_of(before[-1])
        )
        place = bool(before) and (
            before[-1] in places
            or genitive_of_thing
            or border
            or (len(before) == 2 and before[0] in places and before[1] in ARTICLES)
        )
        return (place and not where_clause(index)) or bare_genitive or describes_thing(index)

    def describes_thing(index: int) -> bool:
        # "in den kolumbianischen Friedensverhandlungen": an adjective on a thing says
        # what the thing concerns, not whom the next official serves ("die kolumbianische
        # Regierung", "die libyschen Behörden", "der kolumbianische Präsident" still do)
        word = tokens[index].text
        if not word[:1].islower() or index + 1 >= len(tokens):
            return False
        noun = tokens[index + 1].text
        return (
            noun[:1].isupper()
            and noun.isalpha()
            and title_of(noun) is None
            and institution_of(noun) is None
            and not is_side_noun(noun)
        )

    def where_clause(index: int) -> bool:
        # "in Großbritannien, wo Premier David Cameron …": the place is where he governs
        after = [t.text for t in tokens[index + 1 : index + 3]]
        return (
            after == [",", "wo"]
            and index + 3 < len(tokens)
            and title_of(tokens[index + 3].text) is not None
        )

    for key, group in clusters.items():
        if not key.startswith("GPE:"):
            continue
        starts = [c.first for c in group.candidates if peoples or not is_people_noun(c)]
        starts += [m[0] for m in group.extra_mentions]
        earlier = [
            s for s in starts if s < position and tokens[s].start >= limit and not as_place(s)
        ]
        if earlier and (best is None or max(earlier) > best[0]):
            best = (max(earlier), key.removeprefix("GPE:"))
    return best[1] if best else None


def dateline_state(text: str, tokens: list[Tok]) -> str | None:
    """The state of the article's dateline place ("Wien – Die von Finanzminister …",
    "Salzburg/Wien – …", "St. Pölten – …"): the officials an article from Vienna names
    without a state are Austria's, even where it names Germany more often in a comparison."""
    if not tokens:
        return None
    reach = tokens[min(len(tokens), DATELINE_REACH) - 1].end
    for name in dateline_firsts(text, reach):
        state = state_of_listed_region(name) or state_of_place(name)
        if state is not None:
            return state
    return None
