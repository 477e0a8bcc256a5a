"""The actor dictionary data files and their look-ups."""

from __future__ import annotations

import pycountry
import pytest

from eventwire.actors.dictionary import ActorDictionary


def test_dictionary_has_every_iso_country(dictionary: ActorDictionary) -> None:
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in dictionary.country_names]
    assert missing == []


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Islamabad", "capital:PAK"),
        ("Pakistani", "demonym:PAK"),
        ("United States", "country:USA"),
        ("Kremlin", "metonym:RUS:GOV:Kremlin"),
        ("Beijing", "capital:CHN"),
    ],
)
def test_dictionary_patterns_name_entries(
    dictionary: ActorDictionary, surface: str, key: str
) -> None:
    patterns = {p["pattern"]: p["id"] for p in dictionary.patterns()}
    assert patterns[surface] == key


@pytest.mark.parametrize(
    ("person", "date", "code"),
    [
        ("Hillary Clinton", "2011-10-21", "USAGOV"),
        ("Vladimir Putin", "2005-06-01", "RUSGOV"),
        ("Barack Obama", "2010-03-01", "USAGOV"),
        # Hong Kong's Chief Executive heads its government (not a company's chief executive)
        ("Carrie Lam", "2019-06-12", "HKGGOV"),
    ],
)
def test_dictionary_person_code_depends_on_date(
    dictionary: ActorDictionary, person: str, date: str, code: str
) -> None:
    assert dictionary.person_code(person, date) == code


def test_dictionary_person_out_of_office_is_not_government(dictionary: ActorDictionary) -> None:
    assert dictionary.person_code("Barack Obama", "2020-01-01") != "USAGOV"
    assert dictionary.person_code("Barack Obama", "2020-01-01").startswith("USA")


@pytest.mark.parametrize(
    ("surname", "date", "person"),
    [
        ("Merkel", "2010-01-01", "Angela Merkel"),
        # Chinese and Korean names put the family name first
        ("Xi", "2013-09-07", "Xi Jinping"),
        ("Jinping", "2013-09-07", "Xi Jinping"),
        # a shared name goes to the head of state, not to his ministers nor to the
        # World Bank's president
        ("Kim", "2018-06-12", "Kim Jong-un"),
        ("Kim", "2009-06-01", "Kim Jong-il"),
        ("Merkel", "2000-01-01", None),  # not yet in office
    ],
)
def test_dictionary_person_by_surname(
    dictionary: ActorDictionary, surname: str, date: str, person: str | None
) -> None:
    assert dictionary.person_by_surname(surname, date) == person


@pytest.mark.parametrize(
    ("words", "role"),
    [
        (["foreign", "minister"], ("GOV", False)),
        (["opposition", "leader"], ("OPP", False)),
        (["army", "spokesman"], ("MIL", False)),
        (["official"], ("GOV", True)),
        (["riot", "police"], ("COP", False)),
        (["rebel"], ("REB", False)),
    ],
)
def test_dictionary_role_of_phrase(
    dictionary: ActorDictionary, words: list[str], role: tuple[str, bool]
) -> None:
    assert dictionary.role_of(words) == role


def test_dictionary_role_of_non_role_is_none(dictionary: ActorDictionary) -> None:
    assert dictionary.role_of(["pressure"]) is None


@pytest.mark.parametrize("name", ["people.tsv", "figures.tsv"])
def test_people_rows_are_well_formed(name: str) -> None:
    """Every person row: a known country (or organisation) code with a CAMEO role, ISO dates,
    a start no later than its end, and no two rows of one person in one office at once
    (two offices at once are allowed: "Secretary of State" and "Acting NSA")."""
    import datetime

    from eventwire.datafiles import data_dir, read_tsv

    folder = data_dir() / "actors"
    countries = {row["iso3"] for _, row in read_tsv(folder / "countries.tsv", ("iso3",))}
    roles = {"GOV", "MIL", "LEG", "SPY", "REB", "OPP", "CVL", "MED", "JUD", "BUS", "COP"}
    spans: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    columns = ("name", "aliases", "code", "title", "start", "end", "gender")
    for line, row in read_tsv(folder / name, columns):
        code, start, end = row["code"], row["start"], row["end"]
        where = f"{name}:{line}"
        assert code.startswith("IGO") or (code[:3] in countries and code[3:6] in roles), where
        datetime.date.fromisoformat(start)
        if end:
            assert datetime.date.fromisoformat(end) >= datetime.date.fromisoformat(start), where
        assert row["gender"] in {"f", "m"}, where
        office = (row["name"], code, row["title"])
        for other_start, other_end in spans.get(office, []):
            assert (end and end <= other_start) or (other_end and other_end <= start), where
        spans.setdefault(office, []).append((start, end))
