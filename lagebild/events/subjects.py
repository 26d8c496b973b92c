"""The subject of a clause and the actor it names, from phrase order and case cues.

No parser is available: the subject is the first nominative-compatible bare phrase that names
an actor, looked for in the prefield and then after the finite verb. An elided subject (a
coordinated main clause starting with its verb, a zu-infinitive) is the one of the clause
before; a relative clause without a subject phrase has its antecedent for subject.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc

from lagebild.events.actors import is_event_noun, resolve_chunk, resolve_words
from lagebild.events.clauses import (
    DETERMINER_TAGS,
    OBLIQUE_FORMS,
    SUBORDINATORS,
    Chunk,
    Clause,
    coordinated_phrases,
)
from lagebild.events.lexicon import collective_nouns, generic_people, person_suffixes, word_list
from lagebild.lexicon import noun_genera
from lagebild.model import EventActor
from lagebild.pipeline import doc_text

_SUBJECT_PRONOUNS: Final = frozenset({"er", "sie", "wir", "ich"})
#: Indefinite pronouns that are nominative as a rule: they hold the subject slot.
_INDEFINITE_SUBJECTS: Final = frozenset({"jeder", "niemand", "jemand", "man"})
#: Personal pronouns that are nominative only ("sie" may be an object).
_NOMINATIVE_PRONOUNS: Final = frozenset({"er", "wir", "ich"})
#: Conjunctions of a content clause that a noun before it may govern ("der Einwand, dass").
_CONTENT_CONJUNCTIONS: Final = frozenset({"dass", "ob", "wonach"})
_NOMINATIVE_RELATIVES: Final = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
_NEUTER_RELATIVES: Final = frozenset({"das", "welches"})
#: Conjunctions that join phrases into a plural ("X und Y", not "X oder Y").
_PLURAL_CONJUNCTIONS: Final = frozenset({"und", "sowie"})
#: Plural finite verbs that do not end in -en.
_PLURAL_FINITES: Final = frozenset({"sind", "seid", "waren"})
#: First words that mark a phrase as nominative (and the pronoun beside it as its object).
_NOMINATIVE_MARKS: Final = frozenset(
    {"der", "ein", "kein", "dieser", "jener", "er", "ich", "wir", "du"}
)
#: Articles that, before a masculine singular noun, mark it as nominative.
_MASCULINE_NOMINATIVE: Final = frozenset({"der", "ein", "kein"})


def subject(
    doc: Doc, clause: Clause, clauses: list[Clause], exclude: Chunk | None = None
) -> tuple[Chunk | None, EventActor | None]:
    """The clause's subject phrase and the actor it names; elided subjects come from the
    clause before ("Russland dementiert ..., hatte aber 2014 die Krim annektiert")."""
    if _subject_elided(clause):
        index = clauses.index(clause)
        earlier_main = next((c for c in reversed(clauses[:index]) if not c.subordinate), None)
        if (
            earlier_main is not None
            and (_own_main_clause(earlier_main) or _fronted_content_clause(doc, earlier_main))
            or _fronted_adverbial_clause(doc, clauses[:index])
        ) and not _coordinated_on(clause):
            inverted = _inverted_subject(doc, clause)
            if inverted[1] is not None:
                return inverted
        for earlier in _earlier_clauses(clause, clauses[:index]):
            if not earlier.subordinate:
                controller = _controlling_object(doc, clause, earlier, clauses)
                return controller if controller[1] is not None else subject(doc, earlier, clauses)
    if _neuter_relative_subject(clause):
        return _relative_antecedent(doc, clause, clauses)
    inverted_pronoun = _pronoun_after_verb(doc, clause)
    if inverted_pronoun is not None:
        return inverted_pronoun
    fronted_object = _nominative_after_verb(doc, clause)
    if fronted_object is not None:
        return fronted_object
    order = _subject_order(clause)
    glued = _glued_to_prefield(clause, order)
    held: tuple[Chunk, EventActor | None] | None = None
    for chunk in order:
        if held is not None and _past_prefield(clause, chunk):
            return held
        if (
            chunk is exclude
            or chunk.oblique
            or (chunk.coordinated and not _second_title(clause, chunk))
            or _feminine_oblique(chunk)
            or chunk.bracketed
            or _glued_name(clause, chunk)
            or _apposed_to_object(clause, chunk)
            or _plural_with_singular_verb(clause, chunk)
        ):
            continue
        if is_event_noun(chunk.head_word) and chunk.head_word.tag == "NN":
            continue
        actor = resolve_chunk(doc, chunk, core_only=True) or _group_of(doc, clause, chunk)
        if actor is not None:
            return chunk, actor
        if (
            (_unknown_subject(chunk) or _unknown_name(clause, chunk, order))
            and chunk not in glued
            and held is None
        ):
            # (after a held phrase the prefield is taken: a person noun there is its
            # apposition, "Wolfgang Wieland, Sprecher für Innere Sicherheit, sprachen")
            return _apposition(doc, clause, chunk) or (chunk, None)
        if held is None and _nominative(chunk):
            # "Der Menschenrechtskommissar des Europarats hatte die türkischen Behörden
            # aufgerufen": a phrase marked nominative holds the subject slot even where its
            # core names no actor; it acts for the body its genitive names, and a later
            # phrase ("die türkischen Behörden") is an object
            held = _apposition(doc, clause, chunk) or (chunk, resolve_chunk(doc, chunk))
    if held is not None:
        return held
    return _relative_antecedent(doc, clause, clauses)


def _earlier_clauses(clause: Clause, before: list[Clause]) -> list[Clause]:
    """The clauses an elided subject is looked for in, nearest first: a finite clause skips
    a zu-infinitive between it and the main clause ("Kim warf den USA vor, … vorzubereiten
    und schloss … aus": Kim rules it out, not the USA the infinitive is said of)."""
    nearest = list(reversed(before))
    if clause.finite is None:
        return nearest
    finite = [c for c in nearest if not _zu_infinitive(c)]
    return finite if any(not c.subordinate for c in finite) else nearest


def _pronoun_after_verb(doc: Doc, clause: Clause) -> tuple[Chunk, EventActor | None] | None:
    """ "Strache habe er niemals verunglimpfen wollen": a pronoun that is only nominative
    right after a main clause's finite verb is the subject, and the phrase before the verb
    its fronted object."""
    finite = clause.finite
    if clause.subordinate or finite is None:
        return None
    following = next((c for c in clause.chunks if c.first == finite.i + 1), None)
    if following is None or following.prep is not None or len(following.words) != 1:
        return None
    pronoun = following.words[0]
    if pronoun.tag != "PPER" or pronoun.lower not in _NOMINATIVE_PRONOUNS:
        return None
    if not any(c.prep is None and c.last < finite.i for c in clause.chunks):
        return None  # nothing fronted: the usual order finds the pronoun
    return following, resolve_chunk(doc, following, core_only=True)


def _zu_infinitive(clause: Clause) -> bool:
    return clause.finite is None and any(w.tag in ("PTKZU", "VVIZU") for w in clause.words)


def _controlling_object(
    doc: Doc, clause: Clause, main: Clause, clauses: list[Clause]
) -> tuple[Chunk | None, EventActor | None]:
    """The subject of a zu-infinitive after a verb of object control: the verb's object
    ("Nordkorea unterstellt den USA, durch ihre Militärübungen einen Angriff vorzubereiten":
    the USA prepare it), not its subject; (None, None) elsewhere."""
    if clause.finite is not None or not any(
        w.is_verb and w.lemma.casefold() in word_list("object_control_verbs.txt")
        for w in main.words
    ):
        return None, None
    subject_chunk, _ = subject(doc, main, clauses)
    finite = main.finite
    for chunk in main.chunks:
        if chunk is subject_chunk or chunk.prep is not None or chunk.coordinated:
            continue
        if finite is not None and chunk.last < finite.i:
            continue  # the prefield holds the subject (a fronted object is not read here)
        actor = resolve_chunk(doc, chunk, core_only=True)
        if actor is not None:
            return chunk, actor
    return None, None


def _second_title(clause: Clause, chunk: Chunk) -> bool:
    """ "Vizekanzler und ÖVP-Obmann Reinhold Mitterlehner": a name after two coordinated
    titles is the one subject; a bare singular noun with no article is no phrase of its own
    but a title of the name."""
    position = clause.chunks.index(chunk)
    if position == 0 or not any(w.tag == "NE" for w in chunk.words):
        return False
    before = clause.chunks[position - 1]
    word = before.words[0]
    return (
        before.prep is None
        and len(before.words) == 1
        and word.tag == "NN"
        and word.text == word.lemma
    )


def _past_prefield(clause: Clause, chunk: Chunk) -> bool:
    """The phrase stands after the prefield: after a main clause's finite verb, or anywhere
    in a verb-final clause (where the phrases before it were all looked at)."""
    finite = clause.finite
    return clause.subordinate or finite is None or chunk.first > finite.i


def _apposed_to_object(clause: Clause, chunk: Chunk) -> bool:
    """ "hat seinem in der Kritik stehenden Trainer Rafael Benitez den Rücken gestärkt": a
    phrase whose attribute opens with a prepositional phrase takes its case from the
    article before that phrase ("seinem"), which the phrase was cut from."""
    if chunk.prep is not None or chunk.words[0].tag != "ADJA":
        return False
    inner = next((c for c in clause.chunks if c.last == chunk.first - 1), None)
    if inner is None or inner.prep is None:
        return False
    article = clause.by_position.get(inner.first - 2)  # before the preposition
    return (
        article is not None
        and article.tag in DETERMINER_TAGS
        and clause.chunk_of(article) is None
        and article.lower in OBLIQUE_FORMS
    )


def _plural_with_singular_verb(clause: Clause, chunk: Chunk) -> bool:
    """ "…, Innenminister Efkan Ala und Verteidigungsminister Ismet Yilmaz nimmt auch Tayyip
    Erdoğan die Nato-Verbündeten in die Pflicht": phrases joined by "und" are plural, so
    they are no subject of a verb in the singular."""
    finite = clause.finite
    if finite is None or finite.lower.endswith("en") or finite.lower in _PLURAL_FINITES:
        return False
    return any(
        (joint := clause.by_position.get(other.first - 1)) is not None
        and joint.lower in _PLURAL_CONJUNCTIONS
        for other in coordinated_phrases(clause, chunk)
    )


def _glued_name(clause: Clause, chunk: Chunk) -> bool:
    """ "vor einer Gefährdung des Forschungsstandort Österreich": a bare name right after a
    common noun in a phrase past the finite verb is that noun's apposition, not the
    subject."""
    finite = clause.finite
    if finite is None or chunk.first <= finite.i or chunk.prep is not None:
        return False
    if chunk.words[0].tag != "NE":
        return False
    before = next((c for c in reversed(clause.chunks) if c.last < chunk.first), None)
    return (
        before is not None
        and before.last == chunk.first - 1
        and before.prep is not None
        and before.words[-1].tag == "NN"
    )


def _nominative_after_verb(doc: Doc, clause: Clause) -> tuple[Chunk, EventActor] | None:
    """ "Seine Heimat Argentinien besucht der Papst erst nächstes Jahr": where the phrase right
    after a main clause's verb is marked nominative ("der Papst") and the bare prefield
    phrases, one naming an actor, are not, the prefield holds the object."""
    finite = clause.finite
    if clause.subordinate or finite is None or finite is clause.words[-1]:
        return None
    prefield = [c for c in clause.chunks if c.last < finite.i]
    if not prefield or any(c.prep is not None or _nominative(c) for c in prefield):
        return None
    after = next((c for c in clause.chunks if c.first == finite.i + 1), None)
    if after is None or after.prep is not None or not _nominative(after):
        return None
    if all(resolve_chunk(doc, c, core_only=True) is None for c in prefield):
        return None  # "Das bestätigte der Sprecher": the phrase loop finds him anyway
    actor = resolve_chunk(doc, after, core_only=True)
    return (after, actor) if actor is not None else None


def _nominative(chunk: Chunk) -> bool:
    """ "der Kommissar", "ein Sprecher": an article that marks a masculine singular noun as
    nominative (genitive and dative have "des", "dem", "eines", "einem")."""
    first, head = chunk.words[0], chunk.head_word
    if first.tag not in ("ART", "PIAT") or first.lower not in _MASCULINE_NOMINATIVE:
        return False
    if chunk.head == 0 or head.tag != "NN" or head.text != head.lemma:
        return False  # a plural or inflected form ("der Kommissare": genitive plural)
    return _gender(head.text) == "m"


def _gender(noun: str) -> str | None:
    """The gender of a noun, or of the longest known last part of a compound
    ("Menschenrechtskommissar" -> Kommissar)."""
    genera = noun_genera()
    if noun in genera:
        return genera[noun]
    for start in range(1, len(noun) - 3):
        part = noun[start:].capitalize()
        if part in genera:
            return genera[part]
    return None


def _apposition(doc: Doc, clause: Clause, chunk: Chunk) -> tuple[Chunk, EventActor] | None:
    """ "die Verhandlungspartner USA, Russland …": a name right after a noun for persons is
    what that noun stands for; so is one set off by a comma ("Der Geschäftsführer der
    Grünen, Volker Beck, …"), the comma cut out of the clause."""
    following = next(
        (
            c
            for c in clause.chunks
            if c.first == chunk.last + 1
            or (c.first == chunk.last + 2 and chunk.last + 1 not in clause.by_position)
        ),
        None,
    )
    if following is None or following.prep is not None or following.head_word.tag != "NE":
        return None
    actor = resolve_chunk(doc, following, core_only=True)
    return (following, actor) if actor is not None else None


def _group_of(doc: Doc, clause: Clause, chunk: Chunk) -> EventActor | None:
    """ "eine Gruppe von US-Marines": the group a collective noun is of."""
    if chunk.head_word.lemma not in collective_nouns():
        return None
    following = next((c for c in clause.chunks if c.first > chunk.last), None)
    if following is None or following.prep != "von" or following.first - chunk.last > 2:
        return None
    return resolve_chunk(doc, following, core_only=True)


def _relative_antecedent(
    doc: Doc, clause: Clause, clauses: list[Clause]
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
        # the phrase right before the pronoun, wherever the clause around it was cut: the
        # main clause may go on after the relative clause ("Russland, das …, lehnte … ab")
        before = sorted(
            (
                c
                for other in clauses
                if other is not clause
                for c in other.chunks
                if c.last < pronoun.i
            ),
            key=lambda c: c.last,
        )
    if not before:
        return None, None
    antecedent = before[-1]
    if antecedent.genitive is not None and is_event_noun(antecedent.head_word):
        # "die Freilassung einer Lehrerin, die festgenommen wurde": an event is no one's
        # subject; the pronoun stands for the nearer noun, the genitive's
        return antecedent, resolve_words(doc, antecedent.genitive_words)
    return antecedent, resolve_chunk(doc, antecedent, core_only=True)


def _feminine_oblique(chunk: Chunk) -> bool:
    """ "der Unterrichtsministerin … wirft Lugar … vor": "der" or "einer" before a feminine
    noun is dative or genitive, never the subject."""
    first = chunk.words[0]
    if first.tag != "ART" or first.lower not in ("der", "einer") or chunk.head == 0:
        return False
    head = chunk.head_word
    genera = noun_genera()
    if genera.get(head.text) == "f" or genera.get(head.lemma) == "f":
        return True
    # a hyphenated compound ("Hamas-Bewegung") takes the gender of its last part, unless
    # that is an adjective as noun, of either gender ("der PSOE-Vorsitzende")
    last = head.text.rpartition("-")[2].capitalize()
    return "-" in head.text and genera.get(last) == "f" and genera.get(f"{last}r") != "m"


def _neuter_relative_subject(clause: Clause) -> bool:
    """ "Russland, das die Ukraine angegriffen hatte": a neuter relative pronoun opening the
    clause is nominative or accusative; German reads it as the subject unless the verb is
    plural (it cannot agree) or another phrase is marked nominative ("das der Präsident …")."""
    first = clause.words[0]
    if first.tag != "PRELS" or first.lower not in _NEUTER_RELATIVES:
        return False
    finite = clause.finite
    if finite is None or finite.lower.endswith("en") or finite.lower in _PLURAL_FINITES:
        return False
    return not any(c.prep is None and c.words[0].lower in _NOMINATIVE_MARKS for c in clause.chunks)


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
    if head.tag == "PIS":
        # "Jeder in Brüssel erkennt Österreichs Engagement an": not Österreich
        return head.lower in _INDEFINITE_SUBJECTS
    lemma = head.lemma.casefold()
    # "Menschen in Ungarn begrüßen Flüchtlinge": people only named as people hold the slot too
    return head.tag == "NN" and (
        lemma.endswith(person_suffixes()) or head.lemma in generic_people()
    )


def _unknown_name(clause: Clause, chunk: Chunk, order: list[Chunk]) -> bool:
    """ "Die KPÖ erteilte Kurzmann eine Absage": a name we cannot resolve in the first
    subject position (the prefield of a main clause, the first bare phrase of a verb-final
    one) holds the subject slot, so the name after it is an object, not the actor. A
    common noun there may be a fronted object ("Forderungen Russlands wies Sherman
    zurück"); a name, as a rule, is not."""
    head = chunk.head_word
    if head.tag != "NE" or chunk.genitive is not None and chunk.head >= chunk.genitive:
        return False
    if clause.subordinate or clause.finite is None:
        return bool(order) and chunk is order[0]
    # a name after a prepositional phrase in the prefield is part of it ("Mit einer Portion
    # Wiener Schmäh besprechen Müller und Leitenmüller …")
    return chunk.last < clause.finite.i and not any(
        c.prep is not None and c.last < chunk.first for c in clause.chunks
    )


def _coordinated_on(clause: Clause) -> bool:
    """ "… und forderten die Bundesregierung auf": a main clause joined by a conjunction shares
    the subject of the one before; the phrase after its verb is an object, not a subject."""
    return clause.words[0].tag == "KON"


def _fronted_content_clause(doc: Doc, clause: Clause) -> bool:
    """ "Den Einwand, dass Strache … unterstütze, ließ Kickl nicht gelten": a noun that names
    no actor with its dass-clause fills the prefield; the main clause's subject follows its
    verb (unlike "Die MDC, die …, beschuldigte …", where the noun is the subject)."""
    finite = clause.finite
    if finite is None or not clause.chunks or clause.chunks[0].last >= finite.i:
        return False
    opening = [w for w in clause.words if w.i < finite.i and w.tag in SUBORDINATORS]
    return (
        bool(opening)
        and opening[0].lower in _CONTENT_CONJUNCTIONS
        and opening[0].i > clause.chunks[0].last
        and resolve_chunk(doc, clause.chunks[0]) is None
    )


def _fronted_adverbial_clause(doc: Doc, before: list[Clause]) -> bool:
    """ "Glawischnig: Wenn keine Entpolitisierung stattfindet, werden die Grünen nirgends
    zustimmen": a conjunction's clause ("wenn", "weil") fills the prefield, with no finite
    clause before it, so the subject follows the verb; a label before a colon is no
    subject."""
    if not before or any(c.finite is not None for c in before[:-1]):
        return False
    words = [w for w in before[-1].words if w.tag not in ("KON", "ADV", "$(")]
    position = next((n for n, w in enumerate(words) if w.tag == "KOUS"), None)
    if position is None:
        return False
    return position == 0 or ":" in doc_text(doc)[words[position - 1].end : words[position].start]


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
    before = [
        c for c in bare if c.last < finite.i and (not c.coordinated or _second_title(clause, c))
    ]
    after = [c for c in bare if c.first > finite.i]
    return before + after


def _subject_elided(clause: Clause) -> bool:
    """A coordinated main clause that starts with its finite verb ("…, hatte aber …"), or a
    zu-infinitive, whose subject is the main clause's ("Frankreich hat sich bereit erklärt,
    Soldaten zu entsenden")."""
    first = next((w for w in clause.words if w.tag not in ("KON", "$,")), None)
    if first is not None and first.is_finite and not clause.subordinate:
        return True
    return _zu_infinitive(clause)
