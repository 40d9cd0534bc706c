"""The explorer in a real browser: Playwright drives Debian's Chromium against `eventwire serve`'s app
under uvicorn, over the store of test_serve.py (two reports of one airstrike, a chain of linked events,
a protest, and an article with HTML planted in its title and text).

Each page is opened, used as a person would (filters, clicks), and saved to docs/screenshots/.
Every test also fails on a JavaScript error, a console error (a Content-Security-Policy refusal
shows as one) or a request that leaves this machine.

Chromium must be there (.ci/run installs it): without it these tests fail, unless
EVENTWIRE_SKIP_BROWSER=1 says to skip them.
"""
import os
from pathlib import Path

import pytest

from eventwire.serve import create_app
from test_serve import build_store, serving  # the same store and live server as the API tests

CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
VIEWPORT = {"width": 1280, "height": 860}


@pytest.fixture(scope="module")
def browser():
    if os.environ.get("EVENTWIRE_SKIP_BROWSER") == "1":
        pytest.skip("EVENTWIRE_SKIP_BROWSER=1")
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"no Chromium at {CHROMIUM}: install it (apt-get install chromium), point EVENTWIRE_CHROMIUM "
                    "at one, or set EVENTWIRE_SKIP_BROWSER=1 to skip the browser tests", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def base_url(browser, tmp_path_factory):
    with serving(create_app(build_store(tmp_path_factory.mktemp("browser")))) as base:
        yield base


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport=VIEWPORT, base_url=base_url)
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("console", lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None)
    page.on("request", lambda req: None if req.url.startswith((base_url, "data:")) else problems.append(
        f"outside request: {req.url}"))
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert not problems, problems


def open_view(page, route: str, view: str) -> None:
    page.goto(route)
    wait_ready(page, view)


def wait_ready(page, view: str) -> None:
    page.wait_for_selector(f"#view[data-ready='{view}']")


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def api(page, path: str):
    response = page.request.get(f"/api/{path}")
    assert response.ok, path
    return response.json()


def strike(page) -> dict:
    """The airstrike two outlets reported."""
    (item,) = api(page, "events?type=ASSAULT&text=fuel%20depot")["items"]
    assert item["num_articles"] == 2
    return item


def article_hash(page, article_id: str) -> str:
    (item,) = [a for a in api(page, f"articles?q={article_id}")["items"] if a["article_id"] == article_id]
    return item["hash"]


def bar_starts(page) -> list[str]:
    return page.eval_on_selector_all("#timeline-chart rect.bar", "bars => bars.map(b => b.dataset.start)")


def test_timeline_bars_follow_the_filters(page):
    open_view(page, "/#/timeline", "timeline")
    before = bar_starts(page)
    assert before == ["2023-06-09", "2023-06-10", "2023-06-11", "2023-06-12", "2023-07-01", "2023-07-03"]
    assert page.locator("table.events tbody tr").count() == 6
    shot(page, "timeline")

    page.select_option("#f-type", "PROTEST")  # a select applies at once
    page.wait_for_function("n => document.querySelectorAll('#timeline-chart rect.bar').length !== n", arg=len(before))
    wait_ready(page, "timeline")
    assert bar_starts(page) == ["2023-07-01"]
    assert page.eval_on_selector_all("#timeline-chart rect.bar", "bars => bars.map(b => b.dataset.quad)") == ["4"]
    assert page.locator("table.events tbody tr").count() == 1
    assert "type=PROTEST" in page.url

    page.click("#f-clear")
    page.wait_for_function("() => document.querySelectorAll('#timeline-chart rect.bar').length === 6")
    page.fill("#f-text", "fuel depot")
    page.click("#f-apply")
    page.wait_for_function("() => document.querySelectorAll('table.events tbody tr').length === 1")
    wait_ready(page, "timeline")
    assert bar_starts(page) == ["2023-06-09"]
    assert page.locator("table.events tbody tr .chip").inner_text() == "ASSAULT"


def test_clicking_a_bar_narrows_the_dates_to_it(page):
    open_view(page, "/#/timeline?bucket=month", "timeline")
    assert sorted(set(bar_starts(page))) == ["2023-06-01", "2023-07-01"]  # a bar per quad class of each month
    page.locator("#timeline-chart rect.bar[data-start='2023-07-01']").first.click()
    page.wait_for_function("() => location.hash.includes('until=2023-07-31')")
    wait_ready(page, "timeline")
    assert page.input_value("#f-since") == "2023-07-01" and page.input_value("#f-until") == "2023-07-31"
    assert page.locator("table.events tbody tr").count() == 2


