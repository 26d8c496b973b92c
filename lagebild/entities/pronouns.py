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
from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import context_words, data_lines, data_rows
from lagebild.entities.names import role_gender, title_of
from lagebild.entities.quoted_names import introduces_name
from lagebild.entities.resolve import Cluster
from lagebild.lexicon import is_plain_common_noun, noun_genera

#: salience of an antecedent by how many sentences back its mention is
SENTENCE_WEIGHTS = (100, 70, 30, 10)
SUBJECT_BONUS = 50
OBLIQUE_PENALTY = 30  # a name inside a prepositional phrase or a genitive attribute
REPEAT_BONUS = 10  # per further mention in the window, up to MAX_REPEAT_BONUS
MAX_REPEAT_BONUS = 20
UNKNOWN_GENDER_PENALTY = 20
#: news pronouns point to actors more often than to things: a rival common noun counts less
NOUN_PENALTY = 20  # a person whose gender the text does not show
#: the best antecedent must be this salient, and this much ahead of the next one
MIN_SCORE = 50
#: a "sie" whose verb does not show "she" or "they" may point to more: it needs a clear subject
MIN_SCORE_EITHER_NUMBER = 100
MARGIN = 30

OPENING_QUOTES = frozenset({"„", "»", "«", '"', "“", "‚"})
CLOSING_QUOTES = frozenset({"“", "”", "«", "»", '"', "‘"})
NOUN_KEY = "NOUN:"  # key of a common noun that competes with the entities
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
#: tags (STTS) and words that may stand between a clause start and a subject's name
_NOUN_PHRASE_TAGS = frozenset({"ART", "ADJA", "CARD", "PIAT", "PDAT", "PPOSAT", "ADV"})
#: first tags of a clause's first phrase when it is a noun phrase, likely the subject, so
#: that the phrase after the finite verb is an object ("Sarkozy verlangte die Freilassung")
_NOMINAL_TAGS = frozenset(
    {"ART", "NN", "NE", "PPER", "ADJA", "PDS", "PIS", "CARD", "PDAT", "PIAT", "PPOSAT"}
)
_CLAUSE_START_TAGS = frozenset({"KON", "KOUS", "PRELS", "$,", "$."})
#: tags after the article that opens an extended attribute ("die der Koalition angehörende",
#: "die seit Jahren regierende"), and how far back that article may stand
_ATTRIBUTE_OPENERS = frozenset({"ART", "APPR", "APPRART", "ADV", "CARD"})
_MAX_ATTRIBUTE = 12
_COORDINATED_TAGS = frozenset({"ADJA", "ADJD", "NN", "NE", "CARD"})
_AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"})
_PASSIVE_AUXILIARIES = frozenset({"wurde", "wurden", "wird", "werden", "worden"})
_OBLIQUE_ARTICLES = frozenset({"den", "dem", "des", "einen", "einem", "eines"})
_DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines"}
)


@dataclass(frozen=True)
class PronounForm:
    agreement: frozenset[str]  # "m", "f", "pl"
    cases: frozenset[str]  # "nom", "acc", "dat"


@cache
def pronoun_forms() -> dict[str, PronounForm]:
    return {
        row[0].strip(): PronounForm(
            frozenset(row[1].strip().split("|")), frozenset(row[2].strip().split("|"))
        )
        for row in data_rows("pronouns.tsv")
    }


@cache
def plural_finite_verbs() -> frozenset[str]:
    return frozenset(data_lines("plural_finite_verbs.txt"))


def sentence_ids(tokens: list[Tok]) -> list[int]:
    """The sentence of each token: the sentence splitter's where it ran, else split after
    end punctuation followed by a capital."""
    if any(token.sent >= 0 for token in tokens):
        return [token.sent for token in tokens]
    ids, current = [], 0
    for index, token in enumerate(tokens):
        ids.append(current)
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if token.text in SENTENCE_ENDS and following[:1].isupper():
            current += 1
    return ids


def quoted_tokens(tokens: list[Tok]) -> set[int]:
    """Tokens inside quotation marks ("…", „…“, »…«)."""
    inside, quoted = False, set()
    for index, token in enumerate(tokens):
        if not inside and token.text in OPENING_QUOTES:
            inside = True
        elif inside and token.text in CLOSING_QUOTES:
            inside = False
        elif inside:
            quoted.add(index)
    return quoted


