"""Finding triggers in a sentence and turning each into a candidate event."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events import (
    arguments,
    intent,
    noun_arguments,
    participles,
    reference,
    reports,
    sides,
)
from lagebild.events.actor_entities import same_entity
from lagebild.events.actor_recipients import (
    default_addressee,
    paired_recipient,
    recipient_left_open,
)
from lagebild.events.addressees import (
    addressed_by_default,
    addressed_elsewhere,
    complete_pending,
    union_at_work,
)
from lagebild.events.armed import armed_violence
from lagebild.events.candidate import Candidate, may_lack_recipient
from lagebild.events.clauses import Chunk, Clause, split_clauses
from lagebild.events.counterparts import told_as_concluded
from lagebild.events.crowd_states import crowd_state
from lagebild.events.failures import failed_measures
from lagebild.events.fights import fought_thing
from lagebild.events.goals import stated_aims
from lagebild.events.intent import SPEAKER_PRONOUNS
from lagebild.events.irrealis import (
    conditional_part,
    drop_irrealis_nominals,
    hypothetical,
    setting_of_verb,
)
from lagebild.events.joint import outcomes_of_joint_acts
from lagebild.events.lawsuits import threatened_lawsuits
from lagebild.events.lexicon import Trigger
from lagebild.events.meetings import partner_in_relative
from lagebild.events.prevented import prevented_journeys
from lagebild.events.proposals import joint_proposals
from lagebild.events.protest_crowds import nearby_group
from lagebild.events.readings import (
    WARNINGS,
    match_result,
    party_march,
    protest_told_beside,
    sends_an_act,
    threat_content,
    warns_of_act,
)
from lagebild.events.recipients import distinct, distinct_sides
from lagebild.events.returned_fire import answer_fire
from lagebild.events.speakers import accusing_label, speaker_actor, speaker_name
from lagebild.events.states import focus_actor, other_branch
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.trigger_reading import TriggerReading, read_trigger
from lagebild.events.trigger_words import has_separated_particle, may_tell, may_trigger
from lagebild.events.unlawful import unlawful_acts
from lagebild.events.wanted_meetings import wanted_meetings
from lagebild.events.words import DocTokens, Word, may_trigger_tag, sentence_words
from lagebild.model import EventActor, Quote

_DEFINITE_ARTICLES: Final = frozenset({"der", "die", "das", "des", "dem", "den"})
#: Prepositions before an event noun that name a state or a topic, not an event told
#: ("aus der Haft", "außer Gefecht").
_STATE_PREPOSITIONS: Final = frozenset({"aus", "unter", "über", "um", "außer"})
#: How an act one reacts to is named: the object, or "an"/"gegen" ("Kritik an dem Angriff").
_ACT_TARGET_PREPOSITIONS: Final = frozenset({None, "an", "gegen"})


def sentence_candidates(
    doc: Doc, sentence: Span, quotes: list[Quote], tokens: DocTokens | None = None
) -> list[Candidate]:
    tokens = tokens or DocTokens.of(doc)
    separable = has_separated_particle(sentence, tokens)
    if not separable and not may_tell(sentence, tokens):
        return []  # most sentences: no words to read, no clauses to cut, no rule to run
    words = sentence_words(sentence, tokens)
    if separable and not any(
        may_trigger_tag(word.tag) and may_trigger(word.text, word.lemma, word.tag) for word in words
    ):
        return []  # no trigger even with the lemmas its particles complete
    clauses = split_clauses(words, same_entity(doc))
    found: list[Candidate] = []
    for clause in clauses:
        # else _candidate finds none; most words are told apart by their tag alone
        triggers = [
            word
            for word in clause.words
            if may_trigger_tag(word.tag) and may_trigger(word.text, word.lemma, word.tag)
        ]
        if not triggers:
            continue  # and each clause rule needs its cue word in its own clause
        for word in triggers:
            found.extend(_candidates(doc, sentence, clause, clauses, word, quotes))
        found.extend(joint_proposals(doc, sentence, clause, clauses))
        found.extend(prevented_journeys(doc, sentence, clause, clauses))
        found.extend(unlawful_acts(doc, sentence, clause, clauses, quotes))
        found.extend(stated_aims(doc, sentence, clause, clauses, quotes))
        found.extend(threatened_lawsuits(doc, sentence, clause, clauses))
        found.extend(wanted_meetings(doc, sentence, clause, clauses))
    found = [armed_violence(c) for c in intent.offered_violence(found)]
    kept = drop_irrealis_nominals(found)
    kept = [c for c in kept if not setting_of_verb(c, kept)]
    kept = [outcome for c in kept for outcome in outcomes_of_joint_acts(c, kept)]
    kept = failed_measures(doc, kept)
    return answer_fire([done for c in kept for done in complete_pending(c, found)])


def _candidates(
    doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause], word: Word, quotes: list[Quote]
) -> list[Candidate]:
    """The trigger's event, once per coordinated actor ("Weder die G8 noch die EU ...")."""
    candidate = _candidate(doc, sentence, clause, clauses, word, quotes)
    if candidate is None:
        return []
    copies = [
        replace(candidate, actor=actor)
        for actor in candidate.co_actors
        if _own_side(actor, candidate.actor)
    ]
    copies += [replace(candidate, recipient=recipient) for recipient in candidate.co_recipients]
    if candidate.mutual and candidate.recipient is not None:
        copies.append(replace(candidate, actor=candidate.recipient, recipient=candidate.actor))
    return [candidate, *copies]


