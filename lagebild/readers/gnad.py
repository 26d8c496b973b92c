"""Reader for the 10kGNAD CSV format: ``label;'text'`` per line, no header.

Fields are ``;`` separated and ``'`` quoted (a quote inside the text is doubled). The
label (the news section) is not part of :class:`Document`, so it is dropped.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers.document import Document


def read_gnad(path: Path) -> Iterator[Document | LagebildError]:
    """One Document per row (id ``<file>:<row>``); a malformed row yields an error."""
    if not path.is_file():
        yield LagebildError(ErrorCode.E005, str(path))
        return
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'"), 1):
            name = f"{path.name}:{number}"
            if not row:
                continue
            if len(row) != 2:
                yield LagebildError(ErrorCode.E011, name, detail="expected label;'text'")
            elif not row[1].strip():
                yield LagebildError(ErrorCode.E001, name)
            else:
                yield Document(id=name, text=row[1], source=path.name)
