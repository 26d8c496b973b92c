"""Finding triggers in a sentence and turning each into a candidate event."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from lagebild.events import arguments, context, intent, participles, reference, sides
from lagebild.events.actors import (
    focus_actor,
    from_entity,
    is_event_noun,
    is_non_state,
    nearby_group,
    other_branch,
    prefix_actor,
    same_entity,
)
from lagebild.events.arguments import distinct
from lagebild.events.candidate import Candidate, may_lack_recipient
from lagebild.events.clauses import (
    PREPOSITION_TAGS,
    Chunk,
    Clause,
    complement_clause,
    preposition_lemma,
    split_clauses,
)
from lagebild.events.intent import SPEAKER_PRONOUNS
from lagebild.events.joint import outcomes_of_joint_acts
from lagebild.events.lexicon import (
    Trigger,
    conditional_openers,
    hypothetical_forms,
    irrealis_modifiers,
    multilateral_bodies,
    triggers_by_head,
)
from lagebild.events.readings import (
    WARNINGS,
    facing,
    match_result,
    sends_an_act,
    threat_content,
    warns_of_act,
)
from lagebild.events.words import Word, sentence_words
from lagebild.model import EventActor, Quote

VERBAL_POS = frozenset({"verb", "prep"})
NOMINAL_POS = frozenset({"noun", "label", "lvc"})
#: Verbal triggers whose complement is wished, feared or denied, not reported as fact:
#: a noun event inside it is not an event ("fordern einen Abzug", "warnen vor einem Angriff").
IRREALIS_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE"})
#: Claims a non-state actor makes without naming whom at: as a rule they are addressed to
#: the government of the country the article is about ("Mönche verlangen Reformen").
DOMESTIC_CLAIM_TYPES = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT"})
#: Types whose unnamed addressee, for a state actor, is the article's focus country.
FOCUS_ADDRESSED_TYPES = frozenset({"REQUEST", "REJECT", "AID", "AGREE"})
#: Modes told without an addressee for a reason: a riot is aimed at no one in particular.
_UNADDRESSED_MODES = frozenset({"riot"})
#: Types whose coordinated subjects, told reflexively, are each other's side.
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Types a body of states may be told to do among its members, with no other side.
MULTILATERAL_TYPES = frozenset({"CONSULT", "AGREE"})
_DA_PREFIXES = ("da", "dar")
_DATIVE_DETERMINERS = frozenset({"dem", "der", "einem", "einer"})
#: Prepositions that set an event noun at the time and place of the clause's own event.
_DURING_PREPOSITIONS = frozenset({"bei", "auf", "während", "in"})
_DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
#: Prepositions before an event noun that name a state or a topic, not an event told
#: ("aus der Haft", "außer Gefecht").
_STATE_PREPOSITIONS = frozenset({"aus", "unter", "über", "um", "außer"})
_PREPOSITIONS = frozenset(
    {"an", "auf", "aus", "bei", "für", "gegen", "in", "mit", "nach", "über", "um", "von", "vor",
     "zu"}
)


def sentence_candidates(doc: Doc, sentence: Span, quotes: list[Quote]) -> list[Candidate]:
    words = sentence_words(sentence)
    clauses = split_clauses(words, same_entity(doc))
    found: list[Candidate] = []
    for clause in clauses:
        for word in clause.words:
            found.extend(_candidates(doc, sentence, clause, clauses, word, quotes))
    kept = _drop_irrealis_nominals(found)
    kept = [c for c in kept if not _setting_of_verb(c, kept)]
    kept = [outcome for c in kept for outcome in outcomes_of_joint_acts(c, kept)]
    return [_complete_pending(c, found) for c in kept]


def _setting_of_verb(candidate: Candidate, found: list[Candidate]) -> bool:
    """"wollen sich bei einem Gipfel treffen": a meeting noun as the setting of a verb that
    tells the meeting itself, of the same actor, is that event, coded by the verb."""
    if not (candidate.nominal and candidate.setting) or candidate.actor is None:
        return False
    chunk = candidate.clause.chunk_of(candidate.word)
    if chunk is None or chunk.prep not in _DURING_PREPOSITIONS:
        return False  # "nach tagelangen Diskussionen verständigt": an event before it
    return any(
        not other.nominal and other.clause is candidate.clause and other.actor is not None
        and not distinct(other.actor, candidate.actor)
        and candidate.trigger.type in {e.type for e in _entries(other.word)}
        for other in found
    )


def _complete_pending(candidate: Candidate, found: list[Candidate]) -> Candidate:
    """"Frankreich hat sich bereit erklärt, Soldaten in den Libanon zu entsenden": the
    offer's recipient is the one of the action offered, demanded or threatened; failing
    that, some acts default to the focus country; else it stays pending for the discourse.
    The act demanded also overrides the government a claim was addressed to by default
    ("wirbt um die Unterstützung der dortigen Regierung")."""
    if not (candidate.pending or candidate.by_default) or candidate.orphan:
        return candidate
    for governed in found:
        if governed.orphan or not _governed(governed, candidate):
            continue
        # "fordern den Rücktritt des Präsidenten": a demand on someone's own act is
        # addressed to them; else the act's target is the addressee
        side = governed.actor if governed.nominal else governed.recipient
        addressees = (side, governed.recipient)
        if governed.nominal and governed.trigger.genitive_is_recipient:
            # "verlangte die Freilassung einer Lehrerin": not addressed to the one released
            addressees = (side,)
        for addressee in addressees:
            if addressee is not None and distinct(candidate.actor, addressee):
                return replace(candidate, recipient=addressee, pending=False)
    if candidate.by_default:
        return candidate  # no act demanded names its side: the government stays addressed
    if ((candidate.trigger.type in FOCUS_ADDRESSED_TYPES or candidate.intended)
            and (not candidate.nominal or _promise_noun(candidate))
            and candidate.foreign_focus is not None and not _owned_act(candidate.clause)
            and not _named_elsewhere(candidate)
            and not (candidate.trigger.type == "AGREE" and _not_promise(candidate))):
        # "Sarkozy verlangte die Freilassung einer Lehrerin", "die EU erkennt das nicht an":
        # a demand or refusal of one state, told without its addressee, is as a rule
        # addressed to the state the article is about
        return replace(candidate, recipient=candidate.foreign_focus, pending=False)
    return candidate


def _promise_noun(candidate: Candidate) -> bool:
    """"Zusagen gibt es aus Italien": a promise told by its noun, with no addressee, is
    made to the state the article is about, as a promising verb is; not one in a subordinate
    clause ("wie schnell Zusagen erfolgen"), which asks or supposes more often than it tells."""
    return (candidate.trigger.type == "AGREE" and "an" in candidate.trigger.frame
            and not candidate.clause.subordinate)


def _entries(word: Word) -> tuple[Trigger, ...]:
    index = triggers_by_head()
    entries = index.get(word.lemma.casefold(), ())
    if not entries and word.tag == "NN":
        entries = index.get(word.text.casefold(), ())
    compound = word.tag in ("NN", "NE") and "-" in word.text.strip("-")
    if not entries and compound:
        # "EU-Sanktionen", "G20-Gipfel", "Sacharow-Preis" (which the tagger may call a name):
        # a hyphenated compound is an event where its last part is
        entries = index.get(word.text.rsplit("-", 1)[1].casefold(), ())
    if word.tag == "NN" or (compound and word.tag == "NE"):
        return tuple(e for e in entries if e.pos in NOMINAL_POS)
    if word.tag.startswith("VV"):
        return tuple(e for e in entries if e.pos in VERBAL_POS)
    if word.tag in ("ADJD", "ADJA", "PTKVZ"):
        return tuple(e for e in entries if e.pos == "prep")  # "sich bereit erklären"
    if word.tag == "NN":
        return tuple(e for e in entries if e.pos in NOMINAL_POS)
    return ()


def _by_last_part(word: Word) -> bool:
    """The word is an event only through the last part of its compound (see _entries)."""
    index = triggers_by_head()
    return word.lemma.casefold() not in index and word.text.casefold() not in index


def _complete(entry: Trigger, clause: Clause, word: Word) -> bool:
    """The other words of a multi-word entry occur in the clause."""
    if len(entry.words) == 1:
        return True
    if entry.pos == "prep" and entry.words[-1] in _PREPOSITIONS:
        prep = entry.words[-1]
        return any(
            (w.tag in PREPOSITION_TAGS and preposition_lemma(w) == prep)
            or (w.tag == "PROAV" and w.lower in (p + prep for p in _DA_PREFIXES))
            for w in clause.words
            if w.i != word.particle
        )
    lemmas = {w.lemma.casefold() for w in clause.words} | {w.lower for w in clause.words}
    return all(part.casefold() in lemmas for part in entry.words[1:] if len(part) > 3)


def _choose(entries: tuple[Trigger, ...], clause: Clause, word: Word, negated: bool
            ) -> tuple[Trigger, bool] | None:
    complete = [e for e in entries if _complete(e, clause, word)]
    complete.sort(key=lambda e: len(e.words) == 1)  # multi-word constructions first
    if negated:
        refusal = next((e for e in complete if e.negative), None)
        if refusal is not None:
            return refusal, False  # "nicht abrücken" is a refusal, not a denied event
    entry = next((e for e in complete if not e.negative), None)
    return (entry, negated) if entry is not None else None


def _candidates(doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause], word: Word,
                quotes: list[Quote]) -> list[Candidate]:
    """The trigger's event, once per coordinated actor ("Weder die G8 noch die EU ...")."""
    candidate = _candidate(doc, sentence, clause, clauses, word, quotes)
    if candidate is None:
        return []
    copies = [replace(candidate, actor=actor) for actor in candidate.co_actors
              if _own_side(actor, candidate.actor)]
    copies += [replace(candidate, recipient=recipient) for recipient in candidate.co_recipients]
    return [candidate, *copies]


