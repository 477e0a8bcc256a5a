"""Gold readers and scorers shared by ``eventwire eval`` and the tests.

Three kinds of gold are understood:
- event JSONL (``{"id", "text", "date", "expected": [{source, target, cameo}]}``),
  scored as (source country, target country, CAMEO root) and with the full code;
- a PolNeAR folder (``text/*.txt`` + BRAT ``attributions/*.ann``), scored on quote
  content (character Jaccard >= 0.5), speaker span overlap and both together;
- an article gold file (``*.gold.json`` with core/optional events and quotes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .errors import GoldFormatError
from .ingest import article_from_text
from .pipeline import Pipeline
from .records import ActorRef, ArticleResult, Event, ItemError, Quote

JACCARD_MIN = 0.5
_BRAT_LINE = re.compile(r"^[TERAMN#]\d*\t")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Report:
    kind: str
    scores: dict[str, Any]
    columns: list[str] = field(default_factory=list)
    errors: list[list[str]] = field(default_factory=list)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "predicted": n_pred,
        "gold": n_gold,
    }


def scored_events(result: ArticleResult, min_confidence: float) -> list[Event]:
    """Events that count as asserted: confident, not negated, with a source.

    (An event without a target is confident only when its lexicon entry expects
    none, "rebels protested"; it is scored with target ``---``.)
    """
    return [
        e
        for e in result.events
        if e.confidence >= min_confidence and not e.negated and e.source is not None
    ]


def _country(code: str) -> str:
    return code[:3]


def actor_code(ref: ActorRef | None) -> str:
    """The code scored for an actor; a missing one is ``---`` as in CAMEO gold."""
    return ref.code if ref is not None and ref.code else "---"


def _triple(e: Event, digits: int = 4) -> tuple[str, str, str]:
    """(source country, target country, CAMEO code cut to ``digits``) of an event."""
    return (_country(actor_code(e.source)), _country(actor_code(e.target)), e.cameo[:digits])


def evaluate(pipeline: Pipeline, gold: Path, *, limit: int | None = None) -> Report:
    if gold.is_dir():
        return evaluate_polnear(pipeline, gold, limit=limit)
    if gold.name.endswith(".gold.json"):
        return evaluate_article(pipeline, gold)
    if gold.suffix == ".jsonl":
        return evaluate_events(pipeline, gold, limit=limit)
    raise GoldFormatError(
        f"{gold}: unknown gold kind (want .jsonl, a PolNeAR folder or .gold.json)"
    )


def _code_all(pipeline: Pipeline, articles: Iterable[Any]) -> dict[str, ArticleResult]:
    out: dict[str, ArticleResult] = {}
    for item in pipeline.code_many(articles):
        if isinstance(item, ItemError):
            continue
        out[item.article.id] = item
    return out


# ---- events -------------------------------------------------------------------
def read_event_gold(path: Path) -> list[dict[str, Any]]:
    records = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            _ = rec["id"], rec["text"], rec["expected"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldFormatError(f"{path}:{lineno}: not an event gold record ({exc})") from None
        records.append(rec)
    return records


def evaluate_events(pipeline: Pipeline, path: Path, *, limit: int | None = None) -> Report:
    records = read_event_gold(path)[:limit]
    articles = []
    for rec in records:
        date = rec.get("date") if _DATE.match(str(rec.get("date", ""))) else None
        articles.append(article_from_text(rec["text"], str(rec["id"]), date=date, title=""))
    results = _code_all(pipeline, articles)
    counts = {"root": [0, 0, 0], "code": [0, 0, 0]}
    errors = []
    for rec in records:
        result = results.get(str(rec["id"]))
        events = scored_events(result, pipeline.settings.min_confidence) if result else []
        pred_root = {_triple(e, 2) for e in events}
        pred_code = {_triple(e) for e in events}
        gold_root = {
            (_country(g["source"]), _country(g["target"]), g["cameo"][:2]) for g in rec["expected"]
        }
        gold_code = {
            (_country(g["source"]), _country(g["target"]), g["cameo"]) for g in rec["expected"]
        }
        for key, pred, gold in (("root", pred_root, gold_root), ("code", pred_code, gold_code)):
            counts[key][0] += len(pred & gold)
            counts[key][1] += len(pred)
            counts[key][2] += len(gold)
        if pred_root != gold_root:
            rules = {_triple(e, 2): e.rule for e in events}
            errors.append(
                [
                    str(rec["id"]),
                    rec["text"][:110],
                    " ".join("-".join(t) for t in sorted(gold_root - pred_root)) or "",
                    " ".join(
                        f"{'-'.join(t)}[{rules.get(t, '')}]" for t in sorted(pred_root - gold_root)
                    ),
                ]
            )
    scores = {
        "items": len(records),
        "root": prf(*counts["root"]),
        "code": prf(*counts["code"]),
    }
    return Report("events", scores, ["id", "text", "missed (gold)", "spurious (predicted)"], errors)


# ---- PolNeAR quotes ------------------------------------------------------------
@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]


def read_brat(path: Path) -> list[GoldAttribution]:
    """Attributions of one BRAT .ann file (Source/Cue/Content text-bound annotations)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not _BRAT_LINE.match(line):
            continue  # blank, or the rest of an annotation whose text spans lines
        parts = line.split("\t")
        try:
            if line.startswith("T"):
                kind, _, offsets = parts[1].partition(" ")
                pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
                spans[parts[0]] = (kind, [(p[0], p[1]) for p in pieces])
            elif line.startswith("E"):
                relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
        except (IndexError, ValueError) as exc:
            raise GoldFormatError(f"{path}:{lineno}: malformed BRAT line ({exc})") from None

    def get(rel: dict[str, str], role: str) -> list[tuple[int, int]]:
        key = rel.get(role)
        return spans[key][1] if key in spans else []

    return [
        GoldAttribution(get(rel, "Content"), get(rel, "Source"), get(rel, "Cue"))
        for rel in relations
        if get(rel, "Content")
    ]


