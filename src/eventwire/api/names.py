"""Display names for actor codes, from the actor dictionary's data files (no event scans).

names = ActorNames.load(data_dir(settings.data_dir) / "actors")
names("IGOUNO") == "United Nations"; names("PAK") == "Pakistan"
names("USAGOV") == "United States (GOV)"; names("---CVL") == ""
"""

from __future__ import annotations

from pathlib import Path

from ..datafiles import read_tsv


class ActorNames:
    """Code -> name: organisations by code, countries by ISO code, else country + role."""

    def __init__(self, countries: dict[str, str], organisations: dict[str, str]) -> None:
        self.countries = countries
        self.organisations = organisations

    @classmethod
    def load(cls, folder: Path) -> ActorNames:
        countries = {
            row["iso3"]: row["name"]
            for _, row in read_tsv(folder / "countries.tsv", ("iso3", "name"))
        }
        organisations: dict[str, str] = {}
        for _, row in read_tsv(folder / "organisations.tsv", ("code", "name")):
            organisations.setdefault(row["code"], row["name"])  # the first row names the code
        return cls(countries, organisations)

    def __call__(self, code: str) -> str:
        if code in self.organisations:
            return self.organisations[code]
        country = self.countries.get(code[:3])
        if country is None:
            return ""
        role = code[3:]
        return f"{country} ({role})" if role else country
