"""Readings of a trigger that assert no event in news text: what is due or planned ("die EU
muss kooperieren"), judged, considered or asked in a subordinate clause ("nicht sinnvoll, sie
abzuschieben", "schloss nicht aus, ihn zu verklagen", "ob … gestreikt werde"), called for or
expected ("zu einer Demonstration aufgerufen", "mit Streiks rechnen"), generic ("jede Hilfe"),
idiomatic or everyday ("ins Gespräch bringen", "Alarm schlagen", "eine Kerze angezündet"),
shown ("demonstriert Einigkeit"), studied ("der Soziologe hat … untersucht"), felt ("sieht
sich bedroht"), or sent, delivered or rescued that is no aid ("Migranten geschickt", "sich
retten"). Word lists live in data/ beside the module."""

from __future__ import annotations

import csv
from functools import cache
from typing import Final

from lagebild.events.arguments import SETTING_PREPOSITIONS, is_passive
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.irrealis import IRREALIS_TYPES
from lagebild.events.lexicon import DATA, Trigger, word_list
from lagebild.events.trigger_entries import choose_entry, lexicon_entries
from lagebild.events.words import Word

#: Forms that, after a participle, make a perfect infinitive: hearsay of a past act
#: ("soll gekämpft haben", "soll getötet worden sein"), which stays an event.
_PERFECT_AUXILIARIES: Final = frozenset({"haben", "sein", "worden"})
#: Verbs of the governing clause that make an adjective predicative ("es sei nicht sinnvoll",
#: "hält es für falsch").
_COPULAS: Final = frozenset({"sein", "halten", "finden", "erscheinen", "scheinen", "bleiben"})
#: Verbs that predicate an adjective of their subject ("gilt als möglich", "ist unmöglich").
_PREDICATING: Final = frozenset({"sein", "gelten", "erscheinen", "scheinen", "bleiben"})
#: Openers of a zu-infinitive of purpose or manner, whose act is told ("um zu protestieren").
_ADVERBIAL_INFINITIVES: Final = frozenset({"um", "ohne", "statt", "anstatt"})
_SENDING: Final = frozenset({"schicken", "senden", "zurückschicken"})
#: Conjunctions of an indirect yes-no question: what follows is asked, not told.
_QUESTION_CONJUNCTIONS: Final = frozenset({"ob"})
#: "liefern" with nothing delivered is to perform ("weil Regierungen nicht liefern, was sie
#: versprochen haben"), not aid.
_DELIVERING: Final = "liefern"
#: "bestreiten" of a contest is to compete in it, not to deny it.
_COMPETING_VERB: Final = "bestreiten"
#: Verbs of attack that are criticism when done in words ("griff ihn scharf an").
_ATTACKING_VERBS: Final = frozenset({"angreifen", "attackieren"})
#: "helfen sich gegenseitig": the reflexive there is mutual, not self-help.
_MUTUAL: Final = frozenset({"gegenseitig", "einander"})
#: "drohen" with a zu-infinitive in its own clause tells what is about to happen.
_IMPENDING: Final = "drohen"
#: "hatten mit Minusgraden zu kämpfen": "zu kämpfen haben" is to struggle, not to fight.
_STRUGGLING: Final = "kämpfen"
#: "die Regierung ist gefordert": the participle with "sein" tells who is challenged.
_CHALLENGED: Final = "fordern"
#: "demonstrieren anhand …" shows by example.
_BY_EXAMPLE: Final = "anhand"
#: What one gets ready for: "sich auf einen Streik einstellen", "sich für Proteste rüsten".
_AWAITED_PREPOSITIONS: Final = frozenset({"auf", "für"})
#: "vor Beginn der Gespräche": before the start of an event it has not happened.
_BEFORE: Final = "vor"
#: "sich etwas versprechen" is to expect it.
_PROMISING: Final = "versprechen"
#: "demonstrieren" with an object shows something ("demonstriert Einigkeit"), not a protest.
_SHOWING_VERB: Final = "demonstrieren"


