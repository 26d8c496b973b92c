"""Finding speech cues in a unit: speech verbs (with separable particles) and frames.

Frames are "laut X", "gemäß X", "X zufolge", "nach Angaben X", ", so X" and
"wie X mitteilte"; verbs come from the lexicon, whose forms are lower-case, so a
capitalised noun ("Bericht") never reads as a verb.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from lagebild.model import Medium
from lagebild.pipeline import doc_words
from lagebild.quotes.chunks import (
    CLAUSE_PUNCT,
    apposition_end,
    blank_at,
    capitalised_at,
    determiner_at,
    nominal_at,
    noun_phrase,
)
from lagebild.quotes.cue_match import CueMatch
from lagebild.quotes.lexicon import (
    VerbForm,
    adjective_participles,
    cue_companions,
    function_class,
    function_words,
    lower_set,
    particles_not_speech,
    speech_noun_medium,
    speech_nouns,
    speech_verbs,
    word_list,
)
from lagebild.quotes.non_speech import non_speech
from lagebild.quotes.sources import named_rule, names_a_source, no_source_after_nach
from lagebild.quotes.token_table import TokenTable, token_table
from lagebild.quotes.units import Unit

#: verbs that only frame speech in a fixed construction ("heißt es", "lautete:")
NEEDS_ES = frozenset({"heißen"})
NEEDS_COLON = frozenset({"lauten"})
#: the tag of an attributive adjective: "die angekündigten Maßnahmen" names no speech act
ATTRIBUTIVE_TAG = "ADJA"
#: tags that open a noun phrase before an attributive participle ("des", "durch das",
#: "seiner", "die bereits"); after "und" the tagger's ADJA may be a verb ("und skandierten
#: Sprüche"), so only these make it an adjective
NOUN_PHRASE_LEFT_TAGS = frozenset(
    {"ART", "APPR", "APPRART", "PDAT", "PIAT", "PPOSAT", "PWAT", "ADJA", "ADV", "ADJD", "CARD"}
)
#: reflexive pronouns: "sich einer Sache annehmen" (take care of) is no "annehmen" (assume)
REFLEXIVES = frozenset({"sich", "mich", "dich", "uns", "euch"})
#: tags of the adverbs a comment "wie" may have before its participle ("wie bereits berichtet")
ADVERB_TAGS = frozenset({"ADV", "ADJD", "PTKNEG"})
#: forms of "sein": a participle's perfect with "sein" is no speech verb's
SEIN_FORMS = "sein_forms.txt"
HABEN_FORMS = "haben_forms.txt"
#: "werden" beside a participle: the passive auxiliaries and "geworden"
WERDEN_FORMS = "werden_forms.txt"


def clause_end(doc: Doc, i: int, end: int, masked: frozenset[int]) -> int:
    words = doc_words(doc)
    j = i
    while j < end and words[j] not in CLAUSE_PUNCT and j not in masked:
        j += 1
    return j


#: at most this many appositions between a verb and its separable particle
APPOSITIONS = 2
#: a quotation at most this long is a quoted phrase inside the clause ("als „haltlos“ zurück")
PHRASE_TOKENS = 8


def short_quotation_at(j: int, masked: frozenset[int]) -> int | None:
    """The token after a short run of quotation tokens starting at ``j``, or None."""
    k = j
    while k in masked:
        k += 1
    return k if 0 < k - j <= PHRASE_TOKENS else None


def clause_end_over_phrases(doc: Doc, i: int, end: int, masked: frozenset[int]) -> int:
    """Like :func:`clause_end`, but a short quoted phrase does not end the clause."""
    words = doc_words(doc)
    j = i
    while j < end and words[j] not in CLAUSE_PUNCT:
        if j in masked:
            after = short_quotation_at(j, masked)
            if after is None:
                break
            j = after
            continue
        j += 1
    return j


def _choose_verb(
    doc: Doc, i: int, end: int, forms: tuple[VerbForm, ...], masked: frozenset[int]
) -> CueMatch | None:
    stop = _over_appositions(doc, clause_end_over_phrases(doc, i + 1, end, masked), end, masked)
    separated = [vf for vf in forms if vf.verb.particle and not vf.joined]
    words = doc_words(doc)
    for vf in separated:
        for j in range(i + 1, stop):
            if words[j] == vf.verb.particle and (
                j + 1 >= stop or words[j + 1] in CLAUSE_PUNCT or j + 1 == stop
            ):
                return CueMatch("verb", i, j, vf.verb, vf.finite, vf.verb.medium)
    plain = [
        vf
        for vf in forms
        if (not vf.verb.particle or vf.joined) and not _other_particle_verb(words, i, stop, vf)
    ]
    if not plain:
        return None
    vf = plain[0]
    return CueMatch("verb", i, None, vf.verb, vf.finite, vf.verb.medium)


def _other_particle_verb(words: list[str], i: int, stop: int, vf: VerbForm) -> bool:
    """A particle of ``particles_not_speech.tsv`` makes the verb at ``i`` another verb: at
    the finite verb's clause end ("sagt seine Reise ab"), or written apart right before
    the participle ("hatten sich krank gemeldet")."""
    particles = particles_not_speech().get(vf.verb.lemma, frozenset())
    if not vf.finite:
        return i > 0 and words[i - 1] in particles
    return any(
        words[j] in particles and (j + 1 >= stop or words[j + 1] in CLAUSE_PUNCT)
        for j in range(i + 1, stop)
    )


def _over_appositions(doc: Doc, stop: int, end: int, masked: frozenset[int]) -> int:
    """The clause end past appositions in the middle field, so that a separable particle
    after them is found: "ging Celebi, die Anwältin der Frau, davon aus, dass …"."""
    tokens = token_table(doc)
    for _ in range(APPOSITIONS):
        if stop >= end or tokens.words[stop] != "," or not nominal_at(tokens, stop - 1):
            return stop
        close = apposition_end(doc, stop + 1, end)
        if close is None or close >= end or tokens.words[close] != ",":
            return stop
        stop = clause_end_over_phrases(doc, close + 1, end, masked)
    return stop


def _fixed_construction_ok(doc: Doc, match: CueMatch, end: int) -> bool:
    tokens = token_table(doc)
    lemma = match.verb.lemma if match.verb else ""
    i = match.index
    if lemma in NEEDS_ES:
        return any(0 <= j < len(doc) and tokens.lower[j] == "es" for j in (i - 1, i + 1))
    if lemma in NEEDS_COLON:
        return i + 1 < end and tokens.words[i + 1] == ":"
    # possessive "meinen Freund" is no verb
    return not (tokens.lower[i] == "meinen" and i + 1 < end and capitalised_at(tokens, i + 1))


def speech_noun_ahead(doc: Doc, i: int, end: int) -> int | None:
    """A speech noun a few words after "laut": "laut einer am Dienstag veröffentlichten
    Pressemitteilung", "laut ai-Bericht"."""
    tokens = token_table(doc)
    for j in range(i + 1, min(end, i + 7)):
        if tokens.words[j] in CLAUSE_PUNCT:
            return None
        if speech_noun_medium(tokens.words[j]):
            return j
    return None


