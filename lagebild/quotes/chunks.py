"""A small noun-phrase chunker for speakers and addressees, working without a parser.

German capitalises nouns and names, so a speaker phrase is read as: optional article,
attributive adjectives, capitalised words (titles, names, nouns), genitive or "von"
attributes, a parenthesised party ("(CDU)") and comma appositions between names.
"""

from __future__ import annotations

from functools import cache

from spacy.symbols import ADJ, ADV, NUM
from spacy.tokens import Doc, Token

from lagebild.entities.names import title_of
from lagebild.lexicon import is_plain_common_noun
from lagebild.quotes.lexicon import (
    function_words,
    is_role,
    is_speaker_group,
    lower_set,
    speech_verbs,
    word_list,
)
from lagebild.quotes.token_table import TokenTable, token_table

CLAUSE_PUNCT = frozenset({",", ":", ";", ".", "!", "?", "–", "—"})
QUOTE_MARKS = frozenset("„“”\"»«‚‘’'›‹")


def is_determiner(token: Token) -> bool:
    return token.text.lower() in lower_set("determiners.txt")


def is_pronoun(token: Token) -> bool:
    return token.text.lower() in lower_set("pronouns.txt") and token.tag_ != "PPOSAT"


def is_capitalised(token: Token) -> bool:
    """A capitalised word, "39-Jährige", or a short lower-case brand ("n-tv", "n24")."""
    text = token.text
    first = text[:1]
    if first.isupper() and first.isalpha():
        return True  # the common case, decided before the scan in _capitalised
    return _capitalised(text, token.tag_)


def _capitalised(text: str, tag: str) -> bool:
    """:func:`is_capitalised` of a word with the tag ``tag``, past the common case."""
    first = text[:1]
    if first.isupper() and first.isalpha():
        return True
    if not text or not (text.isalpha() or any(c.isalpha() for c in text)):
        return False
    if first.isupper():
        return True
    if first.isdigit() and "-" in text:
        return text.split("-", 1)[1][:1].isupper()
    if first.isdigit() and tag == "NE":
        return True  # a name the tagger knows that opens with a digit: "9to5Mac"
    if text.isalpha() and len(text) > 1 and tag == "NE":
        return True  # a lower-case name the tagger knows: "die taz", "ver.di"
    return (
        first.islower()
        and len(text) <= 6
        and ("-" in text.strip("-") or any(c.isdigit() for c in text))
    )


def is_speech_form(token: Token) -> bool:
    return token.text[:1].islower() and token.text.lower() in speech_verbs()


def is_nominal(token: Token) -> bool:
    """A capitalised word that can belong to a noun phrase (not a sentence adverb)."""
    if not is_capitalised(token):
        return False
    low = token.text.lower()  # function_class and is_determiner, from one reading of the text
    return function_words().get(low) is None and low not in lower_set("determiners.txt")


# The same tests by token index, on the Doc's token table: the chunker's loops read the
# same tokens again and again, and a Token object per look costs more than the test.


def determiner_at(table: TokenTable, i: int) -> bool:
    """:func:`is_determiner` of token ``i``."""
    return table.lower[i] in lower_set("determiners.txt")


def pronoun_at(table: TokenTable, i: int) -> bool:
    """:func:`is_pronoun` of token ``i``; "ihr" before its noun is a possessive article
    ("sagte ihr Sprecher"), no pronoun."""
    return table.lower[i] in lower_set("pronouns.txt") and table.tags[i] != "PPOSAT"


def capitalised_at(table: TokenTable, i: int) -> bool:
    """:func:`is_capitalised` of token ``i``."""
    text = table.words[i]
    first = text[:1]
    if first.isupper() and first.isalpha():
        return True
    return _capitalised(text, table.tags[i])


def speech_form_at(table: TokenTable, i: int) -> bool:
    """:func:`is_speech_form` of token ``i``."""
    return table.words[i][:1].islower() and table.lower[i] in speech_verbs()


def blank_at(table: TokenTable, i: int) -> bool:
    """A token of spaces only: spaCy makes one of every extra space ("sagte  der Minister",
    frequent in news copy). The chunker reads over it; a line break is no blank."""
    text = table.words[i]
    return bool(text) and not text.strip(" \t\xa0")


