"""Stored events in the layouts of the public event datasets (see docs/store.md).

    export(store, "gdelt", "events.tsv")      # GDELT 2.0 event table, 61 columns
    export(store, "parquet", "events/")       # Hive partitions year_month=YYYY-MM

Fields a layout has and eventwire does not code (places, tone, religion, ...) are
left empty. Tab-separated layouts are plain TSV with no quoting: a tab or line
break inside a field becomes a space.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from ..datafiles import data_dir, read_tsv
from ..errors import StoreError
from ..records import ActorRef, StoredEvent
from .queries import iter_events
from .repository import Store

FORMATS = ("phoenix", "icews", "gdelt", "plover", "csv", "parquet")

PHOENIX_COLUMNS = (
    "EventID",
    "Date",
    "Year",
    "Month",
    "Day",
    "SourceActorFull",
    "SourceActorEntity",
    "SourceActorRole",
    "SourceActorAttribute",
    "TargetActorFull",
    "TargetActorEntity",
    "TargetActorRole",
    "TargetActorAttribute",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScore",
    "Issues",
    "Lat",
    "Lon",
    "LocationName",
    "StateName",
    "CountryCode",
    "SentenceID",
    "URLs",
    "NewsSources",
)

ICEWS_COLUMNS = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)

_GDELT_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GDELT_GEO = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)
GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{c}" for c in _GDELT_ACTOR),
    *(f"Actor2{c}" for c in _GDELT_ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GDELT_GEO),
    *(f"Actor2Geo_{c}" for c in _GDELT_GEO),
    *(f"ActionGeo_{c}" for c in _GDELT_GEO),
    "DATEADDED",
    "SOURCEURL",
)

_REF = ("code", "name", "text", "start_char", "end_char", "kind", "rule")
CSV_COLUMNS = (
    "event_id",
    "article_id",
    "idx",
    "date",
    "year_month",
    "cameo",
    "root",
    "name",
    "quad_class",
    "goldstein",
    "plover",
    "plover_mode",
    *(f"source_{c}" for c in _REF),
    *(f"target_{c}" for c in _REF),
    "trigger_text",
    "trigger_start_char",
    "trigger_end_char",
    "sentence",
    "lead",
    "negated",
    "hypothetical",
    "confidence",
    "caption",
    "rule",
    "reported_by",
    "title",
    "url",
    "publisher",
    "schema_version",
    "coder_version",
    "lexicon_version",
    "ingested_at",
)

PLOVER_KEYS = (
    "id",
    "date",
    "event_type",
    "mode",
    "context",
    "source_actor",
    "source_agent",
    "source_name",
    "source_text",
    "target_actor",
    "target_agent",
    "target_name",
    "target_text",
    "event_text",
    "location",
    "url",
    "publisher",
    "provenance",
)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-3 code -> English name, from the bundled actor data."""
    path = data_dir() / "actors" / "countries.tsv"
    return {row["iso3"]: row["name"] for _, row in read_tsv(path, ("iso3", "name"))}


def split_code(code: str | None) -> tuple[str, str, str]:
    """A CAMEO actor code as (entity, role, attributes): 3 letters, 3 letters, the rest.

    ``USAGOV`` -> (USA, GOV, ""); ``---MIL`` (country unknown) -> ("", MIL, "");
    ``IGOUNO`` -> (IGO, UNO, "").
    """
    if not code:
        return "", "", ""
    entity = code[:3]
    return ("" if entity == "---" else entity), code[3:6], code[6:]


def _country(code: str | None) -> str:
    entity = split_code(code)[0]
    return entity if entity in country_names() else ""


def _sectors(code: str | None) -> str:
    """Role codes after the entity, comma-separated (``GOVMIL`` -> ``GOV,MIL``)."""
    if not code:
        return ""
    start = 3 if code[:3] == "---" or code[:3] in country_names() else 0
    rest = code[start:]
    return ",".join(rest[i : i + 3] for i in range(0, len(rest), 3))