def _own_side(co_actor: EventActor, actor: EventActor | None) -> bool:
    """A coordinated person of no known affiliation beside one of a known side ("Volker Beck
    (Grüne) und Wolfgang Wieland forderten") acts with that side: one event, not two."""
    return co_actor.code is not None or actor is None or actor.code is None


def _candidate(
    doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause], word: Word, quotes: list[Quote]
) -> Candidate | None:
    """The event the trigger tells in its clause, or None where it tells none."""
    conditional = _conditional(clause, clauses, word)
    if word.tag == "ADJA" and not conditional:
        return participles.candidate(doc, sentence, clause, clauses, word, quotes)
    entries = lexicon_entries(word)
    if not entries or conditional or match_result(clause):
        return None
    reading = read_trigger(doc, sentence, clause, clauses, word, entries, quotes)
    if reading is None:
        return None
    if reading.entry.pos == "label":
        # "das „US-Imperium“": the first part of a label compound names whom it is said of
        return accusing_label(
            doc,
            sentence,
            clause,
            clauses,
            reading.chunk,
            reading.word,
            reading.entry,
            reading.quote,
            said_of=reading.prefix,
        )
    chunk = reading.chunk
    if reading.nominal and chunk is not None and reports.on_report(clause, chunk, reading.entry):
        return reports.reported_abuse(
            doc, sentence, clause, clauses, chunk, reading.word, reading.entry
        )
    parts, chunks = _participants(reading)
    if not reading.nominal and fought_thing(doc, clause, reading.entry):
        return None  # "kämpfte gegen das Spardiktat": a struggle, no attack
    _sides_from_context(reading, parts)
    crowd = _protesting_crowd(reading, parts)
    if parts.actor is None:
        return _orphan_candidate(reading, parts, chunks)
    return _actor_candidate(reading, parts, parts.actor, chunks, crowd)


def _conditional(clause: Clause, clauses: list[Clause], word: Word) -> bool:
    """The trigger is told as supposed or under a condition: no event told."""
    # an agreement told as concluded ("die erzielte Einigung … könnte") was made whatever
    # the clause's verb supposes
    supposed = hypothetical(clause) and not (word.tag == "NN" and told_as_concluded(clause, word))
    return supposed or conditional_part(clause, clauses, word)


def _participants(
    reading: TriggerReading,
) -> tuple[arguments.Participants, list[Chunk | None]]:
    """The sides the trigger's own phrases name, and those phrases."""
    doc, clause, clauses, chunk = reading.doc, reading.clause, reading.clauses, reading.chunk
    entry, word = reading.entry, reading.word
    passive_verb = _passive_light_verb(clause, entry) if reading.nominal else None
    if passive_verb is not None:
        # "wurden er und seine Familie unter Hausarrest gestellt": the light verb's passive
        # subject is the patient, as for a full verb
        parts = arguments.verbal(doc, clause, clauses, passive_verb, entry)
        reading.nominal = False  # told by the verb: the clause's own event, no noun's content
        return parts, [chunk, parts.recipient_chunk, parts.agent_chunk]
    if reading.nominal and chunk is not None:
        parts = noun_arguments.nominal(doc, clause, clauses, chunk, word, entry)
        if parts.recipient is None and parts.actor is not None:
            _light_verb_object(doc, clause, clauses, entry, parts)
        return parts, [chunk, parts.agent_chunk, parts.recipient_chunk]
    parts = arguments.verbal(doc, clause, clauses, word, entry)
    return parts, [parts.recipient_chunk, parts.agent_chunk]