def test_a_map_circle_leads_to_its_article_and_evidence(page):
    item = strike(page)
    open_view(page, "/#/map", "map")
    assert page.locator("#map path.country").count() > 100  # the vendored world outline
    assert page.locator("#map circle.event-dot").count() == 5  # the arrest has no place
    # On the whole world Aleppo's circle lies under Idlib's and Latakia's: zoom in as a person would.
    dot = page.locator(f"#map circle.event-dot[data-event-id='{item['event_id']}']")
    page.click("#map-fit")
    for _ in range(3):
        box = dot.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, -300)
    dot.click()
    card = page.locator("#map-panel .event-card")
    assert ("Russian jets" in card.inner_text() or "Russian warplanes" in card.inner_text()) and "Aleppo" in card.inner_text()
    shot(page, "map")

    card.locator("a.open-article").click()
    wait_ready(page, "article")
    evidence = page.locator("#article-text .hl-evidence.hl-trigger")
    assert evidence.count() == 1 and evidence.inner_text() in {"bombed", "struck"}
    assert page.locator("#article-text .hl-evidence.hl-actor").first.inner_text() in {"Russian warplanes", "Russian jets"}
    assert "hl-sentence" in evidence.get_attribute("class")
    assert '"ASSAULT"' in page.inner_text("#record-json")
    assert f"event={item['rep_mention_id']}" in page.url.replace("%3A", ":")


def test_the_event_page_lists_both_reports_of_the_strike(page):
    item = strike(page)
    open_view(page, f"/#/event/{item['event_id']}", "event")
    mentions = page.locator("#mentions li")
    assert mentions.count() == 2
    titles = page.locator("#mentions a.article-link").all_inner_texts()
    assert set(titles) == {"Airstrike hits depot in Aleppo", "Depot near Aleppo struck"}
    assert set(page.locator("#mentions mark.hl-trigger").all_inner_texts()) == {"bombed", "struck"}
    assert "North Ledger" in mentions.first.inner_text()  # published first
    shot(page, "event")

    page.click("#mentions a.article-link >> nth=1")
    wait_ready(page, "article")
    assert page.locator("#article-text .hl-evidence.hl-trigger").inner_text() == "bombed"


def test_an_article_shows_its_highlights_and_chain(page):
    open_view(page, f"/#/article/{article_hash(page, 'harbor-wire-3')}", "article")
    for kind in ("actor", "recipient", "trigger", "date", "place"):
        assert page.locator(f"#article-text .hl-{kind}").count() > 0, kind
    assert page.locator("#legend .legend-item").count() == 7
    steps = page.locator("#chains .chain button.chain-step")
    assert steps.count() == 3
    assert [s.split("\n")[1] for s in steps.all_inner_texts()] == ["attacked", "bombed", "condemned"]
    assert page.locator("#chains .chain-arrow").all_inner_texts() == ["→ answered by →", "→ followed by →"]

    steps.nth(2).click()  # a step of the chain chooses its event
    assert page.locator("#article-text .hl-evidence.hl-trigger").inner_text() == "condemned"
    assert '"condemned"' in page.inner_text("#record-json")
    page.locator("#article-text .hl-trigger", has_text="attacked").click()  # so does its word in the text
    assert page.locator("#article-text .hl-evidence.hl-trigger").inner_text() == "attacked"
    assert page.locator("#article-events li.selected").count() == 1
    page.locator("#article-events button.event-item").nth(1).click()
    assert page.locator("#article-text .hl-evidence.hl-trigger").inner_text() == "bombed"
    shot(page, "article")


def test_the_network_shows_who_acts_on_whom(page):
    open_view(page, "/#/network", "network")
    assert sorted(page.eval_on_selector_all("#network g.node", "ns => ns.map(n => n.dataset.id)")) == ["RUS", "SYR", "TUR"]
    assert page.locator("#network line.edge").count() == 2
    page.locator("#network g.node[data-id='RUS'] circle").click()
    page.wait_for_selector("#actor-events")
    assert page.locator("#actor-title").inner_text().startswith("RUS")
    assert page.locator("#actor-events li").count() == 4

    page.select_option("#network-by", "name")
    page.wait_for_function("() => document.querySelectorAll('#network g.node').length > 2")
    wait_ready(page, "network")
    page.locator("#network g.node[data-id='Russian jets'] circle").click()
    page.wait_for_selector("#actor-events li")
    shot(page, "network")
    page.click("a.show-on-timeline")
    wait_ready(page, "timeline")
    assert "actor=Russian" in page.url


def test_planted_html_shows_as_text_and_never_runs(page):
    open_view(page, "/#/articles", "articles")
    assert page.locator("a.article-link", has_text="<script>window.__pwned = 3</script>").count() == 1
    shot(page, "articles")

    page.locator("a.article-link", has_text="<b>Bold</b>").click()
    wait_ready(page, "article")
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned = 1</script>" in text
    assert '<img src=x onerror="window.__pwned=2">' in text
    assert page.inner_text("#article-title") == "<b>Bold</b> claims <script>window.__pwned = 3</script>"
    assert page.locator("#view script, #view img, #view b").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0  # the article's javascript: URL stays text
    page.locator("#article-events button.event-item").first.click()
    # After an emoji (two UTF-16 units, one code point) the highlight still lands on the word.
    assert page.locator("#article-text .hl-evidence.hl-trigger").inner_text() == "arrested"

    page.locator("a.open-event").click()
    wait_ready(page, "event")
    assert "<script>window.__pwned = 1</script>" in page.inner_text("#mentions")
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_the_api_docs_render_from_local_files(page):
    page.goto("/docs")
    page.wait_for_selector(".opblock")
    assert page.locator(".opblock").count() >= 10
    assert "/api/events" in page.inner_text("#swagger-ui")
    shot(page, "api-docs")
