"""A Rich progress bar for ingestion: count, rate, ETA, and per-record problems above it."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from lagebild.ingest.sources import count_records
from lagebild.ingest.tabular import TableOptions


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.2f} docs/s" if speed else "- docs/s", style="progress.data.speed")


class IngestProgress:
    """Context manager; ``advance(outcome, detail)`` is the ingest loop's callback."""

    def __init__(
        self, console: Console, paths: Sequence[str], table: TableOptions, enabled: bool = True
    ) -> None:
        self.console = console
        self.paths = paths
        self.table = table
        self.enabled = enabled
        self.progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[counts]}"),
            console=console,
            disable=not enabled,
        )
        self.counts: dict[str, int] = {}
        self.task_id: TaskID | None = None  # set on entering the with block

    def __enter__(self) -> IngestProgress:
        # Counting first (parsing, no analysis) gives the bar a total and so an ETA;
        # without a bar there is nothing to count for.
        total = count_records(self.paths, self.table) if self.enabled else None
        self.progress.start()
        self.task_id = self.progress.add_task("ingest", total=total, counts="")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.progress.stop()

    def advance(self, outcome: str, detail: str) -> None:
        self.counts[outcome] = self.counts.get(outcome, 0) + 1
        if outcome == "failed":
            self.console.print(f"[red]error[/red]: {detail}", highlight=False)
        summary = " ".join(f"{name}={value}" for name, value in sorted(self.counts.items()))
        assert self.task_id is not None, "advance() is called inside the with block"
        self.progress.update(self.task_id, advance=1, counts=summary)
