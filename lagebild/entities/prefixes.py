"""Actors named as the first part of a hyphenated compound: "Hamas-Terror-Infrastruktur",
"US-Behörden", "G7-Staatenlenker", "NATO-Generalsekretär".

The part is a mention of the actor (a span inside the token); an actor named nowhere
else becomes an entity of its own, unless a state only marks a title ("US-Präsident"):
then it is the person's nationality, not an actor of the article (an organisation in a
title, "PDS-Abgeordnete", is one).
"""

from __future__ import annotations

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import Actor, ActorKB
from lagebild.entities.names import title_of
from lagebild.entities.resolve import Cluster


def _leading_actors(word: str, kb: ActorKB) -> list[tuple[int, int, Actor]]:
    """(start offset, end offset, actor) of actor names among a compound's leading parts;
    the longest hyphen-joined name wins ("Al-Qaida-Mitglied")."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return []
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part) + 1)
    found, position = [], 0
    while position < len(parts) - 1:
        for stop in range(len(parts) - 1, position, -1):
            name = "-".join(parts[position:stop])
            surface = kb.phrases.get((name,))
            # a lower-case part is read as an acronym only first ("us-amerikanisch"), not
            # inside an English phrase ("Service-is-our-success")
            single = stop - position == 1 and (position == 0 or not name.islower())
            actor = kb.actor_of_prefix(name) if single else None
            if surface and surface.kind in ("name", "acronym"):
                actor = surface.actor
            if actor:
                found.append((offsets[position], offsets[stop] - 1, actor))
                position = stop
                break
        else:
            position += 1
    return found


def add_prefix_mentions(tokens: list[Tok], clusters: dict[str, Cluster], kb: ActorKB) -> None:
    whole = {(c.first, c.key) for group in clusters.values() for c in group.candidates}
    # the hyphenated words in one comprehension, no loop body for every other token (the
    # slice that leaves out a word's ends only for the few words with a hyphen at all)
    for index in [
        index
        for index, token in enumerate(tokens)
        if "-" in (text := token.text) and "-" in text[1:-1]
    ]:
        token = tokens[index]
        for start, end, actor in _leading_actors(token.text, kb):
            if (index, actor.key) in whole:
                continue  # the whole word already names this actor ("US-Seite")
            group = clusters.get(actor.key)
            if group is None and actor.type == "GPE" and title_of(token.text):
                continue  # "US-Präsident Obama" alone marks his nationality, no more
            if group is None:
                group = clusters[actor.key] = Cluster(actor.key, actor=actor)
            group.char_mentions.append((token.start + start, token.start + end, index))