def _clean(value: Any) -> str:
    """A TSV field: None -> empty; tabs and line breaks -> spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value)
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _ymd(date: str | None) -> tuple[str, str, str]:
    if not date or len(date) < 10:
        return "", "", ""
    return date[:4], date[5:7], date[8:10]


def _name(ref: ActorRef | None) -> str:
    if ref is None:
        return ""
    return ref.name or ref.text


def _code(ref: ActorRef | None) -> str:
    return ref.code if ref is not None else ""


# ---- one row per layout ------------------------------------------------------------
def phoenix_row(s: StoredEvent) -> list[Any]:
    e = s.event
    year, month, day = _ymd(s.date)
    src, tgt = _code(e.source), _code(e.target)
    return [
        s.event_id,
        year + month + day,
        year,
        month,
        day,
        src,
        *split_code(src),
        tgt,
        *split_code(tgt),
        e.cameo,
        e.root,
        e.quad_class,
        e.goldstein,
        "",
        "",
        "",
        "",
        "",
        "",
        f"{s.article_id}_{e.sentence}",
        s.url,
        s.publisher,
    ]


def icews_row(s: StoredEvent) -> list[Any]:
    e = s.event
    src, tgt = _code(e.source), _code(e.target)
    names = country_names()
    return [
        s.event_id,
        s.date,
        _name(e.source),
        _sectors(src),
        names.get(_country(src), ""),
        e.name,
        e.cameo,
        e.goldstein,
        _name(e.target),
        _sectors(tgt),
        names.get(_country(tgt), ""),
        s.article_id,
        e.sentence,
        s.publisher,
        "",
        "",
        "",
        "",
        "",
        "",
    ]


def gdelt_event_id(event_id: str) -> int:
    """A stable positive 63-bit integer for GDELT's numeric GLOBALEVENTID."""
    import hashlib

    digest = hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & (2**63 - 1)


def _gdelt_actor(ref: ActorRef | None) -> list[Any]:
    code = _code(ref)
    types = _sectors(code).split(",") if code else []
    types = [*types, "", "", ""][:3]
    return [code, _name(ref).upper(), _country(code), "", "", "", "", *types]


def gdelt_row(s: StoredEvent) -> list[Any]:
    e = s.event
    year, month, day = _ymd(s.date)
    fraction: Any = ""
    if year:
        fraction = round(int(year) + (int(month) * 30 + int(day)) / 365, 4)
    added = "".join(ch for ch in s.ingested_at[:19] if ch.isdigit())
    return [
        gdelt_event_id(s.event_id),
        year + month + day,
        year + month,
        year,
        fraction,
        *_gdelt_actor(e.source),
        *_gdelt_actor(e.target),
        1 if s.lead else 0,
        e.cameo,
        e.cameo[:3],
        e.root,
        e.quad_class,
        e.goldstein,
        1,
        1,
        1,
        "",
        *([""] * (3 * len(_GDELT_GEO))),
        added,
        s.url or s.article_id,
    ]


def _span(ref: ActorRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"text": ref.text, "start_char": ref.start_char, "end_char": ref.end_char}


def plover_object(s: StoredEvent) -> dict[str, Any]:
    e = s.event
    src, tgt = split_code(_code(e.source)), split_code(_code(e.target))
    return {
        "id": s.event_id,
        "date": s.date,
        "event_type": e.plover or None,
        "mode": e.plover_mode or None,
        "context": [],
        "source_actor": src[0] or None,
        "source_agent": (src[1] + src[2]) or None,
        "source_name": _name(e.source) or None,
        "source_text": e.source.text if e.source else None,
        "target_actor": tgt[0] or None,
        "target_agent": (tgt[1] + tgt[2]) or None,
        "target_name": _name(e.target) or None,
        "target_text": e.target.text if e.target else None,
        "event_text": e.trigger.text,
        "location": None,
        "url": s.url,
        "publisher": s.publisher,
        "provenance": {
            "article_id": s.article_id,
            "title": s.title,
            "sentence": e.sentence,
            "trigger": {
                "text": e.trigger.text,
                "start_char": e.trigger.start_char,
                "end_char": e.trigger.end_char,
            },
            "source_span": _span(e.source),
            "target_span": _span(e.target),
            "source_code": _code(e.source) or None,
            "target_code": _code(e.target) or None,
            "cameo": e.cameo,
            "goldstein": e.goldstein,
            "quad_class": e.quad_class,
            "negated": e.negated,
            "hypothetical": e.hypothetical,
            "caption": e.caption,
            "confidence": e.confidence,
            "rule": e.rule,
            "reported_by": e.reported_by,
            "schema_version": s.schema_version,
            "coder_version": s.coder_version,
            "lexicon_version": s.lexicon_version,
            "ingested_at": s.ingested_at,
        },
    }


def _ref_values(ref: ActorRef | None) -> list[Any]:
    if ref is None:
        return [None] * len(_REF)
    return [ref.code, ref.name, ref.text, ref.start_char, ref.end_char, ref.kind, ref.rule]


