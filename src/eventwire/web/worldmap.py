"""A world outline for the map view, drawn offline from a bundled TopoJSON file.

The outline is Natural Earth's 1:110m countries as packaged by the npm package
``world-atlas`` (installed by scripts/setup.sh with ``npm ci`` into node_modules;
not committed). It is decoded here, projected equirectangularly and handed to the
template as SVG path data, so the map needs no tile server and no map library.
"""

from __future__ import annotations

import itertools
import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

WIDTH = 960.0
HEIGHT = 480.0
ATLAS = Path("world-atlas") / "countries-110m.json"


@dataclass(frozen=True, slots=True)
class Country:
    """One country outline: its ISO 3166-1 numeric id, name and SVG path data."""

    id: str
    name: str
    path: str


def node_modules() -> Path | None:
    """The project's node_modules folder (beside the source tree, or in the working folder)."""
    for base in (Path(__file__).resolve().parents[3], Path.cwd()):
        folder = base / "node_modules"
        if (folder / ATLAS).is_file():
            return folder
    return None


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    transform = topology.get("transform")
    out = []
    for arc in topology["arcs"]:
        points: list[tuple[float, float]] = []
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            for dx, dy, *_ in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        out.append(points)
    return out


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def _project(lon: float, lat: float) -> tuple[float, float]:
    return (lon + 180.0) * WIDTH / 360.0, (90.0 - lat) * HEIGHT / 180.0


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous (no jump over 180 degrees between neighbours)."""
    out = [ring[0]]
    shift = 0.0
    for (lon0, _), (lon, lat) in itertools.pairwise(ring):
        step = lon - lon0
        if step > 180:
            shift -= 360
        elif step < -180:
            shift += 360
        out.append((lon + shift, lat))
    return out


def _pieces(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring as drawn on a map from -180 to 180 degrees.

    A ring crossing the antimeridian (Russia, Fiji) is unwrapped and drawn twice,
    360 degrees apart, so each side shows its part; a ring around a pole
    (Antarctica) is already cut at the antimeridian and is left as it is.
    """
    unwrapped = _unwrap(ring)
    lons = [lon for lon, _ in unwrapped]
    if max(lons) - min(lons) >= 359.0:
        return [ring]
    pieces = [unwrapped]
    if min(lons) < -180:
        pieces.append([(lon + 360, lat) for lon, lat in unwrapped])
    if max(lons) > 180:
        pieces.append([(lon - 360, lat) for lon, lat in unwrapped])
    return pieces


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        if len(ring) < 3:
            continue
        for piece in _pieces(ring):
            xy = [_project(lon, lat) for lon, lat in piece]
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z")
    return "".join(parts)


def decode(topology: dict[str, Any], name: str = "countries") -> list[Country]:
    """The geometries of TopoJSON object ``name`` as projected SVG paths."""
    arcs = _arcs(topology)
    countries = []
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        props = geometry.get("properties") or {}
        countries.append(
            Country(str(geometry.get("id", "")), str(props.get("name", "")), _path(rings))
        )
    return countries


@lru_cache(maxsize=1)
def world() -> tuple[Country, ...]:
    """The bundled world outline, or () when node_modules has not been installed."""
    folder = node_modules()
    if folder is None:
        log.warning("world outline not found: run `npm ci` (scripts/setup.sh does)")
        return ()
    return tuple(decode(json.loads((folder / ATLAS).read_text(encoding="utf-8"))))
