"""Actor and recipient of a trigger from German clause structure and case cues.

No parser is available, so the rules read the clause's noun phrases in order. The subject
is the first nominative-compatible bare phrase that names an actor, looked for in the
prefield and then after the finite verb ("Forderungen Russlands wies Sherman zurück": the
fronted object names no actor in its core, so Sherman is the subject). The recipient sits
where the trigger's frame says: a bare object (+AKK/+DAT), a prepositional phrase, or the
subject of the dass-clause a da-form points to ("pocht darauf, dass die NATO ...").
Passives ("wurde von X angegriffen") take the actor from the von/durch phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType

from spacy.tokens import Doc

from lagebild.events.actors import (
    adjective_codes,
    compound_codes,
    focus_actor,
    is_event_noun,
    other_branch,
    place_actor,
    resolve_chunk,
    resolve_words,
)
from lagebild.events.clauses import SUBORDINATORS, Chunk, Clause, attached_phrases
from lagebild.events.lexicon import (
    Trigger,
    collective_nouns,
    person_suffixes,
    support_verbs,
    triggers_by_head,
)
from lagebild.events.words import Word
from lagebild.model import EventActor

AGENT_PREPOSITIONS = ("von", "durch", "seitens")
#: Prepositions under which a meeting noun shares the clause's participants
#: ("nach Gesprächen in Genf haben die USA Russland aufgerufen").
SETTING_PREPOSITIONS = frozenset({"nach", "bei", "vor", "während", "seit", "in", "auf"})
_DA_FORMS = MappingProxyType({
    "darauf": "auf", "daran": "an", "dazu": "zu", "davor": "vor", "dagegen": "gegen",
    "davon": "von", "damit": "mit", "darüber": "über", "darum": "um", "dafür": "für"
})
_MAX_CHAIN = 3
#: First words that mark a bare phrase as dative (and not as nominative or accusative).
_DATIVE_FORMS = frozenset({"dem", "einem", "diesem", "jenem", "keinem", "seinem", "ihrem",
                           "unserem", "ihm", "ihr", "ihnen", "uns", "mir"})
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "wir", "ich"})
_DATIVE_RELATIVES = frozenset({"dem", "denen"})
_NOMINATIVE_RELATIVES = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
#: Actions only a state takes; told in the passive without an agent, the actor is the
#: article's focus country.
STATE_ACTION_MODES = frozenset({"arrest", "release", "deport", "convict", "censor", "curfew",
                                "martial-law"})
#: Prepositions that continue a phrase's content ("Forderungen nach Garantien für ein Ende
#: der Osterweiterung der NATO"); locative ones ("im Kosovo") do not.
_CHAIN_PREPOSITIONS = frozenset({"für", "nach", "von", "über", "zu", "gegen", "mit"})
#: Types whose target is often a place: "bombardierten ... im Gazastreifen".
_PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "SUPPORT"})
_PLACE_PREPOSITIONS = frozenset({"in", "auf", "gegen", "nach"})


@dataclass
class Participants:
    actor: EventActor | None = None
    recipient: EventActor | None = None
    actor_chunk: Chunk | None = None
    recipient_chunk: Chunk | None = None
    agent_chunk: Chunk | None = None
    co_actors: list[EventActor] = field(default_factory=list)
    co_recipients: list[EventActor] = field(default_factory=list)


def is_passive(clause: Clause, trigger: Word) -> bool:
    if trigger.tag != "VVPP":
        return False
    return any(w.lemma == "werden" or w.lower == "worden" for w in clause.words if w.is_verb)


def subject(doc: Doc, clause: Clause, clauses: list[Clause],
            exclude: Chunk | None = None) -> tuple[Chunk | None, EventActor | None]:
    """The clause's subject phrase and the actor it names; elided subjects come from the
    clause before ("Russland dementiert ..., hatte aber 2014 die Krim annektiert")."""
    if _subject_elided(clause):
        index = clauses.index(clause)
        earlier_main = next((c for c in reversed(clauses[:index]) if not c.subordinate), None)
        if earlier_main is not None and _own_main_clause(earlier_main) and not _coordinated_on(
                clause):
            inverted = _inverted_subject(doc, clause)
            if inverted[1] is not None:
                return inverted
        for earlier in reversed(clauses[:index]):
            if not earlier.subordinate:
                return subject(doc, earlier, clauses)
    order = _subject_order(clause)
    glued = _glued_to_prefield(clause, order)
    for chunk in order:
        if chunk is exclude or chunk.oblique or chunk.coordinated:
            continue
        if is_event_noun(chunk.head_word) and chunk.head_word.tag == "NN":
            continue
        actor = resolve_chunk(doc, chunk, core_only=True) or _group_of(doc, clause, chunk)
        if actor is not None:
            return chunk, actor
        if _unknown_subject(chunk) and chunk not in glued:
            return _apposition(doc, clause, chunk) or (chunk, None)
    return _relative_antecedent(doc, clause, clauses)


def _apposition(doc: Doc, clause: Clause, chunk: Chunk) -> tuple[Chunk, EventActor] | None:
    """"die Verhandlungspartner USA, Russland …": a name right after a noun for persons is
    what that noun stands for."""
    following = next((c for c in clause.chunks if c.first == chunk.last + 1), None)
    if following is None or following.prep is not None or following.head_word.tag != "NE":
        return None
    actor = resolve_chunk(doc, following, core_only=True)
    return (following, actor) if actor is not None else None


def _group_of(doc: Doc, clause: Clause, chunk: Chunk) -> EventActor | None:
    """"eine Gruppe von US-Marines": the group a collective noun is of."""
    if chunk.head_word.lemma not in collective_nouns():
        return None
    following = next((c for c in clause.chunks if c.first > chunk.last), None)
    if following is None or following.prep != "von" or following.first - chunk.last > 2:
        return None
    return resolve_chunk(doc, following, core_only=True)


def _relative_antecedent(doc: Doc, clause: Clause, clauses: list[Clause]
                         ) -> tuple[Chunk | None, EventActor | None]:
    """A relative clause with no subject phrase of its own has the relative pronoun for
    subject, which stands for the phrase before it ("Indonesien, das eine Beteiligung
    ablehnt")."""
    pronoun = next((w for w in clause.words if w.tag == "PRELS"), None)
    if pronoun is None or pronoun.lower not in _NOMINATIVE_RELATIVES:
        return None, None
    if clause.finite is not None and clause.finite.i < pronoun.i:
        return None, None  # the relative clause is not the one with the verb
    before = [c for c in clause.chunks if c.last < pronoun.i]
    if not before:
        index = clauses.index(clause)
        before = clauses[index - 1].chunks if index > 0 else []
    if not before:
        return None, None
    antecedent = before[-1]
    if antecedent.genitive is not None and is_event_noun(antecedent.head_word):
        # "die Freilassung einer Lehrerin, die festgenommen wurde": an event is no one's
        # subject; the pronoun stands for the nearer noun, the genitive's
        return antecedent, resolve_words(doc, antecedent.genitive_words)
    return antecedent, resolve_chunk(doc, antecedent, core_only=True)


def _glued_to_prefield(clause: Clause, order: list[Chunk]) -> list[Chunk]:
    """Phrases before the last one ahead of the finite verb: a title before its name ("Der
    Premierminister des Kosovos Hashim Thaçi") does not block the subject slot."""
    finite = clause.finite
    if clause.subordinate or finite is None:
        return []
    return [c for c in order if c.last < finite.i][:-1]


def _unknown_subject(chunk: Chunk) -> bool:
    """A personal pronoun or a phrase naming persons that we cannot resolve holds the
    subject slot: "töteten sie Zivilisten" must not make the Zivilisten the actor."""
    head = chunk.head_word
    if head.tag == "PPER":
        return head.lower in _SUBJECT_PRONOUNS
    lemma = head.lemma.casefold()
    return head.tag == "NN" and lemma.endswith(person_suffixes())


def _coordinated_on(clause: Clause) -> bool:
    """"… und forderten die Bundesregierung auf": a main clause joined by a conjunction shares
    the subject of the one before; the phrase after its verb is an object, not a subject."""
    return clause.words[0].tag == "KON"


def _own_main_clause(clause: Clause) -> bool:
    """A clause with a finite verb of its own, not a subject glued to a relative clause."""
    return clause.finite is not None and not any(
        w.tag in SUBORDINATORS for w in clause.words if w.i < clause.finite.i
    )


def _inverted_subject(doc: Doc, clause: Clause) -> tuple[Chunk | None, EventActor | None]:
    """After fronted speech the clause starts with its verb and the subject follows it at
    once ("…, hatte Obama bei seinem Treffen gesagt"), unlike an elided subject ("…, hatte
    aber 2014 die Krim annektiert") or a main clause resumed after a relative clause ("Die
    MDC, die …, beschuldigte die Regierung": the part before has no verb of its own)."""
    finite = clause.finite
    if finite is None:
        return None, None
    chunk = next((c for c in clause.chunks if c.first == finite.i + 1), None)
    if chunk is None or chunk.prep is not None or chunk.oblique:
        return None, None
    return chunk, resolve_chunk(doc, chunk, core_only=True)


def _subject_order(clause: Clause) -> list[Chunk]:
    bare = [c for c in clause.chunks if c.prep is None]
    finite = clause.finite
    if clause.subordinate or finite is None:
        return bare
    # the prefield holds one phrase, but a dateline or apposition may be glued to it
    # ("Moskau – Russland hat …", "Anhänger, in der Mehrzahl Studenten, demonstrieren")
    before = [c for c in bare if c.last < finite.i and not c.coordinated]
    after = [c for c in bare if c.first > finite.i]
    return before + after


def _subject_elided(clause: Clause) -> bool:
    """A coordinated main clause that starts with its finite verb ("…, hatte aber …"), or a
    zu-infinitive, whose subject is the main clause's ("Frankreich hat sich bereit erklärt,
    Soldaten zu entsenden")."""
    first = next((w for w in clause.words if w.tag not in ("KON", "$,")), None)
    if first is not None and first.is_finite and not clause.subordinate:
        return True
    return clause.finite is None and any(w.tag in ("PTKZU", "VVIZU") for w in clause.words)


def _in_prefield_phrase(clause: Clause, position: int) -> bool:
    """"Der Attentäter von Tel Aviv ist … erschossen worden": a von-phrase right after a noun
    before the finite verb of a main clause belongs to that noun (the prefield holds one
    phrase), so it is no passive agent."""
    finite = clause.finite
    if clause.subordinate or finite is None or position == 0 or finite is clause.words[-1]:
        return False  # a verb-final clause ("dessen Rücktritt von X gefordert wird") has none
    if clause.words[0].tag in SUBORDINATORS or clause.words[0].tag == "PRELAT":
        return False
    chunk, before = clause.chunks[position], clause.chunks[position - 1]
    return chunk.last < finite.i and chunk.first - before.last <= 2  # only the preposition


def _dative(doc: Doc, clause: Clause, taken: list[Chunk | None]
            ) -> tuple[Chunk | None, EventActor | None]:
    """A bare phrase marked as dative by its first word ("dem", "ihm", "einer")."""
    for chunk in clause.chunks:
        if chunk in taken or chunk.prep is not None:
            continue
        if chunk.words[0].lower in _DATIVE_FORMS:
            named = resolve_chunk(doc, chunk)
            if named is not None:
                return chunk, named
    return None, None


def agent(doc: Doc, clause: Clause) -> tuple[Chunk | None, EventActor | None]:
    for position, chunk in enumerate(clause.chunks):
        if chunk.prep in AGENT_PREPOSITIONS and not _in_prefield_phrase(clause, position):
            actor = resolve_chunk(doc, chunk)
            if actor is not None:
                return chunk, actor
    return None, None


def by_frame(doc: Doc, clause: Clause, clauses: list[Clause], trigger: Trigger,
             taken: list[Chunk | None], after: int = -1, actor: EventActor | None = None
             ) -> tuple[Chunk | None, EventActor | None]:
    """The recipient in the frame's slots, in the order the lexicon lists them; a phrase
    naming the actor itself is skipped, and a place may stand for its state where the
    type's target is often one."""
    candidates = [
        c for c in clause.chunks
        if c not in taken and c.first > after and not _names(doc, c, actor)
    ]
    if after >= 0:
        candidates = attached_phrases(clause, after, candidates)
    found = _by_slots(doc, clause, clauses, trigger, candidates)
    if found[1] is None and trigger.type in _PLACE_TARGET_TYPES:
        found = _place_target(doc, candidates, actor)
    if found[1] is not None and not distinct(actor, found[1]):
        return None, None
    return found


def distinct(actor: EventActor | None, recipient: EventActor | None) -> bool:
    """A recipient that is only the actor's own state again is no recipient."""
    if actor is None or recipient is None or other_branch(actor, recipient):
        return True
    if actor.entity_id is not None and actor.entity_id == recipient.entity_id:
        return False
    return not (actor.code and actor.code == recipient.code and (
        recipient.entity_id is None or actor.entity_id is not None
    ))


def _names(doc: Doc, chunk: Chunk, actor: EventActor | None) -> bool:
    if actor is None or actor.entity_id is None:
        return False
    named = resolve_chunk(doc, chunk, core_only=True)
    return named is not None and named.entity_id == actor.entity_id and not other_branch(
        actor, named)


def _local_state(doc: Doc, clause: Clause) -> EventActor | None:
    """The state of the place the clause is set in ("in Neapel" -> ITA)."""
    for chunk in clause.chunks:
        if chunk.prep == "in":
            state = place_actor(doc, chunk)
            if state is not None:
                return state
    return None


def _place_target(doc: Doc, candidates: list[Chunk], actor: EventActor | None
                  ) -> tuple[Chunk | None, EventActor | None]:
    for chunk in candidates:
        if chunk.prep in _PLACE_PREPOSITIONS:
            named = resolve_chunk(doc, chunk, core_only=True)
            if named is None or named.entity_id is None:
                named = place_actor(doc, chunk)
            if named is not None and distinct(actor, named):
                return chunk, named
    return None, None


def resolve_target(doc: Doc, chunk: Chunk) -> EventActor | None:
    """A recipient: an actor, else the state of a place named ("in den Gazastreifen")."""
    return resolve_chunk(doc, chunk) or place_actor(doc, chunk)


def _by_slots(doc: Doc, clause: Clause, clauses: list[Clause], trigger: Trigger,
              candidates: list[Chunk]) -> tuple[Chunk | None, EventActor | None]:
    for slot in trigger.frame:
        if slot in ("+AKK", "+DAT"):
            for chunk in candidates:
                if (chunk.prep is None and not chunk.coordinated and not _patient_named(chunk)
                        and not _example(clause, chunk)):
                    actor = resolve_target(doc, chunk)
                    if actor is not None:
                        return chunk, actor
            if slot == "+DAT":
                found = _relative_dative(doc, clause, clauses)
                if found[1] is not None:
                    return found
        elif slot in trigger.prepositions:
            found = _prepositional(doc, clause, candidates, slot)
            if found[1] is not None:
                return found
            found = _da_clause(doc, clause, clauses, slot)
            if found[1] is not None:
                return found
    return None, None


def _example(clause: Clause, chunk: Chunk) -> bool:
    """"nahmen 40 Menschen fest, darunter Ayman Barakat": one named among those the act is
    done to is not all of them."""
    before = [w for w in clause.words if w.i < chunk.first]
    return any(w.lower in ("darunter", "unter") for w in before[-2:])


def _patient_named(chunk: Chunk) -> bool:
    """"verlangte die Freilassung einer Lehrerin": the genitive of an act done to someone names
    the one it is done to, not the addressee of a demand or refusal about it."""
    head = chunk.head_word
    if head.tag != "NN" or chunk.genitive is None:
        return False
    entries = [e for e in triggers_by_head().get(head.lemma.casefold(), ()) if e.pos == "noun"]
    return bool(entries) and all(e.genitive_is_recipient for e in entries)


def _relative_dative(doc: Doc, clause: Clause, clauses: list[Clause]
                     ) -> tuple[Chunk | None, EventActor | None]:
    """"dem IWF, denen Ecuador vorwirft": a dative relative pronoun opening the clause stands
    for the phrase before it, which is then the recipient."""
    first = clause.words[0]
    if first.tag != "PRELS" or first.lower not in _DATIVE_RELATIVES:
        return None, None
    index = clauses.index(clause)
    if index == 0 or not clauses[index - 1].chunks:
        return None, None
    antecedent = clauses[index - 1].chunks[-1]
    return antecedent, resolve_target(doc, antecedent)


def _prepositional(doc: Doc, clause: Clause, candidates: list[Chunk], prep: str
                   ) -> tuple[Chunk | None, EventActor | None]:
    for position, chunk in enumerate(candidates):
        if chunk.prep != prep:
            continue
        chain = [chunk]
        for following in candidates[position + 1 :]:
            if len(chain) > _MAX_CHAIN or not (following.prep in _CHAIN_PREPOSITIONS
                                               or _participle_continues(chain[-1], following)):
                break
            if following.first - chain[-1].last > 2:
                break
            chain.append(following)
        for link in chain:
            actor = resolve_target(doc, link)
            if actor is not None:
                return link, actor
    return None, None


def _participle_continues(chunk: Chunk, following: Chunk) -> bool:
    """"auf Steine werfende Demonstranten": a participle phrase splits the noun phrase in two;
    its second half, right after the first, is still the phrase the preposition governs."""
    return (following.prep is None and following.first == chunk.last + 1
            and following.words[0].tag == "ADJA" and following.words[0].lower.endswith(
                ("ende", "enden", "ender", "endes", "endem")))


def _da_clause(doc: Doc, clause: Clause, clauses: list[Clause], prep: str
               ) -> tuple[Chunk | None, EventActor | None]:
    if not any(_DA_FORMS.get(w.lower) == prep for w in clause.words):
        return None, None
    index = clauses.index(clause)
    for following in clauses[index + 1 : index + 3]:
        if following.words and following.words[0].lower == "dass":
            return subject(doc, following, clauses)
    return None, None


def verbal(doc: Doc, clause: Clause, clauses: list[Clause], word: Word, trigger: Trigger
           ) -> Participants:
    if is_passive(clause, word):
        agent_chunk, actor = agent(doc, clause)
        if actor is None and trigger.mode in STATE_ACTION_MODES:
            # "wurden verhaftet": arrests are made by the state, the one where they are made
            actor = _local_state(doc, clause) or focus_actor(doc)
        subject_chunk, patient = subject(doc, clause, clauses, exclude=agent_chunk)
        if patient is None and trigger.type in _PLACE_TARGET_TYPES:
            # "wurden Ziele im Gazastreifen angegriffen": the place's state is the target
            subject_chunk, patient = _place_target(
                doc, [c for c in clause.chunks if c is not agent_chunk], actor)
        if patient is None and "+DAT" in trigger.frame:
            # "Dem Bürgerrechtler wurde der Preis verliehen": the dative stays the recipient
            subject_chunk, patient = _dative(doc, clause, [agent_chunk, subject_chunk])
        rest = [c for c in clause.chunks if c is not agent_chunk]
        for slot in trigger.prepositions if patient is None else ():
            # "Gegen Lenz wird ermittelt": the frame's preposition keeps its recipient
            found = _prepositional(doc, clause, rest, slot)
            if found[1] is not None:
                subject_chunk, patient = found
                break
        if not distinct(actor, patient):
            patient = None
        return Participants(actor, patient, agent_chunk, subject_chunk, agent_chunk)
    subject_chunk, actor = subject(doc, clause, clauses)
    co_actors = coordinated_actors(doc, clauses, subject_chunk)
    if subject_chunk is not None and not clause.contains(subject_chunk.words[0]):
        subject_chunk = None  # an elided subject: its phrase is not in this clause
    taken = [subject_chunk, *_coordinated(clause, subject_chunk)]
    recipient_chunk, recipient = by_frame(doc, clause, clauses, trigger, taken, actor=actor)
    if recipient_chunk is not None and not clause.contains(recipient_chunk.words[0]):
        co_recipients = _co_antecedents(doc, clauses, recipient_chunk, actor, recipient)
    else:
        co_recipients = _co_recipients(doc, clause, recipient_chunk, actor, recipient)
    return Participants(actor, recipient, subject_chunk, recipient_chunk, co_actors=co_actors,
                        co_recipients=co_recipients)


def _co_antecedents(doc: Doc, clauses: list[Clause], chunk: Chunk, actor: EventActor | None,
                    recipient: EventActor | None) -> list[EventActor]:
    """The phrases a relative pronoun's antecedent is coordinated with ("der Weltbank und dem
    IWF, denen …"): each a recipient too."""
    clause = next((c for c in clauses if chunk in c.chunks), None)
    if clause is None:
        return []
    position = clause.chunks.index(chunk)
    found: list[EventActor] = []
    while position > 0 and clause.chunks[position].coordinated:
        position -= 1
        named = resolve_target(doc, clause.chunks[position])
        if named is not None and distinct(actor, named) and all(
                _key(named) != _key(seen) for seen in [recipient, *found] if seen is not None):
            found.append(named)
    return found


def _co_recipients(doc: Doc, clause: Clause, chunk: Chunk | None, actor: EventActor | None,
                   recipient: EventActor | None) -> list[EventActor]:
    """Further recipients coordinated with the first ("lehnt die EU-Mission und die
    Unabhängigkeit des Kosovos ab"): one event each."""
    found: list[EventActor] = []
    for other in _coordinated(clause, chunk):
        named = resolve_target(doc, other)
        if named is None or not distinct(actor, named):
            continue
        if all(_key(named) != _key(seen) for seen in [recipient, *found] if seen is not None):
            found.append(named)
    return found


def _key(actor: EventActor) -> str | None:
    return actor.code or actor.entity_id or actor.name


def _coordinated(clause: Clause, chunk: Chunk | None) -> list[Chunk]:
    """The phrases coordinated after ``chunk`` ("die G8, noch die EU oder die Ukraine")."""
    if chunk is None or chunk not in clause.chunks:
        return []
    following = []
    for other in clause.chunks[clause.chunks.index(chunk) + 1 :]:
        if not other.coordinated:
            break
        following.append(other)
    return following


def coordinated_actors(doc: Doc, clauses: list[Clause], chunk: Chunk | None) -> list[EventActor]:
    clause = next((c for c in clauses if chunk is not None and chunk in c.chunks), None)
    if clause is None:
        return []
    actors = []
    for other in _coordinated(clause, chunk):
        actor = resolve_chunk(doc, other, core_only=True)
        if actor is not None:
            actors.append(actor)
    return actors


def nominal(doc: Doc, clause: Clause, clauses: list[Clause], chunk: Chunk, word: Word,
            trigger: Trigger) -> Participants:
    position = chunk.words.index(word)
    after = chunk.words[position + 1 :]
    before = chunk.words[:position]
    genitive = resolve_words(doc, after, allow_adjectives=True) if after else None
    if genitive is None and after and trigger.genitive_is_recipient:
        genitive = place_actor(doc, Chunk(words=after))  # "Beschuss des Gazastreifens"
    parts = Participants()
    pair = _pair(doc, before, after)
    if pair:
        parts.actor, parts.recipient = EventActor(code=pair[0]), EventActor(code=pair[1])
        return parts
    if trigger.genitive_is_recipient:
        parts.recipient = genitive
    else:
        parts.actor = genitive
    if parts.actor is None:
        parts.agent_chunk, parts.actor = _following_agent(doc, clause, chunk)
    if parts.actor is None:
        parts.actor = resolve_words(doc, [w for w in before if w.tag == "ADJA"])
    if parts.actor is None and trigger.mode == "seize":
        parts.actor = _annexing_state(doc, clause, chunk)
    if parts.recipient is None and parts.agent_chunk is not None and trigger.type in (
        "CONSULT", "COOPERATE"
    ):
        partners = coordinated_actors(doc, clauses, parts.agent_chunk)
        parts.recipient = partners[0] if partners else None
    if parts.recipient is None:
        taken = [chunk, parts.agent_chunk, *_coordinated(clause, parts.agent_chunk)]
        parts.recipient_chunk, parts.recipient = by_frame(
            doc, clause, clauses, trigger, taken, after=chunk.last, actor=parts.actor
        )
    if parts.actor is None and any(w.tag == "PPOSAT" for w in before):
        # "seinen Rücktritt": the possessor is, as a rule, the clause's subject
        parts.actor_chunk, parts.actor = subject(doc, clause, clauses, exclude=chunk)
    if parts.actor is None:
        _from_clause(doc, clause, clauses, chunk, trigger, parts)
    return parts


def _annexing_state(doc: Doc, clause: Clause, chunk: Chunk) -> EventActor | None:
    """"die Eingliederung der Krim in die Russische Föderation": the state a territory is
    taken into is the one that takes it."""
    into = next((c for c in attached_phrases(clause, chunk.last, clause.chunks)
                 if c.prep in ("in", "an")), None)
    return resolve_target(doc, into) if into is not None else None


def _pair(doc: Doc, before: list[Word], after: list[Word]) -> list[str] | None:
    """A two-party event: "russisch-amerikanische Treffen", "der NATO-Ukraine-Kommission"."""
    for word in before:
        if word.tag == "ADJA" and "-" in word.text:
            codes = adjective_codes(word.text)
            if len(codes) == 2:
                return codes
    for word in after:
        if word.tag in ("NE", "NN") and word.text.count("-") >= 2:
            codes = compound_codes(doc, word.text)
            if len(codes) == 2:
                return codes
    return None


def _following_agent(doc: Doc, clause: Clause, chunk: Chunk
                     ) -> tuple[Chunk | None, EventActor | None]:
    following = next((c for c in clause.chunks if c.first > chunk.last), None)
    if following is None or following.prep not in AGENT_PREPOSITIONS:
        return None, None
    if following.first - chunk.last > 2:
        return None, None
    return following, resolve_chunk(doc, following)


def _from_clause(doc: Doc, clause: Clause, clauses: list[Clause], chunk: Chunk,
                 trigger: Trigger, parts: Participants) -> None:
    """Participants of the clause for a noun that is the object of a support verb
    ("Russland plane einen Überfall") or the setting of a meeting ("nach Gesprächen")."""
    verbs = {w.lemma for w in clause.words if w.is_verb}
    # the light verb of the construction itself supports it too ("das Feuer erwidern")
    light = {trigger.words[-1]} if trigger.pos == "lvc" else set()
    if chunk.prep in (None, "mit") and verbs & (support_verbs() | light):
        subject_chunk, actor = subject(doc, clause, clauses, exclude=chunk)
        parts.actor, parts.actor_chunk = actor, subject_chunk
        return
    if trigger.type in ("CONSULT", "COOPERATE") and chunk.prep in SETTING_PREPOSITIONS:
        subject_chunk, actor = subject(doc, clause, clauses, exclude=chunk)
        if actor is None:
            return
        parts.actor, parts.actor_chunk = actor, subject_chunk
        partner_named = any(
            c.prep == "mit" and c.first - chunk.last <= 2 for c in clause.chunks
        )  # "nach einem Treffen mit dem UNMIK-Leiter": the partner is named, if unknown
        if parts.recipient is None and not partner_named:
            for other in clause.chunks:
                if other is chunk or other is subject_chunk or other.prep is not None:
                    continue
                recipient = resolve_chunk(doc, other)
                if recipient is not None and distinct(actor, recipient):
                    parts.recipient, parts.recipient_chunk = recipient, other
                    break
