"""Country outlines for the build scripts (tools/build_border_zones.py, tools/build_admin_points.py).

The outlines are countryinfo's ``geoJSON``: small-scale Natural Earth shapes, a few dozen points
per country, so rough coasts, but neighbours share the same vertices along their borders.
countryinfo is a *build-time* dependency only (eventwire never imports it):

    .venv/bin/pip install countryinfo==1.0.1
"""
from __future__ import annotations

import numpy as np

Point = tuple[float, float]         # (lon, lat), as in GeoJSON


def outlines() -> dict[str, list[list[Point]]]:
    """Outer rings of each country's outline, by ISO alpha-3 code."""
    from countryinfo._cache import load_countries

    out = {}
    for info in load_countries()["countries"].values():
        code = (info.get("ISO") or {}).get("alpha3")
        features = (info.get("geoJSON") or {}).get("features") or []
        if not code or not features:
            continue
        geometry = features[0]["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        out[code] = [[(float(x), float(y)) for x, y in polygon[0]] for polygon in polygons]
    return out


def inside(lat: np.ndarray, lon: np.ndarray, rings: list[list[Point]]) -> np.ndarray:
    """Which points lie inside the rings (even-odd rule over all of them)."""
    hit = np.zeros(lat.shape, bool)
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if y1 == y2:
                continue
            crosses = (y1 > lat) != (y2 > lat)
            x_at = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            hit ^= crosses & (lon < x_at)
    return hit
