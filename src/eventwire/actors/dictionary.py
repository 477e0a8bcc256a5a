"""The actor dictionary: countries, roles, organisations and dated office holders.

All facts come from the TSV files in ``data/actors`` (see its README). The
dictionary turns them into entity-ruler patterns and answers code look-ups.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..datafiles import read_tsv, split_list
from ..errors import DataFileError

log = logging.getLogger(__name__)

NO_COUNTRY = "---"


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One dictionary name: what it denotes and the code it gives."""

    key: str
    kind: str  # country | capital | demonym | metonym | organisation | person
    code: str  # ISO-3 for country kinds, full code for organisations, "" for persons
    name: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class Office:
    """A dated office: ``code`` holds from ``start`` to ``end`` (ISO dates, '' = open)."""

    code: str
    title: str
    start: str
    end: str

    def holds_on(self, date: str) -> bool:
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass(frozen=True, slots=True)
class RoleTerm:
    words: tuple[str, ...]
    role: str
    weak: bool


_LABELS = {
    "country": "GPE",
    "capital": "GPE",
    "demonym": "NORP",
    "metonym": "ORG",
    "organisation": "ORG",
    "person": "PERSON",
}

# kinds whose names are also matched in capitals
SHOUTED_KINDS = frozenset({"country", "capital", "demonym", "organisation"})

# countries whose news names put the family name first ("Xi Jinping" ... "Xi said")
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "SGP", "KOR", "PRK"})


# a head of state, then a head of government, outranks the other holders of a shared name
LEADER_TITLES = (
    frozenset({"president", "acting president", "supreme leader", "king", "emir", "pope"}),
    frozenset({"prime minister", "acting prime minister", "caretaker prime minister", "premier"}),
)


def _title_rank(title: str) -> int:
    lower = title.lower()
    return next((i for i, titles in enumerate(LEADER_TITLES) if lower in titles), 9)


def _surnames(name: str, family_first: bool = False) -> set[str]:
    """ "Bashar al-Assad" -> {"al-Assad", "Assad"}, "Xi Jinping" -> {"Xi", "Jinping"}:
    the forms a later mention may use."""
    parts = name.split()
    last = parts[-1]
    forms = {last}
    if family_first and len(parts) > 1:
        forms.add(parts[0])
    for prefix in ("al-", "Al-", "el-", "El-", "ad-", "as-", "an-"):
        if last.startswith(prefix) and len(last) > len(prefix) + 1:
            forms.add(last[len(prefix) :])
    return forms