def _chars(spans: Iterable[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def polnear_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs of a PolNeAR split; one annotator per article."""
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise GoldFormatError(f"{folder}: a PolNeAR folder needs text/ and attributions/")
    pairs = []
    for text in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{text.stem}_*.ann"))
        if anns:
            pairs.append((text, anns[0]))
    return pairs


def quote_chars(q: Quote) -> set[int]:
    """Characters of a quote's content (its parts, when broken up by the cue)."""
    if q.parts:
        return _chars((p.start_char, p.end_char) for p in q.parts)
    return set(range(q.content.start_char, q.content.end_char))


def match_quotes(
    pred: list[Quote], gold: list[GoldAttribution]
) -> list[tuple[Quote, GoldAttribution]]:
    """Greedy one-to-one matching by content Jaccard (>= 0.5)."""
    candidates = []
    for pi, q in enumerate(pred):
        qc = quote_chars(q)
        for gi, g in enumerate(gold):
            j = jaccard(qc, _chars(g.content))
            if j >= JACCARD_MIN:
                candidates.append((j, pi, gi))
    used_p, used_g, pairs = set(), set(), []
    for _, pi, gi in sorted(candidates, reverse=True):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pred[pi], gold[gi]))
    return pairs


def speaker_correct(q: Quote, g: GoldAttribution) -> bool:
    if q.speaker is None or not g.source:
        return False
    return bool(set(range(q.speaker.start_char, q.speaker.end_char)) & _chars(g.source))


def evaluate_polnear(pipeline: Pipeline, folder: Path, *, limit: int | None = None) -> Report:
    pairs = polnear_pairs(folder)[:limit]
    articles = [article_from_text(t.read_text(encoding="utf-8"), t.stem) for t, _ in pairs]
    results = _code_all(pipeline, articles)
    n_pred = n_gold = matched = with_source = speaker_ok = end_to_end = 0
    errors = []
    for text_path, ann_path in pairs:
        gold = read_brat(ann_path)
        result = results.get(text_path.stem)
        pred = list(result.quotes) if result else []
        pairs_ = match_quotes(pred, gold)
        n_pred += len(pred)
        n_gold += len(gold)
        matched += len(pairs_)
        for q, g in pairs_:
            end_to_end += speaker_correct(q, g)
            if g.source:
                with_source += 1
                speaker_ok += speaker_correct(q, g)
        text = text_path.read_text(encoding="utf-8")
        hit_gold = {id(g) for _, g in pairs_}
        hit_pred = {q.id for q, _ in pairs_}
        for g in gold:
            if id(g) not in hit_gold:
                s, e = g.content[0]
                errors.append(
                    [text_path.stem[:30], "missed", text[s:e][:100].replace("\n", " "), ""]
                )
        for q in pred:
            if q.id not in hit_pred:
                errors.append(
                    [
                        text_path.stem[:30],
                        "spurious",
                        q.content.text[:100].replace("\n", " "),
                        q.rule,
                    ]
                )
        for q, g in pairs_:
            if g.source and not speaker_correct(q, g):
                gs, ge = g.source[0]
                errors.append(
                    [
                        text_path.stem[:30],
                        "speaker",
                        f"{q.speaker.text if q.speaker else '-'} != {text[gs:ge]}",
                        q.rule,
                    ]
                )
    scores = {
        "articles": len(pairs),
        "content": prf(matched, n_pred, n_gold),
        "speaker_accuracy": round(speaker_ok / with_source, 4) if with_source else 0.0,
        "end_to_end": prf(end_to_end, n_pred, n_gold),
    }
    return Report("quotes", scores, ["article", "kind", "text", "rule"], errors)


