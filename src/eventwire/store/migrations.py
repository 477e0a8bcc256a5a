"""The store's schema version: create a new database, upgrade an older one, refuse the rest.

``schema_<backend>.sql`` is version 1. Each later version is one ``Migration`` in
``MIGRATIONS``, applied in its own transaction, so a fresh database and an upgraded
one end up with the same layout. A database too old to upgrade in place, or written
by a newer eventwire, raises StoreError saying what to do.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import TYPE_CHECKING

from ..errors import StoreError

if TYPE_CHECKING:
    from .repository import Store

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
"""Version of the store layout this eventwire writes (see docs/store.md)."""

OLDEST_UPGRADABLE = 1
"""Databases older than this have no migration path; they must be re-ingested."""


@dataclass(frozen=True, slots=True)
class Migration:
    """SQL that upgrades a database from ``version - 1`` to ``version``, per backend."""

    version: int
    sqlite: str
    postgres: str
    note: str


MIGRATIONS: dict[int, Migration] = {}
"""Upgrades after version 1, keyed by the version they produce. None yet."""


def base_schema(backend: str) -> str:
    """The DDL of schema version 1 for ``backend`` ("sqlite" or "postgres")."""
    return (resources.files(__package__) / f"schema_{backend}.sql").read_text(encoding="utf-8")


def current_version(store: Store) -> int | None:
    """The database's schema version; None for an empty database.

    Raises StoreError for a database that has tables but is not an eventwire store.
    """
    tables = store.table_names()
    if not tables:
        return None
    if "schema_version" not in tables:
        raise StoreError(
            f"{store.display_url}: not an eventwire store (it has tables but no "
            "schema_version table); point --db at a new or an eventwire database"
        )
    row = store.query("SELECT max(version) FROM schema_version")
    if not row or row[0][0] is None:
        raise StoreError(f"{store.display_url}: the schema_version table is empty")
    return int(row[0][0])


def ensure_schema(store: Store, eventwire_version: str) -> int:
    """Create or upgrade the schema; return the version now in force."""
    version = current_version(store)
    if version is None:
        with store.transaction():
            # checked again inside the write lock: another process may have won the race
            version = current_version(store)
            if version is None:
                store.executescript(base_schema(store.backend))
                _record(store, 1, eventwire_version)
                version = 1
                log.info("%s: created store schema v1", store.display_url)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{store.display_url}: store schema v{version} was written by a newer eventwire "
            f"(this one reads v{SCHEMA_VERSION}); upgrade eventwire or use another --db"
        )
    if version < OLDEST_UPGRADABLE or any(
        v not in MIGRATIONS for v in range(version + 1, SCHEMA_VERSION + 1)
    ):
        raise StoreError(
            f"{store.display_url}: store schema v{version} is older than v{SCHEMA_VERSION} "
            "and cannot be upgraded in place; ingest your sources again into a new database "
            "(--db), or keep using the eventwire version that wrote it"
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        migration = MIGRATIONS[target]
        with store.transaction():
            store.executescript(getattr(migration, store.backend))
            _record(store, target, eventwire_version)
        log.warning(
            "%s: upgraded store schema v%d -> v%d (%s)",
            store.display_url,
            target - 1,
            target,
            migration.note,
        )
    return SCHEMA_VERSION


def _record(store: Store, version: int, eventwire_version: str) -> None:
    store.execute(
        "INSERT INTO schema_version (version, applied_at, eventwire_version) VALUES (?, ?, ?)",
        (version, datetime.now(UTC).isoformat(timespec="seconds"), eventwire_version),
    )