class ActorDictionary:
    """Look-ups over the actor data files."""

    def __init__(
        self,
        entries: dict[str, ActorEntry],
        names: list[tuple[str, str]],
        offices: dict[str, list[Office]],
        genders: dict[str, str],
        roles: list[RoleTerm],
        country_names: dict[str, str],
        words: dict[str, frozenset[str]] | None = None,
        figures: frozenset[str] = frozenset(),
    ) -> None:
        self.entries = entries
        self._names = names  # (surface form, entry key)
        self.offices = offices
        self.genders = genders
        self.roles = sorted(roles, key=lambda r: -len(r.words))
        self.country_names = country_names
        self.words: dict[str, frozenset[str]] = {
            c: frozenset()
            for c in (
                "female_title",
                "male_title",
                "name_title",
                "country_noun",
                "member_noun",
                "document_noun",
                "company_word",
                "office_title",
                "island_country",
                "incident_noun",
                "strife_noun",
            )
        }
        self.words.update(words or {})
        # "the island" refers back to one of these (ISO-3 codes, as actor codes write them)
        self.island_countries = frozenset(c.upper() for c in self.words["island_country"])
        # multi-word organisation names by first and last word, so that
        # "the Haqqani militant network" still finds "Haqqani network"
        self.org_by_ends: dict[tuple[str, str], ActorEntry] = {}
        for surface, key in names:
            parts = surface.split()
            entry = entries[key]
            if entry.kind == "organisation" and len(parts) >= 2:
                self.org_by_ends.setdefault((parts[0], parts[-1]), entry)
        self._role_index: dict[str, list[RoleTerm]] = {}
        # the longest term first ("attorney general" before "general"); file order otherwise
        for term in sorted(self.roles, key=lambda t: -len(t.words)):
            self._role_index.setdefault(term.words[-1], []).append(term)
        self._role_vocab = frozenset(w for term in self.roles for w in term.words)
        self._by_surname: dict[str, list[str]] = {}
        # other spellings of a person's surname too ("Zelenskiy" for Volodymyr Zelensky,
        # whose aliases spell it so; not another name an alias holds: "Abiy Ahmed Ali")
        spellings: dict[str, list[str]] = {}
        for surface, key in names:
            person = key.removeprefix("person:")
            if key.startswith("person:") and len(surface.split()) > 1:
                last, own = surface.split()[-1], person.split()[-1]
                if last != own and last[:4].lower() == own[:4].lower() and len(own) > 4:
                    spellings.setdefault(person, []).append(surface)
        # given names ("Abdullah", "Thomas"), which a legislator's surname may also be
        given = {p.split()[0] for p in offices}
        for person in offices:
            if person in figures:
                # (people known for what they did, not an office: "Smith" alone is not
                # the special counsel Jack Smith; only named in full)
                continue
            speaker = all(o.code.endswith("LEG") for o in offices[person])
            forms = self.surnames(person)
            for alias in spellings.get(person, []):
                forms |= _surnames(alias, self._family_first(person))
            for surname in forms:
                if speaker and surname in given:
                    continue  # ("King Abdullah" is not Singapore's speaker Abdullah Tarmugi)
                self._by_surname.setdefault(surname, []).append(person)

    # ---- loading -------------------------------------------------------------
    @classmethod
    def load(cls, folder: Path) -> ActorDictionary:
        entries: dict[str, ActorEntry] = {}
        names: list[tuple[str, str]] = []
        seen: dict[str, str] = {}

        def add(surface: str, entry: ActorEntry, where: str) -> None:
            entries.setdefault(entry.key, entry)
            if surface in seen and seen[surface] != entry.key:
                log.debug("%s: %r already names %s", where, surface, seen[surface])
                return
            seen[surface] = entry.key
            names.append((surface, entry.key))

        country_names: dict[str, str] = {}
        path = folder / "countries.tsv"
        cols = ("iso3", "name", "aliases", "adjectives", "capitals", "metonyms")
        for lineno, row in read_tsv(path, cols):
            iso, name = row["iso3"], row["name"]
            where = f"{path.name}:{lineno}"
            country_names[iso] = name
            country = ActorEntry(f"country:{iso}", "country", iso, name)
            for surface in [name, *split_list(row["aliases"])]:
                add(surface, country, where)
            for surface in split_list(row["adjectives"]):
                add(surface, ActorEntry(f"demonym:{iso}", "demonym", iso, name), where)
            for surface in split_list(row["capitals"]):
                add(surface, ActorEntry(f"capital:{iso}", "capital", iso, name, "GOV"), where)
            for pair in split_list(row["metonyms"]):
                surface, _, role = pair.partition("=")
                if not role:
                    raise DataFileError(f"{where}: metonym {pair!r} lacks '=ROLE'")
                key = f"metonym:{iso}:{role}:{surface}"
                add(surface, ActorEntry(key, "metonym", iso, surface, role), where)

        path = folder / "organisations.tsv"
        for lineno, row in read_tsv(path, ("code", "name", "aliases", "kind")):
            entry = ActorEntry(
                f"org:{row['code']}:{row['name']}",
                "organisation",
                row["code"],
                row["name"],
                row["kind"],
            )
            for surface in [row["name"], *split_list(row["aliases"])]:
                add(surface, entry, f"{path.name}:{lineno}")

        offices: dict[str, list[Office]] = {}
        genders: dict[str, str] = {}
        # people.tsv holds office holders; figures.tsv people known for what they did
        # (activists, detainees, journalists, prosecutors, business people)
        figures: set[str] = set()
        for path, figure in ((folder / "people.tsv", False), (folder / "figures.tsv", True)):
            if figure and not path.exists():
                continue
            for lineno, row in read_tsv(path, ("name", "aliases", "code", "title", "start", "end")):
                name = row["name"]
                if figure and name not in offices:
                    figures.add(name)
                entry = ActorEntry(f"person:{name}", "person", "", name)
                for surface in [name, *split_list(row["aliases"])]:
                    add(surface, entry, f"{path.name}:{lineno}")
                offices.setdefault(name, []).append(
                    Office(row["code"], row["title"], row["start"], row["end"])
                )
                if row.get("gender") in ("f", "m"):
                    genders[name] = row["gender"]

        roles: list[RoleTerm] = []
        for _, row in read_tsv(folder / "roles.tsv", ("role", "weak", "terms")):
            for term in split_list(row["terms"]):
                roles.append(RoleTerm(tuple(term.split()), row["role"], row["weak"] == "yes"))
        words: dict[str, set[str]] = {}
        for _, row in read_tsv(folder / "words.tsv", ("word", "class")):
            words.setdefault(row["class"], set()).add(row["word"].lower())
        return cls(
            entries,
            names,
            offices,
            genders,
            roles,
            country_names,
            {k: frozenset(v) for k, v in words.items()},
            frozenset(figures),
        )

    # ---- entity ruler --------------------------------------------------------
    def patterns(self) -> list[dict[str, Any]]:
        """Entity-ruler phrase patterns; each carries its entry key as the ent id."""
        patterns = [
            {"label": _LABELS[self.entries[key].kind], "pattern": surface, "id": key}
            for surface, key in self._names
        ]
        known = {surface for surface, _ in self._names}
        for surface, key in self._names:
            # Arabic article spellings vary by outlet: "al-Shabaab", "Al Shabaab", "al Shabaab"
            for variant in _article_variants(surface):
                if variant not in known:
                    known.add(variant)
                    label = _LABELS[self.entries[key].kind]
                    patterns.append({"label": label, "pattern": variant, "id": key})
            # hyphenated given names are capitalised either way ("Lee Myung-bak",
            # "Lee Myung-Bak")
            capitalised = "-".join(p[:1].upper() + p[1:] for p in surface.split("-"))
            if self.entries[key].kind == "person" and capitalised not in known:
                known.add(capitalised)
                patterns.append({"label": _LABELS["person"], "pattern": capitalised, "id": key})
            # demonyms are often written in lower case ("tunisian rioters")
            lower = surface.lower()
            if (
                self.entries[key].kind == "demonym"
                and len(surface) >= 5
                and surface.isalpha()
                and lower != surface
                and lower not in known
            ):
                patterns.append({"label": "NORP", "pattern": lower, "id": key})
            # wire headlines and emphasis in capitals ("sanctions on IRAN")
            upper = surface.upper()
            if (
                self.entries[key].kind in SHOUTED_KINDS
                and len(surface) >= 4
                and upper != surface
                and upper not in known
            ):
                patterns.append(
                    {"label": _LABELS[self.entries[key].kind], "pattern": upper, "id": key}
                )
        return patterns

    # ---- look-ups ------------------------------------------------------------
    def office(self, person: str, date: str | None) -> Office | None:
        """The office ``person`` held on ``date``; without a date, the latest one."""
        held = self.offices.get(person, [])
        if not held:
            return None
        if date is None:
            return max(held, key=lambda o: o.start)
        for office in held:
            if office.holds_on(date):
                return office
        return None

    def surnames(self, person: str) -> set[str]:
        """The short forms a later mention of ``person`` may use ("Assad", "Xi")."""
        return _surnames(person, self._family_first(person))

    def _family_first(self, person: str) -> bool:
        """Whether ``person`` held office where the family name comes first ("Xi Jinping")."""
        return any(o.code[:3] in FAMILY_NAME_FIRST for o in self.offices.get(person, []))

    def leads(self, person: str, date: str | None) -> bool:
        """Whether ``person`` is a head of state or government on ``date``."""
        office = self.office(person, date)
        return office is not None and _title_rank(office.title) < len(LEADER_TITLES)

    def person_by_surname(self, surname: str, date: str | None, country: str = "") -> str | None:
        """The one known person with this surname in office on ``date`` ("Merkel"), in
        ``country`` if given ("Colombia's Santos")."""
        candidates = self._by_surname.get(surname, ())
        if not candidates and surname.islower():
            # "President obama": lower-cased names in careless copy and transcripts
            candidates = self._by_surname.get(surname.capitalize(), ())
        found = [
            (p, o)
            for p in candidates
            if (o := self.office(p, date)) is not None and o.code.startswith(country)
        ]
        if len(found) > 1:
            # "Kim" in 2018 is Kim Jong-un, not one of the ministers who share his name,
            # nor the president of the World Bank
            rank = {p: (_title_rank(o.title), o.code.startswith("IGO")) for p, o in found}
            best = min(rank.values())
            found = [(p, o) for p, o in found if rank[p] == best]
        return found[0][0] if len(found) == 1 else None

    def former_by_surname(self, surname: str, date: str | None) -> str | None:
        """The one known person with this surname who held an office before ``date`` and
        holds none on it ("former president Duterte")."""
        found = [
            p
            for p in self._by_surname.get(surname, ())
            if self.office(p, date) is None
            and any(date is None or o.start < date for o in self.offices.get(p, []))
        ]
        return found[0] if len(found) == 1 else None

    def person_code(self, person: str, date: str | None) -> str:
        """Code of a known person on a date: the office's code, else country + ELI."""
        office = self.office(person, date)
        if office is not None:
            return office.code
        held = self.offices.get(person, [])
        return (held[0].code[:3] + "ELI") if held else ""

    def role_of(self, lemmas: list[str]) -> tuple[str, bool] | None:
        """Role of a phrase given its lowercase lemmas, head last: (role, weak).

        The head's own role wins when it is specific; otherwise the most specific
        role word in the phrase; a weak (generic) head is the fallback.
        """
        lemmas = [self._singular(w) for w in lemmas]
        found: list[tuple[int, RoleTerm]] = []
        for end in range(len(lemmas), 0, -1):
            for term in self._role_index.get(lemmas[end - 1], ()):
                n = len(term.words)
                if end - n >= 0 and tuple(lemmas[end - n : end]) == term.words:
                    found.append((end, term))
                    break
        if not found:
            return None
        strong = [t for _, t in found if not t.weak]
        if strong:
            return strong[0].role, False
        return found[0][1].role, True

    def _singular(self, word: str) -> str:
        """Plural capitalised nouns often keep their plural lemma ("Rebels")."""
        if word in self._role_vocab or not word.endswith("s"):
            return word
        for cut in (1, 2):
            if word[:-cut] in self._role_vocab:
                return word[:-cut]
        return word

    def is_role_word(self, lemma: str) -> bool:
        return self._singular(lemma) in self._role_index


def _article_variants(surface: str) -> list[str]:
    """The other spellings of a name that starts with the Arabic article ("al-Qaeda":
    "Al-Qaeda", "al Qaeda", "Al Qaeda")."""
    head, rest = surface[:3], surface[3:]
    if head.lower() not in {"al-", "al "} or not rest[:1].isupper():
        return []
    return [f"{a}{sep}{rest}" for a in ("al", "Al") for sep in ("-", " ") if f"{a}{sep}" != head]
