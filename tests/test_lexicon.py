"""The event lexicon as data: coverage of the CAMEO codes and consistency of the rows."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from eventwire.datafiles import data_dir, read_tsv
from eventwire.events.cameo import CameoTable
from eventwire.events.lexicon import Lexicon

FOLDER = data_dir() / "lexicon"
# Codes that differ from their parent only in the goal of the act ("a hunger strike to
# demand his resignation"), which sits in a purpose clause, not in the predicate: the
# lexicon reaches them through the parent code (data/lexicon/README.md, section 7).
GOAL_ONLY = frozenset(
    {
        "135", "1421", "1422", "1423", "1424", "1431", "1432", "1433", "1434",
        "1441", "1442", "1443", "1444", "1451", "1453", "1454",
    }
)  # fmt: skip


@pytest.fixture(scope="module")
def cameo() -> CameoTable:
    return CameoTable.load(data_dir() / "cameo" / "codes.tsv")


@pytest.fixture(scope="module")
def lexicon(cameo: CameoTable) -> Lexicon:
    return Lexicon.load(FOLDER, cameo)


def _patterns(lexicon: Lexicon) -> Counter[str]:
    """Distinct ways to reach each code: verb rows, noun rows and prepositional aliases."""
    found: Counter[str] = Counter()
    for entries in lexicon.verbs.values():
        found.update(e.cameo for e in entries)
    for nouns in lexicon.nouns.values():
        found.update(n.cameo for n in nouns)
    for routes in lexicon.aliases.values():
        for _prep, alias in routes:
            found.update(
                e.cameo
                for e in lexicon.verbs.get(alias, ())
                if e.objects and not e.particle and not e.condition
            )
    return found


def test_lexicon_reaches_every_code_three_ways(lexicon: Lexicon, cameo: CameoTable) -> None:
    found = _patterns(lexicon)
    assert {c[:2] for c in found} == {f"{r:02d}" for r in range(1, 21)}
    thin = {c for c in cameo.codes() if len(c) >= 3 and found[c] < 3}
    assert thin <= GOAL_ONLY, f"codes with fewer than 3 patterns: {sorted(thin - GOAL_ONLY)}"


def test_lexicon_verb_rows_do_not_conflict(lexicon: Lexicon) -> None:
    """Two rows of a verb with the same particle and condition must not both match one
    object (or both be bare) and mean different codes: the file order would decide."""
    clashes = []
    for entries in lexicon.verbs.values():
        for a, b in combinations(entries, 2):
            same_frame = (a.particle, a.condition) == (b.particle, b.condition)
            overlap = (not a.objects and not b.objects) or bool(a.objects & b.objects)
            if same_frame and overlap and a.cameo != b.cameo:
                clashes.append(f"{a.rule} {a.cameo} / {b.rule} {b.cameo}")
    assert not clashes, clashes


def test_lexicon_rows_are_unique_and_nouns_have_one_code(lexicon: Lexicon) -> None:
    for name, columns in (
        ("verbs.tsv", ("cameo", "verb", "particle", "object", "target", "condition")),
        ("nouns.tsv", ("cameo", "noun", "target")),
    ):
        table = read_tsv(FOLDER / name, columns)
        rows = Counter(tuple(row[c] for c in columns) for _, row in table)
        assert not [r for r, n in rows.items() if n > 1], f"duplicate rows in {name}"
    codes: dict[tuple[str, ...], set[str]] = {}
    for nouns in lexicon.nouns.values():
        for noun in nouns:
            codes.setdefault(noun.words, set()).add(noun.cameo)
    assert not {w: c for w, c in codes.items() if len(c) > 1}


def test_lexicon_aliases_and_complements_point_at_real_rows(lexicon: Lexicon) -> None:
    for verb, routes in lexicon.aliases.items():
        for prep, alias in routes:
            assert prep, f"aliases.tsv: {verb} needs a preposition"
            assert any(e.objects for e in lexicon.verbs.get(alias, ())), f"{verb} {prep} -> {alias}"
    kinds = {"intent", "attempt", "threat", "appeal", "refuse", "stop", "deny", "report", "consent"}
    assert set(lexicon.complements.values()) <= kinds