def _own_side(co_actor: EventActor, actor: EventActor | None) -> bool:
    """A coordinated person of no known affiliation beside one of a known side ("Volker Beck
    (Grüne) und Wolfgang Wieland forderten") acts with that side: one event, not two."""
    return co_actor.code is not None or actor is None or actor.code is None


def _candidate(doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause], word: Word,
               quotes: list[Quote]) -> Candidate | None:
    if word.tag == "ADJA" and not _hypothetical(clause):
        return participles.candidate(doc, sentence, clause, clauses, word, quotes)
    entries = _entries(word)
    if not entries or _hypothetical(clause) or match_result(clause):
        return None
    nominal = word.tag == "NN"
    if not nominal and not word.tag.startswith("VV"):
        word = _verb_of(clause, entries) or word
    chunk = clause.chunk_of(word) if nominal else None
    if nominal:
        if chunk is None or _irrealis_modified(chunk, word):
            return None
        negated = context.nominal_negated(clause, chunk, word)
    else:
        negated = context.verbal_negated(clause)
    chosen = _choose(entries, clause, word, negated)
    if chosen is None or facing(chosen[0], clause):
        return None
    entry, negated = chosen
    prefix = None
    if nominal and _by_last_part(word):
        # a compound event noun is told where its first part names the actor ("FPÖ-Protest")
        # or a light verb confirms it ("der Sacharow-Preis wurde verliehen"), not otherwise
        # ("Solidaritäts-Kundgebung"); a named meeting ("bis zum G-20-Gipfel") is as a rule
        # a date, not an event told
        prefix = prefix_actor(doc, word)
        if entry.pos != "lvc" and (prefix is None or entry.type == "CONSULT"):
            return None
    quote = context.quote_at(quotes, word.start, word.end)
    intended = False
    told = entry  # an intended protest is aimed where the protest would be
    if entry.type not in ("REQUEST", "REJECT", "ACCUSE", "THREATEN"):
        # an intent to demand is still a demand
        entry = intent.intended(entry, clause, word, chunk, negated)
        intended = entry.type == "THREATEN" and told.type != "THREATEN"
    if entry.pos == "label":
        return _label(doc, sentence, clause, clauses, chunk, word, entry, quote)
    passive_verb = _passive_light_verb(clause, entry) if nominal else None
    if passive_verb is not None:
        # "wurden er und seine Familie unter Hausarrest gestellt": the light verb's passive
        # subject is the patient, as for a full verb
        parts = arguments.verbal(doc, clause, clauses, passive_verb, entry)
        chunks = [chunk, parts.recipient_chunk, parts.agent_chunk]
        nominal = False  # told by the verb: the clause's own event, no noun's content
    elif nominal and chunk is not None:
        parts = arguments.nominal(doc, clause, clauses, chunk, word, entry)
        chunks = [chunk, parts.agent_chunk, parts.recipient_chunk]
    else:
        parts = arguments.verbal(doc, clause, clauses, word, entry)
        chunks = [parts.recipient_chunk, parts.agent_chunk]
    if parts.actor is None and prefix is not None and distinct(prefix, parts.recipient):
        parts.actor = prefix
    if parts.actor is None and nominal and chunk is not None:
        parts.actor = reference.origin(doc, clause, chunk)  # "Zusagen gibt es aus Italien"
    if parts.recipient is None and nominal and chunk is not None:
        # "Kritik an einem von den USA unterzeichneten Abkommen": aimed at its makers
        makers = reference.authors(doc, clause, chunk, entry, parts.actor)
        if makers:
            parts.recipient, parts.co_recipients = makers[0], makers[1:]
    if parts.actor is None and _pronoun(parts) and parts.actor_chunk is not None:
        # the entity layer links resolvable pronouns; an unresolved one is not guessed here
        pronoun = parts.actor_chunk.head_word
        if pronoun.lower in SPEAKER_PRONOUNS and quote is not None:
            parts.actor = _speaker_actor(doc, quote)  # "„Wir werden …“, sagte die Sprecherin"
        if parts.actor is not None and not arguments.distinct(parts.actor, parts.recipient):
            parts.recipient = None
    orphan = parts.actor is None
    if orphan and not (_may_be_orphan(clause, chunk, word, nominal) or _pronoun(parts)):
        return None
    if orphan:
        return Candidate(
            trigger=entry, word=word, clause=clause, clauses=clauses, sentence=sentence,
            actor=None, recipient=parts.recipient, negated=negated, chunks=chunks,
            nominal=nominal, attributed_to=_speaker_name(quote), orphan=True,
            definite=chunk is not None and chunk.words[0].tag == "ART"
            and chunk.words[0].lower in _DEFINITE_ARTICLES,
            nearby_group=nearby_group(doc, sentence, word)
            if entry.type == "PROTEST" and not reference.owner_named(clause, chunk) else None,
            government=focus_actor(doc) if _addressed_by_default(entry) else None,
            pending=parts.recipient is None and not may_lack_recipient(entry),
            setting=nominal and chunk is not None
            and chunk.prep in arguments.SETTING_PREPOSITIONS,
        )
    if _same_side(parts.actor, parts.recipient) or sides.branch_attribute(clause, parts):
        parts.recipient = None  # found before the actor was known: the actor itself
    if parts.recipient is None and entry.lemma in WARNINGS and not warns_of_act(clause):
        return None
    if entry.type == "AID" and not nominal and sends_an_act(clause, chunks):
        return None  # "eine Protestnote schicken": the note is the event, not aid
    if entry.lemma == "drohen" and not threat_content(clause, clauses):
        return None  # "Österreich droht eine Strafe": a risk, no one's threat
    if parts.recipient is None and entry.type in RECIPROCAL_TYPES and _reflexive(clause):
        _pair_coordinated(doc, clauses, parts)
    if parts.recipient is None and entry.type == "REQUEST":
        parts.recipient = sides.content_owner(doc, clause, entry, parts.actor)
    by_default = False
    if parts.recipient is None and _addressed_by_default(told):
        parts.recipient = _government_addressed(doc, parts.actor)
        by_default = parts.recipient is not None
    anaphor = None
    pending = False
    if parts.recipient is None and (
            intended or not _told_unaddressed(entry, clause, parts.actor, nominal)):
        anaphor = _anaphoric_type(clause, word)
        # a verb that governs a complement may take its recipient from it (see below)
        pending = anaphor is None
    speaker = _speaker_name(quote)
    return Candidate(
        trigger=entry, word=word, clause=clause, clauses=clauses, sentence=sentence,
        actor=parts.actor,
        recipient=parts.recipient, negated=negated, chunks=chunks, nominal=nominal,
        attributed_to=speaker, co_actors=parts.co_actors, anaphor=anaphor, pending=pending,
        co_recipients=parts.co_recipients, foreign_focus=_foreign_focus(doc, parts.actor),
        by_default=by_default,
        against_protest=not nominal and (_protest_object(clause, word)
                                         or _protest_patient(clause, word, parts)),
        intended=intended,
        setting=nominal and chunk is not None and chunk.prep in arguments.SETTING_PREPOSITIONS,
    )


