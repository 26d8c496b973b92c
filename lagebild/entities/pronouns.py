"""Personal pronouns as mentions of the actor they point back to.

A pronoun ("er", "sie", "ihm", "ihnen") is linked to an entity named shortly before it that
agrees with it in gender and number, ranked by salience: a subject outranks an object, the
pronoun's own sentence and the one before outrank earlier ones; sentences of reported speech
(Konjunktiv) right before the pronoun go on with their speaker's words and do not count.
Where two antecedents fit about equally well, or none is clearly salient, the pronoun stays
unlinked: for events and quotes a wrong actor is worse than none. Pronouns inside direct
speech, and names inside it, are left alone: there "er" and "sie" are the speaker's words,
told from their point of view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# SUBJECT_BONUS, OBLIQUE_PENALTY, mention_role, sentence_ids, introduced_agreement and
# pronoun_forms are imported from here by tests and by lagebild.quotes
from lagebild.entities.candidates import Tok
from lagebild.entities.mention_roles import OBLIQUE_PENALTY, SUBJECT_BONUS, mention_role
from lagebild.entities.names import title_of
from lagebild.entities.possessive_sources import source_possessives
from lagebild.entities.pronoun_agreement import (
    cluster_agreement,
    finite_verb,
    introduced_agreement,
    person_gender,
    pronoun_forms,
    pronoun_reading,
)
from lagebild.entities.pronoun_binding import verb_subjects
from lagebild.entities.resolve import Cluster
from lagebild.entities.token_layout import clause_ids, clause_start, quoted_tokens, sentence_ids
from lagebild.entities.word_positions import WordPositions, positions_in
from lagebild.lexicon import is_plain_common_noun, noun_genera

#: salience of an antecedent by how many sentences back its mention is
SENTENCE_WEIGHTS: Final = (100, 70, 30, 10)
REPEAT_BONUS: Final = 10  # per further mention in the window, up to MAX_REPEAT_BONUS
MAX_REPEAT_BONUS: Final = 20
UNKNOWN_GENDER_PENALTY: Final = 20  # a person whose gender the text does not show
MIN_PRONOUNS_FOR_GENDER: Final = 2  # "er" bound this often (and no "sie") tells a person's gender
#: news pronouns point to actors more often than to things: a rival common noun counts less
NOUN_PENALTY: Final = 20
#: the best antecedent must be this salient, and this much ahead of the next one
MIN_SCORE: Final = 50
#: a "sie" whose verb does not show "she" or "they" may point to more: it needs a clear subject
MIN_SCORE_EITHER_NUMBER: Final = 100
MARGIN: Final = 30
NOUN_KEY: Final = "NOUN:"  # key of a common noun that competes with the entities
_NOUN_TAGS = frozenset({"NN"})


@dataclass
class _Mention:
    first: int
    key: str
    role: int  # salience of its position (see mention_role)


def _mentions(
    tokens: list[Tok],
    clusters: dict[str, Cluster],
    sentences: list[int],
    quoted: set[int],
    reach: list[int],
) -> list[_Mention]:
    """The entities' mentions outside quotes; the role only of those a pronoun looks back
    to (``reach``, see :func:`_earliest_sentence_reached`): the others' role is read nowhere,
    only their key (an entity named in a pronoun's own clause)."""
    found = []
    for key, group in clusters.items():
        firsts = {c.first for c in group.candidates} | {m[0] for m in group.extra_mentions}
        for first in firsts - quoted:
            reached = _reached(first, sentences, reach)
            role = mention_role(tokens, first, sentences) if reached else 0
            found.append(_Mention(first, key, role))
        # the first part of a compound ("Bundestags-Innenausschuss") is no subject of its own
        for first in {m[2] for m in group.char_mentions} - quoted - firsts:
            found.append(_Mention(first, key, -OBLIQUE_PENALTY))
    return sorted(found, key=lambda mention: mention.first)


def _noun_subjects(
    tokens: list[Tok],
    clusters: dict[str, Cluster],
    sentences: list[int],
    quoted: set[int],
    reach: list[int],
    tags: list[str],
) -> list[tuple[_Mention, str]]:
    """Common nouns outside prepositional phrases that no entity covers ("Die Bodenoffensive
    wurde bestätigt. Sie …"): rivals of the entities for a pronoun, so that a pronoun which may
    point to a thing stays unlinked. Only nouns a later pronoun looks back to (``reach``)
    are rivals: a pronoun points back, and not further than :func:`_antecedent` looks."""
    covered: set[int] = set()
    for key, group in clusters.items():
        if key.startswith("GPE:"):
            continue  # "der Staat", "das Land" stand for a state, which no pronoun here links to
        for first, last in [(c.first, c.last) for c in group.candidates] + [
            (m[0], m[1]) for m in group.extra_mentions
        ]:
            covered.update(range(first, last + 1))
        covered.update(m[2] for m in group.char_mentions)
    genera = noun_genera()
    found = []
    # the common nouns a pronoun looks back to, found in C; the tests that need more in the loop
    for index in positions_in(tags[: len(reach)], _NOUN_TAGS):
        token = tokens[index]
        if sentences[index] < reach[index] or index in covered or index in quoted:
            continue
        following = tokens[index + 1].tag if index + 1 < len(tokens) else ""
        if following in ("NN", "NE", "CARD"):
            continue  # "Anfang Februar", "Ende 2007": a time, not a thing that acts
        genus = genera.get(token.text)
        if genus is None and is_plain_common_noun(token.text):
            genus = "pl"  # a common noun form that is no nominative singular: a plural
        if genus not in ("m", "f", "pl") or title_of(token.text) is not None:
            continue  # decided without the walk through the clause that the role takes
        role = mention_role(tokens, index, sentences)
        if role >= 0:
            found.append((_Mention(index, f"{NOUN_KEY}{index}", role), genus))
    return found


def _earliest_sentence_reached(
    pronouns: list[int], sentences: list[int], reported: list[int]
) -> list[int]:
    """For each token before the last pronoun, the earliest sentence that a pronoun after it
    looks back to: :func:`_antecedent` counts mentions up to ``len(SENTENCE_WEIGHTS) - 1``
    sentences back, and the run of reported speech right before the pronoun's sentence on
    top. A mention or noun in an earlier sentence is no pronoun's antecedent."""
    reach = [0] * pronouns[-1]  # no pronoun looks back to the last one or to what follows
    earliest = sentences[pronouns[-1]]
    # from the last pronoun back, each stretch between two pronouns gets the least of the
    # sentences reached by the pronouns after it
    for end, start in zip(pronouns[::-1], [*pronouns[-2::-1], 0], strict=True):
        sentence = sentences[end]
        earliest = min(earliest, sentence - reported[sentence] - len(SENTENCE_WEIGHTS) + 1)
        reach[start:end] = [earliest] * (end - start)
    return reach


def _reached(index: int, sentences: list[int], reach: list[int]) -> bool:
    """Whether a pronoun after token ``index`` looks back to it (see ``reach``)."""
    return index < len(reach) and sentences[index] >= reach[index]


def _reported_runs(positions: WordPositions, sentences: list[int], quoted: set[int]) -> list[int]:
    """For each sentence number, how many sentences right before it are reported speech: all
    their finite verbs (outside quotation marks) are in the Konjunktiv ("sei", "werfe",
    "stehe"; not a weak past in -te, nor a plural, which reads as indicative too)."""
    moods: dict[int, list[bool]] = {}
    # the finite tags among the article's few distinct ones, then their positions found in C
    # (no test of every token's tag in Python); the few finite verbs in the loop
    tags = positions.tags
    finite_tags = {tag for tag in set(tags) if tag.endswith("FIN")}
    finite = [index for index in positions_in(tags, finite_tags) if index not in quoted]
    for index in finite:
        moods.setdefault(sentences[index], []).append(_konjunktiv(positions.lowered[index]))
    runs = [0]
    for sentence in range(max(sentences, default=-1) + 1):
        found = moods.get(sentence, [])
        runs.append(runs[-1] + 1 if found and all(found) else 0)
    return runs


def _konjunktiv(form: str) -> bool:
    return form in ("sei", "seien") or (form.endswith("e") and not form.endswith("te"))


def _is_personal(tokens: list[Tok], index: int) -> bool:
    """ "ihr" as a pronoun ("Ihr wird vorgeworfen"), not a possessive ("ihr Handy")."""
    token = tokens[index]
    if token.text.lower() != "ihr":
        return True
    if token.tag:
        return token.tag == "PPER"
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return not following[:1].isupper()


def resolve_pronouns(
    tokens: list[Tok], clusters: dict[str, Cluster], positions: WordPositions | None = None
) -> list[tuple[int, str]]:
    """(token index, cluster key) of each pronoun with one clear antecedent; the pronoun is
    added to that cluster's mentions (kind "pronoun")."""
    forms = pronoun_forms()
    quoted = quoted_tokens(tokens)
    if positions is None:  # a caller without resolve_entities's shared pass
        positions = WordPositions.of(tokens)
    lowered = positions.lowered
    # the look-up of every token in one comprehension; the few pronouns tested after it
    forms_found = positions_in(lowered, forms)
    # "seiner Meinung nach": the owner speaks; its possessive is linked like a pronoun
    possessives = source_possessives(tokens, lowered)
    forms_at = {index: forms[lowered[index]] for index in forms_found}
    forms_at.update(possessives)
    pronouns = sorted(
        index
        for index in forms_at
        if index not in quoted and (index in possessives or _is_personal(tokens, index))
    )
    if not pronouns:
        return []  # a quarter of the articles: no mention's salience is needed then
    sentences = sentence_ids(tokens)
    clauses = clause_ids(tokens, sentences)
    reported = _reported_runs(positions, sentences, quoted)
    agreements = {
        key: cluster_agreement(group) or introduced_agreement(tokens, group)
        for key, group in clusters.items()
    }
    reach = _earliest_sentence_reached(pronouns, sentences, reported)
    mentions = _mentions(tokens, clusters, sentences, quoted, reach)
    for mention, noun_agreement in _noun_subjects(
        tokens, clusters, sentences, quoted, reach, positions.tags
    ):
        agreements[mention.key] = frozenset({noun_agreement})
        mentions.append(mention)
    mentions.sort(key=lambda mention: mention.first)
    linked: list[tuple[int, str]] = []
    genders_bound: dict[str, list[frozenset[str]]] = {}
    for index in pronouns:
        token = tokens[index]
        form = forms_at[index]
        if token.text == "Sie" and not clause_start(tokens, index, sentences):
            continue  # "Bereiten Sie …": the polite address of an interview
        agreement, speaks = pronoun_reading(tokens, index, sentences, clauses, form)
        speaks = speaks or index in possessives
        subject = "nom" in form.cases and (
            speaks
            or "acc" not in form.cases
            or finite_verb(tokens, index, sentences, clauses) is not None
        )
        # one who speaks is a person or body, not a thing named by a common noun
        candidates = [m for m in mentions if not (speaks and m.key.startswith(NOUN_KEY))]
        # the subject of the pronoun's own verb is no antecedent ("Bischof Z. dankte dem
        # Polizeichef und überreichte ihm", "Die Direktorin, S., hält sie für Spekulation")
        bound = verb_subjects(tokens, index, sentences, mentions)
        if bound:
            candidates = [m for m in candidates if m.key not in bound]
        key = _antecedent(
            index, agreement, candidates, agreements, clusters, (sentences, reported), clauses
        )
        if key is None or key.startswith(NOUN_KEY):
            continue
        clusters[key].extra_mentions.append((index, index, "pronoun"))
        if clusters[key].is_person and len(agreements.get(key, ())) > 1 and len(agreement) == 1:
            # "er" bound twice to "Yanis Varoufakis", whose first name tells no gender, and
            # never "sie": a later "… (DiEM25) heißt sie" is not his (once may be a slip)
            genders_bound.setdefault(key, []).append(agreement)
            if _settled_gender(genders_bound[key]):
                agreements[key] = agreement
        mentions.append(_Mention(index, key, SUBJECT_BONUS if subject else 0))
        mentions.sort(key=lambda mention: mention.first)
        linked.append((index, key))
    return linked


def _settled_gender(bound: list[frozenset[str]]) -> bool:
    """Whether the pronouns bound to a person of unknown gender agree on it: two or more,
    all of one gender."""
    return len(bound) >= MIN_PRONOUNS_FOR_GENDER and len(set(bound)) == 1


def _antecedent(
    index: int,
    agreement: frozenset[str],
    mentions: list[_Mention],
    agreements: dict[str, frozenset[str]],
    clusters: dict[str, Cluster],
    sentence_counts: tuple[list[int], list[int]],
    clauses: list[int],
) -> str | None:
    sentences, reported = sentence_counts
    # an entity named in the pronoun's own clause is not what it points to ("Obama lobte ihn")
    own_clause = {m.key for m in mentions if clauses[m.first] == clauses[index]}
    scores: dict[str, int] = {}
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.first >= index:
            break
        distance = sentences[index] - sentences[mention.first]
        if distance > 1:
            # reported speech just before the pronoun goes on with its speaker's words
            distance -= min(reported[sentences[index]], distance - 1)
        if distance >= len(SENTENCE_WEIGHTS) or mention.key in own_clause:
            continue
        if not agreements.get(mention.key, frozenset()) & agreement:
            continue
        score = SENTENCE_WEIGHTS[distance] + mention.role
        scores[mention.key] = max(scores.get(mention.key, 0), score)
        counts[mention.key] = counts.get(mention.key, 0) + 1
    for key in scores:
        scores[key] += min(MAX_REPEAT_BONUS, REPEAT_BONUS * (counts[key] - 1))
        if key.startswith(NOUN_KEY):
            scores[key] -= NOUN_PENALTY
        elif clusters[key].is_person and not person_gender(clusters[key]):
            scores[key] -= UNKNOWN_GENDER_PENALTY
    ranked = sorted(scores.items(), key=lambda item: -item[1])

    least = MIN_SCORE_EITHER_NUMBER if len(agreement) > 1 else MIN_SCORE
    if not ranked or ranked[0][1] < least:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN:
        return None
    return ranked[0][0]
