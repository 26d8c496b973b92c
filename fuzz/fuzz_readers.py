"""Fuzz the readers: any bytes -> Documents or coded errors, never an exception.

Run: scripts/fuzz.sh readers 60   (or python fuzz/fuzz_readers.py -max_total_time=60)
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    from lagebild.errors import LagebildError
    from lagebild.readers import Document, parse_input
    from lagebild.readers.decoding import decode
    from lagebild.readers.sources import RawInput

_FORMATS = (None, "text", "html", "json", "jsonl")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    kind = _FORMATS[data[0] % len(_FORMATS)]
    body = data[1:]
    with contextlib.suppress(LagebildError):
        decode(body, "fuzz")
    for item in parse_input(RawInput(name="fuzz", data=body, format=kind), max_chars=20_000):
        assert isinstance(item, Document | LagebildError), item
        if isinstance(item, LagebildError):
            assert "fuzz" in item.message
        else:
            item.text.encode("utf-8")  # must be writable as UTF-8 (no lone surrogates)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