def clause_ids(tokens: list[Tok], sentences: list[int]) -> list[int]:
    """Stretches between commas, dashes, colons, quotes and sentence ends."""
    ids, current = [], 0
    for index, token in enumerate(tokens):
        if (
            token.text in CLAUSE_BREAKS
            or token.text in OPENING_QUOTES | CLOSING_QUOTES
            or (index > 0 and sentences[index] != sentences[index - 1])
        ):
            current += 1
        ids.append(current)
    return ids


def _finite(token: Tok) -> bool:
    """A finite verb by its tag; untagged text knows the speech verbs at least."""
    if token.tag:
        return token.tag.endswith("FIN")
    return token.text in context_words()["speech_verbs"]


def _clause_start(tokens: list[Tok], index: int, sentences: list[int]) -> bool:
    """Token ``index`` opens a clause: first of its sentence, or after a comma, a
    conjunction or a relative pronoun."""
    if index == 0 or sentences[index - 1] != sentences[index]:
        return True
    before = tokens[index - 1]
    if before.tag == "KON" and index > 1 and tokens[index - 2].tag in _COORDINATED_TAGS:
        return False  # "linke und rechte Demonstranten": one phrase, not a new clause
    return (
        before.text in CLAUSE_BREAKS
        or before.tag in _CLAUSE_START_TAGS
        or before.text in OPENING_QUOTES | CLOSING_QUOTES
    )


def mention_role(tokens: list[Tok], first: int, sentences: list[int]) -> int:
    """How salient a mention's position is: a subject, the first phrase of a clause ("Der
    Präsident sagte") or right after the finite verb ("sagte Sarkozy"), gets the bonus; a
    name after a preposition ("unter Robert Mugabe") or a noun (genitive) the penalty."""
    index = _attribute_start(tokens, _phrase_start(tokens, first, sentences), sentences)
    if index < first and tokens[index].text.lower() in _OBLIQUE_ARTICLES:
        return 0  # "den Rücktritt", "dem Präsidenten": not a subject
    if _clause_start(tokens, index, sentences):
        return SUBJECT_BONUS
    if _finite(tokens[index - 1]):
        opening = index - 1
        while opening > 0 and not _clause_start(tokens, opening, sentences):
            opening -= 1
        if opening == index - 1 or tokens[opening].tag not in _NOMINAL_TAGS:
            return SUBJECT_BONUS  # "Am Montag sagte Obama", "…“, sagte Sarkozy"
        return 0
    before = tokens[index - 1]
    if before.text in _AGENT_PREPOSITIONS and _passive(tokens, index, sentences):
        return 0  # "wurde von einer Armeesprecherin bestätigt": who acts
    if before.tag.startswith("APPR") or before.tag in ("NN", "NE"):
        return -OBLIQUE_PENALTY
    return 0


def _passive(tokens: list[Tok], index: int, sentences: list[int]) -> bool:
    """A form of "werden" before ``index`` in its sentence."""
    position = index - 1
    while position >= 0 and sentences[position] == sentences[index]:
        if tokens[position].text.lower() in _PASSIVE_AUXILIARIES:
            return True
        position -= 1
    return False


def _phrase_start(tokens: list[Tok], first: int, sentences: list[int]) -> int:
    index = first
    while index > 0 and sentences[index - 1] == sentences[first]:
        before = tokens[index - 1]
        article = before.tag == "ART" or not before.tag and before.text.lower() in _DETERMINERS
        if (
            before.tag in _NOUN_PHRASE_TAGS
            or article
            or (before.text[:1].isupper() and title_of(before.text) is not None)
            or (before.tag == "NN" and introduces_name(before.text))  # "die Partei D66"
        ):
            index -= 1
            continue
        break
    return index


def _attribute_start(tokens: list[Tok], index: int, sentences: list[int]) -> int:
    """"die der Koalition angehörende Partei D66": a phrase whose first word is a present
    participle closing an extended attribute starts at the article that opens the attribute,
    an article followed by the attribute's own article or preposition."""
    if tokens[index].tag != "ADJA" or not tokens[index].text.lower().rstrip("nrsm").endswith(
            "nde"):
        return index
    position = index - 1
    while position > 0 and index - position <= _MAX_ATTRIBUTE and (
            sentences[position] == sentences[index]):
        token = tokens[position]
        if token.text in CLAUSE_BREAKS or _finite(token):
            break
        if token.tag == "ART" and tokens[position + 1].tag in _ATTRIBUTE_OPENERS:
            return position
        position -= 1
    return index