def _endings(name: str) -> tuple[str, ...]:
    return tuple(sorted(word_list(name)))


def not_asserted(
    entry: Trigger, clause: Clause, clauses: list[Clause], word: Word, chunk: Chunk | None
) -> bool:
    """The trigger, in its clause, tells no event of its own."""
    if chunk is not None and (generic(chunk, word) or governed_noun(clause, word, chunk)):
        return True
    if open_question(clause):
        return True
    if word.tag == "NN" and (idiomatic(clause, word) or interview(entry, clause, word)):
        return True
    if chunk is not None and word.tag == "NN" and deadlock(clause, word, chunk):
        return True
    if chunk is not None and entry.pos != "label" and said_to_be(clause, chunk):
        return True
    if chunk is not None and word.tag == "NN" and possible_only(clause, chunk):
        return True
    if chunk is not None and word.tag == "NN" and before_onset(chunk, word):
        return True
    verb = _verb_of_entry(entry, clause, word)
    if verb is not None and (
        due(clause, clauses, verb) or judged_infinitive(clause, clauses, verb)
    ):
        return True
    if entry.lemma == _SHOWING_VERB and shows(clause, word):
        return True
    if (
        sent_no_aid(entry, clause, word)
        or self_help(entry, clause, word)
        or delivers_nothing(entry, clause, word)
    ):
        return True
    if word.is_verb and (
        contested(entry, clause, word)
        or attack_in_words(entry, clause)
        or everyday_object(clause, word, clauses)
        or challenged(clause, word)
        or impending(clause, word)
        or perceived(clause, word)
        or struggling(clause, word)
        or self_promised(clause, word)
        or own_event_called_off(clause, word)
    ):
        return True
    return entry.mode == "investigate" and studied(clause, chunk)


def _verb_of_entry(entry: Trigger, clause: Clause, word: Word) -> Word | None:
    """The verb that tells the event: the trigger, or a light verb's ("Hilfe leisten")."""
    if word.is_verb:
        return word
    if entry.pos != "lvc":
        return None
    light = entry.words[-1].casefold()
    return next((w for w in clause.words if w.is_verb and w.lemma.casefold() == light), None)


def due(clause: Clause, clauses: list[Clause], verb: Word) -> bool:
    """ "muss kooperieren", "sollte zurücktreten", "soll ausgeliefert werden": a bare or
    passive infinitive under a present or subjunctive "müssen"/"sollen" is due or planned."""
    modal_clause = clause
    position = clauses.index(clause)
    if clause.finite is None and position > 0:
        # "soll erst noch zwischen X, Y, und Z vereinbart werden": an apposition's commas
        # part the verb from its modal
        modal_clause = clauses[position - 1]
    if not any(
        w.is_finite and w.lower in word_list("deontic_forms.txt") for w in modal_clause.words
    ):
        return False
    following = [w for w in clause.words if w.i > verb.i and w.is_verb]
    for later in clauses[position + 1 :]:
        if later.finite is not None:
            break
        following += [w for w in later.words if w.is_verb]  # "…, Kroatien mitgeteilt werden"
    if verb.tag == "VVINF":
        return not (following and following[0].lower in _PERFECT_AUXILIARIES)
    if verb.tag == "VVPP":
        # "soll vereinbart und mitgeteilt werden": the first auxiliary after it decides
        auxiliaries = [w for w in following if w.tag.startswith("VA")]
        return bool(auxiliaries) and auxiliaries[0].lower == "werden"
    return False


def judged_infinitive(clause: Clause, clauses: list[Clause], verb: Word) -> bool:
    """ "es sei nicht sinnvoll, sie nach Ungarn abzuschieben", "eine Initiative, eine Mission
    zu schicken", "gilt es, ihm zu helfen": a zu-infinitive governed by a judgement, a plan or
    a possibility tells no act."""
    if not _zu_infinitive(clause, verb):
        return False
    opener = next((w for w in clause.words if not w.tag.startswith("$")), verb)
    if opener.lower in _ADVERBIAL_INFINITIVES:
        return False
    governing = [w for w in clause.words if w.i < verb.i]
    position = clauses.index(clause)
    if position > 0:
        governing = clauses[position - 1].words + governing
    return _governs_judgement(governing)


