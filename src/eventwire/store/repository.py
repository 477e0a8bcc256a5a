"""The Store: one database connection (SQLite or PostgreSQL), parameterised SQL, no ORM.

    with open_store("sqlite:///eventwire.db") as store:
        store.write([(result, article_hash(result.article))])

Writes are idempotent and atomic per article: ``write`` takes a batch of coded
articles and, in ONE transaction, skips those whose (id, hash) is already stored,
deletes every row of those whose hash changed, and inserts the rest. A process
killed at any moment leaves each article either complete or absent.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from ..errors import StoreError
from ..records import Article, ArticleResult
from .migrations import ensure_schema
from .rows import CHILD_TABLES, TABLES, Row, article_from_row, result_rows

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///./eventwire.db"
Backend = Literal["sqlite", "postgres"]
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class WriteCounts:
    """What one ``Store.write`` did."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    quotes: int = 0


def open_store(url: str | None = None) -> Store:
    """Open (creating or upgrading the schema) the store at ``url``.

    ``url`` is ``sqlite:///PATH`` (``sqlite:////abs/path``, ``sqlite:///:memory:``),
    a plain file path, or ``postgresql://user@host:port/dbname`` (psycopg 3).
    """
    url = url or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        store = Store._postgres(url)
    else:
        store = Store._sqlite(url)
    try:
        from ..pipeline import coder_version

        ensure_schema(store, coder_version())
    except BaseException:
        store.close()
        raise
    return store