def _speech_noun_after(doc: Doc, i: int, end: int) -> Medium | None:
    """ "nach Angaben", "Nach Ansicht", "nach übereinstimmenden Medienberichten"."""
    tokens = token_table(doc)
    for j in range(i + 1, min(end, i + 4)):
        medium = speech_noun_medium(tokens.words[j])
        if medium:
            return medium
        if not (determiner_at(tokens, j) or tokens.words[j][:1].islower()):
            return None
    return None


def _object_noun(doc: Doc, match: CueMatch, stop: int, masked: frozenset[int]) -> list[int]:
    """An opinion noun as the verb's object, with its article: "vertritt die Ansicht",
    "die These vertreten"."""
    nouns = word_list("cue_object_nouns.txt")
    tokens = token_table(doc)
    words = tokens.words
    before = [match.index - 1] if match.index > 0 else []
    for j in [*before, *range(match.index + 1, stop)]:
        if j in masked or words[j] not in nouns:
            continue
        if j + 1 < len(doc) and words[j + 1].lower() in {"nach", "zufolge"}:
            return []  # "ihrer Meinung nach" is a frame of its own
        return [j - 1, j] if j > 0 and determiner_at(tokens, j - 1) else [j]
    return []


def _companions(doc: Doc, match: CueMatch, end: int, masked: frozenset[int]) -> tuple[int, ...]:
    """Words of the verb's clause that belong to the cue: "sich", "darauf", "als", "von"."""
    if match.verb is None:
        return ()
    table = cue_companions()
    lemma = match.verb.lemma
    stop = clause_end(doc, match.index + 1, end, masked)
    if match.particle is not None:
        stop = min(stop, match.particle + 1)
    found: list[int] = []
    taken: set[str] = set()
    found.extend(_object_noun(doc, match, stop, masked))
    words = doc_words(doc)
    for j in range(match.index + 1, stop):
        word = words[j]
        verbs = table.get(word)
        if word == "mit" and j + 2 < stop and words[j + 2] == "Worten":
            found.extend((j, j + 1, j + 2))  # "kommentierte mit den Worten"
            continue
        if verbs is not None and ("*" in verbs or lemma in verbs) and word not in taken:
            if word == "sich" and j > match.index + 3:
                continue  # "sich" belongs to the verb only right after it ("äußerte er sich")
            found.append(j)
            taken.add(word)
    return tuple(found)


