"""The explorer's HTTP API (eventwire serve) over a small store: every endpoint, its filters and bounds,
404s, static files without traversal, security headers, and a store nothing can change.

The store and the live-server helper here are shared with test_browser.py.
"""
import hashlib
import http.client
import json
import threading
import time
import warnings
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import anyio
import duckdb
import pytest

with warnings.catch_warnings():  # starlette suggests httpx2 for its TestClient; httpx is what is pinned
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from eventwire.cli import main
from eventwire.ingest import ingest
from eventwire.read import iter_articles
from eventwire.serve import VendorMissing, create_app
from eventwire.serve.api import MAX_PAGE_SIZE
from eventwire.serve.app import STATIC_DIR, VENDOR_FILES
from eventwire.serve.article import link_chains
from eventwire.serve.queries import bucket_starts

# Two outlets tell one airstrike (merged into one event); a third article tells an attack, a strike
# "in retaliation for the attack" and a condemnation "after the bombing" (a chain of three); a protest;
# and an article whose title and text hold HTML that must never run, after an emoji (offsets count
# code points, JavaScript strings count UTF-16 units: the highlight must still land on the word).
ARTICLES = [
    {"id": "harbor-wire-1", "source": "Harbor Wire", "url": "https://harborwire.example/strike", "published": "2023-06-11",
     "title": "Airstrike hits depot in Aleppo",
     "text": "ALEPPO, June 9 (Harbor Wire) - Russian warplanes bombed a fuel depot on the outskirts of Aleppo on Friday, "
             "killing five civilians, Syrian rescue workers said. The strike set fire to several tanker trucks.\n"},
    {"id": "north-ledger-7", "source": "North Ledger", "url": "https://northledger.example/aleppo",
     "published": "2023-06-10", "title": "Depot near Aleppo struck",
     "text": "Russian jets struck a fuel depot near Aleppo on Friday, killing five people, according to Syrian rescue "
             "workers. Witnesses described a column of black smoke over the city.\n"},
    {"id": "harbor-wire-3", "source": "Harbor Wire", "published": "2023-06-12",
     "title": "Russia strikes Idlib after base attack",
     "text": "LATAKIA, June 11 (Harbor Wire) - Militants attacked a Russian air base near Latakia on Saturday. "
             "Russian jets bombed rebel camps in Idlib on Sunday in retaliation for the attack. "
             "Turkey condemned Russia on Monday after the bombing.\n"},
    {"id": "harbor-wire-2", "source": "Harbor Wire", "url": "https://harborwire.example/lima", "published": "2023-07-02",
     "title": "Teachers march in Lima",
     "text": "LIMA, July 1 (Harbor Wire) - Thousands of teachers marched through central Lima on Saturday to protest "
             "against the government's pension reform, union leaders said.\n"},
    {"id": "hostile-1", "source": "Prank Post", "url": "javascript:window.__pwned=4", "published": "2023-07-03",
     "title": "<b>Bold</b> claims <script>window.__pwned = 3</script>",
     "text": "\U0001F525 KYIV, July 3 (Prank Post) - Ukrainian police arrested two men on Monday. "
             "<script>window.__pwned = 1</script> The men had posted <img src=x onerror=\"window.__pwned=2\"> "
             "on a city website, officials said.\n"},
]