def _sides_from_context(reading: TriggerReading, parts: arguments.Participants) -> None:
    """Sides the trigger's phrases left open, found around them: a compound's first part,
    a noun's origin, forum, makers or partner, a quote's speaker."""
    doc, clause, chunk = reading.doc, reading.clause, reading.chunk
    noun_chunk = chunk if reading.nominal else None
    if (
        parts.actor is None
        and reading.prefix is not None
        and distinct(reading.prefix, parts.recipient)
    ):
        parts.actor = reading.prefix
    if parts.actor is None and noun_chunk is not None:
        # "Zusagen gibt es aus Italien", "im Parlament zu einem Misstrauensantrag geführt"
        parts.actor = reference.origin(doc, clause, noun_chunk) or reference.forum(
            doc, clause, noun_chunk
        )
    if parts.recipient is None and noun_chunk is not None:
        # "Kritik an einem von den USA unterzeichneten Abkommen": aimed at its makers
        makers = reference.authors(doc, clause, noun_chunk, reading.entry, parts.actor)
        if makers:
            parts.recipient, parts.co_recipients = makers[0], makers[1:]
    if parts.recipient is None and noun_chunk is not None and reading.entry.type == "CONSULT":
        parts.recipient = partner_in_relative(
            doc, clause, reading.clauses, noun_chunk, reading.word, parts.actor
        )
    if parts.actor is None and _pronoun(parts) and parts.actor_chunk is not None:
        # the entity layer links resolvable pronouns; an unresolved one is not guessed here
        pronoun = parts.actor_chunk.head_word
        if pronoun.lower in SPEAKER_PRONOUNS and reading.quote is not None:
            # "„Wir werden …“, sagte die Sprecherin"
            parts.actor = speaker_actor(doc, reading.quote)
        if parts.actor is not None and not distinct(parts.actor, parts.recipient):
            parts.recipient = None


def _protesting_crowd(reading: TriggerReading, parts: arguments.Participants) -> bool:
    """ "Tausende haben in Kiew protestiert": a crowd of no side is its state's people, who
    become the actor."""
    entry = reading.entry
    if (
        parts.actor is None
        and entry.type == "PROTEST"
        and (not reading.nominal or entry.pos == "lvc")
    ):
        parts.actor = crowd_state(reading.doc, reading.sentence, reading.clause, reading.word)
        return parts.actor is not None
    return False


def _orphan_candidate(
    reading: TriggerReading, parts: arguments.Participants, chunks: list[Chunk | None]
) -> Candidate | None:
    """The event of a trigger with no actor found, left to the discourse, where it may be
    one told without its actor (see :func:`_may_be_orphan`)."""
    doc, clause, clauses, chunk = reading.doc, reading.clause, reading.clauses, reading.chunk
    entry, word, nominal = reading.entry, reading.word, reading.nominal
    if not (_may_be_orphan(clause, chunk, word, nominal) or _pronoun(parts)):
        return None
    if _unknown_name(parts):
        return None  # "Die KPÖ erteilte Kurzmann eine Absage": its actor is named, if unknown
    group = (
        nearby_group(doc, reading.sentence, word)
        if entry.type == "PROTEST" and not reference.owner_named(clause, chunk)
        else None
    )
    return Candidate(
        trigger=entry,
        word=word,
        clause=clause,
        clauses=clauses,
        sentence=reading.sentence,
        actor=None,
        recipient=parts.recipient,
        negated=reading.negated,
        chunks=chunks,
        nominal=nominal,
        attributed_to=speaker_name(reading.quote),
        orphan=True,
        definite=chunk is not None
        and chunk.words[0].tag == "ART"
        and chunk.words[0].lower in _DEFINITE_ARTICLES,
        nearby_group=group,
        government=_orphan_government(doc, entry, group, clause, clauses, word),
        pending=parts.recipient is None and not may_lack_recipient(entry),
        setting=nominal and chunk is not None and chunk.prep in arguments.SETTING_PREPOSITIONS,
        people_acting=sides.people_acting(clause, entry, word.start),
        against_protest=not nominal
        and _protest_subject(clause, word)
        and not arguments.unresolved_agent(doc, clause),
    )