def _attributive(doc: Doc, i: int, unit: Unit, masked: frozenset[int]) -> bool:
    """A participle used as an adjective in a noun phrase: "des erwarteten Wachstums", "die
    angekündigten Maßnahmen". One that describes a quotation after it stays a cue ("mit einem
    skandierten „Frieden schaffen ohne Waffen“")."""
    tokens = token_table(doc)
    after = i + 1
    while after + 1 < unit.end and blank_at(tokens, after):
        after += 1  # "einen bekannten  Werbeslogan"
    if tokens.tags[i] != ATTRIBUTIVE_TAG or after >= unit.end or after in masked:
        return False
    if not doc[after].is_alpha:
        return False  # "…, der notierte: …": an adjective stands before its noun
    return i > unit.start and tokens.tags[i - 1] in NOUN_PHRASE_LEFT_TAGS


def comment_adverbial(doc: Doc, i: int, unit: Unit, masked: frozenset[int]) -> bool:
    """ "Wie erwartet, gewann die SPD", "…, wie bereits berichtet, …", "hat wie berichtet …
    verweigert": "wie" with a bare participle is a comment on the sentence (as expected, as
    reported before), no speech act with a speaker. With a subject ("wie der Minister
    erwartet hatte") or an auxiliary ("wie berichtet wurde", "wie bekannt wurde") the clause
    stays a cue."""
    tokens = token_table(doc)
    if tokens.tags[i] != "VVPP" and not any(
        not form.finite for form in speech_verbs().get(tokens.lower[i], ())
    ):
        return False
    after = i + 1
    if after < unit.end and after not in masked:
        # a passive keeps its clause ("wie berichtet wurde"); "hatte" after a subjectless
        # participle is the main clause's verb ("Wie berichtet hatte das Ministerium …")
        word = tokens.lower[after]
        closes = after + 1 < unit.end and tokens.words[after + 1] in CLAUSE_PUNCT
        if word in lower_set("passive_auxiliaries.txt") or (
            word in lower_set(SEIN_FORMS) and closes
        ):
            return False
    j = i - 1
    while j >= unit.start and j not in masked and tokens.lower[j] != "wie":
        if tokens.tags[j] not in ADVERB_TAGS and function_words().get(tokens.lower[j]) != "adv":
            return False  # a subject or object between: "wie die Polizei berichtet"
        j -= 1
    # also inside the clause, unmarked by commas: "sie vertritt wie berichtet die Meinung"
    return j >= unit.start and j not in masked and tokens.lower[j] == "wie"


def _zu_infinitive(tokens: TokenTable, i: int, unit: Unit) -> bool:
    """The verb is a zu-infinitive ("Schwer zu sagen, wer …", "Bleibt zu hoffen, dass …",
    "nicht auszuschließen, dass …"): it reports no utterance of anyone."""
    if tokens.tags[i] == "VVIZU":
        return True
    return i > unit.start and tokens.lower[i - 1] == "zu" and tokens.tags[i - 1] == "PTKZU"