def _reflexive(clause: Clause) -> bool:
    return any(w.lower in ("sich", "miteinander", "untereinander") for w in clause.words)


def _pair_coordinated(doc: Doc, clauses: list[Clause], parts: arguments.Participants) -> None:
    """"Tadić und Koštunica haben sich verständigt": coordinated subjects who meet or agree
    among themselves are each other's side, one event, even of one state."""
    partners = parts.co_actors or arguments.coordinated_actors(doc, clauses, parts.actor_chunk)
    actor = parts.actor
    partner = next((p for p in partners if actor is None or p.entity_id != actor.entity_id),
                   None)
    if partner is not None:
        parts.recipient, parts.co_actors = partner, []


def _told_unaddressed(entry: Trigger, clause: Clause, actor: EventActor, nominal: bool
                      ) -> bool:
    """Events commonly told without a recipient: see :func:`may_lack_recipient`; an appeal
    to act ("hat zu Spenden aufgerufen"), addressed to the public; a meeting or agreement of
    a body of states among themselves ("die G7 wollen sich in Brüssel treffen")."""
    if may_lack_recipient(entry):
        return entry.type != "CONCEDE" or _unaddressed_concession(entry, clause, nominal)
    if nominal:
        # "Treffen der G7", "Gipfel der CSN": a meeting of a body of states among its members
        # (not an agreement of one, nor a hearing it holds of someone)
        meeting = entry.type == "CONSULT" and ("mit" in entry.frame or entry.mode == "multilateral")
        return meeting and _multilateral(actor)
    if entry.type in MULTILATERAL_TYPES and _multilateral(actor):
        return True
    if entry.type == "REQUEST" and "(zu)" in entry.frame:
        # an object we could not resolve ("ruft ihre Mitglieder zu Streiks auf") is someone
        bare = [c for c in clause.chunks if c.prep is None]
        return len(bare) <= 1 and any(c.prep == "zu" for c in clause.chunks)
    return False


