"""The event store: SQLite by default, PostgreSQL by URL (see docs/store.md).

with open_store("sqlite:///eventwire.db") as store:
    summary = ingest(pipeline, store, read_items(paths, max_bytes=settings.max_bytes))
    events = query_events(store, actor="USA", root="04")
    export(store, "gdelt", "events.tsv")
"""

from .exports import FORMATS, export
from .ingest import IngestSummary, ingest, recode
from .migrations import SCHEMA_VERSION
from .queries import StoreStats, iter_events, query_events, stats
from .repository import DEFAULT_URL, Store, WriteCounts, open_store
from .rows import article_hash

__all__ = [
    "DEFAULT_URL",
    "FORMATS",
    "SCHEMA_VERSION",
    "IngestSummary",
    "Store",
    "StoreStats",
    "WriteCounts",
    "article_hash",
    "export",
    "ingest",
    "iter_events",
    "open_store",
    "query_events",
    "recode",
    "stats",
]