def _actor_candidate(
    reading: TriggerReading,
    parts: arguments.Participants,
    actor: EventActor,
    chunks: list[Chunk | None],
    crowd: bool,
) -> Candidate | None:
    """The event of a trigger whose actor is found, with the recipient it is aimed at."""
    clause, chunk, word, nominal = reading.clause, reading.chunk, reading.word, reading.nominal
    if _same_side(actor, parts.recipient) or sides.branch_attribute(clause, parts):
        parts.recipient = None  # found before the actor was known: the actor itself
    entry = _act_entry(reading, parts, actor, chunks)
    if entry is None:
        return None
    reading.entry = entry
    paired_recipient(reading, parts, actor)
    by_default, foreign_focus = default_addressee(reading, parts, actor)
    anaphor, pending = recipient_left_open(reading, parts, actor)
    return Candidate(
        trigger=entry,
        word=word,
        clause=clause,
        clauses=reading.clauses,
        sentence=reading.sentence,
        actor=actor,
        recipient=parts.recipient,
        negated=reading.negated,
        chunks=chunks,
        nominal=nominal,
        attributed_to=speaker_name(reading.quote),
        co_actors=parts.co_actors,
        anaphor=anaphor,
        pending=pending,
        co_recipients=parts.co_recipients,
        foreign_focus=foreign_focus,
        by_default=by_default,
        against_protest=not nominal
        and (_protest_object(clause, word) or _protest_patient(clause, word, parts)),
        intended=reading.intended,
        setting=nominal and chunk is not None and chunk.prep in arguments.SETTING_PREPOSITIONS,
        counted_patients=not nominal and sides.counted_people(clause, entry, parts),
        mutual=parts.mutual,
        told_act=_definite_act(clause, word) if parts.recipient is None else None,
        crowd=crowd,
    )


def _act_entry(
    reading: TriggerReading,
    parts: arguments.Participants,
    actor: EventActor,
    chunks: list[Chunk | None],
) -> Trigger | None:
    """The entry the actor's act is read as, or None where the words tell no act of it."""
    clause, clauses, entry = reading.clause, reading.clauses, reading.entry
    if parts.recipient is None and entry.lemma in WARNINGS and not warns_of_act(clause):
        return None
    if party_march(reading.doc, entry, actor):
        if protest_told_beside(clauses, reading.word):
            return None  # "marschierte auf, um zu protestieren": told by the protest's word
        entry = replace(entry, type="PROTEST", mode="demo")  # a rally, no troops
    if entry.type == "AID" and not reading.nominal and sends_an_act(clause, chunks):
        return None  # "eine Protestnote schicken": the note is the event, not aid
    if entry.lemma == "drohen" and not threat_content(clause, clauses):
        return None  # "Österreich droht eine Strafe": a risk, no one's threat
    return entry


def _protest_object(clause: Clause, trigger: Word) -> bool:
    return any(
        c.prep is None
        and c.first > trigger.i - 8
        and any(e.type == "PROTEST" and e.pos == "noun" for e in lexicon_entries(c.head_word))
        for c in clause.chunks
    )


def _protest_patient(clause: Clause, trigger: Word, parts: arguments.Participants) -> bool:
    """ "nachdem Proteste von Sicherheitskräften niedergeschlagen wurden": the passive's
    subject is a protest, so the act is aimed at whoever protested."""
    return parts.recipient is None and _protest_subject(clause, trigger)


def _protest_subject(clause: Clause, trigger: Word) -> bool:
    """The trigger is a passive whose subject is a protest ("Proteste wurden aufgelöst")."""
    if not arguments.is_passive(clause, trigger):
        return False
    return any(
        c.prep is None
        and not c.oblique
        and c.first < trigger.i
        and any(e.type == "PROTEST" and e.pos == "noun" for e in lexicon_entries(c.head_word))
        for c in clause.chunks
    )


def _passive_light_verb(clause: Clause, entry: Trigger) -> Word | None:
    """The participle of a light-verb construction told in the passive, if it is."""
    if entry.pos != "lvc" or not entry.takes_object:
        return None
    verb = entry.words[-1]
    return next(
        (
            w
            for w in clause.words
            if w.tag == "VVPP" and w.lemma == verb and arguments.is_passive(clause, w)
        ),
        None,
    )