def _perfect_with_sein(doc: Doc, i: int, unit: Unit, masked: frozenset[int]) -> bool:
    """ "in die die Regierung geraten war,": a participle whose perfect takes "sein" at the
    clause end is another verb ("geraten" get into, not "raten" advise); speech verbs form
    their perfect with "haben" and their passive with "worden"."""
    tokens = token_table(doc)
    after = i + 1
    if tokens.tags[i] != "VVPP" or after >= unit.end or after in masked:
        return False
    if tokens.lower[after] not in lower_set(SEIN_FORMS):
        return False
    return after + 1 >= unit.end or tokens.words[after + 1] in CLAUSE_PUNCT


def _participle_with_auxiliary(
    doc: Doc, match: CueMatch, unit: Unit, masked: frozenset[int]
) -> CueMatch | None:
    """A participle that is an everyday adjective too ("bekannt") is a cue only beside a form
    of "haben" (its verb's perfect) or of "werden" (made known: "wie bekannt wurde"), which
    names the cue by its own lemma; beside "sein" ("ist nicht bekannt") or alone ("bekannt
    für seine Musik") it is the adjective."""
    words = doc_words(doc)
    entry = adjective_participles().get(words[match.index].lower())
    if entry is None or match.verb is None or match.verb.lemma != entry.verb:
        return match
    start = match.index
    while start > unit.start and words[start - 1] not in CLAUSE_PUNCT:
        start -= 1
    stop = clause_end(doc, match.index + 1, unit.end, masked)
    clause = {words[j].lower() for j in range(start, stop) if j not in masked}
    if not clause.isdisjoint(lower_set(WERDEN_FORMS)):
        return replace(match, verb=replace(match.verb, lemma=entry.werden_lemma))
    if not clause.isdisjoint(lower_set(HABEN_FORMS)):
        return match
    return None


def _reflexive_other_sense(doc: Doc, match: CueMatch, unit: Unit, masked: frozenset[int]) -> bool:
    """A verb whose reflexive use is no speech ("er nimmt sich des Falls an", "bei dem er sich
    eines Monsters annimmt") with a reflexive pronoun in its clause."""
    tokens = token_table(doc)
    if match.verb is None or match.verb.lemma not in word_list("reflexive_not_speech.txt"):
        return False
    start = match.index
    while start > unit.start and tokens.words[start - 1] not in CLAUSE_PUNCT:
        start -= 1
    stop = clause_end(doc, match.index + 1, unit.end, masked)
    if match.particle is not None:
        stop = max(stop, match.particle + 1)
    return any(tokens.lower[j] in REFLEXIVES for j in range(start, stop) if j not in masked)


def _split_particle_verb(
    words: list[str], i: int, start: int, end: int, masked: frozenset[int]
) -> CueMatch | None:
    """A particle written apart before its verb at the clause end: "wie X bekannt gab",
    "bekannt gegeben" ("bekannt" alone would read as the participle of "bekennen").
    Capitalised inside the unit, the word is a noun: "hatte es Bedenken gegeben" is no
    "zu bedenken gegeben"."""
    if i + 1 >= end or i + 1 in masked or (i > start and words[i][:1].isupper()):
        return None
    low, nxt = words[i].lower(), words[i + 1]
    joined = speech_verbs().get(low + nxt)
    if not joined or function_class(low) is not None or not nxt[:1].islower():
        return None  # the look-up first: it rules out nearly every word pair
    forms = [vf for vf in joined if vf.verb.particle == low]
    if not forms:
        return None
    finite = all(vf.finite for vf in forms)  # "bekannt geben" may hang on "will … "
    verb = forms[0].verb
    return CueMatch("verb", i + 1, None, verb, finite, verb.medium, extra=(i,))


