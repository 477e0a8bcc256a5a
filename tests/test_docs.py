"""Docs as tests: every command, setting and output key is documented."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from eventwire.cli import cli
from eventwire.settings import SETTINGS_TABLE, Settings

ROOT = Path(__file__).resolve().parent.parent


def test_docs_every_command_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"eventwire {name}" in readme, name


def test_docs_every_setting_documented() -> None:
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert [s.name for s in SETTINGS_TABLE] == [f.name for f in fields(Settings)]
    for spec in SETTINGS_TABLE:
        assert f"| `{spec.name}` |" in doc, spec.name
        assert spec.help in doc, spec.name
        assert getattr(Settings(), spec.name) == spec.default


def test_docs_output_keys_documented() -> None:
    from eventwire import serialize

    doc = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    import inspect

    source = inspect.getsource(serialize)
    import re

    keys = set(re.findall(r'"([a-z_]+)":', source))
    missing = [
        k for k in keys if f"`{k}`" not in doc and k not in {"text", "start_char", "end_char"}
    ]
    assert missing == []


def test_docs_readme_opens_with_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```bash", 1)[1].split("```", 1)[0]
    assert "bash scripts/setup.sh && .venv/bin/eventwire ingest examples/" in first_block
    assert ".venv/bin/eventwire serve" in first_block
    assert "bash scripts/setup.sh && .venv/bin/pytest" in first_block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/pytest" in ci