def _light_verb_object(
    doc: Doc, clause: Clause, clauses: list[Clause], entry: Trigger, parts: arguments.Participants
) -> None:
    """ "Die Hamas hat israelische Soldaten als Geiseln genommen", "stellte der EU
    Bedingungen": the object of a light verb told in the active is the construction's
    recipient, wherever it stands (the noun's own phrases follow the noun). Only where the
    actor is known: an orphan's actor is guessed from the discourse, and a recipient found
    here would let a wrong guess through."""
    if entry.pos != "lvc" or not entry.takes_object:
        return
    verb = next(
        (w for w in clause.words if w.is_verb and w.lemma == entry.words[-1]),
        None,
    )
    if verb is None or arguments.is_passive(clause, verb):
        return  # a passive one is read as the verb's event (see _passive_light_verb)
    found = arguments.verbal(doc, clause, clauses, verb, entry)
    if found.recipient is None or not distinct_sides(doc, parts.actor, found.recipient):
        return
    if _fronted(clause, found.recipient_chunk):
        return  # a light verb's object seldom opens the clause: more often a list cut there
    parts.recipient, parts.recipient_chunk = found.recipient, found.recipient_chunk


def _fronted(clause: Clause, chunk: Chunk | None) -> bool:
    """The phrase stands before the finite verb of a main clause ("…, Innenminister Efkan
    Ala und Verteidigungsminister Ismet Yilmaz nimmt auch Erdoğan die Verbündeten in die
    Pflicht": left of a list cut by a comma, not the object)."""
    finite = clause.finite
    if chunk is None or clause.subordinate or finite is None:
        return False
    return chunk.last < finite.i


def _pronoun(parts: arguments.Participants) -> bool:
    """A personal pronoun holds the subject slot ("forderte er"): it points back."""
    chunk = parts.actor_chunk
    return chunk is not None and chunk.head_word.tag == "PPER"


def _unknown_name(parts: arguments.Participants) -> bool:
    """The subject is a name we cannot resolve: the act is its own, not one the discourse
    could give to the actor told before."""
    chunk = parts.actor_chunk
    return chunk is not None and chunk.head_word.tag == "NE"


def _may_be_orphan(clause: Clause, chunk: Chunk | None, word: Word, nominal: bool) -> bool:
    """An agentless passive, or an event noun told as an event: not one in the genitive of
    another noun ("seit Beginn der Proteste") or naming a state one leaves ("aus der Haft")."""
    if not nominal:
        return arguments.is_passive(clause, word)
    if chunk is None or chunk.prep in _STATE_PREPOSITIONS:
        return False
    return chunk.genitive is None or word.i < chunk.words[chunk.genitive].i


def _same_side(actor: EventActor, recipient: EventActor | None) -> bool:
    """The same entity, or a state code named without an entity on one side ("Treffen mit
    den USA" told of the USA); two entities of one state stay apart (a congressman accusing
    the army)."""
    if recipient is None or other_branch(actor, recipient):
        return False
    if actor.entity_id is not None and actor.entity_id == recipient.entity_id:
        return True
    return (
        bool(actor.code)
        and actor.code == recipient.code
        and (actor.entity_id is None or recipient.entity_id is None)
    )


def _definite_act(clause: Clause, trigger: Word) -> str | None:
    """The event type of a definite event noun the trigger is aimed at, with no owner named
    ("Moskau kritisierte die Sanktionen", "Kritik an dem Angriff"): an act told before."""
    for chunk in clause.chunks:
        if (
            chunk.contains(trigger)
            or chunk.prep not in _ACT_TARGET_PREPOSITIONS
            or chunk.genitive is not None
            or chunk.words[0].tag != "ART"
            or chunk.words[0].lower not in _DEFINITE_ARTICLES
        ):
            continue
        entries = [e for e in lexicon_entries(chunk.head_word) if e.pos == "noun"]
        if entries:
            return entries[0].type
    return None


def _orphan_government(
    doc: Doc,
    entry: Trigger,
    group: EventActor | None,
    clause: Clause,
    clauses: list[Clause],
    word: Word,
) -> EventActor | None:
    """The government a claim with no actor found yet is addressed to by default: not a
    union's at work, nor one aimed elsewhere (see addressees.addressed_elsewhere)."""
    if not addressed_by_default(entry) or (group and union_at_work(doc, group)):
        return None
    if addressed_elsewhere(clause, clauses, entry, word):
        return None
    return focus_actor(doc)
