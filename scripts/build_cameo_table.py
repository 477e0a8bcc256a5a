"""Re-express the CAMEO reference table as eventwire's own data file.

Reads ../shared/reference/cameo_eventcodes.tsv (GDELT CAMEO tables + the 2021
CAMEO-to-PLOVER mapping) and writes src/eventwire/data/cameo/codes.tsv.
Codes the 2021 mapping leaves without a PLOVER type get one by the documented
rules below (column ``plover_from`` says which).

    python scripts/build_cameo_table.py [REFERENCE_TSV]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT.parent / "shared" / "reference" / "cameo_eventcodes.tsv"
OUT = ROOT / "src" / "eventwire" / "data" / "cameo" / "codes.tsv"

# eventwire's own choices where the 2021 mapping has no PLOVER type.
# Root 02 (appeals) are PLOVER REQUEST; the mode follows what is asked for.
REQUEST_MODES = {
    "021": "assist",
    "023": "assist",
    "024": "change",
    "025": "yield",
    "026": "meet",
    "027": "meet",
    "028": "meet",
}
# Root 01 statements have no PLOVER counterpart, except these three.
STATEMENT_TYPES = {"016": "REJECT", "018": "SUPPORT", "019": "AGREE"}


def fill(code: str, plover: str, mode: str) -> tuple[str, str, str]:
    if plover:
        return plover, mode, "2021-mapping"
    if code.startswith("02"):
        return "REQUEST", REQUEST_MODES.get(code[:3], ""), "eventwire"
    if code[:3] in STATEMENT_TYPES:
        return STATEMENT_TYPES[code[:3]], "", "eventwire"
    return "", "", "none"


def main(src: Path) -> None:
    rows = list(csv.DictReader(src.open(encoding="utf-8"), delimiter="\t"))
    root_plover: dict[str, str] = {}
    for r in rows:
        if len(r["cameo_code"]) == 3 and r["cameo_code"].endswith("0") and r["plover_event_2021"]:
            root_plover[r["root"]] = r["plover_event_2021"]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codes: name, Goldstein value, quad class, PLOVER type and mode.\n")
        fh.write(
            "# Source: GDELT CAMEO tables (codes, names, Goldstein, quad class) and the 2021\n"
        )
        fh.write("# CAMEO-to-PLOVER mapping (CC BY-SA 4.0); plover_from=eventwire marks our own\n")
        fh.write("# choices (see scripts/build_cameo_table.py). Regenerate with that script.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(
            [
                "code",
                "root",
                "name",
                "goldstein",
                "quad_class",
                "plover",
                "plover_mode",
                "plover_from",
            ]
        )
        for r in rows:
            code = r["cameo_code"]
            plover, mode, origin = fill(code, r["plover_event_2021"], r["plover_mode_2021"])
            if not plover and len(code) == 2 and r["root"] in root_plover:
                plover, origin = root_plover[r["root"]], "eventwire"
            w.writerow(
                [
                    code,
                    r["root"],
                    r["name_gdelt"],
                    r["goldstein_gdelt"],
                    r["gdelt_quadclass"],
                    plover,
                    mode,
                    origin,
                ]
            )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SRC)
