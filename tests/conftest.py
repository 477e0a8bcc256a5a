"""Shared fixtures: the bundled data, a blank vocab, and one loaded pipeline per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from eventwire import Pipeline, Settings
from eventwire.actors.dictionary import ActorDictionary
from eventwire.datafiles import data_dir
from eventwire.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load(data_dir() / "actors")


@pytest.fixture(scope="session")
def nlp_blank() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="session")
def pipeline() -> Iterator[Pipeline]:
    with Pipeline(Settings.from_env()) as p:
        yield p


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


# ---- the event store: one fixture per backend --------------------------------------
def _pg_dsn() -> str:
    """The test server's DSN (scripts/postgres.sh); skip without one, fail in CI."""
    import os

    dsn = os.environ.get("EVENTWIRE_TEST_PG", "")
    if not dsn:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail("CI is set but EVENTWIRE_TEST_PG is not: run scripts/postgres.sh start")
        pytest.skip("EVENTWIRE_TEST_PG is not set (export it from: bash scripts/postgres.sh start)")
    return dsn


@pytest.fixture()
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a new, empty schema (dropped afterwards)."""
    import uuid
    from urllib.parse import quote

    import psycopg

    dsn = _pg_dsn()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in dsn else "?"
    yield f"{dsn}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL for an empty store, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture()
def store() -> Iterator[Store]:
    """An empty in-memory SQLite store."""
    with open_store("sqlite:///:memory:") as s:
        yield s
