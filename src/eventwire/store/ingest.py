"""Code articles into the store, resumably; re-code stored articles after a lexicon change.

``ingest`` looks up each article's (id, hash) BEFORE coding it, so a resumed or
repeated run codes only what is new or changed. Coded articles are written in
batches of ``commit_every``, each batch one transaction.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError
from ..records import Article, ArticleResult, ItemError
from .repository import Store, WriteCounts
from .rows import article_hash

if TYPE_CHECKING:
    from ..pipeline import Pipeline

log = logging.getLogger(__name__)

COMMIT_EVERY = 50
_LOOKUP = 256


@dataclass(slots=True)
class IngestSummary:
    """What an ingest or recode run did; updated as it goes (progress callbacks see it)."""

    seen: int = 0  # articles read (or, for recode, loaded from the store)
    new: int = 0  # stored for the first time
    replaced: int = 0  # stored before with another hash (recode: re-coded)
    unchanged: int = 0  # stored before with the same hash: not coded again
    failed: int = 0  # items that could not be read or coded
    events: int = 0  # events written
    quotes: int = 0  # quotes written
    coded: int = 0  # articles run through the coder
    done: int = 0  # items finished so far, for progress bars
    seconds: float = 0.0
    failures: list[ItemError] = field(default_factory=list)

    def add(self, counts: WriteCounts) -> None:
        self.new += counts.new
        self.replaced += counts.replaced
        self.unchanged += counts.unchanged
        self.events += counts.events
        self.quotes += counts.quotes


Progress = Callable[[IngestSummary], None]


def _chunks(items: Iterable[Article | ItemError], size: int) -> Iterator[list[Article | ItemError]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ingest(
    pipeline: Pipeline,
    store: Store,
    items: Iterable[Article | ItemError],
    *,
    progress: Progress | None = None,
    commit_every: int = COMMIT_EVERY,
) -> IngestSummary:
    """Code and store ``items`` (from ``read_items``); skip articles stored unchanged.

    Returns an IngestSummary; items that could not be read or coded are listed in
    ``failures`` and the run goes on. Database errors raise StoreError; everything
    committed before stays.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    hashes: dict[str, list[str]] = {}  # id -> hashes of the articles being coded, in order
    in_run: dict[str, str] = {}

    def tick(done: int = 1) -> None:
        summary.done += done
        summary.seconds = time.perf_counter() - started
        if progress is not None:
            progress(summary)

    def to_code() -> Iterator[Article | ItemError]:
        for chunk in _chunks(items, _LOOKUP):
            ids = [a.id for a in chunk if isinstance(a, Article)]
            known = store.hashes(ids) if ids else {}
            for item in chunk:
                if isinstance(item, ItemError):
                    yield item
                    continue
                summary.seen += 1
                hash_ = article_hash(item)
                if in_run.get(item.id, known.get(item.id)) == hash_:
                    summary.unchanged += 1
                    tick()
                    continue
                in_run[item.id] = hash_
                hashes.setdefault(item.id, []).append(hash_)
                yield item

    _code_and_write(pipeline, store, to_code(), hashes, summary, tick, commit_every, force=False)
    summary.seconds = time.perf_counter() - started
    return summary


def recode(
    pipeline: Pipeline,
    store: Store,
    *,
    everything: bool = False,
    progress: Progress | None = None,
    commit_every: int = COMMIT_EVERY,
) -> IngestSummary:
    """Re-code stored article texts and replace their events, quotes and actors.

    By default only articles coded by another coder or lexicon version are re-coded
    (so an interrupted recode resumes); ``everything`` re-codes them all.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    version = (pipeline.version, pipeline.lexicon.version)
    ids = store.article_ids(not_coded_by=None if everything else version)
    hashes: dict[str, list[str]] = {}

    def tick(done: int = 1) -> None:
        summary.done += done
        summary.seconds = time.perf_counter() - started
        if progress is not None:
            progress(summary)

    def stored() -> Iterator[Article]:
        for start in range(0, len(ids), _LOOKUP):
            for article, hash_ in store.articles(ids[start : start + _LOOKUP]):
                summary.seen += 1
                hashes.setdefault(article.id, []).append(hash_)
                yield article

    _code_and_write(pipeline, store, stored(), hashes, summary, tick, commit_every, force=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _code_and_write(
    pipeline: Pipeline,
    store: Store,
    articles: Iterable[Article | ItemError],
    hashes: dict[str, list[str]],
    summary: IngestSummary,
    tick: Callable[[int], None],
    commit_every: int,
    *,
    force: bool,
) -> None:
    batch: list[tuple[ArticleResult, str]] = []
    for item in pipeline.code_many(articles):
        if isinstance(item, ItemError):
            summary.failed += 1
            summary.failures.append(item)
            _take(hashes, item.item)  # an article that failed while coding
            tick(1)
            continue
        summary.coded += 1
        hash_ = _take(hashes, item.article.id)
        if hash_ is None:  # pragma: no cover - code_many keeps article ids
            raise StoreError(f"{item.article.id}: coded an article that was not read")
        batch.append((item, hash_))
        if len(batch) >= commit_every:
            summary.add(store.write(batch, force=force))
            batch = []
        tick(1)
    summary.add(store.write(batch, force=force))
    tick(0)


def _take(hashes: dict[str, list[str]], article_id: str) -> str | None:
    pending = hashes.get(article_id)
    if not pending:
        return None
    hash_ = pending.pop(0)
    if not pending:
        del hashes[article_id]
    return hash_


def estimate_items(paths: Iterable[str]) -> int | None:
    """A quick count of the items ``read_items(paths)`` will give, for progress bars.

    Counts files, JSONL lines and feed entries without parsing articles; None when
    reading stdin.
    """
    from ..ingest.readers import JSONL_SUFFIXES

    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        files = [path] if not path.is_dir() else [p for p in path.rglob("*") if p.is_file()]
        for file in files:
            if any(part.startswith(".") for part in file.relative_to(path).parts):
                continue
            suffix = file.suffix.lower()
            try:
                if suffix in JSONL_SUFFIXES:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                elif suffix in (".rss", ".atom", ".xml"):
                    data = file.read_bytes()
                    total += max(data.count(b"<item"), data.count(b"<entry"), 1)
                else:
                    total += 1
            except OSError:
                total += 1
    return total


def summary_dict(summary: IngestSummary) -> dict[str, object]:
    """The summary as plain JSON-able values."""
    return {
        "seen": summary.seen,
        "new": summary.new,
        "replaced": summary.replaced,
        "unchanged": summary.unchanged,
        "failed": summary.failed,
        "events": summary.events,
        "quotes": summary.quotes,
        "seconds": round(summary.seconds, 2),
        "failures": [{"item": f.item, "message": f.message} for f in summary.failures],
    }


__all__ = ["COMMIT_EVERY", "IngestSummary", "estimate_items", "ingest", "recode", "summary_dict"]
