"""How the event tests compare events: their type and sides as a tuple."""

from __future__ import annotations

from lagebild.model import Event


def sides(event: Event) -> tuple:
    """Type, actor code and recipient code."""
    actor = event.actor.code if event.actor else None
    recipient = event.recipient.code if event.recipient else None
    return event.type, actor, recipient


def sides_with_trigger(event: Event) -> tuple:
    """Type, actor code, recipient code and the trigger's text."""
    return (*sides(event), event.trigger.text)


def named_sides(event: Event) -> tuple:
    """Type and sides, each side by its code or, without one, by its name."""
    actor = (event.actor.code or event.actor.name) if event.actor else None
    recipient = (event.recipient.code or event.recipient.name) if event.recipient else None
    return event.type, actor, recipient