def _unaddressed_concession(entry: Trigger, clause: Clause, nominal: bool) -> bool:
    """An apology or admission ("hat sich entschuldigt", "das Eingeständnis") is told
    without an addressee; not one whose addressee is named but unresolved ("bei den Fans"),
    nor a bare yielding verb, as often a market's ("Aktien gaben 40 Prozent nach")."""
    if any(c.prep in entry.prepositions for c in clause.chunks):
        return False
    return nominal or _reflexive(clause)


def _multilateral(actor: EventActor) -> bool:
    """A body of states ("G7", "CSN"): its meetings are among its members."""
    return actor.code is not None and actor.code in multilateral_bodies()


def _protest_object(clause: Clause, trigger: Word) -> bool:
    return any(
        c.prep is None and c.first > trigger.i - 8
        and any(e.type == "PROTEST" and e.pos == "noun" for e in _entries(c.head_word))
        for c in clause.chunks
    )


def _protest_patient(clause: Clause, trigger: Word, parts: arguments.Participants) -> bool:
    """"nachdem Proteste von Sicherheitskräften niedergeschlagen wurden": the passive's
    subject is a protest, so the act is aimed at whoever protested."""
    if parts.recipient is not None or not arguments.is_passive(clause, trigger):
        return False
    return any(
        c.prep is None and not c.oblique and c.first < trigger.i
        and any(e.type == "PROTEST" and e.pos == "noun" for e in _entries(c.head_word))
        for c in clause.chunks
    )


