"""An act a speaker calls unlawful: "Nach Aussagen des Innenministeriums haben sich die
Menschen illegal versammelt".

A speaker who reports someone's act as done unlawfully ("illegal", "rechtswidrig" right
before the verb) accuses the doers: ACCUSE from the speaker to the clause's subject. Said by
the narrator, with no speaker, it is no one's accusation. People only named as people ("die
Menschen") are, in a story of a protest, its protesters (see discourse._with_recipient).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.events import context
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Clause
from lagebild.events.lexicon import Trigger, generic_people, word_list
from lagebild.events.recipients import distinct
from lagebild.events.speakers import speaker_actor
from lagebild.events.subjects import subject
from lagebild.events.words import Word
from lagebild.model import Quote


def illegal_manners() -> frozenset[str]:
    return word_list("illegal_manners.txt")


def illegal_manner(word: Word) -> bool:
    """ "illegal", "rechtswidrig" as an adverb: the word the rule needs in its clause."""
    return word.tag in ("ADJD", "ADV") and word.lower in illegal_manners()


def unlawful_acts(
    doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause], quotes: list[Quote]
) -> list[Candidate]:
    """The speaker's accusation of those whose act the quote calls unlawful."""
    words = clause.words
    manner = next(
        (
            w
            for w, after in zip(words, words[1:], strict=False)
            if illegal_manner(w) and after.tag.startswith("VV")
        ),
        None,
    )
    if manner is None or context.verbal_negated(clause):
        return []
    quote = context.quote_at(quotes, manner.start, manner.end)
    speaker = speaker_actor(doc, quote) if quote is not None else None
    if speaker is None:
        return []
    chunk, doers = subject(doc, clause, clauses)
    if chunk is None or (doers is not None and not distinct(speaker, doers)):
        return []
    people = (
        doers is None
        and chunk.head_word.tag == "NN"
        and (chunk.head_word.lemma in generic_people())
    )
    if doers is None and not people:
        return []
    entry = Trigger(
        lemma=manner.lower, pos="verb", type="ACCUSE", mode="allege", frame=(), negative=False
    )
    # people only named as people: kept only if a protest told in the story names them
    return [
        Candidate(
            trigger=entry,
            word=manner,
            clause=clause,
            clauses=clauses,
            sentence=sentence,
            actor=speaker,
            recipient=doers,
            negated=False,
            chunks=[chunk],
            nominal=False,
            pending=doers is None,
            counted_patients=people,
        )
    ]