#: a verbless "So X." sentence has at most this many words after its source ("am Montag")
SOURCE_SENTENCE_TAIL = 6
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def source_sentence(doc: Doc, unit: Unit, masked: frozenset[int]) -> tuple[int, int] | None:
    """The source of an elliptic "So der Minister." / "So eine Studie des Instituts." /
    "So zumindest die Polizei am Montag.": "so" and a noun phrase without a finite verb,
    attributing the sentence before to that source (like ", so der Minister" inside one)."""
    tokens = token_table(doc)
    words = doc_words(doc)
    if unit.end - unit.start < 3 or words[unit.start].lower() != "so":
        return None
    if any(tokens.tags[k] in FINITE_TAGS or k in masked for k in range(unit.start, unit.end)):
        return None  # "So sieht es Artikel 50 vor.", "So ein Spiel muss man …"
    k = unit.start + 1
    while k < unit.end and (function_class(words[k]) == "adv" or tokens.tags[k] in ADVERB_TAGS):
        k += 1  # "So zumindest die Polizei"
    if k >= unit.end or not (determiner_at(tokens, k) or capitalised_at(tokens, k)):
        return None
    phrase = noun_phrase(doc, k, unit.end, masked)
    if phrase is None:
        return None
    last = unit.end - 1 if words[unit.end - 1] in CLAUSE_PUNCT else unit.end
    if last - phrase[1] > SOURCE_SENTENCE_TAIL or words[unit.end - 1] not in {".", "!"}:
        return None
    return phrase


#: the words :func:`_relative_source` can be true of
RELATIVE_SOURCE_WORDS = frozenset({"zufolge", "nach", "laut", "gemäß"})


def _relative_source(words: list[str], i: int, end: int) -> bool:
    """ ", denen zufolge", or ", nach denen" after a speech noun ("Berichten, nach denen");
    "Wahlen, nach denen" is temporal."""
    low = words[i].lower()
    pronouns = word_list("relative_sources.txt")
    if low == "zufolge":
        return i >= 2 and words[i - 1] in pronouns and words[i - 2] == ","
    return (
        low in {"nach", "laut", "gemäß"}
        and i >= 2
        and i + 2 < end
        and words[i - 1] == ","
        and words[i + 1] in pronouns
        and speech_noun_medium(words[i - 2]) is not None
    )


#: the frame words :func:`find_cues` tests for by name
FRAME_OPENERS = frozenset({"laut", "gemäß", "zufolge", "nach", "wonach", "so"})


@cache
def _cue_words() -> frozenset[str]:
    """Every lower-cased word :func:`find_cues` can make a cue of: speech verb forms, the
    particles of split verbs ("bekannt gab"), source adverbs and frame words."""
    verbs = speech_verbs()
    particles = {vf.verb.particle for forms in verbs.values() for vf in forms}
    return frozenset(
        {*verbs, *particles, *lower_set("source_adverbs.txt"), *FRAME_OPENERS}
        | RELATIVE_SOURCE_WORDS
    )


#: Where :func:`_cue_word_positions` keeps a Doc's cue words (in ``Doc.user_data``).
CUE_WORDS_KEY = "lagebild.quotes.cue_words"


def _cue_word_positions(doc: Doc, lower: list[str]) -> list[int]:
    """The ascending indices of the Doc's words in :func:`_cue_words`, found once per Doc
    (they depend on the words only) by one set intersection."""
    found = doc.user_data.get(CUE_WORDS_KEY)
    if found is not None and found[0] == len(lower):
        return found[1]
    hits = _cue_words().intersection(lower)
    positions = [k for k, word in enumerate(lower) if word in hits] if hits else []
    doc.user_data[CUE_WORDS_KEY] = (len(lower), positions)
    return positions


