"""Docs as tests: every route of the app is in docs/api.md; `serve` binds to 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.api import create_app
from eventwire.cli import cli
from eventwire.settings import Settings
from eventwire.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def _walk(routes: Iterable[Any]) -> Iterator[str]:
    for route in routes:
        included = getattr(route, "original_router", None)  # FastAPI's include_router
        if included is not None:
            yield from _walk(included.routes)
        elif getattr(route, "path", ""):
            yield re.sub(r"\{(\w+):\w+\}", r"{\1}", str(route.path))  # {id:path} -> {id}


def route_paths() -> set[str]:
    """Every route path of the app, as written in the docs ({article_id}, not {article_id:path})."""
    with open_store("sqlite:///:memory:") as store:
        return set(_walk(create_app(Settings(), store).routes))


def test_api_docs_every_route_documented() -> None:
    """Each route path of the app (API, dashboard, docs, static) appears in docs/api.md."""
    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    paths = route_paths()
    assert {"/events", "/network", "/ui/dyad", "/ingest", "/code"} <= paths
    missing = sorted(p for p in paths if not re.search(rf"[` ]{re.escape(p)}[` ]", doc))
    assert missing == []


def test_api_docs_readme_names_serve_and_screenshots() -> None:
    """The README lists `eventwire serve`, the screenshots folder and the dyad screenshot."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "eventwire serve" in readme
    assert "artifacts/screenshots/" in readme
    assert "docs/img/dyad.png" in readme
    assert (ROOT / "docs" / "img" / "dyad.png").is_file()


def test_api_serve_binds_localhost_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`eventwire serve` runs uvicorn on 127.0.0.1:8321 unless told otherwise."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.delenv("EVENTWIRE_HOST", raising=False)
    monkeypatch.delenv("EVENTWIRE_PORT", raising=False)
    db = f"sqlite:///{tmp_path / 'x.db'}"
    result = CliRunner().invoke(cli, ["serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8321
    assert "ingest disabled" in result.stderr
    monkeypatch.setenv("EVENTWIRE_TOKEN", "t0k3n")
    result = CliRunner().invoke(cli, ["serve", "--db", db, "--host", "0.0.0.0", "--port", "9000"])
    assert result.exit_code == 0, result.output
    assert calls[1]["host"] == "0.0.0.0" and calls[1]["port"] == 9000
    assert "ingest enabled" in result.stderr and "t0k3n" not in result.stderr


def test_api_serve_bad_port() -> None:
    """A port out of range is a usage error."""
    result = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert result.exit_code == 2