def _passive_light_verb(clause: Clause, entry: Trigger) -> Word | None:
    """The participle of a light-verb construction told in the passive, if it is."""
    if entry.pos != "lvc" or not entry.takes_object:
        return None
    verb = entry.words[-1]
    return next(
        (w for w in clause.words
         if w.tag == "VVPP" and w.lemma == verb and arguments.is_passive(clause, w)),
        None,
    )


def _pronoun(parts: arguments.Participants) -> bool:
    """A personal pronoun holds the subject slot ("forderte er"): it points back."""
    chunk = parts.actor_chunk
    return chunk is not None and chunk.head_word.tag == "PPER"


def _may_be_orphan(clause: Clause, chunk: Chunk | None, word: Word, nominal: bool) -> bool:
    """An agentless passive, or an event noun told as an event: not one in the genitive of
    another noun ("seit Beginn der Proteste") or naming a state one leaves ("aus der Haft")."""
    if not nominal:
        return arguments.is_passive(clause, word)
    if chunk is None or chunk.prep in _STATE_PREPOSITIONS:
        return False
    return chunk.genitive is None or word.i < chunk.words[chunk.genitive].i


def _speaker_name(quote: Quote | None) -> str | None:
    return quote.speaker.name if quote is not None and quote.speaker is not None else None


