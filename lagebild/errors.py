"""The catalogue of coded errors.

Every error a user can see has a code, so it can be searched, documented and tested.
Messages name the input they concern.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(Enum):
    E001 = "input is empty"
    E002 = "input is binary, not text"
    E003 = "input cannot be decoded as text"
    E004 = "input is not German"
    E005 = "input file not found"
    E006 = "malformed JSON"
    E007 = "JSON record has no 'text' field"
    E008 = "HTML has no main text"
    E009 = "URL could not be fetched"
    E010 = "invalid date"
    E011 = "unsupported input"
    E012 = "input is too large"
    E020 = "gold file is malformed"
    E021 = "evaluation data not found"
    E030 = "pipeline component order is invalid"


class LagebildError(Exception):
    """An error with a catalogue code, the input it concerns and a one-line detail."""

    def __init__(self, code: ErrorCode, source: str | None = None, detail: str | None = None):
        self.code = code
        self.source = source
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.source}: " if self.source else ""
        extra = f" ({self.detail})" if self.detail else ""
        return f"{where}{self.code.name} {self.code.value}{extra}"