#: tags inside an extended attribute, between its preposition and its adjective
_ATTRIBUTE_INNER_TAGS = frozenset(
    {"APPR", "APPRART", "ART", "NN", "NE", "CARD", "ADV", "ADJD", "PPOSAT", "PIAT"}
)
#: at most this many tokens from the attribute's preposition to its adjective
_ATTRIBUTE_TOKENS = 6
#: tags that open an extended attribute
_ATTRIBUTE_OPENERS = frozenset({"APPR", "APPRART"})
#: tags that lead into one when a preposition or a noun follows before the adjective: "der
#: [ebenfalls an der Studie beteiligte] Politologe", "der [27 Jahre junge] Bezirksrat"
_ATTRIBUTE_LEADS = frozenset({"ADV", "CARD"})


def extended_attribute_end(table: TokenTable, i: int, end: int) -> int | None:
    """The adjective that closes an extended attribute opening at ``i`` right after an
    article, before the phrase's noun: "die [in London ansässige] Beobachtungsstelle",
    "der [am Montag veröffentlichte] Bericht", "der [extra nach Wien gereiste] Kläger".
    None where no such attribute opens there."""
    if i >= end:
        return None
    tags = table.tags
    if tags[i] not in _ATTRIBUTE_OPENERS and tags[i] not in _ATTRIBUTE_LEADS:
        return None
    for k in range(i + 1, min(end - 1, i + _ATTRIBUTE_TOKENS + 1)):
        tag = tags[k]
        if _closes_attribute(table, k):
            after = k + 1
            noun_follows = nominal_at(table, after) or tags[after] == "ADJA"
            opened = tags[i] in _ATTRIBUTE_OPENERS or _led_attribute(table, i, k)
            return k if k > i + 1 and noun_follows and opened else None
        if tag not in _ATTRIBUTE_INNER_TAGS:
            return None
    return None


#: finite verb tags the tagger gives an inflected participle ("mit dem Vorgang vertraute
#: Personen", "an der Studie beteiligte Politologe"): one in form
_PARTICIPLE_AS_VERB_TAGS = frozenset({"VVFIN", "VVPP"})


def _closes_attribute(table: TokenTable, k: int) -> bool:
    """An inflected adjective or participle, lower case, that may close an attribute."""
    word = table.words[k]
    if not word[:1].islower():
        return False
    tag = table.tags[k]
    if tag == "ADJA":
        return True
    return (
        tag in _PARTICIPLE_AS_VERB_TAGS
        and word.endswith(("te", "ten", "ene", "enen"))
        and k + 1 < len(table.words)
        and nominal_at(table, k + 1)
    )


def _past_attribute(table: TokenTable, k: int) -> int:
    """Where the phrase reads on after the attribute that ``k`` closes: at an adjective, which
    the phrase reads as one ("ansässige"); after a participle tagged as a verb."""
    return k if table.tags[k] == "ADJA" else k + 1


def _led_attribute(table: TokenTable, i: int, k: int) -> bool:
    """Whether the words between a lead at ``i`` and the adjective at ``k`` hold the core of
    an attribute: a preposition with its object ("extra [nach Wien] gereiste"), or after a
    number its noun ("27 [Jahre] junge"). "etwa durch aggressives Verhalten", "viel zu
    geringe Zahl": a preposition right before the adjective is no attribute's."""
    tags = table.tags
    if tags[i] == "CARD" and tags[i + 1] == "NN":
        return True
    return any(tags[m] in _ATTRIBUTE_OPENERS for m in range(i + 1, k - 1))


def bare_attribute_end(table: TokenTable, i: int, end: int) -> int | None:
    """An extended attribute with no article before it, where the noun after it is one that
    speaks: "sagten [mit dem Vorgang vertraute] Personen". Elsewhere a preposition opens an
    adverbial ("sagte mit Blick auf die neue Regierung"), so other nouns are left out."""
    if table.tags[i] not in _ATTRIBUTE_OPENERS:
        return None
    attribute = extended_attribute_end(table, i, end)
    if attribute is None or attribute + 1 >= end:
        return None
    noun = table.words[attribute + 1]
    if noun in word_list("attributed_speaker_nouns.txt") or is_speaker_group(noun):
        return attribute
    return None


def nominal_at(table: TokenTable, i: int) -> bool:
    """:func:`is_nominal` of token ``i``, tested once per token and Doc."""
    known = table.nominal[i]
    if known is None:
        low = table.lower[i]
        known = table.nominal[i] = capitalised_at(table, i) and (
            i in table.person_names
            or (function_words().get(low) is None and low not in lower_set("determiners.txt"))
        )
    return known


#: tags of a word ending in "-er" that is no genitive adjective ("wieder", "später")
ADVERBIAL_TAGS = frozenset({"ADV", "ADJD"})

#: the parts of speech of a word :func:`adjective_like` lets stand before a noun
_ADJECTIVE_POS = frozenset({ADJ, NUM, ADV})


