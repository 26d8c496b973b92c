"""``register(app)`` adds ``lagebild serve`` with its options."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from lagebild.cli_web import register


def test_serve_is_registered_with_safe_defaults() -> None:
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command keeps "serve" a named subcommand
        pass

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0, result.output
    for option in ("--host", "--port", "--db", "--token"):
        assert option in result.output
    assert "127.0.0.1" in result.output
