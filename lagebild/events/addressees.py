"""The recipient of an event whose clause names none.

An offer or demand takes the side of the act it governs; a claim of a non-state actor goes to
the government of the article's focus country, a demand or refusal of another state to that
state where the article is clearly about it; coordinated subjects that meet or agree among
themselves are each other's side; and some events are told without an addressee at all. No
default goes to an act on someone or something told before ("werfen ihr vor", "wies die
Vorwürfe zurück"): a wrong side is worse than none.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Final

from spacy.tokens import Doc

from lagebild.entities.kb import actor_kb, business_codes, organisation_states
from lagebild.events import arguments
from lagebild.events.actor_entities import is_non_state
from lagebild.events.actors import is_event_noun
from lagebild.events.adjective_codes import opposing_adjective
from lagebild.events.candidate import Candidate, may_lack_recipient
from lagebild.events.clauses import Chunk, Clause, attached_phrases
from lagebild.events.irrealis import governed_by
from lagebild.events.lexicon import (
    Trigger,
    multilateral_bodies,
    state_organs,
    type_table,
    word_list,
)
from lagebild.events.recipients import distinct
from lagebild.events.states import clear_focus, country_codes, focus_actor
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.words import Word
from lagebild.model import EventActor

#: Claims a non-state actor makes without naming whom at: as a rule they are addressed to
#: the government of the country the article is about ("Mönche verlangen Reformen").
DOMESTIC_CLAIM_TYPES: Final = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT"})
#: Types whose unnamed addressee, for a state actor, is the article's focus country.
FOCUS_ADDRESSED_TYPES: Final = frozenset({"REQUEST", "REJECT", "AID", "AGREE"})
#: Modes told without an addressee for a reason: a riot is aimed at no one in particular.
_UNADDRESSED_MODES: Final = frozenset({"riot"})
#: Modes of claims aimed at someone other than the government: an investigation at whom it
#: looks into ("die AMS-Untersuchung"). (A denial answers whoever accused, often the state:
#: "Die Demonstranten bestreiten die Steinewürfe".)
_ANSWERING_MODES: Final = frozenset({"investigate"})
#: Types whose coordinated subjects, told reflexively, are each other's side.
RECIPROCAL_TYPES: Final = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Types a body of states may be told to do among its members, with no other side.
MULTILATERAL_TYPES: Final = frozenset({"CONSULT", "AGREE"})
_DATIVE_DETERMINERS: Final = frozenset({"dem", "der", "einem", "einer"})


def complete_pending(candidate: Candidate, found: list[Candidate]) -> list[Candidate]:
    """ "Frankreich hat sich bereit erklärt, Soldaten in den Libanon zu entsenden": the
    offer's recipient is the one of the action offered, demanded or threatened; failing
    that, some acts default to the focus country; else it stays pending for the discourse.
    The act demanded also overrides the government a claim was addressed to by default
    ("wirbt um die Unterstützung der dortigen Regierung"). An act with coordinated sides
    ("mit den USA, Frankreich und den Briten zu kooperieren") gives one event per side, as
    the act itself does (see detect._candidates)."""
    if not (candidate.pending or candidate.by_default) or candidate.orphan:
        return [candidate]
    if candidate.trigger.pos == "label":
        return [_labelled_alongside(candidate, found)]
    for governed in found if not _partner_unresolved(candidate) else ():
        if governed.orphan or not governed_by(governed, candidate):
            continue
        if candidate.nominal and not _attached(governed, candidate):
            continue  # "Nach der Ermordung … verhängte X Sanktionen": no act the noun governs
        addressee = _addressee(candidate, governed)
        if addressee is None:
            continue
        completed = [replace(candidate, recipient=addressee, pending=False)]
        for copy in _coordinated_copies(governed, found):
            other = _addressee(candidate, copy)
            if other is not None and all(distinct(other, c.recipient) for c in completed):
                completed.append(replace(candidate, recipient=other, pending=False))
        return completed
    if candidate.by_default:
        return [candidate]  # no act demanded names its side: the government stays addressed
    return [_focus_addressed(candidate)]


def _partner_unresolved(candidate: Candidate) -> bool:
    """ "Die EU arbeitet mit Finanzinstitutionen dabei zusammen, Reformen von Bosnien zu
    fordern": the verb's own recipient slot is filled by a phrase we could not resolve, so
    its side is someone else, not the target of the act it governs."""
    if candidate.nominal:
        return False
    prepositions = candidate.trigger.prepositions
    return any(c.prep in prepositions for c in candidate.clause.chunks)


def _addressee(candidate: Candidate, governed: Candidate) -> EventActor | None:
    """The side of the governed act the candidate is addressed to, other than its actor."""
    # "fordern den Rücktritt des Präsidenten": a demand on someone's own act is
    # addressed to them; else the act's target is the addressee
    side = governed.actor if governed.nominal else governed.recipient
    addressees: tuple[EventActor | None, ...] = (side, governed.recipient)
    if governed.nominal and governed.trigger.genitive_is_recipient:
        # "verlangte die Freilassung einer Lehrerin": not addressed to the one released
        addressees = (side,)
    return next((a for a in addressees if a is not None and distinct(candidate.actor, a)), None)


def _coordinated_copies(governed: Candidate, found: list[Candidate]) -> list[Candidate]:
    """The copies of a governed act made for its coordinated sides: the same trigger, with
    the same actor and another recipient (a verb's "mit den USA, Frankreich und …") or the
    same recipient and another actor (a noun's "den Abzug Russlands und Irans"); not the
    reversed copy of a mutual act."""
    copies = []
    for other in found:
        if other is governed or other.word is not governed.word or other.orphan:
            continue
        if _same(other.actor, governed.actor) != _same(other.recipient, governed.recipient):
            copies.append(other)
    return copies


def _aid_at_home(candidate: Candidate) -> bool:
    """ "das BZÖ habe Teile des Wahlkampfes durch den Parlamentsklub finanziert": what a party
    or an organisation we do not know finances unaddressed is its own business, not aid to
    the focus state (a party's demand, by contrast, is addressed to that state; aid of a
    state or of a known international body keeps the default)."""
    actor = candidate.actor
    if candidate.trigger.type != "AID" or actor is None or actor.code is None:
        return False
    if actor.code in country_codes():
        return False
    return actor.code in organisation_states() or actor.code not in _known_actor_codes()


@cache
def _known_actor_codes() -> frozenset[str]:
    return frozenset(surface.actor.code for surface in actor_kb().phrases.values())


def _same(one: EventActor | None, other: EventActor | None) -> bool:
    if one is None or other is None:
        return one is other
    return not distinct(one, other)


def _focus_addressed(candidate: Candidate) -> Candidate:
    """A demand or refusal of one state with no act that names its side (see
    :func:`complete_pending`)."""
    if (
        (
            (candidate.trigger.type in FOCUS_ADDRESSED_TYPES and not _told_appeal(candidate))
            or candidate.intended
        )
        and (not candidate.nominal or _promise_noun(candidate))
        and candidate.foreign_focus is not None
        and not _owned_act(candidate.clause)
        and not _named_elsewhere(candidate)
        and not (candidate.trigger.type == "AGREE" and _not_promise(candidate))
        and not _aid_at_home(candidate)
    ):
        # "Sarkozy verlangte die Freilassung einer Lehrerin", "die EU erkennt das nicht an":
        # a demand or refusal of one state, told without its addressee, is as a rule
        # addressed to the state the article is about
        return replace(candidate, recipient=candidate.foreign_focus, pending=False)
    return candidate


def _labelled_alongside(candidate: Candidate, found: list[Candidate]) -> Candidate:
    """ "wies die Änderungen zurück und bezeichnete sie als Eingriff": a label given with no
    object named accuses whom its speaker's other hostile act in the sentence is aimed at
    (not a partner met: "sprach von einem Skandal und traf sich mit …")."""
    for other in found:
        if (
            other is not candidate
            and other.trigger.pos != "label"
            and not other.orphan
            and type_table()[other.trigger.type].quad_class.endswith("conflict")
            and other.recipient is not None
            and not distinct(other.actor, candidate.actor)
            and distinct(other.recipient, candidate.actor)
        ):
            return replace(candidate, recipient=other.recipient, pending=False)
    return candidate


def _promise_noun(candidate: Candidate) -> bool:
    """ "Zusagen gibt es aus Italien": a promise told by its noun, with no addressee, is
    made to the state the article is about, as a promising verb is; not one in a subordinate
    clause ("wie schnell Zusagen erfolgen"), which asks or supposes more often than it tells."""
    return (
        candidate.trigger.type == "AGREE"
        and "an" in candidate.trigger.frame
        and not candidate.clause.subordinate
    )


def _attached(governed: Candidate, noun: Candidate) -> bool:
    """The governed act is told in the noun's own phrase or those it governs ("Forderungen
    nach einem Abzug der Truppen")."""
    chunk = noun.clause.chunk_of(noun.word)
    if chunk is None:
        return False
    phrases = [chunk, *attached_phrases(noun.clause, chunk.last, noun.clause.chunks)]
    return any(phrase.contains(governed.word) for phrase in phrases)


def reflexive(clause: Clause) -> bool:
    return any(w.lower in ("sich", "miteinander", "untereinander") for w in clause.words)


def pair_coordinated(doc: Doc, clauses: list[Clause], parts: arguments.Participants) -> None:
    """ "Tadić und Koštunica haben sich verständigt": coordinated subjects who meet or agree
    among themselves are each other's side, one event, even of one state."""
    partners = parts.co_actors or arguments.coordinated_actors(doc, clauses, parts.actor_chunk)
    actor = parts.actor
    partner = next((p for p in partners if actor is None or p.entity_id != actor.entity_id), None)
    if partner is not None:
        parts.recipient, parts.co_actors = partner, []


def told_unaddressed(entry: Trigger, clause: Clause, actor: EventActor, nominal: bool) -> bool:
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
    return nominal or reflexive(clause)


def _multilateral(actor: EventActor) -> bool:
    """A body of states ("G7", "CSN"): its meetings are among its members."""
    return actor.code is not None and actor.code in multilateral_bodies()


def _named_elsewhere(candidate: Candidate) -> bool:
    """The frame's prepositional slot is filled, by a name we could not resolve ("auf die
    Solomonen geschickt"): the addressee is someone, not the default."""
    slots = set(candidate.trigger.prepositions)
    return any(c.prep in slots for c in candidate.clause.chunks)


def addressed_elsewhere(
    clause: Clause, clauses: list[Clause], entry: Trigger, trigger: Word
) -> bool:
    """A demand on whom its demanded clause names as subject ("pochte darauf, dass die
    Euro-Staaten die Regeln einhalten"), a demand for a thing told before ("Genau das
    fordern nun Aktivisten"), an advocacy made to the public ("warb für Verständnis"), or a
    protest against a group ("antiarabische Demonstrationen"): none is by default addressed
    to the focus country or its government."""
    return (
        _demanded_subject(clause, clauses)
        or _demanded_thing_told_before(clause, entry, trigger)
        or _advocacy(clause, entry)
        or _against_a_group(clause, trigger)
        or _on_all_sides(clause, clauses, entry)
    )


def _on_all_sides(clause: Clause, clauses: list[Clause], entry: Trigger) -> bool:
    """ "forderte, die Waffenruhe wiederzubeleben", "rief beide Seiten auf": a demand on all
    sides of a conflict, in its clause or the demanded clause right after it, is not one on
    the focus state alone."""
    if entry.type != "REQUEST":
        return False
    following = [c for c in clauses if c.first > clause.last][:1]
    words = [w for c in [clause, *following] for w in c.words]
    nouns = tuple(word_list("all_sides_words.txt"))
    determiners = word_list("all_sides_determiners.txt")
    return any(
        w.tag == "NN"
        and (
            w.lemma.casefold().endswith(nouns)
            or (w.lemma == "Seite" and index > 0 and words[index - 1].lower in determiners)
        )
        for index, w in enumerate(words)
    )


def _demanded_thing_told_before(clause: Clause, entry: Trigger, trigger: Word) -> bool:
    """ "Einen Kodex für alle Firmen gibt es nicht. Genau das fordern nun Aktivisten": a
    demand whose fronted object is "das" asks for a thing told before, whose addressee the
    clause does not give (often not the government)."""
    if entry.type != "REQUEST":
        return False
    return any(
        chunk.prep is None and chunk.head_word.tag == "PDS" and chunk.last < trigger.i
        for chunk in clause.chunks
    )


def _against_a_group(clause: Clause, trigger: Word) -> bool:
    """An event noun with an "anti-" adjective: aimed at whom the adjective names (a state
    it names is its recipient already), not at the government."""
    chunk = clause.chunk_of(trigger)
    if chunk is None:
        return False
    return any(opposing_adjective(w) for w in chunk.words if w.start < trigger.start)


def _demanded_subject(clause: Clause, clauses: list[Clause]) -> bool:
    """The "dass" clause right after the verb's clause opens with other actors as its subject: a
    noun for states, members or companies (data/addressee_subject_nouns.txt), matched on
    the word as written: the plural ("die Euro-Staaten"), not the lemma."""
    following = [c for c in clauses if c.first > clause.last][:1]
    if not following or following[0].words[0].lower not in ("dass", "daß"):
        return False
    bare = [c for c in following[0].chunks if c.prep is None][:1]
    if not bare or bare[0].first != following[0].first + 1:
        return False
    head = bare[0].head_word
    nouns = tuple(word_list("addressee_subject_nouns.txt"))
    return head.tag == "NN" and head.text.casefold().split("-")[-1].endswith(nouns)


def _advocacy(clause: Clause, entry: Trigger) -> bool:
    """ "warb für Verständnis": the verb with its advocating preposition (data/
    advocating_verbs.tsv)."""
    rows = (line.split("\t") for line in word_list("advocating_verbs.tsv"))
    prepositions = {row[1] for row in rows if len(row) == 2 and row[0] == entry.lemma}
    return any(chunk.prep in prepositions for chunk in clause.chunks)


def focus_addressee(doc: Doc, actor: EventActor) -> EventActor | None:
    """The article's focus country, as default addressee for another state's act; only where
    the article is clearly about that country (see :func:`clear_focus`)."""
    if is_non_state(doc, actor) or actor.code is None or not clear_focus(doc):
        return None
    home = organisation_states().get(actor.code)
    # "CSU-Generalsekretär Scheuer hatte einen Aufnahmestopp gefordert" in an article about
    # Turkey: a party politician without a state office addresses his own state
    own = home is not None and not _in_office(doc, actor)
    if home is not None and own and _european_parliament(doc) and not _home_told(doc, home):
        # "Der ÖVP-Delegationsleiter forderte ein Programm" in a story on the European
        # Parliament, which names Austria once or not at all: a member of that parliament,
        # addressing neither his own state nor the focus country
        return None
    focus = EventActor(code=home) if own else focus_actor(doc)
    return focus if distinct(actor, focus) else None


#: How often a party's home state must be named for its politicians' unaddressed demands
#: to go to it: once may be an aside ("Österreich" beside a minister quoted in passing).
_HOME_MENTIONS: Final = 2


def _european_parliament(doc: Doc) -> bool:
    """The article names the European Parliament (data/european_parliament_names.txt)."""
    names = word_list("european_parliament_names.txt")
    return any(entity.name.casefold() in names for entity in doc._.entities or [])


def _home_told(doc: Doc, home: str) -> bool:
    """The party's home state is the focus country or is named in the article more than in
    passing ("In Deutschland verschärft sich der Streit um die Flüchtlingspolitik")."""
    focus = focus_actor(doc)
    if focus is not None and focus.code == home:
        return True
    mentions = sum(
        len(entity.mentions)
        for entity in doc._.entities or []
        if entity.type == "GPE" and entity.code == home
    )
    return mentions >= _HOME_MENTIONS


def _in_office(doc: Doc, actor: EventActor) -> bool:
    """The actor is a person holding a state office (data/government_offices.txt)."""
    person = next((e for e in doc._.entities or [] if e.id == actor.entity_id), None)
    if person is None:
        return False
    return any(role.casefold().endswith(_government_offices()) for role in person.roles)


@cache
def _government_offices() -> tuple[str, ...]:
    """The endings of data/government_offices.txt, for ``str.endswith``."""
    return tuple(sorted(word_list("government_offices.txt")))


def _not_promise(candidate: Candidate) -> bool:
    """A promise with no addressee ("sagte weitere Hilfe zu") goes to the focus state; not an
    agreement to a thing someone proposed, whose author we do not know ("stimmte der
    Resolution zu"), nor an intent read off another verb ("will … besuchen")."""
    if not any(e.type == "AGREE" for e in lexicon_entries(candidate.word)):
        return True
    if not {"+DAT", "an"} & set(candidate.trigger.frame):
        return True  # "unterzeichnet", "geeinigt": an agreement, whose partner is someone
    bare = [c for c in candidate.clause.chunks if c.prep is None][1:]
    return any(c.words[0].lower in _DATIVE_DETERMINERS for c in bare) or _promised_clause(candidate)


def _promised_clause(candidate: Candidate) -> bool:
    """ "versprach: Wir werden …", "ich verspreche, dass wir …": a promise whose content is a
    clause is given to the public or the voters, not to the focus state (that default is for
    a thing promised, "sagte weitere Hilfe zu")."""
    after = [t for t in candidate.sentence if t.idx >= candidate.word.end][:2]
    if not after:
        return False
    if after[0].text == ":":
        return True
    return after[0].text == "," and len(after) > 1 and after[1].lower_ in ("dass", "daß")


def _owned_act(clause: Clause) -> bool:
    """An event noun with its owner before it ("Assads Rücktritt", "seinen Rückzug"): the
    demand is addressed to that owner, resolved or not, never to a default."""
    words = clause.words
    return any(
        is_event_noun(word)
        and position > 0
        and (
            words[position - 1].tag == "PPOSAT"
            or (words[position - 1].tag == "NE" and words[position - 1].text.endswith("s"))
        )
        for position, word in enumerate(words)
    )


def addressed_by_default(entry: Trigger) -> bool:
    """Not for appeals ("ruft zu Spenden auf", "+AKK (zu)"): their unnamed addressee is the
    public or the actor's own members, not the government."""
    return (
        entry.type in DOMESTIC_CLAIM_TYPES
        and entry.mode not in _UNADDRESSED_MODES
        and not _appeal(entry)
    )


def _appeal(entry: Trigger) -> bool:
    return "(zu)" in entry.frame


def _told_appeal(candidate: Candidate) -> bool:
    """ "rief dazu auf, Mitmenschen mit Respekt zu begegnen", "zur Zerstörung Israels
    aufrufe": an appeal to do something, with no addressee named, is made to the public or
    the actor's own people, not to the focus state ("darauf drängen, dass das Urteil nicht
    vollstreckt wird" is a demand on it)."""
    if not _appeal(candidate.trigger):
        return False
    clause = candidate.clause
    return (
        any(chunk.prep == "zu" for chunk in clause.chunks)
        or any(word.lower == "dazu" for word in clause.words)
        or any(t.tag_ == "PTKZU" for t in candidate.sentence if t.idx > candidate.word.start)
    )


@cache
def _answered_objects() -> tuple[str, ...]:
    return tuple(sorted(word_list("answered_objects.txt")))


def answers_another(
    clause: Clause, clauses: list[Clause], entry: Trigger, subject: Chunk | None
) -> bool:
    """An investigation, an act on someone told before ("werfen ihr vor", "ihnen zu helfen"),
    or a rejection of a thing told before ("wies die Vorwürfe zurück", "lehnte die Idee ab",
    "streitet das ab"): it is aimed at that one, or answers whoever accused or proposed the
    thing, not by default the government or the focus state."""
    if entry.mode in _ANSWERING_MODES:
        return True
    for chunk in [*clause.chunks, *_fronted(clause, clauses)]:
        if chunk is subject or chunk.prep is not None or chunk.bracketed:
            continue
        head = chunk.head_word
        if head.lower == "es":
            continue  # "es" stands for a clause that follows: "lehnt es ab, zu …"
        if head.tag == "PPER" or (entry.type == "REJECT" and _told_before(head)):
            return True
    return False


def _fronted(clause: Clause, clauses: list[Clause]) -> list[Chunk]:
    """ "Den Vorwurf, dass Bund und Länder zerstritten wären, wies der Minister zurück": a
    main clause that opens with its finite verb has its first phrase at the head of the
    piece before, with the clause that phrase governs."""
    if clause.subordinate or not clause.words[0].is_finite:
        return []
    for before in reversed([c for c in clauses if c.last < clause.first]):
        if before.subordinate:
            continue
        opening = before.chunks[0] if before.chunks else None
        return [opening] if opening is not None and opening.first == before.first else []
    return []


def _named_organ(actor: EventActor) -> bool:
    """A state organ named as a body of its own ("Handelsgericht"): its name's last word
    ends in an organ noun."""
    name = (actor.name or "").split()
    return bool(name) and name[-1].casefold().split("-")[-1].endswith(state_organs())


def _told_before(head: Word) -> bool:
    """ "das", "dies", "die Vorwürfe", "die Idee": a thing told before."""
    return head.tag == "PDS" or (
        head.tag == "NN" and head.lemma.casefold().endswith(_answered_objects())
    )


def government_addressed(doc: Doc, actor: EventActor) -> EventActor | None:
    """The focus country's government, for a claim of a non-state actor; not for a court
    named as a body of its own ("Das Wiener Handelsgericht verwirft den Einwand"), whose
    rulings answer the parties before it."""
    if (
        not is_non_state(doc, actor)
        or _named_organ(actor)
        or union_at_work(doc, actor)
        or _consumer_group(doc, actor)
    ):
        return None
    government = focus_actor(doc)
    return government if distinct(actor, government) else None


def _consumer_group(doc: Doc, actor: EventActor) -> bool:
    """A consumer group ("Klagen des Vereins für Konsumentenschutz"): it sues and blames
    companies, so its claims are not by default aimed at the government."""
    group = next((e for e in doc._.entities or [] if e.id == actor.entity_id), None)
    if group is None:
        return False
    parts = word_list("consumer_group_words.txt")
    names = [group.name, *(m.text for m in group.mentions)]
    return any(part in name.casefold() for name in names for part in parts)


def union_at_work(doc: Doc, actor: EventActor) -> bool:
    """A trade union in an article that names a company or employers ("Verdi ruft zu Streiks
    bei Amazon auf", "vor der Konzernzentrale"): its claims are aimed at employers (economic
    news), not at the government."""
    entities = doc._.entities or []
    union = next((e for e in entities if e.id == actor.entity_id), None)
    if union is None:
        return False
    endings = tuple(word_list("union_words.txt"))
    names = [union.name, *(m.text for m in union.mentions), *union.roles]
    if not any(name.casefold().endswith(endings) for name in names):
        return False
    companies = business_codes()
    if any(e.code in companies for e in entities if e.code):
        return True
    text = doc.text.casefold()
    return any(part in text for part in word_list("employer_words.txt"))
