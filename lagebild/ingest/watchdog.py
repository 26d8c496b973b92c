"""Worker processes end with the process that started them.

A pool worker waits for work on a queue whose write end every worker holds too, so a
``kill -9`` of the ingest process never wakes it with an end-of-file: without a watch,
the workers and the fork server would live on, orphaned, holding memory and CPU.
"""

from __future__ import annotations

import multiprocessing
import os
import threading


def exit_with_parent() -> None:
    """Pool initializer: end this worker at once when its parent process is gone.

    The parent's sentinel (a pipe that the kernel closes when the parent dies) wakes a
    daemon thread; there is nothing to clean up in a worker whose results nobody reads.
    """
    parent = multiprocessing.parent_process()
    if parent is None:  # not started by multiprocessing
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
