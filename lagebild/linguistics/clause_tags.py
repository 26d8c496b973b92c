"""Corrections of HanTa's tags that only the whole clause can decide.

HanTa's sentence search looks one or two words back, so it cannot see what German clause
structure makes certain: a relative clause and a clause opened by a subordinating "als" end in
a finite verb.

- "als" opening a clause (at the sentence start or after a comma) whose clause ends in a finite
  verb is a subordinating conjunction (KOUS), not a preposition: "…, als bewaffnete Räuber einen
  Konvoi angriffen, …".
- A "der"/"die"/"das"/"dem"/"den"/"des" read as a relative pronoun (PRELS) that opens a noun
  phrase in an infinitive clause (its only verb a zu-infinitive; HanTa often reads a clause-final
  finite verb as an infinitive, so other verbs do not count) is an article (ART): "ihre
  Entscheidung, der aus Somalia stammenden Abgeordneten die Staatsbürgerschaft abzuerkennen".
"""

from __future__ import annotations

FINITE_VERBS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
CLAUSE_ENDS = frozenset({"$,", "$."})
ARTICLE_FORMS = frozenset({"der", "die", "das", "dem", "den", "des"})
#: Tags of a word that can follow an article inside a noun phrase.
_PHRASE_STARTS = frozenset({"ADJA", "NN", "NE", "APPR", "CARD", "PIAT", "ADJD"})
#: Words after "als" that make it part of a comparison ("als ob", "als wenn").
_COMPARISON_FOLLOWERS = frozenset({"ob", "wenn"})


def clause_end(tags: list[str], start: int) -> int:
    """Index of the first clause boundary after ``start`` (or the sentence length)."""
    for k in range(start + 1, len(tags)):
        if tags[k] in CLAUSE_ENDS:
            return k
    return len(tags)


def correct_clause_tags(forms: list[str], tags: list[str]) -> list[int]:
    """Correct the STTS ``tags`` of one sentence's words in place; the positions changed."""
    changed = []
    for k, (form, tag) in enumerate(zip(forms, tags, strict=True)):
        if tag == "APPR" and form.lower() == "als":
            opens_clause = k == 0 or tags[k - 1] == "$,"
            following = forms[k + 1].lower() if k + 1 < len(forms) else ""
            end = clause_end(tags, k)
            if (
                opens_clause
                and following not in _COMPARISON_FOLLOWERS
                and end > k + 2
                and tags[end - 1] in FINITE_VERBS
            ):
                tags[k] = "KOUS"
                changed.append(k)
        elif tag == "PRELS" and form.lower() in ARTICLE_FORMS:
            end = clause_end(tags, k)
            verbs = [t for t in tags[k + 1 : end] if t.startswith("V")]
            if (
                k + 1 < end
                and tags[k + 1] in _PHRASE_STARTS
                and verbs
                and all(t == "VVIZU" for t in verbs)
            ):
                tags[k] = "ART"
                changed.append(k)
    return changed
