"""Per-code test sentences (issue #3): one table per CAMEO root in tests/events/cases/.

Each row of ``NN_<rootname>.tsv`` is a news sentence written from the CAMEO 1.1b3 codebook,
with the actor-code prefixes and the CAMEO-code prefix the coder must produce for it:

    sentence    source    target    cameo    note

``target`` is ``-`` when the event has no target; ``cameo`` is ``-`` for a negative case,
a sentence that must yield no confident event (then ``source`` and ``target`` are ``-`` too).
A ``note`` starting with ``xfail:`` marks a known coder limitation; the case is kept and
expected to fail (strictly, so it alerts us once it passes). The rest of the note says
what syntax the case exercises.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

import eventwire
from eventwire import Event, Pipeline
from eventwire.datafiles import data_dir
from eventwire.events.cameo import CameoTable

CASES = Path(__file__).resolve().parent / "events" / "cases"
HEADER = ("sentence", "source", "target", "cameo", "note")
DATE = "2015-06-01"
NONE = "-"
XFAIL = "xfail:"
MIN_CASES = 150
MIN_PER_ROOT = 2
FREQUENT_ROOTS = ("01", "02", "03", "04", "05", "11", "12", "17", "18", "19")
MIN_PER_FREQUENT_ROOT = 10


@dataclass(frozen=True, slots=True)
class Case:
    """One row of a case table."""

    file: str
    line: int
    sentence: str
    source: str
    target: str
    cameo: str
    note: str

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def root(self) -> str:
        return self.file[:2]

    @property
    def negative(self) -> bool:
        return self.cameo == NONE

    @property
    def xfail_reason(self) -> str | None:
        if not self.note.startswith(XFAIL):
            return None
        return self.note[len(XFAIL) :].strip()


def load_cases(folder: Path = CASES) -> list[Case]:
    """Every row of every case table, in file and line order."""
    cases: list[Case] = []
    for path in sorted(folder.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert tuple(lines[0].split("\t")) == HEADER, f"{path.name}: header must be {HEADER}"
        for line, text in enumerate(lines[1:], start=2):
            if not text.strip():
                continue
            cells = text.split("\t")
            assert len(cells) == len(HEADER), f"{path.name}:{line}: {len(cells)} fields"
            sentence, source, target, cameo, note = (c.strip() for c in cells)
            cases.append(Case(path.name, line, sentence, source, target, cameo, note))
    return cases


ALL_CASES = load_cases()


def _param(case: Case) -> pytest.ParameterSet:
    reason = case.xfail_reason
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason is not None else []
    return pytest.param(case, id=case.id, marks=marks)


def _matches(case: Case, event: Event) -> bool:
    source = event.source.code if event.source is not None else None
    target = event.target.code if event.target is not None else None
    if source is None or not source.startswith(case.source):
        return False
    if case.target == NONE:
        if target is not None:
            return False
    elif target is None or not target.startswith(case.target):
        return False
    return event.cameo.startswith(case.cameo)


def _describe(events: list[Event], min_confidence: float) -> str:
    if not events:
        return "  (no events)"
    rows = []
    for e in events:
        source = e.source.code if e.source is not None else "-"
        target = e.target.code if e.target is not None else "-"
        flags = [
            flag
            for flag, on in (
                ("negated", e.negated),
                ("hypothetical", e.hypothetical),
                ("low", e.confidence < min_confidence),
            )
            if on
        ]
        rows.append(
            f"  {e.cameo:<5} {source} -> {target}  conf={e.confidence:.2f} "
            f"trigger={e.trigger.text!r} rule={e.rule}"
            + (f" [{', '.join(flags)}]" if flags else "")
        )
    return "\n".join(rows)


@pytest.mark.slow
@pytest.mark.parametrize("case", [_param(c) for c in ALL_CASES])
def test_events_case(pipeline: Pipeline, case: Case) -> None:
    article = eventwire.article_from_text(case.sentence, "case", date=DATE, title="")
    events = list(pipeline.code(article).events)
    min_confidence = pipeline.settings.min_confidence
    confident = [e for e in events if e.confidence >= min_confidence and not e.negated]
    expected = (
        "no confident event" if case.negative else f"{case.source} -> {case.target} {case.cameo}"
    )
    message = (
        f"{case.id}: {case.sentence}\n"
        f"expected: {expected} ({case.note})\n"
        f"events:\n{_describe(events, min_confidence)}"
    )
    if case.negative:
        assert not confident, message
    else:
        assert any(_matches(case, e) for e in confident), message


def test_events_cases_are_well_formed() -> None:
    """File names follow the CAMEO roots and every row's codes fit its file."""
    cameo = CameoTable.load(data_dir() / "cameo" / "codes.tsv")
    for path in sorted(CASES.glob("*.tsv")):
        root = path.name[:2]
        assert root in cameo, path.name
        stem = f"{root}_{cameo[root].name.lower().replace(' ', '_')}"
        assert path.stem == stem, f"{path.name}: expected {stem}.tsv"
    for case in ALL_CASES:
        assert case.sentence and case.note, case.id
        if case.negative:
            assert (case.source, case.target) == (NONE, NONE), case.id
        else:
            assert case.source != NONE, case.id
            assert case.cameo.startswith(case.root), f"{case.id}: {case.cameo} not in root"
            assert case.cameo in cameo, f"{case.id}: unknown CAMEO code {case.cameo}"
        if case.xfail_reason is not None:
            assert case.xfail_reason, f"{case.id}: an xfail note needs a reason"


def test_events_cases_cover_every_root() -> None:
    """Enough expected-to-pass cases overall and per root, more for the frequent roots."""
    passing = [c for c in ALL_CASES if c.xfail_reason is None]
    assert len(ALL_CASES) >= MIN_CASES
    assert len(passing) >= MIN_CASES
    per_root = Counter(c.root for c in passing if not c.negative)
    for number in range(1, 21):
        root = f"{number:02d}"
        minimum = MIN_PER_FREQUENT_ROOT if root in FREQUENT_ROOTS else MIN_PER_ROOT
        assert per_root[root] >= minimum, f"root {root}: {per_root[root]} < {minimum}"
    assert any(c.negative for c in passing), "no negative cases"
