"""The human-readable text report of an analysis."""

from __future__ import annotations

from lagebild.model import Analysis


def render_text(analysis: Analysis) -> str:
    return f"{analysis.id}: {len(analysis.sentences)} sentences"
