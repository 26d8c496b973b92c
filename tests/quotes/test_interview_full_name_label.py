"""An interview whose first answer is labelled with the full name ("Eva Glawischnig: …") and
the later ones with the surname ("Glawischnig: …"): the first answer is a turn of the same
interviewee, whose "ich" speaks there too."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.model import Quote

INTERVIEW = (
    "Die Grünen-Chefin über ihre Wiederwahl. STANDARD: Bei welchem Ergebnis treten Sie "
    "zurück? Eva Glawischnig: In Kenntnis der grünen Seele sage ich: So viel wird es diesmal "
    "nicht. STANDARD: Und die Partei? Glawischnig: Ich glaube, dass sie geschlossen ist. "
    "STANDARD: Wirklich? Glawischnig: Ja, das ist so."
)


def test_the_full_name_label_opens_an_answer_turn(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    quotes = {q.text: q for q in tagged_quotes(INTERVIEW)}
    for content in ("So viel wird es diesmal nicht", "dass sie geschlossen ist"):
        speaker = quotes[content].speaker
        assert speaker is not None and speaker.name == "Eva Glawischnig"