def _mask(url: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def sqlite_path(url: str) -> str:
    """The file path (or ``:memory:``) named by a sqlite URL or a plain path."""
    if url in ("sqlite://", "sqlite:///:memory:", ":memory:"):
        return ":memory:"
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    if url.startswith("sqlite:"):
        raise StoreError(f"{url}: use sqlite:///relative/path or sqlite:////absolute/path")
    if "://" in url:
        raise StoreError(f"{_mask(url)}: unknown database URL (use sqlite:/// or postgresql://)")
    return url


class Store:
    """A database holding coded articles; a context manager that closes its connection."""

    def __init__(
        self,
        backend: Backend,
        url: str,
        *,
        lite: sqlite3.Connection | None = None,
        pg: psycopg.Connection[Any] | None = None,
        errors: tuple[type[Exception], ...] = (sqlite3.Error,),
    ) -> None:
        self.backend: Backend = backend
        self.url = url
        self.display_url = _mask(url)
        self._lite = lite
        self._pg = pg
        self._errors = errors
        self._depth = 0

    # ---- opening and closing ---------------------------------------------------
    @classmethod
    def _sqlite(cls, url: str) -> Store:
        path = sqlite_path(url)
        if path != ":memory:" and not Path(path).parent.is_dir():
            raise StoreError(f"{url}: folder {Path(path).parent} does not exist")
        try:
            # check_same_thread off: pyarrow pulls export rows from its own thread (never
            # concurrently; a Store is used by one thread at a time).
            conn = sqlite3.connect(
                path, isolation_level=None, timeout=30.0, check_same_thread=False
            )
            if path != ":memory:":
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.Error as exc:
            raise StoreError(f"{url}: cannot open SQLite database ({exc})") from exc
        return cls("sqlite", url, lite=conn)

    @classmethod
    def _postgres(cls, url: str) -> Store:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from exc
        try:
            conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{_mask(url)}: cannot connect to PostgreSQL ({exc})") from exc
        return cls("postgres", url, pg=conn, errors=(psycopg.Error,))

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._lite is not None:
            self._lite.close()
            self._lite = None
        if self._pg is not None:
            self._pg.close()
            self._pg = None

    # ---- low-level SQL ------------------------------------------------------------
    def sql(self, query: str) -> str:
        """``?`` placeholders for this backend (``%s`` on PostgreSQL)."""
        return query.replace("?", "%s") if self.backend == "postgres" else query

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except self._errors as exc:
            raise StoreError(f"{self.display_url}: {exc}".strip()) from exc

    def _conn_lite(self) -> sqlite3.Connection:
        if self._lite is None:
            raise StoreError(f"{self.display_url}: the store is closed")
        return self._lite

    def _conn_pg(self) -> psycopg.Connection[Any]:
        if self._pg is None:
            raise StoreError(f"{self.display_url}: the store is closed")
        return self._pg

    def execute(self, query: str, params: Sequence[Any] = ()) -> None:
        with self._guard():
            if self.backend == "sqlite":
                self._conn_lite().execute(query, params)
            else:
                self._conn_pg().execute(self.sql(query), params)

    def executemany(self, query: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._guard():
            if self.backend == "sqlite":
                self._conn_lite().executemany(query, rows)
            else:
                with self._conn_pg().cursor() as cur:
                    cur.executemany(self.sql(query), rows)

    def query(self, query: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._guard():
            if self.backend == "sqlite":
                return list(self._conn_lite().execute(query, params).fetchall())
            with self._conn_pg().cursor() as cur:
                cur.execute(self.sql(query), params)
                return list(cur.fetchall())

    def stream(self, query: str, params: Sequence[Any] = (), size: int = 2000) -> Iterator[Row]:
        """Rows one by one without loading them all (a server-side cursor on PostgreSQL)."""
        with self._guard():
            if self.backend == "sqlite":
                cursor = self._conn_lite().execute(query, params)
                while batch := cursor.fetchmany(size):
                    yield from batch
                return
            conn = self._conn_pg()
            with conn.transaction(), conn.cursor(name=f"ew_{uuid.uuid4().hex}") as cur:
                cur.itersize = size
                cur.execute(self.sql(query), params)
                yield from cur

    def executescript(self, script: str) -> None:
        """Run DDL statements inside the current transaction (never commits by itself)."""
        with self._guard():
            if self.backend == "postgres":
                self._conn_pg().execute(script)
                return
            conn = self._conn_lite()
            statement = ""
            for line in script.splitlines(keepends=True):
                if not statement and (not line.strip() or line.lstrip().startswith("--")):
                    continue
                statement += line
                if sqlite3.complete_statement(statement):
                    conn.execute(statement)
                    statement = ""
            if statement.strip():
                raise StoreError(f"unterminated SQL statement: {statement[:80]!r}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction (nested calls join the outer one); rolled back on any error."""
        if self._depth:
            yield
            return
        self._depth += 1
        try:
            with self._guard():
                if self.backend == "postgres":
                    with self._conn_pg().transaction():
                        yield
                    return
                conn = self._conn_lite()
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
        finally:
            self._depth -= 1

    def table_names(self) -> set[str]:
        if self.backend == "sqlite":
            rows = self.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        else:
            rows = self.query(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        return {r[0] for r in rows}

    def columns(self, table: str) -> list[str]:
        if self.backend == "sqlite":
            if table not in self.table_names():
                raise StoreError(f"no table {table!r}")
            return [r[1] for r in self.query(f"PRAGMA table_info({table})")]
        rows = self.query(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
        return [r[0] for r in rows]

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"no table {table!r}")
        return int(self.query(f"SELECT count(*) FROM {table}")[0][0])

    def _insert(self, table: str, rows: list[Row]) -> None:
        if not rows:
            return
        cols = TABLES[table]
        with self._guard():
            if self.backend == "sqlite":
                marks = ", ".join("?" * len(cols))
                self._conn_lite().executemany(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows
                )
                return
            with (
                self._conn_pg().cursor() as cur,
                cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)

    # ---- articles -----------------------------------------------------------------
    def hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """The stored hash of each of ``ids`` that is stored."""
        found: dict[str, str] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            if self.backend == "sqlite":
                marks = ", ".join("?" * len(chunk))
                rows = self.query(f"SELECT id, hash FROM articles WHERE id IN ({marks})", chunk)
            else:
                rows = self.query("SELECT id, hash FROM articles WHERE id = ANY(?)", (chunk,))
            found.update((r[0], r[1]) for r in rows)
        return found

    def article_ids(self, *, not_coded_by: tuple[str, str] | None = None) -> list[str]:
        """Ids of stored articles, optionally only those not coded by (coder, lexicon) version."""
        if not_coded_by is None:
            rows = self.query("SELECT id FROM articles ORDER BY id")
        else:
            rows = self.query(
                "SELECT id FROM articles WHERE coder_version <> ? OR lexicon_version <> ? "
                "ORDER BY id",
                not_coded_by,
            )
        return [r[0] for r in rows]

    def articles(self, ids: Sequence[str]) -> list[tuple[Article, str]]:
        """Stored articles (as read, with their hash) for ``ids``, in the order given."""
        cols = "id, text, paragraphs, title, date, url, source, hash"
        by_id: dict[str, tuple[Article, str]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            if self.backend == "sqlite":
                marks = ", ".join("?" * len(chunk))
                rows = self.query(f"SELECT {cols} FROM articles WHERE id IN ({marks})", chunk)
            else:
                rows = self.query(f"SELECT {cols} FROM articles WHERE id = ANY(?)", (chunk,))
            for row in rows:
                by_id[row[0]] = (article_from_row(row[:7]), row[7])
        return [by_id[i] for i in ids if i in by_id]

    def write(
        self, batch: Sequence[tuple[ArticleResult, str]], *, force: bool = False
    ) -> WriteCounts:
        """Store a batch of (coded article, hash) in one transaction.

        An article whose (id, hash) is stored already is left alone unless ``force``
        (used by recode); one whose hash changed has all its rows replaced.
        """
        if not batch:
            return WriteCounts()
        new = replaced = unchanged = 0
        latest: dict[str, tuple[ArticleResult, str]] = {}
        for result, hash_ in batch:  # the same id twice in a batch: the last one wins
            aid = result.article.id
            if aid in latest and latest[aid][1] == hash_ and not force:
                unchanged += 1
                continue
            if aid in latest:
                replaced += 1
            latest[aid] = (result, hash_)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        events = quotes = 0
        with self.transaction():
            known = self.hashes(list(latest))
            doomed: list[str] = []
            rows: dict[str, list[Row]] = {name: [] for name in TABLES}
            for aid, (result, hash_) in latest.items():
                old = known.get(aid)
                if old == hash_ and not force:
                    unchanged += 1
                    continue
                if old is None:
                    new += 1
                else:
                    replaced += 1
                    doomed.append(aid)
                for table, table_rows in result_rows(result, hash_, now).items():
                    rows[table].extend(table_rows)
                events += len(result.events)
                quotes += len(result.quotes)
            if doomed:
                params = [(aid,) for aid in doomed]
                for table in CHILD_TABLES:
                    self.executemany(f"DELETE FROM {table} WHERE article_id = ?", params)
                self.executemany("DELETE FROM articles WHERE id = ?", params)
            for table in TABLES:
                self._insert(table, rows[table])
        return WriteCounts(new, replaced, unchanged, events, quotes)
