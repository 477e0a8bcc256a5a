"""Exports: every format reads back (pyarrow, json) with its documented columns and a known row."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.dataset as ds
import pytest

from eventwire.errors import StoreError
from eventwire.store import Store, article_hash, export, open_store
from eventwire.store.exports import (
    CSV_COLUMNS,
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    PHOENIX_COLUMNS,
    PLOVER_KEYS,
    gdelt_event_id,
    split_code,
)
from eventwire.testing import sample_result

ROOT = Path(__file__).resolve().parent.parent
KNOWN = "art2:0"  # 2022-07-12: Turkish officials (TURGOV) met (040) Russian envoys (RUSGOV)
MET = sample_result().article.text.index("met")


@pytest.fixture()
def filled(store_url: str) -> Any:
    results = [
        sample_result(f"art{i}", date=date, url=f"https://example.org/{i}")
        for i, date in enumerate(["2022-05-30", "2022-06-01", "2022-07-12", None])
    ]
    with open_store(store_url) as store:
        store.write([(r, article_hash(r.article)) for r in results])
        yield store


def read_tsv(path: Path, names: tuple[str, ...] | None = None) -> list[dict[str, str]]:
    """A plain TSV (no quoting) as rows of strings."""
    read = pa_csv.ReadOptions(column_names=list(names) if names else None)
    parse = pa_csv.ParseOptions(delimiter="\t", quote_char=False)
    header = names or tuple(path.read_text(encoding="utf-8").split("\n", 1)[0].split("\t"))
    convert = pa_csv.ConvertOptions(
        column_types=dict.fromkeys(header, pa.string()), strings_can_be_null=False
    )
    table = pa_csv.read_csv(path, read_options=read, parse_options=parse, convert_options=convert)
    return table.to_pylist()  # type: ignore[no-any-return]


def known(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    wanted = (KNOWN, str(gdelt_event_id(KNOWN)))
    [row] = [r for r in rows if r[key] in wanted]
    return row


def test_store_export_phoenix(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert export(filled, "phoenix", out) == 12
    rows = read_tsv(out)
    assert tuple(rows[0]) == PHOENIX_COLUMNS and len(PHOENIX_COLUMNS) == 26
    row = known(rows, "EventID")
    assert row == {
        **dict.fromkeys(PHOENIX_COLUMNS, ""),
        "EventID": KNOWN,
        "Date": "20220712",
        "Year": "2022",
        "Month": "07",
        "Day": "12",
        "SourceActorFull": "TURGOV",
        "SourceActorEntity": "TUR",
        "SourceActorRole": "GOV",
        "TargetActorFull": "RUSGOV",
        "TargetActorEntity": "RUS",
        "TargetActorRole": "GOV",
        "EventCode": "040",
        "EventRootCode": "04",
        "QuadClass": "1",
        "GoldsteinScore": "1.0",
        "SentenceID": "art2_1",
        "URLs": "https://example.org/2",
        "NewsSources": "Wire",
    }


def test_store_export_icews(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export(filled, "icews", out)
    rows = read_tsv(out)
    assert tuple(rows[0]) == ICEWS_COLUMNS and len(rows) == 12
    row = known(rows, "Event ID")
    assert row == {
        **dict.fromkeys(ICEWS_COLUMNS, ""),
        "Event ID": KNOWN,
        "Event Date": "2022-07-12",
        "Source Name": "Turkey",
        "Source Sectors": "GOV",
        "Source Country": "Turkey",
        "Event Text": "Consult",
        "CAMEO Code": "040",
        "Intensity": "1.0",
        "Target Name": "Russia",
        "Target Sectors": "GOV",
        "Target Country": "Russia",
        "Story ID": "art2",
        "Sentence Number": "1",
        "Publisher": "Wire",
    }


def test_store_export_gdelt(filled: Store, tmp_path: Path) -> None:
    """61 tab-separated columns, no header, as GDELT 2.0 publishes them."""
    out = tmp_path / "events.tsv"
    export(filled, "gdelt", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12 and all(line.count("\t") == 60 for line in lines)
    assert len(GDELT_COLUMNS) == 61
    row = known(read_tsv(out, GDELT_COLUMNS), "GLOBALEVENTID")
    filled_in = {k: v for k, v in row.items() if v != ""}
    added = filled_in.pop("DATEADDED")
    assert len(added) == 14 and added.isdigit()
    assert filled_in == {
        "GLOBALEVENTID": str(gdelt_event_id(KNOWN)),
        "SQLDATE": "20220712",
        "MonthYear": "202207",
        "Year": "2022",
        "FractionDate": str(round(2022 + (7 * 30 + 12) / 365, 4)),
        "Actor1Code": "TURGOV",
        "Actor1Name": "TURKEY",
        "Actor1CountryCode": "TUR",
        "Actor1Type1Code": "GOV",
        "Actor2Code": "RUSGOV",
        "Actor2Name": "RUSSIA",
        "Actor2CountryCode": "RUS",
        "Actor2Type1Code": "GOV",
        "IsRootEvent": "1",
        "EventCode": "040",
        "EventBaseCode": "040",
        "EventRootCode": "04",
        "QuadClass": "1",
        "GoldsteinScale": "1.0",
        "NumMentions": "1",
        "NumSources": "1",
        "NumArticles": "1",
        "SOURCEURL": "https://example.org/2",
    }


def test_store_export_plover(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    export(filled, "plover", out)
    objects = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(objects) == 12 and all(tuple(o) == PLOVER_KEYS for o in objects)
    [obj] = [o for o in objects if o["id"] == KNOWN]
    assert {k: obj[k] for k in PLOVER_KEYS if k != "provenance"} == {
        "id": KNOWN,
        "date": "2022-07-12",
        "event_type": "CONSULT",
        "mode": None,
        "context": [],
        "source_actor": "TUR",
        "source_agent": "GOV",
        "source_name": "Turkey",
        "source_text": "Turkish officials",
        "target_actor": "RUS",
        "target_agent": "GOV",
        "target_name": "Russia",
        "target_text": "Russian envoys",
        "event_text": "met",
        "location": None,
        "url": "https://example.org/2",
        "publisher": "Wire",
    }
    prov = obj["provenance"]
    text = sample_result().article.text
    trigger = prov["trigger"]
    assert text[trigger["start_char"] : trigger["end_char"]] == "met"
    assert (prov["cameo"], prov["rule"], prov["schema_version"]) == ("040", "verbs.tsv:1", 1)
    assert prov["lexicon_version"] == "lex-test"


def test_store_export_csv(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export(filled, "csv", out)
    table = pa_csv.read_csv(out)
    assert tuple(table.column_names) == CSV_COLUMNS and table.num_rows == 12
    row = known(table.to_pylist(), "event_id")
    assert row["source_code"] == "TURGOV" and row["target_code"] == "RUSGOV"
    assert row["cameo"] == 40  # pyarrow infers numbers; the file keeps "040"
    assert '"040"' in out.read_text() or ",040," in out.read_text()
    assert (row["lead"], row["negated"], row["hypothetical"]) == (True, False, False)
    assert (row["trigger_start_char"], row["year_month"]) == (MET, "2022-07")


def test_store_export_parquet_partitioned_by_month(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    assert export(filled, "parquet", out) == 12
    parts = sorted(p.name for p in out.iterdir())
    assert parts == [
        "year_month=2022-05",
        "year_month=2022-06",
        "year_month=2022-07",
        "year_month=undated",
    ]
    table = ds.dataset(out, partitioning="hive").to_table()
    assert set(table.column_names) == set(CSV_COLUMNS) and table.num_rows == 12
    row = known(table.to_pylist(), "event_id")
    assert (row["cameo"], row["goldstein"], row["year_month"]) == ("040", 1.0, "2022-07")
    assert (row["lead"], row["trigger_start_char"]) == (True, MET)
    assert export(filled, "parquet", out) == 12  # writing again replaces, not appends
    assert ds.dataset(out, partitioning="hive").count_rows() == 12


def test_store_export_to_stream_and_errors(filled: Store, tmp_path: Path) -> None:
    buffer = io.StringIO()
    assert export(filled, "csv", buffer) == 12
    assert buffer.getvalue().startswith("event_id,")
    with pytest.raises(StoreError, match="unknown export format"):
        export(filled, "xml", buffer)
    with pytest.raises(StoreError, match="needs --out"):
        export(filled, "parquet", None)


def test_store_split_code() -> None:
    assert split_code("USAGOV") == ("USA", "GOV", "")
    assert split_code("---REB") == ("", "REB", "")
    assert split_code("AFGINSTAL") == ("AFG", "INS", "TAL")
    assert split_code(None) == ("", "", "")


def test_store_export_layouts_documented() -> None:
    """docs/store.md names every column of every layout."""
    doc = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    for columns in (PHOENIX_COLUMNS, ICEWS_COLUMNS, GDELT_COLUMNS, PLOVER_KEYS, CSV_COLUMNS):
        missing = [c for c in columns if f"`{c}`" not in doc]
        assert missing == []
