"""Sample texts shared by the reader tests."""

from __future__ import annotations

GERMAN = (
    "Die Bundesregierung hat am Montag in Berlin neue Hilfen für die Ukraine beschlossen. "
    "Außenministerin Baerbock sagte, Deutschland stehe fest an der Seite der Ukraine."
)
GERMAN_UMLAUTS = "Über die Größe der Maßnahmen äußerte sich der Bürgermeister von Köln erfreut."
ENGLISH = (
    "The federal government approved new aid for Ukraine in Berlin on Monday. "
    "The foreign minister said that Germany stands firmly on the side of Ukraine."
)