def flat_row(s: StoredEvent) -> list[Any]:
    """Our own columns (CSV_COLUMNS), typed: used by csv and parquet."""
    e = s.event
    return [
        s.event_id,
        s.article_id,
        s.index,
        s.date,
        s.date[:7] if s.date else None,
        e.cameo,
        e.root,
        e.name,
        e.quad_class,
        e.goldstein,
        e.plover,
        e.plover_mode,
        *_ref_values(e.source),
        *_ref_values(e.target),
        e.trigger.text,
        e.trigger.start_char,
        e.trigger.end_char,
        e.sentence,
        s.lead,
        e.negated,
        e.hypothetical,
        e.confidence,
        e.caption,
        e.rule,
        e.reported_by,
        s.title,
        s.url,
        s.publisher,
        s.schema_version,
        s.coder_version,
        s.lexicon_version,
        s.ingested_at,
    ]


# ---- writers ------------------------------------------------------------------------
@contextmanager
def _text_out(out: str | Path | IO[str] | None) -> Iterator[IO[str]]:
    if out is None or str(out) == "-":
        yield sys.stdout
        return
    if not isinstance(out, (str, Path)):
        yield out
        return
    try:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            yield handle
    except OSError as exc:
        raise StoreError(f"{out}: cannot write ({exc.strerror})") from exc


def _tsv(
    events: Iterator[StoredEvent],
    handle: IO[str],
    row: Callable[[StoredEvent], list[Any]],
    header: tuple[str, ...] | None,
) -> int:
    n = 0
    if header is not None:
        handle.write("\t".join(header) + "\n")
    for s in events:
        handle.write("\t".join(_clean(v) for v in row(s)) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[StoredEvent], handle: IO[str]) -> int:
    """Our own columns (CSV_COLUMNS) with a header; booleans as true/false."""
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for s in events:
        writer.writerow(
            ["true" if v is True else "false" if v is False else v for v in flat_row(s)]
        )
        n += 1
    return n


def _jsonl(events: Iterator[StoredEvent], handle: IO[str]) -> int:
    n = 0
    for s in events:
        handle.write(json.dumps(plover_object(s), ensure_ascii=False) + "\n")
        n += 1
    return n


def arrow_schema() -> Any:
    """The pyarrow schema of the parquet export (CSV_COLUMNS with types)."""
    import pyarrow as pa

    ints = {"idx", "quad_class", "sentence", "schema_version"} | {
        f"{side}_{c}" for side in ("source", "target") for c in ("start_char", "end_char")
    }
    ints |= {"trigger_start_char", "trigger_end_char"}
    floats = {"goldstein", "confidence"}
    bools = {"lead", "negated", "hypothetical", "caption"}

    def kind(col: str) -> Any:
        if col in ints:
            return pa.int64()
        if col in floats:
            return pa.float64()
        if col in bools:
            return pa.bool_()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in CSV_COLUMNS])


def _parquet(events: Iterator[StoredEvent], out: str | Path | IO[str] | None) -> int:
    import pyarrow as pa
    import pyarrow.dataset as ds

    if out is None or not isinstance(out, (str, Path)) or str(out) == "-":
        raise StoreError("parquet export needs --out DIR (a folder for the partitions)")
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder}: parquet export writes a folder; this is a file")
    schema = arrow_schema()
    count = 0

    def batches() -> Iterator[Any]:
        nonlocal count
        rows: list[list[Any]] = []
        for s in events:
            row = flat_row(s)
            if row[4] is None:
                row[4] = "undated"
            rows.append(row)
            if len(rows) >= 10_000:
                count += len(rows)
                yield pa.RecordBatch.from_pylist(
                    [dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows], schema=schema
                )
                rows = []
        count += len(rows)
        if rows:
            yield pa.RecordBatch.from_pylist(
                [dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows], schema=schema
            )

    folder.mkdir(parents=True, exist_ok=True)
    try:
        ds.write_dataset(
            batches(),
            folder,
            schema=schema,
            format="parquet",
            partitioning=ds.partitioning(pa.schema([("year_month", pa.string())]), flavor="hive"),
            existing_data_behavior="delete_matching",
            basename_template="part-{i}.parquet",
        )
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{folder}: cannot write parquet ({exc})") from exc
    return count


def export(store: Store, fmt: str, out: str | Path | IO[str] | None = None) -> int:
    """Write every stored event to ``out`` in ``fmt``; return how many were written.

    ``out`` is a path, an open text stream, or None/"-" for stdout; for parquet it is
    a folder, written as Hive partitions ``year_month=YYYY-MM`` (``undated`` when the
    article had no date).
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    events = iter_events(store)
    if fmt == "parquet":
        return _parquet(events, out)
    with _text_out(out) as handle:
        if fmt == "phoenix":
            return _tsv(events, handle, phoenix_row, PHOENIX_COLUMNS)
        if fmt == "icews":
            return _tsv(events, handle, icews_row, ICEWS_COLUMNS)
        if fmt == "gdelt":
            return _tsv(events, handle, gdelt_row, None)
        if fmt == "plover":
            return _jsonl(events, handle)
        return write_csv(events, handle)
