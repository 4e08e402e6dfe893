"""The README tells the truth: its commands are the ones CI runs and the CLI has."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _indented_commands() -> list[str]:
    return [line.strip() for line in README.splitlines() if line.startswith("    ")]


def test_readme_opens_with_the_two_commands():
    first = _indented_commands()[:2]
    assert first[0].endswith("eventwire extract examples/")
    assert first[1].endswith("python -m pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = _indented_commands()[1].split(". .venv/bin/activate && ", 1)[1]
    assert test_cmd in ci.splitlines()


def test_every_command_in_the_readme_exists():
    runner = CliRunner()
    documented = {tuple(m.group(1).split()) for m in
                  re.finditer(r"^    eventwire ((?:eval )?[a-z0-9]+)", README, re.M)}
    assert ("extract",) in documented and ("eval", "geoparse") in documented
    for words in documented:
        result = runner.invoke(cli, [*words, "--help"])
        assert result.exit_code == 0, (words, result.output)


def test_readme_credits_the_data():
    assert "GeoNames" in README and "Creative Commons Attribution 4.0" in README
    assert "MIT" in README
