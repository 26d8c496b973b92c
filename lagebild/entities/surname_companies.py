"""A listed company named after a person of the article ("McAfee" after "John McAfee"): a
bare mention of the name is the person, unless a company noun stands right before it ("der
Firma McAfee")."""

from __future__ import annotations

from lagebild.entities.candidates import Tok
from lagebild.entities.companies import is_company_noun
from lagebild.entities.names import first_names
from lagebild.entities.resolve import Cluster


def _first_name_and_surname(name: str) -> bool:
    """ "John McAfee", not a run that took in nouns ("Am Ökostromanbieter Maxenergy")."""
    words = name.split()
    return len(words) > 1 and all(word in first_names() for word in words[:-1])


def give_company_surnames_to_persons(tokens: list[Tok], clusters: dict[str, Cluster]) -> None:
    """Moves a company's bare mentions to the person whose surname is its name."""
    surnames = {
        group.candidates[0].name.split()[-1]: group
        for group in clusters.values()
        if group.is_person and _first_name_and_surname(group.candidates[0].name)
    }
    if not surnames:
        return
    for key, group in list(clusters.items()):
        lead = group.candidates[0] if group.candidates else None
        if lead is None or lead.type != "ORG" or lead.name not in surnames:
            continue
        person = surnames[lead.name]
        kept = []
        for candidate in group.candidates:
            bare = candidate.first == candidate.last and tokens[candidate.first].text == lead.name
            if bare and not (
                candidate.first > 0 and is_company_noun(tokens[candidate.first - 1].text)
            ):
                person.extra_mentions.append((candidate.first, candidate.first, "name"))
            else:
                kept.append(candidate)
        group.candidates = kept
        if not kept and not group.extra_mentions and not group.char_mentions:
            del clusters[key]