def adjective_like(doc: Doc, i: int, end: int) -> bool:
    """A lower-case word before a noun ("die fast achtstündigen Gespräche")."""
    return adjective_like_at(token_table(doc), i, end)


def adjective_like_at(table: TokenTable, i: int, end: int) -> bool:
    """:func:`adjective_like` on the Doc's token table."""
    words = table.words
    text = words[i]
    numbered = text[:1].isdigit() and "-" in text and text[-1:].islower()
    if (
        not (text[:1].islower() or numbered)
        or function_words().get(table.lower[i])
        or speech_form_at(table, i)
    ):
        return False  # "81-jährige" is an adjective too
    pos = table.pos[i]
    if pos:
        # "ein anderer Sprecher": UD German counts "anderer" a determiner, STTS an adjective
        if pos not in _ADJECTIVE_POS and table.tags[i] != "ADJA":
            return False
    elif table.lower[i] in lower_set("auxiliaries.txt") or not text.endswith(
        ("e", "en", "er", "es", "em")
    ):
        return False
    j, seen = i + 1, 0
    while j < end and seen < 2:
        if nominal_at(table, j):
            return True
        if not blank_at(table, j):  # "weitere  Abgeordnete": a blank is no word between
            if not words[j][:1].islower():
                return False
            seen += 1
        j += 1
    return False


@cache
def genitive_words() -> frozenset[str]:
    """The words that link a genitive attribute or open it ("von", "des", "seines")."""
    return word_list("genitive_links.txt") | word_list("genitive_determiners.txt")


