#!/usr/bin/env python3
"""Build eventwire/data/places/border_zones.tsv: where "the Turkish border" is, seen from Syria.

For each ordered pair of countries (home, other) whose outlines in ``countryinfo`` share an
edge, the point is the centre of home's land within BORDER_KM of the shared line: the home
side of that border, halfway along it. The outlines are countryinfo's ``geoJSON`` (small-scale
Natural Earth shapes, a few dozen points per country): rough coasts, but shared borders use the
same vertices on both sides, which is all this needs. When a border comes in pieces (India and
China: Ladakh and Arunachal) and the centre of the whole strip lies off it, the longest piece
is kept. Countries without an outline there (Myanmar, Hungary, Serbia, Kosovo ...) are not
listed: places.border_zone falls back to the countries' cities for them.

countryinfo is a *build-time* dependency only (eventwire never imports it); numpy is in the
project's dependencies through spaCy:

    .venv/bin/pip install countryinfo==1.0.1
    .venv/bin/python tools/build_border_zones.py          # rewrite border_zones.tsv
    .venv/bin/python tools/build_border_zones.py --check  # exit 1 if it is stale
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from eventwire.places import BORDER_KM  # noqa: E402
from outlines import Point, inside, outlines  # noqa: E402  (tools/outlines.py)
from table_output import build_main  # noqa: E402  (tools/table_output.py)

OUT = ROOT / "eventwire" / "data" / "places" / "border_zones.tsv"
STEP = 0.05          # degrees between the grid points that sample a strip (about 5 km)
KM_PER_DEGREE = 111.2
VERTEX_DIGITS = 3    # vertices equal to this many decimals are the same vertex on both outlines

Segment = tuple[Point, Point]


def _vertex(p: Point) -> Point:
    return (round(p[0], VERTEX_DIGITS), round(p[1], VERTEX_DIGITS))


def shared_segments(home: list[list[Point]], other: list[list[Point]]) -> list[Segment]:
    """Edges of home's outline whose two ends are both vertices of other's outline."""
    theirs = {_vertex(p) for ring in other for p in ring}
    return [(p, q) for ring in home for p, q in zip(ring, ring[1:])
            if _vertex(p) in theirs and _vertex(q) in theirs and _vertex(p) != _vertex(q)]


def pieces(segments: list[Segment]) -> list[list[Segment]]:
    """The segments grouped into connected chains (joined where they share an end)."""
    groups: list[list[Segment]] = []
    for seg in segments:
        ends = {_vertex(seg[0]), _vertex(seg[1])}
        touching = [g for g in groups if any(_vertex(p) in ends for s in g for p in s)]
        merged = [seg] + [s for g in touching for s in g]
        groups = [g for g in groups if g not in touching] + [merged]
    return groups


def _length_km(segments: list[Segment]) -> float:
    return sum(math.hypot((q[0] - p[0]) * math.cos(math.radians((p[1] + q[1]) / 2)), q[1] - p[1])
               for p, q in segments) * KM_PER_DEGREE


def _distance_km(lat: np.ndarray, lon: np.ndarray, segments: list[Segment]) -> np.ndarray:
    """Distance of each point to the nearest segment, on a plane tangent at the points' middle."""
    kx = KM_PER_DEGREE * math.cos(math.radians(float(lat.mean())))
    px, py = lon * kx, lat * KM_PER_DEGREE
    best = np.full(lat.shape, np.inf)
    for (ax, ay), (bx, by) in segments:
        ax, bx, ay, by = ax * kx, bx * kx, ay * KM_PER_DEGREE, by * KM_PER_DEGREE
        dx, dy = bx - ax, by - ay
        t = np.clip(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0, 1)
        best = np.minimum(best, np.hypot(px - (ax + t * dx), py - (ay + t * dy)))
    return best


def strip(rings: list[list[Point]], segments: list[Segment], km: float) -> tuple[np.ndarray, np.ndarray]:
    """Grid points of the home outline within km of the segments."""
    xs = [p[0] for s in segments for p in s]
    ys = [p[1] for s in segments for p in s]
    pad_lat = km / KM_PER_DEGREE + STEP
    pad_lon = pad_lat / max(0.1, math.cos(math.radians(max(abs(y) for y in ys))))
    lon, lat = np.meshgrid(np.arange(min(xs) - pad_lon, max(xs) + pad_lon, STEP),
                           np.arange(min(ys) - pad_lat, max(ys) + pad_lat, STEP))
    lat, lon = lat.ravel(), lon.ravel()
    keep = inside(lat, lon, rings)
    lat, lon = lat[keep], lon[keep]
    if not lat.size:
        return lat, lon
    keep = _distance_km(lat, lon, segments) <= km
    return lat[keep], lon[keep]


def _centre(lat: np.ndarray, lon: np.ndarray) -> tuple[float, float]:
    weight = np.cos(np.radians(lat))     # a grid cell's area shrinks with latitude
    return float((lat * weight).sum() / weight.sum()), float((lon * weight).sum() / weight.sum())


def zone(rings: list[list[Point]], segments: list[Segment], km: float = BORDER_KM) -> tuple[float, float] | None:
    lat, lon = strip(rings, segments, km)
    if not lat.size:
        return None
    centre = _centre(lat, lon)
    on_strip = _distance_km(np.array([centre[0]]), np.array([centre[1]]), segments)[0] <= km
    if not on_strip:        # a border in pieces, the middle between them: the longest piece
        longest = max(pieces(segments), key=_length_km)
        lat, lon = strip(rings, longest, km)
        if not lat.size:
            return None
        centre = _centre(lat, lon)
    return centre


def build() -> str:
    from importlib.metadata import version

    shapes = outlines()
    lines = [
        "# border_zones.tsv: GENERATED by tools/build_border_zones.py; do not edit by hand.",
        f"# The home side of a land border: the centre of home's land within {BORDER_KM:.0f} km of the line it shares",
        f"# with `other`, from countryinfo {version('countryinfo')} outlines (see data/places/README.md).",
        "home\tother\tlat\tlon",
    ]
    for home in sorted(shapes):
        for other in sorted(shapes):
            if other == home:
                continue
            segments = shared_segments(shapes[home], shapes[other])
            if not segments:
                continue
            point = zone(shapes[home], segments)
            if point is not None:
                lines.append(f"{home}\t{other}\t{point[0]:.2f}\t{point[1]:.2f}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    return build_main(OUT, build, __doc__.splitlines()[0], Path(__file__).name, header_lines=4, argv=argv)


if __name__ == "__main__":
    sys.exit(main())
