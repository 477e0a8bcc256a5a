"""The place index: geonames cities and US states, ISO 3166-2 regions, and the curated
files in data/places (regions, news spellings of cities, names that are no one place)."""

from __future__ import annotations

import pytest

from eventwire.datafiles import data_dir
from eventwire.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(data_dir() / "places")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Aleppo", "SYR"),  # a primary city name
        ("Zurich", "CHE"),  # an accent dropped ("Zürich")
        ("Islamabad", "PAK"),  # no alternate name may override a primary one
        # US states win over smaller cities of their name in Cuba, South Africa, Honduras
        ("Florida", "USA"),
        ("Virginia", "USA"),
        ("Arizona", "USA"),
        # alternate names of large cities fill names no city holds as primary
        ("Kiev", "UKR"),
        ("Basra", "IRQ"),
        ("Raqqa", "SYR"),
        ("Hama", "SYR"),
        # first-level regions (ISO 3166-2) and curated regions
        ("Helmand", "AFG"),
        ("Tigray", "ETH"),
        # news spellings (cities.tsv) beat the index
        ("Odessa", "UKR"),
        ("Hodeidah", "YEM"),
        ("Bethlehem", "PSE"),
        ("the Gaza", "PSE"),  # a leading "the" is dropped
        # an administrative unit named for a place is where the place is
        ("Hama province", "SYR"),
        ("Helmand province", "AFG"),
        ("Donetsk region", "UKR"),
    ],
)
def test_gazetteer_country_of(gazetteer: Gazetteer, name: str, country: str) -> None:
    assert gazetteer.country_of(name) == country


@pytest.mark.parametrize(
    "name", ["Gulf", "the Gulf", "South", "West", "Asia", "Sahel", "Red Sea", "Horn", "Middle East"]
)
def test_gazetteer_not_places(gazetteer: Gazetteer, name: str) -> None:
    """Compass points, seas and supranational regions are no one country's place, even
    where a small town or a foreign province bears the name."""
    assert gazetteer.country_of(name) is None


def test_gazetteer_curated_regions_only_for_region_of(gazetteer: Gazetteer) -> None:
    assert gazetteer.region_of("Crimea") == "UKR"
    assert gazetteer.region_of("Odessa") is None  # a city: trusted only when tagged a place


def test_gazetteer_unit_word_alone_is_no_place(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_of("the province") is None
    assert gazetteer.country_of("Nowhereland province") is None