def _verb_number(word: str) -> str:
    lowered = word.lower()
    if lowered in plural_finite_verbs() or lowered.endswith(("en", "ern", "eln")):
        return "pl"
    return "sg"


def _pronoun_reading(
    tokens: list[Tok],
    index: int,
    sentences: list[int],
    clauses: list[int],
    form: PronounForm,
) -> tuple[frozenset[str], bool]:
    """What the pronoun agrees with, and whether it is the subject of a speech verb ("sagte
    er"). A "sie" next to its finite verb is the subject, and the verb's number tells "she"
    from "they"."""
    if "nom" not in form.cases:
        return form.agreement, False
    verb = _finite_verb(tokens, index, sentences, clauses)
    speaks = verb is not None and verb.text in context_words()["speech_verbs"]
    if "acc" not in form.cases or verb is None:
        return form.agreement, speaks
    number = _verb_number(verb.text)
    return (frozenset({"pl"}) if number == "pl" else form.agreement - {"pl"}), speaks


def _finite_verb(
    tokens: list[Tok], index: int, sentences: list[int], clauses: list[int]
) -> Tok | None:
    """The finite verb of a subject pronoun: beside it, or closing its subordinate clause."""
    verb = None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and _finite(after) and _clause_start(tokens, index, sentences):
        verb = after  # "Sie sagte", ", dass sie hatten"
    elif index > 0 and _finite(tokens[index - 1]):
        verb = tokens[index - 1]  # "töteten sie", "sagte sie"
    elif index > 0 and tokens[index - 1].tag in ("KOUS", "PRELS"):
        # "dass sie … seien": the finite verb closes the clause
        verb = next(
            (
                t
                for i, t in enumerate(tokens[index + 1 :], index + 1)
                if clauses[i] != clauses[index] or _finite(t)
            ),
            None,
        )
        verb = verb if verb is not None and _finite(verb) else None
    return verb


def _head_genus(name: str) -> str | None:
    """The gender of the first common noun of a name ("Vereinigung aller Mönche" -> f)."""
    genera = noun_genera()
    for word in name.split():
        genus = genera.get(word.split("-")[-1])
        if genus:
            return genus
    return None


def person_gender(group: Cluster) -> str | None:
    """A person's gender: from first name or title, else from a role the text gives them
    ("…, der serbische Minister")."""
    return group.gender or role_gender(group.roles)


def cluster_agreement(group: Cluster) -> frozenset[str]:
    """Which pronouns may stand for the entity: a person by their gender (either where the
    text does not show it), a group of people by number, an organisation by its noun."""
    if not group.candidates:
        return frozenset()
    lead = group.candidates[0]
    if lead.type == "PER":
        gender = person_gender(group)
        return frozenset({gender}) if gender else frozenset({"m", "f"})
    if lead.type == "MISC" and any(c.code for c in group.candidates):
        # group nouns are plural ("Mönche", "Kämpfer"); a feminine one is a collective
        # singular ("die Opposition", "die Kifaya-Bewegung")
        head = lead.name.split()[-1]
        return frozenset({"f"}) if _head_genus(head) == "f" else frozenset({"pl"})
    if lead.type == "ORG":
        genus = _head_genus(lead.name)
        return frozenset({genus}) if genus in ("m", "f") else frozenset()
    return frozenset()


@cache
def _introducing_genera() -> tuple[tuple[str, str], ...]:
    """(lowercase noun, gender) of the nouns that introduce a name ("Partei", "Gruppe")."""
    genera = noun_genera()
    return tuple((noun.lower(), genera[noun]) for noun in data_lines("name_introducing_nouns.txt")
                 if genera.get(noun) in ("m", "f"))


def introduced_agreement(tokens: list[Tok], group: Cluster) -> frozenset[str]:
    """An organisation whose name shows no gender takes that of the noun which introduces it
    in the text ("die Partei D66" … "Sie"), where all such nouns agree."""
    if not group.candidates or group.candidates[0].type != "ORG":
        return frozenset()
    found: set[str] = set()
    for first in {c.first for c in group.candidates}:
        before = tokens[first - 1] if first > 0 else None
        if before is None or before.tag not in ("NN", "") or not introduces_name(before.text):
            continue
        lowered = before.text.lower()
        found.update(genus for noun, genus in _introducing_genera() if lowered.endswith(noun))
    return frozenset(found) if len(found) == 1 else frozenset()


@dataclass
class _Mention:
    first: int
    key: str
    role: int  # salience of its position (see mention_role)