def _zu_infinitive(clause: Clause, verb: Word) -> bool:
    if verb.tag == "VVIZU":
        return True
    before = clause.by_position.get(verb.i - 1)
    return verb.tag == "VVINF" and before is not None and before.tag == "PTKZU"


def _governs_judgement(words: list[Word]) -> bool:
    governors = word_list("evaluative_governors.txt")
    considering = word_list("considering_verbs.txt")
    predicative = any(w.lemma.casefold() in _COPULAS for w in words)
    for word in words:
        lemma = word.lemma.casefold()
        if word.tag.startswith("VV") and lemma in considering:
            return True  # "schloss nicht aus, Obama zu verklagen"
        if lemma not in governors:
            continue
        if word.tag == "ADJD" and predicative:
            return True
        if word.tag == "NN":
            return True
        if word.is_verb and any(w.lower == "es" for w in words):
            return True  # "gilt es"
    return False


def generic(chunk: Chunk, word: Word) -> bool:
    """ "jede Hilfe kam zu spät": an event noun under "jede"/"jegliche" is no event told."""
    return any(w.lower in word_list("generic_determiners.txt") for w in chunk.words if w.i < word.i)


def shows(clause: Clause, trigger: Word) -> bool:
    """ "die Regierung demonstriert Einigkeit": a bare object after the verb that names a
    quality shows it; protesters demonstrate with no object."""
    qualities = _endings("shown_qualities.txt")
    return any(
        chunk.prep == _BY_EXAMPLE  # "demonstrieren Forscher anhand einer Spezies"
        or (
            chunk.prep is None
            and chunk.first > trigger.i
            and chunk.head_word.tag == "NN"
            and chunk.head_word.lemma.casefold().endswith(qualities)
        )
        for chunk in clause.chunks
    )


def studied(clause: Clause, chunk: Chunk | None) -> bool:
    """ "der Soziologe hat die Diaspora untersucht", "eine Untersuchung des Historikers": a
    scholar studies a subject; investigating an incident is an authority's act."""
    scholars = _endings("scholar_nouns.txt")
    if chunk is not None:  # the noun's own genitive names who investigates
        return chunk.genitive is not None and any(
            w.tag == "NN" and w.lemma.casefold().endswith(scholars) for w in chunk.genitive_words
        )
    return any(
        c.prep is None
        and c.head_word.tag == "NN"
        and c.head_word.lemma.casefold().endswith(scholars)
        for c in clause.chunks
    )


def sent_no_aid(entry: Trigger, clause: Clause, trigger: Word) -> bool:
    """ "hat Migranten nach Griechenland geschickt", "schickt Spieler ins London von 1918":
    what is sent as aid is help, forces or goods; sending others is no aid."""
    if entry.type != "AID" or trigger.lemma.casefold() not in _SENDING:
        return False
    objects = [
        c
        for c in clause.chunks
        if c.prep is None and any(w.tag == "NN" for w in c.words) and c.head_word.tag == "NN"
    ]
    if not objects:
        return False
    aid = _endings("sent_aid_objects.txt")
    return not any(
        c.head_word.lemma.casefold().endswith(aid) or c.head_word.lower.endswith(aid)
        for c in objects
    )


def self_help(entry: Trigger, clause: Clause, trigger: Word) -> bool:
    """ "77 Österreicher, die sich alle retten konnten": aid given to oneself is no aid."""
    if entry.type != "AID" or not trigger.is_verb:
        return False
    words = clause.words
    return any(w.tag == "PRF" for w in words) and not any(w.lower in _MUTUAL for w in words)


