"""Reported continuations: Konjunktiv sentences that go on with the last speaker's words.

A chain starts with reported or direct speech (or a speech act such as "wies X
zurück") and goes on while the following sentences are in Konjunktiv and have no
speaker of their own. A narrator's indicative sentence, a new paragraph, a subheading
or a caption ends it; a break that the structure component repaired does not.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from lagebild.model import Participant
from lagebild.pipeline import doc_words
from lagebild.quotes.chunks import CLAUSE_PUNCT
from lagebild.quotes.clauses import first_word_opens_subordinate, opens_relative_phrase
from lagebild.quotes.coordination import coordinated_phrase
from lagebild.quotes.lexicon import function_class, function_words, lower_set, possessive_owners
from lagebild.quotes.mood import is_present_subjunctive, is_weak_preterite, moods, tenses
from lagebild.quotes.readings import present_subjunctive_at, readings, subjunctive_at
from lagebild.quotes.token_table import token_table
from lagebild.quotes.units import Unit


def first_subjunctive(doc: Doc, unit: Unit, masked: frozenset[int]) -> int | None:
    for i in readings(doc).subjunctive_candidates(unit.start, unit.end):
        if i not in masked and subjunctive_at(doc, i):
            return i
    return None


def ambiguous_past_v2(doc: Doc, unit: Unit, masked: frozenset[int]) -> bool:
    """A weak past form in second position ("Dazu zählten …") reads as Konjunktiv II too."""
    tokens = token_table(doc)
    i = unit.start + 1
    if i >= unit.end or i in masked or unit.start in masked:
        return False
    token = doc[i]
    text = token.text
    if moods(token) and "Sub" not in moods(token) and tenses(token) != ["Past"]:
        return False
    if tenses(token) and "Past" not in tenses(token):
        return False  # "Finnwale gelten als …": a present form that only ends in -ten
    return (
        text[:1].islower()
        and text.endswith(("te", "ten"))
        and len(text) > 4
        and function_class(text) is None
        and tokens.words[unit.start] not in CLAUSE_PUNCT
        and function_words().get(tokens.lower[unit.start]) in {"adv", None}
    )


def continues(
    doc: Doc,
    unit: Unit,
    masked: frozenset[int],
    first_cue: int | None,
    following: Unit | None = None,
    after_frame: bool = False,
) -> bool:
    """Is ``unit`` a continuation (given an open chain)?

    It is when its Konjunktiv comes before any speech verb of its own: a cue after the
    Konjunktiv verb ("Die USA hätten deutlich gemacht, dass …") is reported too. A weak
    preterite in second position ("Dazu zählten …") is Konjunktiv II only in form, and the
    narrator uses it far more often: it continues only between Konjunktiv sentences, when
    the ``following`` unit is in Konjunktiv too. A narrator's :func:`conjecture` continues
    only right ``after_frame`` (the sentence that named the speaker: "Zugleich warnte X vor
    einer Aggression. Dies hätte Folgen.") or before a Konjunktiv that reports.
    """
    if unit.heading or unit.start in masked:
        return False
    subjunctive = first_subjunctive(doc, unit, masked)
    if subjunctive is not None:
        if first_cue is not None and subjunctive >= first_cue:
            return False
        if indicative_main_clause(doc, unit, masked, subjunctive):
            return False
        if not after_frame and conjecture(doc, unit, masked, subjunctive):
            # "Ein Schuldspruch könnte … schaden.": a singular Konjunktiv II replaces no
            # Konjunktiv I (that form is distinct), so it is mostly the narrator's own
            # conjecture; it goes on only before a Konjunktiv that reports
            return _continues_in_report(doc, unit, following, masked)
        return True
    return (
        first_cue is None
        and following is not None
        and following.paragraph == unit.paragraph
        and not following.heading
        and first_subjunctive(doc, following, masked) is not None
        and ambiguous_past_v2(doc, unit, masked)
    )


def indicative_main_clause(doc: Doc, unit: Unit, masked: frozenset[int], subjunctive: int) -> bool:
    """Does an indicative main clause come before the unit's first Konjunktiv, and is that a
    Konjunktiv II? "Ohne Gesetzesänderung muss die Bank nur 7 Prozent beitragen, während alle
    anderen 22 Prozent bezahlen müssten." Reported speech would put its main clause in
    Konjunktiv I; a Konjunktiv II in a later clause is the narrator's own hypothesis.
    (A Konjunktiv I there reports that clause's subject: :func:`subordinate_subjunctive`.)"""
    if present_subjunctive_at(doc, subjunctive) or _first_person(doc, unit, masked):
        return False  # "Ich kenne ihn nicht und käme nie auf die Idee": the speaker's own words
    tokens = token_table(doc)
    if unit.start in masked or tokens.tags[unit.start] in FINITE_TAGS:
        return False  # "Verliert X den Prozess, müsste …": a verb first opens a condition
    if _opens_with_subordinate(doc, unit):
        return False  # "Wenn er gewinnt, müsste …": the finite verb ends a subordinate clause
    words = doc_words(doc)
    coordination = coordinated_phrase(doc, unit.start, unit.end, masked)
    for i in range(coordination[1] if coordination else unit.start + 1, subjunctive):
        if i in masked or words[i] in CLAUSE_PUNCT:
            return False  # an opening subordinate clause or quotation: no main clause first
        if tokens.tags[i] in FINITE_TAGS:
            # a weak preterite ("zählten") may be Konjunktiv II itself; "soll", "sollten"
            # report a plan or hearsay in either mood
            indicative = (
                not is_weak_preterite(doc[i])
                and tokens.lower[i] not in lower_set("mood_neutral_modals.txt")
                and not (readings(doc).may_be_subjunctive(i) and subjunctive_at(doc, i))
            )
            # a plural "hätten" in a second main clause stands in for a Konjunktiv I ("Er ist
            # übergetreten, die Brüder hätten das so gemacht"); a singular one does not
            return indicative and (
                singular_past_subjunctive(doc[subjunctive])
                or _only_subordinate_clauses(doc, unit, i, subjunctive)
            )
    return False


def _only_subordinate_clauses(doc: Doc, unit: Unit, finite: int, subjunctive: int) -> bool:
    """Does every clause between the main clause's ``finite`` verb and the ``subjunctive``
    open as a subordinate or relative one ("…, während alle anderen zahlen müssten")?"""
    words = doc_words(doc)
    breaks = [k for k in range(finite + 1, subjunctive) if words[k] in CLAUSE_PUNCT]
    return bool(breaks) and all(
        first_word_opens_subordinate(doc[k + 1]) or opens_relative_phrase(doc, k + 1, unit.end)
        for k in breaks
    )


def singular_past_subjunctive(token: Token) -> bool:
    """ "könnte", "hätte", "wäre", "würde": Konjunktiv II in the singular (plural "-en"
    forms stand in for a Konjunktiv I that looks like the indicative: "sie hätten"). Only
    forms that show it, a weak "-te" or an umlaut: the morphology tags "handle" as past too."""
    text = token.text
    looks_past = text.endswith("te") or any(c in text for c in "äöü")
    return text.endswith("e") and looks_past and not is_present_subjunctive(token)


def _first_person(doc: Doc, unit: Unit, masked: frozenset[int]) -> bool:
    """ "Allerdings wäre ich da vorsichtig.": the speaker's own words, quotation marks lost."""
    words = readings(doc).lower
    own = lower_set("first_person.txt")
    return any(words[i] in own for i in range(unit.start, unit.end) if i not in masked)


def _conditional(doc: Doc, unit: Unit, masked: frozenset[int]) -> bool:
    """ "Sollten … sein, würde man …", "Wenn …, würde …": a hypothesis with its condition."""
    words = readings(doc).lower
    openers = lower_set("condition_words.txt")
    if unit.start not in masked and token_table(doc).tags[unit.start] in FINITE_TAGS:
        return True  # a verb-first condition
    return any(words[i] in openers for i in range(unit.start, unit.end) if i not in masked)


def conjecture(doc: Doc, unit: Unit, masked: frozenset[int], subjunctive: int | None) -> bool:
    """Is the unit's first Konjunktiv (at ``subjunctive``) a singular Konjunktiv II with no
    Konjunktiv I, no first person and no condition beside it: "Das Projekt dürfte teurer
    werden." The narrator's guess more often than the last speaker's words; a chain of
    reported speech goes on past it."""
    return (
        subjunctive is not None
        and singular_past_subjunctive(doc[subjunctive])
        and not opens_without_frame(doc, unit, masked)
        and not _first_person(doc, unit, masked)
        and not _conditional(doc, unit, masked)
    )


def _continues_in_report(
    doc: Doc, unit: Unit, following: Unit | None, masked: frozenset[int]
) -> bool:
    if following is None or following.paragraph != unit.paragraph or following.heading:
        return False
    subjunctive = first_subjunctive(doc, following, masked)
    return subjunctive is not None and not conjecture(doc, following, masked, subjunctive)


def opens_without_frame(doc: Doc, unit: Unit, masked: frozenset[int]) -> bool:
    """A Konjunktiv I sentence with no speech verb: reported speech of the last subject.

    "Edler sieht darin Parallelen. Die Ursache sei nie gefunden worden." — the speaker is
    the subject of the sentence before (in the same paragraph).
    """
    if unit.heading:
        return False
    return any(
        i not in masked and present_subjunctive_at(doc, i)
        for i in readings(doc).subjunctive_candidates(unit.start, unit.end)
    )


FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def main_verb_present_subjunctive(doc: Doc, unit: Unit, masked: frozenset[int]) -> bool:
    """The finite verb of the main clause (the first one, before any comma) is Konjunktiv I:
    "Die Lage sei ernst.", not "Er fragte, ob sie ernst sei." """
    tokens = token_table(doc)
    if unit.heading or unit.start in masked:
        return False
    words = doc_words(doc)
    for i in range(unit.start, unit.end):
        if i in masked or words[i] in CLAUSE_PUNCT:
            return False
        if tokens.tags[i] in FINITE_TAGS:
            # most finite verbs are no Konjunktiv at all: spare them the morphology parse
            return readings(doc).may_be_subjunctive(i) and present_subjunctive_at(doc, i)
    return False


SOLLEN = frozenset({"soll", "sollen"})


def reportative_sollen(doc: Doc, unit: Unit, masked: frozenset[int]) -> bool:
    """ "Er soll den Anschlag geplant haben": hearsay marked by "sollen" + perfect infinitive.

    The perfect infinitive closes the clause of "soll": the sentence end or a comma before
    an infinitive or relative clause ("soll … zugegangen sein, um ihr …").
    """
    texts = doc_words(doc)
    if SOLLEN.isdisjoint(texts[unit.start : unit.end]):
        return False  # most sentences: no "soll" to look at (one test in C)
    indices = [i for i in range(unit.start, unit.end) if i not in masked]
    modal = next((k for k, i in enumerate(indices) if texts[i] in SOLLEN), None)
    if modal is None:
        return False
    words = [texts[i] for i in indices]
    for k in range(modal + 2, len(words)):
        closes = k + 1 >= len(words) or words[k + 1] in CLAUSE_PUNCT
        if closes and words[k] in {"haben", "sein"} and words[k - 1] != "zu":
            return True
        if words[k] in CLAUSE_PUNCT:
            if k + 1 < len(words) and words[k + 1] in {"um", "der", "die", "das", "wo"}:
                continue
            return False
    return False


def sollen_main_clause(doc: Doc, unit: Unit, masked: frozenset[int]) -> bool:
    """ "Die Kürzungen sollen vor allem die Verwaltung treffen." after a speech frame.

    After someone's announcement a main clause with finite "sollen" gives its content on.
    """
    tokens = token_table(doc)
    if unit.heading or unit.start in masked or _opens_with_subordinate(doc, unit):
        return False
    words = doc_words(doc)
    for i in range(unit.start + 1, min(unit.end, unit.start + 10)):
        if i in masked or words[i] in CLAUSE_PUNCT:
            return False
        if words[i] in SOLLEN and tokens.tags[i] in {"VMFIN", ""}:
            return True
    return False


#: tags of the words that open a subordinate clause or an indirect question
_SUBORDINATE_OPENERS = frozenset({"KOUS", "PWAV", "PWS", "PWAT"})


def _opens_with_subordinate(doc: Doc, unit: Unit) -> bool:
    """Does the unit open with a subordinate clause ("Wie die Fortsetzung heißen soll, …",
    "Ob sie kommen soll, …")? Its "soll" is no main clause's."""
    tokens = token_table(doc)
    return tokens.tags[unit.start] in _SUBORDINATE_OPENERS or tokens.lower[unit.start] in lower_set(
        "subordinating.txt"
    )


@cache
def _future_adverbials() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in lower_set("future_adverbials.txt"))


def narrator_forecast(doc: Doc, unit: Unit, masked: frozenset[int]) -> bool:
    """ "Voraussichtlich nächste Woche soll die Reform eingebracht werden.": a "soll"
    sentence that dates its event in the future and has no Konjunktiv I is the paper's own
    schedule, not the last speaker's words going on."""
    words = readings(doc).lower
    indices = [i for i in range(unit.start, unit.end) if i not in masked]
    sequence = [words[i] for i in indices]
    found = any(
        sequence[k : k + len(phrase)] == list(phrase)
        for phrase in _future_adverbials()
        for k in range(len(sequence) - len(phrase) + 1)
        if sequence[k] == phrase[0]
    )
    return found and not opens_without_frame(doc, unit, masked)


def subordinate_subjunctive(doc: Doc, unit: Unit, masked: frozenset[int]) -> int | None:
    """The main clause's indicative finite verb when the unit's Konjunktiv lies only in a
    clause after it: "Mazedonien hatte die Grenze geschlossen, weil die Weiterfahrt ins
    Stocken geraten sei." The Konjunktiv reports the reasons of that clause's subject, who
    need not be the last speaker."""
    tokens = token_table(doc)
    if unit.heading or unit.start in masked or tokens.tags[unit.start] in FINITE_TAGS:
        return None  # "Verliert X den Prozess, müsste …": a verb first opens a condition
    words = doc_words(doc)
    finite = None
    # "Weder die G8, noch die EU erkennen … an, da … werde": the commas of a coordinated
    # subject open no clause
    coordination = coordinated_phrase(doc, unit.start, unit.end, masked)
    for i in range(coordination[1] if coordination else unit.start + 1, unit.end):
        if i in masked or words[i] in CLAUSE_PUNCT:
            return None  # an opening subordinate clause or quotation: no main clause first
        if tokens.tags[i] in FINITE_TAGS:
            finite = i
            break
    if finite is None or (readings(doc).may_be_subjunctive(finite) and subjunctive_at(doc, finite)):
        return None
    subjunctive = first_subjunctive(doc, unit, masked)
    if subjunctive is None:
        return None
    commas = [i for i in range(finite + 1, subjunctive) if words[i] in CLAUSE_PUNCT]
    if not commas or commas[-1] + 1 >= subjunctive:
        return None
    # every clause from the main verb to the Konjunktiv is subordinate: "…, die Brüder
    # hätten …" or "…, seine Versicherung versagte ihm die Deckung, da … vorliege" go on
    # in a second main clause, whose subject this rule does not read
    if not all(
        first_word_opens_subordinate(doc[i + 1]) or opens_relative_phrase(doc, i + 1, unit.end)
        for i in commas
    ):
        return None
    return finite


#: How many sentences back a speaker still goes on in a Konjunktiv I sentence that follows
#: a narrator's sentence: further back, the text more often turns to someone it never frames.
RECENT_SPEAKER_UNITS = 4


def recent_speaker(last: Participant | None, units_since: int) -> Participant | None:
    """The last speaker, for a Konjunktiv I sentence with no speaker of its own after a
    narrator's sentence: "…, sagte X. Es gibt kein Papier. Man habe nur beraten." Not one
    framed long before, nor an unresolved "sie" or "ihrer" (it names no one)."""
    if last is None or not 0 < units_since <= RECENT_SPEAKER_UNITS:
        return None
    name = last.name.lower()
    if name in lower_set("pronouns.txt") or name in possessive_owners():
        return None
    return last