def _mentions(
    tokens: list[Tok], clusters: dict[str, Cluster], sentences: list[int], quoted: set[int]
) -> list[_Mention]:
    found = []
    for key, group in clusters.items():
        firsts = {c.first for c in group.candidates} | {m[0] for m in group.extra_mentions}
        for first in firsts - quoted:
            found.append(_Mention(first, key, mention_role(tokens, first, sentences)))
        # the first part of a compound ("Bundestags-Innenausschuss") is no subject of its own
        for first in {m[2] for m in group.char_mentions} - quoted - firsts:
            found.append(_Mention(first, key, -OBLIQUE_PENALTY))
    return sorted(found, key=lambda mention: mention.first)


def _noun_subjects(
    tokens: list[Tok], clusters: dict[str, Cluster], sentences: list[int], quoted: set[int]
) -> list[tuple[_Mention, str]]:
    """Common nouns outside prepositional phrases that no entity covers ("Die Bodenoffensive
    wurde bestätigt. Sie …"): rivals of the entities for a pronoun, so that a pronoun which may
    point to a thing stays unlinked."""
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
    for index, token in enumerate(tokens):
        if token.tag != "NN" or index in covered or index in quoted:
            continue
        following = tokens[index + 1].tag if index + 1 < len(tokens) else ""
        if following in ("NN", "NE", "CARD"):
            continue  # "Anfang Februar", "Ende 2007": a time, not a thing that acts
        genus = genera.get(token.text)
        if genus is None and is_plain_common_noun(token.text):
            genus = "pl"  # a common noun form that is no nominative singular: a plural
        role = mention_role(tokens, index, sentences)
        if genus in ("m", "f", "pl") and title_of(token.text) is None and role >= 0:
            found.append((_Mention(index, f"{NOUN_KEY}{index}", role), genus))
    return found


def _reported_runs(tokens: list[Tok], sentences: list[int], quoted: set[int]) -> list[int]:
    """For each sentence number, how many sentences right before it are reported speech: all
    their finite verbs (outside quotation marks) are in the Konjunktiv ("sei", "werfe",
    "stehe"; not a weak past in -te, nor a plural, which reads as indicative too)."""
    moods: dict[int, list[bool]] = {}
    for index, token in enumerate(tokens):
        if token.tag.endswith("FIN") and index not in quoted:
            moods.setdefault(sentences[index], []).append(_konjunktiv(token.text.lower()))
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


def resolve_pronouns(tokens: list[Tok], clusters: dict[str, Cluster]) -> list[tuple[int, str]]:
    """(token index, cluster key) of each pronoun with one clear antecedent; the pronoun is
    added to that cluster's mentions (kind "pronoun")."""
    forms = pronoun_forms()
    sentences = sentence_ids(tokens)
    clauses = clause_ids(tokens, sentences)
    quoted = quoted_tokens(tokens)
    reported = _reported_runs(tokens, sentences, quoted)
    agreements = {key: cluster_agreement(group) or introduced_agreement(tokens, group)
                  for key, group in clusters.items()}
    mentions = _mentions(tokens, clusters, sentences, quoted)
    for mention, agreement in _noun_subjects(tokens, clusters, sentences, quoted):
        agreements[mention.key] = frozenset({agreement})
        mentions.append(mention)
    mentions.sort(key=lambda mention: mention.first)
    linked: list[tuple[int, str]] = []
    for index, token in enumerate(tokens):
        form = forms.get(token.text.lower())
        if form is None or index in quoted or not _is_personal(tokens, index):
            continue
        if token.text == "Sie" and not _clause_start(tokens, index, sentences):
            continue  # "Bereiten Sie …": the polite address of an interview
        agreement, speaks = _pronoun_reading(tokens, index, sentences, clauses, form)
        subject = "nom" in form.cases and (
            speaks
            or "acc" not in form.cases
            or _finite_verb(tokens, index, sentences, clauses) is not None
        )
        # one who speaks is a person or body, not a thing named by a common noun
        candidates = [m for m in mentions if not (speaks and m.key.startswith(NOUN_KEY))]
        key = _antecedent(index, agreement, candidates, agreements, clusters,
                          (sentences, reported), clauses)
        if key is None or key.startswith(NOUN_KEY):
            continue
        clusters[key].extra_mentions.append((index, index, "pronoun"))
        mentions.append(_Mention(index, key, SUBJECT_BONUS if subject else 0))
        mentions.sort(key=lambda mention: mention.first)
        linked.append((index, key))
    return linked


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