def _named_elsewhere(candidate: Candidate) -> bool:
    """The frame's prepositional slot is filled, by a name we could not resolve ("auf die
    Solomonen geschickt"): the addressee is someone, not the default."""
    slots = set(candidate.trigger.prepositions)
    return any(c.prep in slots for c in candidate.clause.chunks)


def _foreign_focus(doc: Doc, actor: EventActor) -> EventActor | None:
    """The article's focus country, as default addressee for another state's act."""
    if is_non_state(doc, actor) or actor.code is None:
        return None
    focus = focus_actor(doc)
    return focus if arguments.distinct(actor, focus) else None


def _not_promise(candidate: Candidate) -> bool:
    """A promise with no addressee ("sagte weitere Hilfe zu") goes to the focus state; not an
    agreement to a thing someone proposed, whose author we do not know ("stimmte der
    Resolution zu"), nor an intent read off another verb ("will … besuchen")."""
    if not any(e.type == "AGREE" for e in _entries(candidate.word)):
        return True
    if not {"+DAT", "an"} & set(candidate.trigger.frame):
        return True  # "unterzeichnet", "geeinigt": an agreement, whose partner is someone
    bare = [c for c in candidate.clause.chunks if c.prep is None][1:]
    return any(c.words[0].lower in _DATIVE_DETERMINERS for c in bare)


def _owned_act(clause: Clause) -> bool:
    """An event noun with its owner before it ("Assads Rücktritt", "seinen Rückzug"): the
    demand is addressed to that owner, resolved or not, never to a default."""
    words = clause.words
    return any(
        is_event_noun(word) and position > 0 and (
            words[position - 1].tag == "PPOSAT"
            or (words[position - 1].tag == "NE" and words[position - 1].text.endswith("s"))
        )
        for position, word in enumerate(words)
    )


def _same_side(actor: EventActor, recipient: EventActor | None) -> bool:
    """The same entity, or a state code named without an entity on one side ("Treffen mit
    den USA" told of the USA); two entities of one state stay apart (a congressman accusing
    the army)."""
    if recipient is None or other_branch(actor, recipient):
        return False
    if actor.entity_id is not None and actor.entity_id == recipient.entity_id:
        return True
    return bool(actor.code) and actor.code == recipient.code and (
        actor.entity_id is None or recipient.entity_id is None
    )


def _addressed_by_default(entry: Trigger) -> bool:
    """Not for appeals ("ruft zu Spenden auf", "+AKK (zu)"): their unnamed addressee is the
    public or the actor's own members, not the government."""
    return (
        entry.type in DOMESTIC_CLAIM_TYPES
        and entry.mode not in _UNADDRESSED_MODES
        and "(zu)" not in entry.frame
    )