def find_cues(doc: Doc, unit: Unit, masked: frozenset[int]) -> list[CueMatch]:
    tokens = token_table(doc)
    cues: list[CueMatch] = []
    verbs = speech_verbs()
    split_verbs: set[int] = set()
    words, lower = tokens.words, tokens.lower
    source_adverbs = lower_set("source_adverbs.txt")
    # the cue words first: all other words fall through every rule below
    positions = _cue_word_positions(doc, lower)
    for i in positions[bisect_left(positions, unit.start) : bisect_left(positions, unit.end)]:
        if i in masked or i in split_verbs:
            continue
        word = words[i]
        low = lower[i]
        split = (
            _split_particle_verb(words, i, unit.start, unit.end, masked)
            if i + 1 < unit.end and low + words[i + 1] in verbs  # rules out most pairs
            else None
        )
        if split is not None:
            split_verbs.add(split.index)
            cues.append(split)
        elif (
            low in {"laut", "gemäß"}
            and i + 1 < unit.end
            and not named_rule(doc, i + 1, unit.end, masked)
            and (
                # "gemäß der Richtlinie", "gemäß ASVG": in accordance with a rule, no source
                (low == "laut" and noun_phrase(doc, i + 1, unit.end, masked))
                or speech_noun_ahead(doc, i, unit.end) is not None
                or names_a_source(doc, i + 1, unit.end, masked)  # "gemäß einem Sprecher"
            )
        ):
            medium = speech_noun_medium(tokens.words[i + 1]) or "speech"
            cues.append(CueMatch("laut", i, medium=medium))
        elif low in source_adverbs:
            cues.append(CueMatch("adverb", i))  # "Demnach soll …": according to that source
        elif low in RELATIVE_SOURCE_WORDS and _relative_source(words, i, unit.end):
            # "Umfragen, denen zufolge …", "Berichte, nach denen …": the relative pronoun is
            # the source, the rest of the relative clause the content
            cues.append(CueMatch("relative", i, medium="speech"))
        elif low == "zufolge" and i > unit.start:
            cues.append(
                CueMatch("zufolge", i, medium=speech_noun_medium(tokens.words[i - 1]) or "speech")
            )
        elif low == "nach":
            temporal = i > unit.start and tokens.words[i - 1] in word_list(
                "temporal_before_nach.txt"
            )
            temporal = temporal or no_source_after_nach(tokens, i, unit.end)
            medium_after = None if temporal else _speech_noun_after(doc, i, unit.end)
            before = speech_nouns().get(tokens.words[i - 1]) if i > unit.start + 1 else None
            if before and tokens.lower[i - 2] not in lower_set("possessive_genitives.txt"):
                before = None
            if medium_after:
                cues.append(CueMatch("nach", i, medium=medium_after))
            elif before and (i + 1 >= unit.end or not capitalised_at(tokens, i + 1)):
                # postposition: "seiner Meinung nach", like "X zufolge"
                cues.append(CueMatch("zufolge", i, medium=before))
        elif low == "wonach" and i > unit.start + 1 and tokens.words[i - 1] == ",":
            # "Berichte, wonach die Maus …": a relative frame, the clause is the content
            medium = speech_noun_medium(tokens.words[i - 2]) or "speech"
            cues.append(CueMatch("wonach", i, medium=medium))
        elif low == "so" and i == unit.start and source_sentence(doc, unit, masked):
            cues.append(CueMatch("so", i))  # "… . So der Minister.": the sentence before
        elif low == "so" and i > unit.start and tokens.words[i - 1] == ",":
            phrase = noun_phrase(doc, i + 1, unit.end, masked)
            after = phrase[1] if phrase else unit.end
            while after < unit.end and function_words().get(tokens.lower[after]) == "adv":
                after += 1  # ", so Suttner wörtlich."
            if phrase and (
                after >= unit.end
                or tokens.words[after] in CLAUSE_PUNCT
                or (function_words().get(tokens.lower[after]) == "prep" and i > unit.start + 1)
            ):  # ", so Littmann zu den Beweggründen des Vereins."
                cues.append(CueMatch("so", i))
        elif word[:1].islower() and low in verbs:
            if (
                any(c.particle == i for c in cues)
                or _zu_infinitive(tokens, i, unit)
                or _attributive(doc, i, unit, masked)
                or comment_adverbial(doc, i, unit, masked)
                or _perfect_with_sein(doc, i, unit, masked)
            ):
                continue
            match = _choose_verb(doc, i, unit.end, verbs[low], masked)
            if match and low in adjective_participles():
                match = _participle_with_auxiliary(doc, match, unit, masked)
            if (
                match
                and _fixed_construction_ok(doc, match, unit.end)
                and not _reflexive_other_sense(doc, match, unit, masked)
                and not non_speech(doc, match, unit, masked)
            ):
                if match.verb is not None and match.verb.lemma in NEEDS_ES:
                    es = i - 1 if i > 0 and tokens.lower[i - 1] == "es" else i + 1
                    match = match.with_extra((es,))
                companions = _companions(doc, match, unit.end, masked)
                if companions:
                    match = match.with_extra((*match.extra, *companions))
                cues.append(match)
    # A particle claimed by a cue is not a cue of its own ("teilte … mit").
    particles = {c.particle for c in cues if c.particle is not None}
    return [c for c in cues if c.index not in particles]
