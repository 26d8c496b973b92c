"""What the server process holds in memory, beyond its resident size (for /api/health).

Resident size (RSS) also grows when pages the allocators reserved long ago are touched for
the first time; the memory in use does not. Python's allocated blocks and glibc's bytes in
use (``mallinfo2``, Linux only) tell a leak from that.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from _ctypes import CFuncPtr  # ctypes' own name for it, _CFuncPtr, is not in typeshed
from functools import cache


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


@cache
def _mallinfo2() -> CFuncPtr | None:
    """glibc's mallinfo2, or None where there is none (musl, macOS, Windows, glibc < 2.33)."""
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        function = ctypes.CDLL(name).mallinfo2
    except (OSError, AttributeError):
        return None
    function.restype = _MallInfo2
    return function


def memory_in_use() -> dict[str, float | int | None]:
    """Python's allocated blocks, and the C heap's bytes in use and reserved, in MB."""
    mallinfo2 = _mallinfo2()
    info = mallinfo2() if mallinfo2 is not None else None
    return {
        "python_blocks": sys.getallocatedblocks(),
        "malloc_in_use_mb": round(info.uordblks / 2**20, 2) if info else None,
        "malloc_heap_mb": round(info.arena / 2**20, 2) if info else None,
    }