def _government_addressed(doc: Doc, actor: EventActor) -> EventActor | None:
    if not is_non_state(doc, actor):
        return None
    government = focus_actor(doc)
    return government if arguments.distinct(actor, government) else None


def _hypothetical(clause: Clause) -> bool:
    """A conditional ("würde angreifen", "könnte verklagen") or a clause opened by a
    conditional verb ("sollten sie sich nicht zurückziehen")."""
    opener = next((w for w in clause.words if w.tag not in ("KON", "$,", "$(")), None)
    if opener is not None and opener.is_finite and opener.lower in conditional_openers():
        return True
    return any(w.is_finite and w.lower in hypothetical_forms() for w in clause.words)


def _anaphoric_type(clause: Clause, trigger: Word) -> str | None:
    """The event type of a demonstrative event noun in the clause ("diesen Forderungen")."""
    for chunk in clause.chunks:
        if chunk.contains(trigger) or not any(w.tag == "PDAT" for w in chunk.words):
            continue
        for word in chunk.words:
            entries = [e for e in _entries(word) if e.pos == "noun"]
            if entries:
                return entries[0].type
    return None


def _verb_of(clause: Clause, entries: tuple[Trigger, ...]) -> Word | None:
    """The verb of a construction headed by another word ("bereit erklärt" -> erklärt)."""
    verbs = {part.casefold() for entry in entries for part in entry.words[1:]}
    return next((w for w in clause.words if w.is_verb and w.lemma.casefold() in verbs), None)


def _irrealis_modified(chunk: Chunk, word: Word) -> bool:
    """"die bevorstehenden Treffen", "diese Forderungen" (anaphoric: told before)."""
    before = [w for w in chunk.words if w.i < word.i]
    if any(w.tag == "PDAT" for w in before):
        return True
    return any(w.tag == "ADJA" and w.lemma.casefold() in irrealis_modifiers() for w in before)


def _label(doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause], chunk: Chunk | None,
           word: Word, entry: Trigger, quote: Quote | None) -> Candidate | None:
    """An accusing label inside someone's speech: the speaker accuses whom it is said of."""
    if quote is None or quote.speaker is None:
        return None
    actor = _speaker_actor(doc, quote)
    subject_chunk, recipient = arguments.subject(doc, clause, clauses, exclude=chunk)
    # "Das ist ein Massaker": the deed just told, whose perpetrator the discourse gives
    first = next((w for w in clause.words if w.tag not in ("$(", "KON")), None)
    deed = recipient is None and first is not None and (
        first.tag == "PDS" and first.lower in ("das", "dies"))
    if (recipient is None and not deed) or actor is None:
        return None
    return Candidate(
        trigger=entry, word=word, clause=clause, clauses=clauses, sentence=sentence, actor=actor,
        recipient=recipient, negated=False, chunks=[chunk], nominal=True,
        pending=deed, labels_deed=deed,
    )


def _speaker_actor(doc: Doc, quote: Quote) -> EventActor | None:
    speaker = quote.speaker
    if speaker is None:
        return None
    for entity in doc._.entities or []:
        if entity.id == speaker.entity_id:
            return from_entity(entity)
    return None


def _drop_irrealis_nominals(candidates: list[Candidate]) -> list[Candidate]:
    """Events inside the complement of a demand, warning or denial are not events: a noun in
    its clause ("fordern einen Abzug") or a dass/zu clause after it ("pocht darauf, dass
    die NATO zusagt")."""
    governors = [
        c for c in candidates
        if not c.nominal and (c.trigger.type in IRREALIS_TYPES or c.trigger.mode == "deny")
    ]
    return [c for c in candidates if not any(_governed(c, g) for g in governors)]


def _governed(candidate: Candidate, governor: Candidate) -> bool:
    if candidate is governor or (candidate.nominal and candidate.setting):
        # "sich für das Vorgehen bei einer Demonstration entschuldigen": the setting of the
        # act demanded is a fact told, not part of the demand
        return False
    if candidate.clause is governor.clause:
        return candidate.nominal
    position = candidate.clauses.index(candidate.clause)
    governor_position = candidate.clauses.index(governor.clause)
    return 0 < position - governor_position <= 2 and complement_clause(candidate.clause)