def build_store(folder: Path) -> Path:
    """The articles above, as a .jsonl file read by the real reader, ingested into a store."""
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    db = folder / "events.duckdb"
    report = ingest(iter_articles([str(source)]), db, workers=1)
    assert (report.coded, report.bad) == (len(ARTICLES), 0)
    return db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def serving(app):
    """The app under a real uvicorn on a free port of 127.0.0.1, in a thread; yields its base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the explorer did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("serve"))
    return {"path": db, "digest": digest(db), "mtime": db.stat().st_mtime_ns}


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store["path"]))


def get(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:500])
    return response.json()


def events_of(client, query: str = "") -> list[dict]:
    return get(client, f"/api/events?page_size={MAX_PAGE_SIZE}&{query}")["items"]


def event_by(client, article_id: str, word: str) -> dict:
    """The corpus event whose representative sentence comes from `article_id` and contains `word`."""
    for item in events_of(client):
        if item["rep_mention_id"].split(":", 1)[1].startswith(article_id + "-e") and word in item["sentence"]:
            return item
    raise AssertionError(f"no event of {article_id} with {word!r}")


def the_depot_strike(client) -> dict:
    """The strike on the Aleppo depot both outlets report, whichever telling speaks for it."""
    (item,) = [e for e in events_of(client) if "fuel depot" in e["sentence"] and e["num_articles"] == 2]
    return item


def article_hash(client, article_id: str) -> str:
    items = get(client, f"/api/articles?q={article_id}")["items"]
    (item,) = [a for a in items if a["article_id"] == article_id]
    return item["hash"]


def code_points(text: str, start: int, end: int) -> str:
    return text[start:end]  # Python strings index code points, as the offsets do


# --- events ----------------------------------------------------------------------------------------------------------

def test_meta_names_the_filters_and_the_date_range(client):
    meta = get(client, "/api/meta")
    assert "ASSAULT" in meta["types"] and meta["quads"]["4"] == "material conflict"
    assert (meta["first_date"], meta["last_date"]) == ("2023-06-09", "2023-07-03")
    assert meta["max_page_size"] == MAX_PAGE_SIZE


def test_events_come_in_pages(client):
    everything = get(client, "/api/events")
    total = everything["total"]
    assert total == len(everything["items"]) == 6
    first = get(client, "/api/events?page_size=4")
    second = get(client, "/api/events?page_size=4&page=2")
    assert (first["total"], len(first["items"]), len(second["items"])) == (total, 4, total - 4)
    seen = [e["event_id"] for e in first["items"] + second["items"]]
    assert sorted(seen) == sorted(e["event_id"] for e in everything["items"])
    assert get(client, "/api/events?page_size=4&page=9")["items"] == []
    dates = [e["date"] for e in everything["items"]]
    assert dates == sorted(dates)
    newest = get(client, "/api/events?order=-date")["items"]
    assert [e["date"] for e in newest] == sorted(dates, reverse=True)


@pytest.mark.parametrize("query", [f"page_size={MAX_PAGE_SIZE + 1}", "page_size=0", "page=0", "order=random"])
def test_page_bounds_are_enforced(client, query):
    get(client, f"/api/events?{query}", 422)


def test_an_event_lists_actors_and_its_sentence(client):
    strike = the_depot_strike(client)
    assert strike["event"] == "ASSAULT" and strike["quad_code"] == 4 and strike["quad_name"] == "material conflict"
    assert [a["code"] for a in strike["actors"]] == ["RUS"]
    assert strike["actors"][0]["name"] in {"Russian jets", "Russian warplanes"}
    assert strike["num_articles"] == 2 and strike["placename"] == "Aleppo" and strike["lat"] is not None


@pytest.mark.parametrize("query, expected", [
    ("type=PROTEST", {"PROTEST"}),
    ("type=protest,coerce", {"PROTEST", "COERCE"}),
    ("type=PROTEST&type=ACCUSE", {"PROTEST", "ACCUSE"}),
    ("quad=3", {"ACCUSE"}),
    ("country=per", {"PROTEST"}),
    ("actor=TUR", {"ACCUSE"}),
    ("actor=ukrainian police", {"COERCE"}),
    ("text=TEACHERS", {"PROTEST"}),  # in the sentence, any case
    ("text=fuel depot", {"ASSAULT"}),
    ("text=%3Cscript%3E", {"COERCE"}),  # the arrest's sentence runs on over the planted tags: found as text
    ("since=2023-07-01&until=2023-07-01", {"PROTEST"}),
    ("since=2023-06-11&until=2023-06-12", {"ASSAULT", "ACCUSE"}),
    ("polarity=negated", set()),
])
def test_filters_narrow_the_events(client, query, expected):
    assert {e["event"] for e in events_of(client, query)} == expected


def test_min_confidence_narrows_the_events(client):
    every = events_of(client)
    assert events_of(client, "min_confidence=0") == every
    assert events_of(client, "min_confidence=1") == []  # a probability never reaches 1
    get(client, "/api/events?min_confidence=1.5", status=422)


def test_filters_combine_and_count(client):
    result = get(client, "/api/events?type=ASSAULT&actor=RUS&quad=4")
    assert result["total"] == 3  # the merged strike, the attack on the Russian base, the bombing of Idlib
    assert get(client, "/api/events?type=ASSAULT&country=PER")["total"] == 0


@pytest.mark.parametrize("query", [
    "type=BOGUS", "country=XX1", "country=ABCD", "quad=5", "quad=x", "since=yesterday", "polarity=maybe",
    "text=" + "x" * 201, "actor=" + "y" * 201,
])
def test_bad_filters_are_refused(client, query):
    get(client, f"/api/events?{query}", 422)


def test_one_event_lists_every_article_that_reports_it(client):
    strike = the_depot_strike(client)
    found = get(client, f"/api/events/{strike['event_id']}")
    assert found["event"]["event_id"] == strike["event_id"]
    assert found["record"]["id"] == strike["event_id"] and found["record"]["num_articles"] == 2
    mentions = found["mentions"]
    # Earlier publication first.
    assert [m["article_id"] for m in mentions] == ["north-ledger-7", "harbor-wire-1"]
    assert {m["source"] for m in mentions} == {"North Ledger", "Harbor Wire"}
    words = {code_points(m["sentence"], m["trigger"]["start"], m["trigger"]["end"]) for m in mentions}
    assert words == {"struck", "bombed"}
    assert all(m["title"] and m["published"] and len(m["hash"]) == 32 for m in mentions)


def test_an_event_shows_its_links_both_ways(client):
    bombing = event_by(client, "harbor-wire-3", "in retaliation")
    links = get(client, f"/api/events/{bombing['event_id']}")["links"]
    assert {(l["direction"], l["type"], l["event"]) for l in links} == {
        ("out", "response_to", "ASSAULT"), ("in", "follows", "ACCUSE")}


def test_unknown_things_are_404(client):
    get(client, "/api/events/0000000000000000:nothing-e1", 404)
    get(client, "/api/articles/" + "0" * 32, 404)
    get(client, "/api/articles/not-a-hash", 422)
    get(client, "/api/nothing", 404)
    assert client.get("/nothing.html").status_code == 404


# --- articles --------------------------------------------------------------------------------------------------------

def test_articles_are_listed_and_searched(client):
    result = get(client, "/api/articles")
    assert result["total"] == len(ARTICLES)
    assert [a["published"] for a in result["items"]] == sorted(a["published"] for a in ARTICLES)
    assert [a["article_id"] for a in get(client, "/api/articles?q=LIMA")["items"]] == ["harbor-wire-2"]
    assert [a["article_id"] for a in get(client, "/api/articles?q=north ledger")["items"]] == ["north-ledger-7"]
    assert get(client, "/api/articles?page_size=2&page=3")["items"][0]["article_id"]
    get(client, f"/api/articles?page_size={MAX_PAGE_SIZE + 1}", 422)


def test_an_article_comes_with_its_annotations(client):
    found = get(client, f"/api/articles/{article_hash(client, 'harbor-wire-3')}")
    text = found["article"]["text"]
    assert text.startswith("LATAKIA") and found["article"]["source"] == "Harbor Wire"
    assert [e["event"] for e in found["events"]] == ["ASSAULT", "ASSAULT", "ACCUSE"]
    triggers = [code_points(text, e["spans"]["trigger"]["start"], e["spans"]["trigger"]["end"]) for e in found["events"]]
    assert triggers == ["attacked", "bombed", "condemned"]
    bombing = found["events"][1]
    assert [code_points(text, a["start"], a["end"]) for a in bombing["spans"]["actors"]] == ["Russian jets"]
    assert code_points(text, bombing["spans"]["date"]["start"], bombing["spans"]["date"]["end"]) == "Sunday"
    assert code_points(text, bombing["spans"]["place"]["start"], bombing["spans"]["place"]["end"]) == "Idlib"
    sentence = bombing["spans"]["sentence"]
    assert code_points(text, sentence["start"], sentence["end"]).startswith("Russian jets bombed")
    assert bombing["record"]["event_text"] == ["bombed"]
    kinds = {h["kind"] for h in found["highlights"]}
    assert {"actor", "recipient", "trigger", "date", "place"} <= kinds
    for h in found["highlights"]:
        assert 0 <= h["start"] < h["end"] <= len(text)


def test_an_article_draws_its_chain_of_linked_events(client):
    found = get(client, f"/api/articles/{article_hash(client, 'harbor-wire-3')}")
    ids = [e["mention_id"] for e in found["events"]]
    assert {(l["type"], l["cue"]) for l in found["links"]} == {("response_to", "in retaliation for"), ("follows", "after")}
    (chain,) = found["chains"]
    assert [(s["mention_id"], s["link"]) for s in chain] == [(ids[0], None), (ids[1], "response_to"), (ids[2], "follows")]


def test_an_article_with_html_comes_back_as_plain_data(client):
    found = get(client, f"/api/articles/{article_hash(client, 'hostile-1')}")
    text = found["article"]["text"]
    assert "<script>window.__pwned = 1</script>" in text and "<script>" in found["article"]["title"]
    (arrest,) = found["events"]
    trigger = arrest["spans"]["trigger"]
    # After the emoji: one code point here, two UTF-16 units in a browser.
    assert code_points(text, trigger["start"], trigger["end"]) == "arrested"


def test_quotes_come_with_their_speakers(client):
    found = get(client, f"/api/articles/{article_hash(client, 'harbor-wire-1')}")
    for quote in found["quotes"]:
        assert found["article"]["text"][quote["start"]:quote["end"]] == quote["text"]
        assert {"speaker_text", "speaker_code", "kind", "cue"} <= set(quote)


# --- summaries -------------------------------------------------------------------------------------------------------

def test_actors_are_counted(client):
    actors = get(client, "/api/actors")
    rus = next(a for a in actors if a["key"] == "RUS")
    assert rus["events"] == 4 and rus["as_actor"] == 2 and rus["as_recipient"] == 2
    assert [a["key"] for a in get(client, "/api/actors?q=turk")] == ["TUR"]
    by_name = {a["key"] for a in get(client, "/api/actors?by=name")}
    assert {"Russian jets", "teachers", "Turkey"} <= by_name
    assert len(get(client, "/api/actors?limit=1")) == 1
    get(client, f"/api/actors?limit={MAX_PAGE_SIZE + 1}", 422)
    get(client, "/api/actors?by=colour", 422)


def test_stats_count_by_type_quad_day_and_actor(client):
    stats = get(client, "/api/stats")
    assert (stats["events"], stats["articles"], stats["sources"], stats["located"]) == (6, 5, 3, 5)
    assert {t["event"]: t["n"] for t in stats["by_type"]} == {"ASSAULT": 3, "ACCUSE": 1, "PROTEST": 1, "COERCE": 1}
    assert {q["quad_code"]: q["n"] for q in stats["by_quad"]} == {3: 1, 4: 5}
    assert sum(d["n"] for d in stats["per_day"]) == 6 and stats["per_day"][0]["date"] == "2023-06-09"
    assert stats["top_actors"][0]["key"] == "RUS"
    assert get(client, "/api/stats?type=PROTEST")["events"] == 1


def test_timeline_counts_per_day_per_quad_with_empty_days(client):
    days = get(client, "/api/timeline")
    assert days["bucket"] == "day" and days["total"] == 6
    starts = [b["start"] for b in days["buckets"]]
    assert starts[0] == "2023-06-09" and starts[-1] == "2023-07-03" and len(starts) == 25
    assert next(b for b in days["buckets"] if b["start"] == "2023-06-12")["counts"] == [0, 0, 1, 0]
    assert all(b["total"] == sum(b["counts"]) for b in days["buckets"])
    protests = get(client, "/api/timeline?type=PROTEST")
    assert [(b["start"], b["counts"]) for b in protests["buckets"]] == [("2023-07-01", [0, 0, 0, 1])]
    months = get(client, "/api/timeline?bucket=month")
    assert [(b["start"], b["total"]) for b in months["buckets"]] == [("2023-06-01", 4), ("2023-07-01", 2)]
    assert get(client, "/api/timeline?bucket=auto")["bucket"] == "day"
    assert get(client, "/api/timeline?since=2030-01-01")["buckets"] == []
    get(client, "/api/timeline?bucket=hour", 422)


def test_bucket_starts_cross_month_and_year_ends():
    assert bucket_starts(date(2023, 11, 15), date(2024, 2, 1), "month") == [
        date(2023, 11, 1), date(2023, 12, 1), date(2024, 1, 1), date(2024, 2, 1)]
    assert bucket_starts(date(2024, 1, 3), date(2024, 1, 15), "week") == [
        date(2024, 1, 1), date(2024, 1, 8), date(2024, 1, 15)]
    assert bucket_starts(date(9998, 5, 1), date(9999, 12, 31), "year") == [date(9998, 1, 1), date(9999, 1, 1)]


def test_map_has_the_located_events(client):
    located = get(client, "/api/map")
    assert located["total"] == 5 and not located["truncated"]
    assert all(e["lat"] is not None and e["lon"] is not None for e in located["items"])
    assert located["items"][0]["num_mentions"] >= located["items"][-1]["num_mentions"]  # most mentioned first
    assert "hostile-1" not in json.dumps(located)  # no place in that article
    one = get(client, "/api/map?limit=1")
    assert one["truncated"] and len(one["items"]) == 1 and one["items"][0]["num_articles"] == 2
    assert [e["placename"] for e in get(client, "/api/map?type=PROTEST")["items"]] == ["Lima"]
    get(client, "/api/map?limit=0", 422)


def test_network_links_actors_to_recipients(client):
    by_code = get(client, "/api/network")
    # the strikes near Aleppo and in Idlib fall on Syria, where their unnamed targets are
    assert by_code["edges"] == [{"source": "RUS", "target": "SYR", "weight": 2},
                                {"source": "TUR", "target": "RUS", "weight": 1}]
    assert {n["id"]: n["events"] for n in by_code["nodes"]} == {"RUS": 4, "SYR": 2, "TUR": 1}
    by_name = get(client, "/api/network?by=name")
    assert {"source": "Russian jets", "target": "rebel camps", "weight": 1} in by_name["edges"]
    assert {(e["source"], e["target"]) for e in by_name["edges"]} >= {("Turkey", "Russia"), ("Militants", "Russian base")}
    assert get(client, "/api/network?type=PROTEST")["edges"] == []
    get(client, "/api/network?limit=100000", 422)


def test_link_chains_branch_and_survive_cycles():
    links = [{"mention_id": "b", "type": "follows", "target_mention_id": "a", "cue": "after"},
             {"mention_id": "c", "type": "response_to", "target_mention_id": "a", "cue": "in response to"},
             {"mention_id": "y", "type": "follows", "target_mention_id": "x", "cue": None},
             {"mention_id": "x", "type": "follows", "target_mention_id": "y", "cue": None}]
    chains = [[s["mention_id"] for s in chain] for chain in link_chains(links)]
    assert chains == [["a", "b"], ["a", "c"], ["x", "y"]]


# --- docs, static files, safety --------------------------------------------------------------------------------------

def test_api_docs_work_offline(client):
    spec = get(client, "/openapi.json")
    assert {"/api/events", "/api/events/{event_id}", "/api/actors", "/api/articles", "/api/articles/{digest}",
            "/api/stats", "/api/timeline", "/api/map", "/api/network"} <= set(spec["paths"])
    page = client.get("/docs")
    assert page.status_code == 200 and "swagger-ui" in page.text
    assert "http://" not in page.text and "https://" not in page.text  # no CDN
    for asset in ("/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/vendor/swagger-ui/swagger-ui.css",
                  "/static/docs.js"):
        assert asset in page.text and client.get(asset).status_code == 200


def test_pages_and_their_assets_are_served_from_here(client):
    index = client.get("/")
    assert index.status_code == 200 and "/static/js/app.js" in index.text and "://" not in index.text
    for asset in ("/static/js/app.js", "/static/style.css", "/static/vendor/countries-110m.json"):
        assert client.get(asset).status_code == 200
    world = client.get("/static/vendor/countries-110m.json").json()
    assert world["type"] == "Topology" and "countries" in world["objects"]


def test_no_script_sets_inner_html():
    for script in (STATIC_DIR / "js").glob("*.js"):
        text = script.read_text()
        for risky in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert risky not in text, (script.name, risky)


def test_security_headers(client):
    for url in ("/", "/api/meta", "/static/js/app.js", "/api/nothing"):
        headers = client.get(url).headers
        assert "script-src 'self'" in headers["content-security-policy"], url
        assert headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in client.get("/").headers["content-security-policy"]


TRAVERSALS = [
    "/static/../../etc/passwd", "/static/../app.py", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/%2e%2e/app.py",
    "/static/..%2fapp.py", "/static/..%2f..%2f..%2fetc%2fpasswd", "/static/%252e%252e/app.py", "/static//etc/passwd",
    "/static/js/../../app.py", "/static/..\\app.py",
]


def asgi_get(app, raw_path: str) -> int:
    """The status of one GET sent straight to the ASGI app with this exact path (no client tidies its dots)."""
    statuses = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    path = raw_path.encode()
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": unquote(raw_path), "raw_path": path, "query_string": b"", "root_path": "",
             "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 1), "server": ("testserver", 80)}
    anyio.run(app, scope, receive, send)
    return statuses[0]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_static_files_cannot_be_escaped(client, path):
    assert asgi_get(client.app, path) == 404
    assert client.get(path).status_code == 404


def test_static_files_cannot_be_escaped_over_real_http(store):
    with serving(create_app(store["path"])) as base:
        host, port = base.removeprefix("http://").split(":")
        for path in TRAVERSALS:
            conn = http.client.HTTPConnection(host, int(port), timeout=10)
            conn.request("GET", path)  # sent exactly as written
            response = conn.getresponse()
            body = response.read()
            assert response.status in (400, 404), (path, response.status)
            assert b"root:" not in body and b"create_app" not in body
            conn.close()


def test_requests_that_would_write_or_flood_are_refused(client):
    assert client.post("/api/events").status_code == 405
    assert client.delete("/api/events").status_code == 405
    assert client.request("GET", "/api/events", content=b"x" * 10).status_code == 413
    assert client.get("/api/events?text=" + "a" * 3000).status_code == 414
    assert client.get("/api/events?" + "&".join(["type=ASSAULT"] * 300)).status_code == 414


def test_many_requests_at_once_each_get_their_own_connection(store):
    import urllib.request

    with serving(create_app(store["path"])) as base:
        urls = [f"{base}/api/events?page_size=3", f"{base}/api/stats", f"{base}/api/network", f"{base}/api/map",
                f"{base}/api/timeline"] * 6
        results = []

        def fetch(url):
            with urllib.request.urlopen(url, timeout=30) as response:
                results.append((response.status, len(response.read())))

        threads = [threading.Thread(target=fetch, args=(u,)) for u in urls]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert len(results) == len(urls) and all(status == 200 for status, _ in results)


def test_the_store_is_read_only(client, store):
    cur = client.app.state.store.cursor()
    try:
        with pytest.raises(duckdb.Error):
            cur.execute("CREATE TABLE graffiti (x INTEGER)")
        with pytest.raises(duckdb.Error):
            cur.execute("DELETE FROM events")
        with pytest.raises(duckdb.Error):  # and no query can read other files
            cur.execute("SELECT * FROM read_csv('/etc/passwd')").fetchall()
    finally:
        cur.close()


def test_the_store_file_is_unchanged_after_serving(client, store):
    for url in ("/api/events", "/api/stats", "/api/timeline", "/api/map", "/api/network", "/api/actors",
                "/api/articles", f"/api/articles/{article_hash(client, 'harbor-wire-3')}"):
        get(client, url)
    assert digest(store["path"]) == store["digest"]
    assert store["path"].stat().st_mtime_ns == store["mtime"]
    assert not store["path"].with_name(store["path"].name + ".wal").exists()


# --- startup ---------------------------------------------------------------------------------------------------------

def test_missing_vendored_files_stop_the_server_at_startup(store, tmp_path):
    (tmp_path / "index.html").write_text("<!doctype html>")
    with pytest.raises(VendorMissing, match="make vendor"):
        create_app(store["path"], static_dir=tmp_path)
    assert all((STATIC_DIR / name).is_file() for name in VENDOR_FILES)


def test_serve_refuses_a_missing_or_foreign_store(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "nothing.duckdb")]) == 1
    assert "no event store" in capsys.readouterr().err
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE t (x INTEGER)")
    assert main(["serve", "--db", str(other)]) == 1
    assert "not an eventwire store" in capsys.readouterr().err