def noun_phrase(
    doc: Doc, i: int, end: int, masked: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` (before ``end``), as a token range."""
    return noun_phrase_at(token_table(doc), i, end, masked)


def noun_phrase_at(
    table: TokenTable, i: int, end: int, masked: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """:func:`noun_phrase` on the Doc's token table."""
    if i >= end:
        return None
    if i in masked:
        # a quoted name: Laut „BBC News“
        j = i
        while j < end and j in masked:
            j += 1
        return (i, j) if j - i <= 8 else None
    if table.lower[i] in lower_set("partitive_heads.txt") and i + 2 < end:
        # "einer der Betreiber": the partitive head and its genitive plural, one phrase
        group = noun_phrase_at(table, i + 1, end, masked) if table.lower[i + 1] == "der" else None
        if group is not None and group[1] > i + 2:
            return (i, group[1])
    if pronoun_at(table, i):
        return (i, i + 1)
    words = table.words
    genitive_links = word_list("genitive_links.txt")
    j = i
    particle_end = name_particle_end_at(table, i, end)
    if particle_end is not None:
        j = particle_end  # "Von der Leyen", "de Maizière": the particle belongs to the name
    elif determiner_at(table, j) or share_number_at(table, j):
        j += 1  # an article, or a share's number: "25 Prozent der Befragten"
        while j + 1 < end and blank_at(table, j):
            j += 1  # "der  Minister"
        attribute = extended_attribute_end(table, j, end)
        if attribute is not None:
            j = _past_attribute(table, attribute)  # "die in London ansässige Beobachtungsstelle"
    elif (bare := bare_attribute_end(table, j, end)) is not None:
        j = _past_attribute(table, bare)  # "mit dem Vorgang vertraute Personen"
    if j < end and count_number_at(table, j, end):
        j += 1  # "einer der 13 beteiligten Feuerwehrmänner", "15 weitere Abgeordnete"
    start_content = j
    while j < end and j - i < 14:
        text = words[j]
        if j in masked:
            named = j + 1 < end and words[j + 1][:1].isupper()  # "der Sender „Silverbird“"
            if (
                j > i
                and j - 1 not in masked
                and not (
                    determiner_at(table, j - 1)
                    or words[j - 1] in genitive_links | {"-", "("}
                    or named
                )
            ):
                break  # "Angaben der Staatsanwaltschaft „ganz besonders sorgfältig“"
            j += 1
            continue
        if nominal_at(table, j) and not speech_form_at(table, j):
            j += 1
        elif name_apostrophe_at(table, j):
            j += 1  # "O’Leary", "D'Alema"
        elif adjective_like_at(table, j, end) and not (
            j > start_content and nominal_at(table, j - 1)
        ):
            j += 1  # an adjective right after a noun opens the next phrase
            if j == start_content + 1 and count_number_at(table, start_content - 1, end):
                j = _past_blanks(table, j, end)  # "15 weitere  Syriza-Abgeordnete"
        elif (
            text in genitive_words()
            and j > start_content
            and j + 1 < end
            and (
                nominal_at(table, j + 1)
                or (text in genitive_links and determiner_at(table, j + 1))
                or adjective_like_at(table, j + 1, end)
                or (j + 1 in masked and text in genitive_links)
            )
        ):
            j += 1  # "des „Spiegel“", "aller Parteien", "seines Vermögensverwalters"
            if determiner_at(table, j) and j + 1 < end:
                j += 1
        elif (
            j > start_content
            and nominal_at(table, j - 1)
            and text.endswith("er")
            and table.tags[j] not in ADVERBIAL_TAGS  # "laut Staatsanwaltschaft wieder"
            and adjective_like_at(table, j, end)
        ):
            j += 1  # a genitive without article: "Meinung politischer Beobachter"
        elif (
            place_link_at(table, j)
            and j > start_content
            and j + 1 < end
            and (nominal_at(table, j - 1) or words[j - 1] == ")")
            and nominal_at(table, j + 1)
            and not is_common_noun(words[j + 1])
            and not (j + 2 < end and name_apostrophe_at(table, j + 2))
        ):
            j += 1  # a place attribute: "das Parlament in Mexiko-Stadt", "Behörden im Libanon"
        elif blank_at(table, j) and j > start_content and _name_across_blank(table, j, end):
            j = _past_blanks(table, j, end)  # "EU-Kommissionspräsident  Jean-Claude Juncker"
        elif text == "und" and j > start_content and _conjunct_follows(table, j + 1, end):
            j += 1  # "Sonia und Willy Bogner", "der New York Times und der Los Angeles Times"
            if determiner_at(table, j):
                j += 1
        elif text == "(" and j > start_content and (close := _bracket_end(table, j, end)):
            j = close  # "(CDU)", "(National Environment Management Authority, NEMA)"
        elif (
            text == ","
            and j > start_content
            and capitalised_at(table, j - 1)
            and (close := _apposition_end(table, j + 1, end))
        ):
            j = close  # ", der Gouverneur von Tabasco,"
        elif (
            (
                text == ","
                and j > start_content
                and j + 1 < end
                and nominal_at(table, j + 1)
                and _apposition_closes(table, j + 1, end)
            )
            or text == "-"
            or text.endswith("-")
        ):
            j += 1
        else:
            break
    while j > start_content and words[j - 1] in {",", "-"}:
        j -= 1
    if j == start_content:
        return None
    return (i, j)


def count_number_at(table: TokenTable, i: int, end: int) -> bool:
    """A number that counts people, before their noun and at most one adjective: "der 13
    beteiligten Feuerwehrmänner", "15 weitere Abgeordnete". Only a noun for people takes
    it into a speaker phrase: "465 Fälle", "50.000 Euro" name no one."""
    if not table.words[i].isdigit() or i + 1 >= end:
        return False
    k = _past_blanks(table, i + 1, end)
    if k < end and adjective_like_at(table, k, end):
        k = _past_blanks(table, k + 1, end)
    if k >= end or not nominal_at(table, k):
        return False
    noun = table.words[k]
    return is_speaker_group(noun) or is_role(noun) or title_of(noun) is not None


def _name_across_blank(table: TokenTable, blank: int, end: int) -> bool:
    """Does a name go on after the extra space at ``blank``: a role or name before it and a
    name after it ("Fotograf Laurent  Mekul", "Markit-Chefökonom  Chris Williamson")? A
    common noun on either side starts the next phrase ("laut Filzmaier  Aufträge")."""
    before, after = table.words[blank - 1], _past_blanks(table, blank, end)
    return (
        after < end
        and nominal_at(table, blank - 1)
        and (is_role(before) or not is_common_noun(before))
        and capitalised_at(table, after)
        and nominal_at(table, after)
        and not is_common_noun(table.words[after])
        and not determiner_at(table, after)
    )


def _past_blanks(table: TokenTable, i: int, end: int) -> int:
    """The first token from ``i`` on that is no blank (see :func:`blank_at`)."""
    while i < end and blank_at(table, i):
        i += 1
    return i


def share_number_at(table: TokenTable, i: int) -> bool:
    """A number before a share noun ("25 Prozent der Befragten"): it opens a phrase like an
    article does."""
    return (
        i + 1 < len(table.words)
        and table.words[i][:1].isdigit()
        and table.words[i + 1] in word_list("share_nouns.txt")
    )


def place_link_at(table: TokenTable, i: int) -> bool:
    """A preposition that links a place to the noun before it ("Polizei in Wien", "aus
    Bayern"); "im" only before a proper noun ("im Libanon", not "Experten im Herbst")."""
    if table.words[i] not in word_list("place_links.txt"):
        return False
    return table.words[i] != "im" or (i + 1 < len(table.tags) and table.tags[i + 1] == "NE")


def is_name_apostrophe(doc: Doc, i: int) -> bool:
    """An apostrophe inside a name, with no space around it: "O’Leary", "D'Alema"."""
    return name_apostrophe_at(token_table(doc), i)


def name_apostrophe_at(table: TokenTable, i: int) -> bool:
    words = table.words
    return (
        words[i] in {"’", "'"}
        and 0 < i < len(words) - 1
        and not table.spaced(i - 1)
        and not table.spaced(i)
        and words[i - 1][:1].isupper()
        and words[i + 1][:1].isupper()
    )


def name_particle_end(doc: Doc, i: int, end: int) -> int | None:
    """After "Von der", "van", "de" when a surname follows ("Von der Leyen sagte")."""
    return name_particle_end_at(token_table(doc), i, end)


def name_particle_end_at(table: TokenTable, i: int, end: int) -> int | None:
    lower = table.lower
    if lower[i] not in lower_set("name_particles.txt"):
        return None
    j = i + 1
    if j < end and lower[j] in {"der", "den", "dem", "de", "la", "le"}:
        j += 1
    elif table.words[i].islower() and table.words[i] in {"von", "zu"}:
        return None  # a bare "von Berlin" is a preposition
    if j >= end or not nominal_at(table, j) or is_common_noun(table.words[j]):
        return None
    return j


def _apposition_closes(table: TokenTable, i: int, end: int) -> bool:
    """ ", Vizeaußenministerin Wendy Sherman," — names up to a comma or the verb."""
    words = table.words
    j = i
    while j < end and (nominal_at(table, j) or words[j] == "-"):
        j += 1
    return j > i and j - i <= 5 and (j >= end or words[j] == "," or speech_form_at(table, j))


def apposition_end(doc: Doc, i: int, end: int) -> int | None:
    """The end of ", der Gouverneur von Tabasco," starting at ``i`` (after the comma).

    The apposition is an article, adjectives and nouns with genitive or "von" attributes,
    closed by a comma or the end of the range; a verb inside makes it a relative clause.
    """
    return _apposition_end(token_table(doc), i, end)


def _apposition_end(table: TokenTable, i: int, end: int) -> int | None:
    words = table.words
    j = i
    if j < end and determiner_at(table, j):
        j += 1
    seen_noun = False
    while j < end and j - i < 12:
        if nominal_at(table, j) and not speech_form_at(table, j):
            seen_noun = True
        elif not (
            adjective_like_at(table, j, end)
            or determiner_at(table, j)
            or words[j] in word_list("genitive_links.txt") | {"für", "aus", "in", "im", "-"}
        ):
            break
        j += 1
    if not seen_noun or not nominal_at(table, j - 1):
        return None
    return j if j >= end or words[j] in {",", ")", "."} else None


def _conjunct_follows(table: TokenTable, i: int, end: int) -> bool:
    if i < end and determiner_at(table, i):
        i += 1
    return i < end and nominal_at(table, i) and not speech_form_at(table, i)


def _bracket_end(table: TokenTable, i: int, end: int) -> int | None:
    words, tags = table.words, table.tags
    for j in range(i + 1, min(end, i + 10)):
        if words[j] == ")":
            return j + 1 if j > i + 1 else None
        if tags[j].startswith("V") or words[j] in {"(", ".", ";", ":"}:
            return None
    return None


def noun_phrase_after(
    doc: Doc, i: int, end: int, masked: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The first noun phrase at or after ``i``, skipping sentence adverbs ("auch", "erneut")."""
    table = token_table(doc)
    classes = function_words()
    while i < end and (
        (
            classes.get(table.lower[i]) == "adv"
            and not pronoun_at(table, i)
            and i not in table.person_names  # "sagte Kurz"
        )
        or blank_at(table, i)
    ):
        i += 1
    return noun_phrase_at(table, i, end, masked)


def noun_phrase_before(
    doc: Doc, end: int, start: int, masked: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The noun phrase that ends right before ``end`` (for "X zufolge")."""
    table = token_table(doc)
    best = None
    for i in range(max(start, end - 14), end):
        found = noun_phrase_at(table, i, end, masked)
        if found and found[1] == end:
            best = found
            break
    return best


def is_common_noun(word: str) -> bool:
    """True if ``word`` is a German common noun with no name reading, so not a name."""
    # Wiktionary lists first names, surnames and places as nouns too; any such reading
    # makes the word a possible name. Hyphenated compounds are left to the name rules.
    return "-" not in word and is_plain_common_noun(word)