def contested(entry: Trigger, clause: Clause, trigger: Word) -> bool:
    """ "bestritt 67 Profikämpfe": an object naming a contest is competed in, not denied."""
    if entry.lemma != _COMPETING_VERB:
        return False
    contests = _endings("contest_nouns.txt")
    return any(
        c.prep is None
        and c.head_word.tag == "NN"
        and c.head_word.lemma.casefold().endswith(contests)
        for c in clause.chunks
        if not c.contains(trigger)
    )


def attack_in_words(entry: Trigger, clause: Clause) -> bool:
    """ "er griff auch Konzernchef Appel scharf an": an attack made in words is criticism."""
    if entry.type != "ASSAULT" or entry.lemma not in _ATTACKING_VERBS:
        return False
    manners = word_list("verbal_manners.txt")
    return any(w.tag in ("ADJD", "ADV") and w.lower in manners for w in clause.words)


@cache
def _object_readings() -> dict[str, tuple[str, ...]]:
    with (DATA / "object_readings.tsv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    readings: dict[str, list[str]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        readings.setdefault(row["verb"].strip(), []).append(row["object"].strip().casefold())
    return {verb: tuple(objects) for verb, objects in readings.items()}


def everyday_object(clause: Clause, trigger: Word, clauses: list[Clause] | None = None) -> bool:
    """ "nimmt dieselbe Position ein", "eine Kerze angezündet": the verb's bare object gives
    it an everyday reading (data/object_readings.tsv); so does the antecedent of a relative
    pronoun that is its object ("Vereinbarungen, die Gantschew mit Kontenbesitzern traf")."""
    objects = _object_readings().get(trigger.lemma)
    if not objects:
        return False
    bare = [c for c in clause.chunks if c.prep is None and not c.contains(trigger)]
    antecedent = _relative_antecedent(clause, clauses or [])
    if antecedent is not None:
        bare.append(antecedent)
    return any(
        c.head_word.tag == "NN" and c.head_word.lemma.casefold().endswith(objects) for c in bare
    )


def _relative_antecedent(clause: Clause, clauses: list[Clause]) -> Chunk | None:
    """The phrase right before a relative clause that opens with its pronoun (its
    preposition is not the pronoun's: "berichtete von Vereinbarungen, die … traf")."""
    first = clause.words[0] if clause.words else None
    if first is None or first.tag != "PRELS" or clause not in clauses:
        return None
    position = clauses.index(clause)
    if position == 0 or not clauses[position - 1].chunks:
        return None
    return clauses[position - 1].chunks[-1]


def challenged(clause: Clause, trigger: Word) -> bool:
    """ "gefordert sei ganz klar die griechische Regierung": "gefordert" with "sein" and no
    auxiliary of a demand made says who is challenged, not who demanded."""
    if trigger.lemma != _CHALLENGED or trigger.tag != "VVPP":
        return False
    lemmas = {w.lemma for w in clause.words if w.tag.startswith("VA")}
    return "sein" in lemmas and not lemmas & {"haben", "werden"}


def governed_noun(clause: Clause, word: Word, chunk: Chunk) -> bool:
    """ "hat ein Unternehmer zu einer Demonstration aufgerufen": an event noun in the clause
    of a demand, threat, promise or denial is wished, feared or denied, also where that verb
    is no event of its own (its caller unnamed; see irrealis.drop_irrealis_nominals); so is
    one in the clause of a verb of expecting ("mit Streiks rechnen")."""
    if word.tag != "NN":
        return False
    setting = chunk.prep in SETTING_PREPOSITIONS
    if chunk.prep == "zu" and _called_by_noun(clause, chunk):
        return True  # "Anstachelung zu bewaffneten Protesten": called for, not told
    expecting = word_list("expectation_verbs.txt")
    calling = word_list("calling_verbs.txt")
    for verb in clause.words:
        if not verb.tag.startswith("VV") or verb is word:
            continue
        if chunk.prep == "zu" and verb.lemma.casefold() in calling:
            return True  # "mobilisieren zu einem Protestmarsch": called for, not told
        if verb.lemma.casefold() in expecting and not setting and not _as_expected(clause, verb):
            return True  # "müsse mit Streiks rechnen": expected, not told
        if _preparing(clause, verb, chunk):
            return True  # "stellt sich auf einen Streik ein": awaited, not told
        entries = lexicon_entries(verb)
        chosen = choose_entry(entries, clause, verb, False) if entries else None
        if chosen is None or not (chosen[0].type in IRREALIS_TYPES or chosen[0].mode == "deny"):
            continue
        # a setting ("bei dem Treffen") is a fact told beside it, unless its preposition
        # carries the verb's content ("sich auf die Zusammenarbeit einigen")
        if not setting or f"({chunk.prep})" in chosen[0].frame:
            return True
    return False


def _preparing(clause: Clause, verb: Word, chunk: Chunk) -> bool:
    """ "stellt sich auf einen Streik ein": to get ready for an event is to await it."""
    return (
        chunk.prep in _AWAITED_PREPOSITIONS
        and verb.lemma.casefold() in word_list("preparing_verbs.txt")
        and any(w.tag == "PRF" for w in clause.words)
    )


def before_onset(chunk: Chunk, trigger: Word) -> bool:
    """ "vor Beginn der Sondierungsgespräche": talks about to start are not yet held."""
    return (
        chunk.prep == _BEFORE
        and chunk.head_word.lemma.casefold() in word_list("onset_nouns.txt")
        and trigger.start > chunk.head_word.start
    )


def self_promised(clause: Clause, trigger: Word) -> bool:
    """ "wie wir uns das versprechen", "verspricht sich davon mehr Einfluss": to promise
    oneself something is to expect it, no promise made."""
    return trigger.lemma == _PROMISING and any(w.tag == "PRF" for w in clause.words)


def own_event_called_off(clause: Clause, trigger: Word) -> bool:
    """ "hat ihre Wahlabschlussveranstaltung abgesagt": to call off one's own undertaking
    rejects no one."""
    if trigger.lemma.casefold() not in word_list("cancelling_verbs.txt"):
        return False
    endings = tuple(word_list("own_events.txt"))
    return any(
        c.prep is None
        and c.head_word.tag == "NN"
        and c.head_word.lemma.casefold().endswith(endings)
        and any(w.tag == "PPOSAT" for w in c.words)
        for c in clause.chunks
        if not c.contains(trigger)
    )


def said_to_be(clause: Clause, chunk: Chunk) -> bool:
    """ "Das sind nordkoreanische Drohungen", "Das ist ein Angriff auf die Demokratie": an
    event noun said of a demonstrative with "sein" names what something is called, no event
    told (a label, "Das ist ein Massaker", accuses whoever did the deed: see speakers.py)."""
    finite = clause.finite
    if finite is None or finite.lemma != "sein" or chunk.prep is not None:
        return False
    return any(w.tag == "PDS" for w in clause.words if w.i < chunk.first and w is not finite)


def possible_only(clause: Clause, chunk: Chunk) -> bool:
    """ "Ein Bündnis zwischen AKP und MHP gilt als möglich": an event noun, subject of a
    copula whose predicate tells it as possible or needed, is no event done."""
    finite = clause.finite
    if finite is None or finite.lemma not in _PREDICATING or chunk.prep is not None:
        return False
    return any(
        w.tag == "ADJD" and w.lemma.casefold() in word_list("possibility_predicates.txt")
        for w in clause.words
        if not chunk.contains(w)
    )


def _called_by_noun(clause: Clause, chunk: Chunk) -> bool:
    """The phrase right before the zu-phrase is headed by a noun of calling to it."""
    before = next((c for c in reversed(clause.chunks) if c.last < chunk.first), None)
    return (
        before is not None
        and chunk.first - before.last <= 2
        and before.head_word.lemma.casefold() in word_list("calling_nouns.txt")
    )


def delivers_nothing(entry: Trigger, clause: Clause, trigger: Word) -> bool:
    """ "weil Regierungen nicht liefern, was sie versprochen haben": "liefern" in the active
    with no object besides its subject is to perform, not to deliver aid."""
    if entry.type != "AID" or trigger.lemma != _DELIVERING or not trigger.is_verb:
        return False
    if is_passive(clause, trigger):
        return False  # "Waffen wurden geliefert": the subject is what is delivered
    bare = [
        c
        for c in clause.chunks
        if c.prep is None
        and not c.contains(trigger)
        and not c.coordinated
        and c.head_word.tag in ("NN", "NE", "PPER", "PIS")
    ]
    return len(bare) < 2


def open_question(clause: Clause) -> bool:
    """ "ob … gestreikt werde, ließ die Gewerkschaft offen": an indirect yes-no question asks
    whether the event happens; it does not tell it."""
    first = next((w for w in clause.words if w.tag not in ("$,", "$(", "KON")), None)
    return first is not None and first.lower in _QUESTION_CONJUNCTIONS


def idiomatic(clause: Clause, word: Word) -> bool:
    """ "bringt eine Strafabgabe ins Gespräch": a fixed phrase that tells no event."""
    before = clause.by_position.get(word.i - 1)
    return before is not None and f"{before.lower} {word.lower}" in word_list(
        "idiomatic_phrases.txt"
    )


def deadlock(clause: Clause, word: Word, chunk: Chunk) -> bool:
    """ "führt zur ständigen Blockade": the noun is what things come to under a verb of
    outcome (data/deadlock_phrases.txt), a deadlock rather than a blockade by protesters."""
    if chunk.prep is None:
        return False
    phrases = word_list("deadlock_phrases.txt")
    ending = f" {chunk.prep} {word.lemma.casefold()}"
    return any(w.is_verb and f"{w.lemma.casefold()}{ending}" in phrases for w in clause.words)


def interview(entry: Trigger, clause: Clause, word: Word) -> bool:
    """ "in einem Gespräch mit der Welt am Sonntag": talks with a newspaper or broadcaster
    are an interview, not a consultation."""
    if entry.type != "CONSULT":
        return False
    listed = word_list("media_words.txt")
    names = {item[1:] for item in listed if item.startswith("=")}
    kinds = tuple(sorted(item for item in listed if not item.startswith("=")))
    for chunk in clause.chunks:
        if chunk.prep != "mit" or chunk.first < word.i or chunk.first - word.i > 3:
            continue
        return any(
            w.tag in ("NN", "NE") and (w.lower in names or w.lower.endswith(kinds))
            for w in chunk.words
        )
    return False


def impending(clause: Clause, trigger: Word) -> bool:
    """ "droht die FPÖ ihnen das Bürgermeisteramt abzunehmen": "drohen" with a zu-infinitive
    in its own clause (no comma) tells what is about to happen, not a threat made; the threat
    sets its content apart ("drohte, die Grenze zu schließen")."""
    if trigger.lemma != _IMPENDING:
        return False
    return any(
        w.i > trigger.i and _zu_infinitive(clause, w)
        for w in clause.words
        if w.tag.startswith("VV")
    )


def _as_expected(clause: Clause, verb: Word) -> bool:
    """ "wie erwartet kam es zu Protesten": what was expected has happened."""
    before = clause.by_position.get(verb.i - 1)
    return before is not None and before.tag == "KOKOM"


def perceived(clause: Clause, trigger: Word) -> bool:
    """ "die Regierung sieht sich bedroht", "fühlt sich angegriffen": a participle under a
    reflexive verb of perception tells how one feels treated, no act."""
    if trigger.tag != "VVPP":
        return False
    verbs = word_list("perception_verbs.txt")
    return any(w.tag == "PRF" for w in clause.words) and any(
        w.is_finite and w.lemma.casefold() in verbs for w in clause.words
    )


def struggling(clause: Clause, trigger: Word) -> bool:
    """ "die Landwirte hatten mit Minusgraden zu kämpfen": "zu kämpfen haben" tells a
    struggle with something, not a fight with anyone."""
    if trigger.lemma != _STRUGGLING or not _zu_infinitive(clause, trigger):
        return False
    return any(w.is_finite and w.lemma == "haben" for w in clause.words)
