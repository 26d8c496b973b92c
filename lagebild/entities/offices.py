"""Offices whose compound name says which body they belong to ("Kommissionspräsident",
"Währungskommissar", "Eurogruppen-Chef": the European Union's), from data/office_actors.tsv."""

from __future__ import annotations

from functools import cache

from lagebild.entities.kb import data_rows
from lagebild.entities.names import Title


@cache
def _office_actors() -> dict[str, str]:
    return {row[0].strip(): row[1].strip() for row in data_rows("office_actors.tsv")}


def actor_of_office(title: Title) -> str | None:
    """The code of the body the title's office belongs to, by its base form, also with a
    hyphenated last prefix joined on ("Eurogruppen-Chef" as "Eurogruppenchef")."""
    offices = _office_actors()
    found = offices.get(title.base)
    if found is None and title.prefixes:
        found = offices.get(title.prefixes[-1] + title.base.lower())
    return found