# ---- article gold ---------------------------------------------------------------
def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def evaluate_article(pipeline: Pipeline, path: Path) -> Report:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text_path = path.parent / gold["article"]
        events_gold, quotes_gold = gold["events"], gold["quotes"]
    except (json.JSONDecodeError, KeyError, OSError) as exc:
        raise GoldFormatError(f"{path}: not an article gold file ({exc})") from None
    aliases: dict[str, list[str]] = gold.get("actor_aliases", {})
    article = article_from_text(
        text_path.read_text(encoding="utf-8"), text_path.stem, date=gold.get("date")
    )
    result = pipeline.code(article)
    events = scored_events(result, pipeline.settings.min_confidence)
    triples: dict[tuple[str, str, str], Event] = {}
    for e in events:
        triples.setdefault((actor_code(e.source), actor_code(e.target), e.cameo), e)

    def prefixes(names: list[str]) -> list[str]:
        return [p for n in names for p in aliases.get(n, [n])]

    def matches(triple: tuple[str, str, str], g: dict[str, Any]) -> bool:
        src, tgt, cameo = triple
        return (
            any(src.startswith(p) for p in prefixes(g["source"]))
            and any(tgt.startswith(p) for p in prefixes(g["target"]))
            and any(cameo.startswith(r) for r in g["root"])
        )

    distinct = {(s, t, c[:2]): (s, t, c) for s, t, c in triples}
    core_found = [
        g["id"]
        for g in events_gold
        if g.get("core") and any(matches(t, g) for t in distinct.values())
    ]
    correct = [t for t in distinct.values() if any(matches(t, g) for g in events_gold)]
    errors = []
    for g in events_gold:
        if g.get("core") and g["id"] not in core_found:
            errors.append(
                [
                    "missed core",
                    g["id"],
                    str(g["source"]) + "->" + str(g["target"]),
                    "/".join(g["root"]),
                    g.get("evidence", "")[:80],
                ]
            )
    for t in distinct.values():
        if t not in correct:
            e = triples[t]
            errors.append(
                ["false positive", "", f"{t[0]}->{t[1]}", t[2], f"{e.trigger.text} [{e.rule}]"]
            )
    quotes_found = []
    for qg in quotes_gold:
        key = _norm(qg["content_key"])
        for q in result.quotes:
            name = q.speaker.name if q.speaker else ""
            if key in _norm(q.content.text) and any(
                s.lower() in name.lower() for s in qg["speaker_any"]
            ):
                quotes_found.append(qg["id"])
                break
        else:
            errors.append(
                ["missed quote", qg["id"], "/".join(qg["speaker_any"]), "", qg["content_key"][:80]]
            )
    n_core = sum(1 for g in events_gold if g.get("core"))
    scores = {
        "core_events_found": len(core_found),
        "core_events": n_core,
        "event_precision": round(len(correct) / len(distinct), 4) if distinct else 0.0,
        "predicted_triples": len(distinct),
        "quotes_found": len(quotes_found),
        "quotes": len(quotes_gold),
    }
    return Report("article", scores, ["kind", "id", "actors", "root", "detail"], errors)


# ---- printing ---------------------------------------------------------------------
def print_report(report: Report, show_errors: int, console: Console | None = None) -> None:
    console = console or Console()
    summary = Table(title=f"eventwire eval — {report.kind}")
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    for key, value in report.scores.items():
        if isinstance(value, dict):
            for sub in ("precision", "recall", "f1", "tp", "predicted", "gold"):
                summary.add_row(f"{key} {sub}", str(value[sub]))
        else:
            summary.add_row(key, str(value))
    console.print(summary)
    if show_errors and report.errors:
        table = Table(title=f"errors (first {show_errors} of {len(report.errors)})")
        for col in report.columns:
            table.add_column(col, overflow="fold")
        for row in report.errors[:show_errors]:
            table.add_row(*(escape(cell) for cell in row))
        console.print(table)
