"""Generate a benchmark corpus from the sample articles.

    .venv/bin/python bench/make_corpus.py OUT.jsonl [--articles 2000] [--seed 7]
    .venv/bin/python bench/make_corpus.py OUT.jsonl --duplicates [--articles 2000] [--seed 7]

Default mode: each generated article joins two sample articles and swaps their
countries (name, demonym and capital together), numbers, weekdays and
publication date for random ones, so the texts vary but keep the shape and
length of news. Used by bench/benchmark.py (extract throughput).

--duplicates: a corpus of stories told by several outlets, for the
cross-article deduplication measure (bench/score_dedup.py) and the ingest
benchmark (bench/ingest_benchmark.py). Each story is one varied sample article
(countries swapped consistently, numbers scaled, every date word shifted
with the publication date, which is random in 2019-2025); 1 to 4 invented
outlets each publish a rewrite of it: same sentences, paragraphs partly
reordered (the dateline paragraph stays first), maybe one paragraph dropped,
an outlet closing line that tells no event, and the same publication day or,
when no date word in the text would then change its meaning, the next day.
Beside OUT it writes OUT.truth.jsonl (with .jsonl replaced): {"id", "story"}
per article. Do not pass bench/out/ as a folder to `eventwire ingest`, or the
truth file is read as articles too.

Both modes are deterministic for a given seed; --articles counts every
article, copies included.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def country_forms() -> list[tuple[str, str, str]]:
    """(name, demonym, capital) for countries that have all three in the knowledge base."""
    from eventwire.data_files import data_path, read_tsv, split_values

    out = []
    for row in read_tsv(data_path("actors", "countries.tsv")):
        demonyms, capitals = split_values(row.get("demonyms")), split_values(row.get("capitals"))
        if demonyms and capitals and " " not in row["name"]:
            out.append((row["name"], demonyms[0], capitals[0]))
    return out


def _swap_countries(text: str, forms: list[tuple[str, str, str]], rng: random.Random) -> str:
    present = [f for f in forms if re.search(rf"\b{re.escape(f[0])}\b", text)]
    mapping: dict[str, str] = {}
    for original in present:
        other = rng.choice(forms)
        for a, b in zip(original, other):
            mapping[a] = b
    if not mapping:
        return text
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, mapping), key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def _vary(text: str, forms, rng: random.Random) -> str:
    text = _swap_countries(text, forms, rng)
    text = re.sub(r"\b(\d{1,3})\b(?![-/]\d)", lambda m: str(max(1, int(int(m.group(1)) * rng.uniform(0.5, 2.0)))), text)
    return re.sub(r"\b(" + "|".join(WEEKDAYS) + r")\b", lambda m: rng.choice(WEEKDAYS), text)


def build_corpus(source: Path, out: Path, n: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    base = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    forms = country_forms()
    start = date(2015, 1, 1)
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            first, second = rng.sample(base, 2)
            text = _vary(first["text"], forms, rng) + "\n\n" + _vary(second["text"], forms, rng)
            published = start + timedelta(days=rng.randrange(3650))
            row = {"id": f"bench-{i:06d}", "published": published.isoformat(), "source": "Eventwire Bench",
                   "title": first.get("title"), "text": text}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


# ---------------------------------------------------------------- --duplicates: stories told by several outlets

OUTLETS = ["Harbor Ledger", "Meridian Post", "Northgate Courier", "Eastbrook Tribune", "Silverline News",
           "Coastal Dispatch", "Redfield Herald", "Lakeshore Daily", "Summit Observer", "Granite Wire",
           "Pinecrest Gazette", "Westvale Times"]
# Reports per story: 1 in 60% of stories, so about 40% are told more than once.
REPORTS = [1, 2, 3, 4]
REPORT_WEIGHTS = [60, 22, 12, 6]
# Lines an outlet adds to its copy. They must tell no event, or the truth file would be
# missing events: each was checked with the extractor (no event coded).
CLOSINGS = ["This report was compiled by the {outlet} desk.",
            "Additional reporting by the {outlet} newsroom.",
            "More world news is available from the {outlet} online edition.",
            "Copyright {year} {outlet}. All rights reserved.",
            "The {outlet} foreign desk edited this article."]
FIRST_DAY, LAST_DAY = date(2019, 1, 1), date(2025, 12, 30)  # the last day leaves room for a next-day copy
# Two stories from one sample article are kept apart by a week between their publication dates, or
# by all their countries and three days: either way their day-dated events lie beyond the dedup
# window (1 day) plus a next-day copy. Events dated only by a month or year ("since 2012") of two
# stories from one sample can still coincide: the scorer counts merging them as a false merge.
MIN_GAP_DAYS, MIN_GAP_OTHER_COUNTRIES = 7, 3
# Stories of different samples can tell one kind of event between the same countries: ew-005 and
# ew-006 both tell the US and the EU sanctioning Russia, ew-015 and ew-040 both tell a rally against
# a government. Swapped to the same country and told within a day or two of each other they are one
# event to any reader, and a truth that calls them two makes merging them a false merge. So the
# events of two stories that share a signature (event type, actor and recipient country of a gold
# event of their samples, before or after the swap) are kept at least this many days apart: the
# event's day, not the publication's ("Soleimani was killed in a strike on Monday" can be told days
# later than "an airstrike early Tuesday killed ...").
SIGNATURE_GAP_DAYS = 3
NEXT_DAY_SHARE = 0.35  # of the second and later copies, when the text allows it
DROP_SHARE = 0.3  # copies that leave out one paragraph (never the first)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
# News-style month abbreviations (the samples write "Jan 3", "Dec. 10", "Sept 27"; March to July are never cut).
SHORT_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
_MONTH_INDEX = {**{m: i for i, m in enumerate(MONTHS)}, **{m: i for i, m in enumerate(SHORT_MONTHS)},
                "Mar": 2, "Apr": 3, "Jun": 5, "Jul": 6, "Sep": 8}
_MONTH_WORD = "|".join(sorted(_MONTH_INDEX, key=len, reverse=True))
# The date words inside a date expression found by eventwire.dates: month (with a day or a year),
# a year alone, a weekday.
_DATE_TOKEN = re.compile(rf"\b(?P<month>{_MONTH_WORD})(?P<dot>\.?)(?!\w)(?:(?P<sep>\s+)(?P<day>\d{{1,2}})\b(?!,?\s*(?:19|20)\d\d)"
                         rf"|(?P<ysep>,?\s+(?:of\s+)?)(?P<year>(?:19|20)\d\d)\b)?"
                         rf"|\b(?P<bare_year>(?:19|20)\d\d)\b|\b(?P<weekday>{'|'.join(WEEKDAYS)})\b")
# A number to scale: digits with thousands commas and an optional decimal part; not part of a
# word ("M23"), a clock time ("8 a.m."), a code with a leading zero ("0500 GMT") or a range ("2-1").
_NUMBER = re.compile(r"(?<![\w.,-])(?P<int>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.(?P<dec>\d+))?(?![\w]|,\d|[-/]\d|\s*[ap]\.m\.)")
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,3}\.|(?:\w\.){2,})$")  # "Gen." "Ore." "Sept." "U.S." "a.m."
# A paragraph that leans on the one before it ("He ...", "the same day", "a day earlier") moves and
# is dropped only together with it: moved elsewhere it would tell another fact, and the truth
# file says every copy tells the same facts.
_OPENS_WITH_ANAPHOR = re.compile(r"^[\"“]?(?:He|She|It|They|His|Her|Its|Their|This|That|These|Those|But|And|Also)\b")
_RELATIVE_DAY = re.compile(r"(?i)\b(?:the same day|that day|the (?:next|following) day|the day (?:before|after)"
                           r"|(?:a|an|one|two|three|four|\d+) (?:days?|weeks?|hours?) (?:earlier|later|before|after)"
                           r"|hours later|earlier that)\b")


@dataclass
class Story:
    """One real-world story: its text as every outlet tells it, before each outlet's rewrite."""

    key: str
    sample: str
    published: date
    title: str
    paragraphs: list[str]
    countries: tuple[str, ...]  # the country each swapped sample country became, in sample order
    next_day_ok: bool = False


def _present_countries(text: str, forms: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The countries a text names by name, demonym or capital, in the knowledge base's order."""
    return [f for f in forms if any(re.search(rf"\b{re.escape(w)}\b", text) for w in f)]


def _country_mapping(present: list[tuple[str, str, str]], targets: list[tuple[str, str, str]]) -> dict[str, str]:
    """Every form of each present country -> the same form of its target; upper case too, for datelines."""
    mapping: dict[str, str] = {}
    for original, other in zip(present, targets):
        for a, b in zip(original, other):
            mapping[a] = b
            mapping[a.upper()] = b.upper()  # "BAGHDAD, Jan 3" names the capital in capitals
        demonym, other_demonym = original[1], other[1]
        if not demonym.endswith(("ese", "s")):  # "Armenians"; "Sudanese" is its own plural
            mapping[demonym + "s"] = other_demonym if other_demonym.endswith(("ese", "s")) else other_demonym + "s"
    return mapping


def _replace_words(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, mapping), key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def _latest_month_day(anchor: date, month: int, day: int) -> date:
    """The latest month/day on or before `anchor` (as a past-tense text means it)."""
    for year in range(anchor.year, anchor.year - 9, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor:
            return candidate
    return date(anchor.year, month, 1)


def _month_name(index: int, like: str, dot: str, with_day: bool) -> str:
    """Month `index` written as `like` was: news style cuts a month before a day ("Jan. 3", "Sept 27")
    unless the text spells it out ("December 17"), and spells out a month alone ("in April")."""
    spelled_out = like in MONTHS and like not in SHORT_MONTHS  # "April" could be either: take news style
    if spelled_out or (not with_day and like in MONTHS):
        return MONTHS[index]
    short = SHORT_MONTHS[index]
    return short + (dot if short != MONTHS[index] else "")


def _shift_date_words(span: str, old: date, new: date) -> str:
    """The date words of one date expression moved as far as the publication date moved.

    Weekdays move by the days between the two publication dates, month-days by
    the same days, months by the months and years by the years, so every
    expression points at the same place relative to publication as before,
    and weekdays stay consistent with each other and with the dateline.
    """
    days, years = (new - old).days, new.year - old.year
    months = years * 12 + new.month - old.month

    def shift(m: re.Match) -> str:
        if m["weekday"]:
            return WEEKDAYS[(WEEKDAYS.index(m["weekday"]) + days) % 7]
        if m["bare_year"]:
            return str(int(m["bare_year"]) + years)
        month = _MONTH_INDEX[m["month"]]
        if m["day"]:
            moved = _latest_month_day(old, month + 1, int(m["day"])) + timedelta(days=days)
            return f"{_month_name(moved.month - 1, m['month'], m['dot'], True)}{m['sep']}{moved.day}"
        if m["year"]:
            return f"{m['month']}{m['dot']}{m['ysep']}{int(m['year']) + years}"
        return _month_name((month + months) % 12, m["month"], m["dot"], False)

    return _DATE_TOKEN.sub(shift, span)


def _scale_numbers(text: str, scaled: dict[str, str], rng: random.Random) -> str:
    """Numbers scaled by a random factor; the same number always gets the same value within a story."""
    def scale(m: re.Match) -> str:
        whole = m.group(0)
        value = int(m["int"].replace(",", ""))
        if not m["dec"] and "," not in m["int"] and 1800 <= value <= 2100:
            return whole  # a year outside a date expression ("the 2015 deal")
        if whole not in scaled:
            factor = rng.uniform(0.5, 2.0)
            if m["dec"]:
                scaled[whole] = f"{max(0.1, float(whole.replace(',', '')) * factor):.1f}"
            else:
                new = max(1, int(value * factor))
                scaled[whole] = f"{new:,}" if "," in m["int"] else str(new)
        return scaled[whole]

    return _NUMBER.sub(scale, text)


def _vary_text(text: str, old: date, new: date, mapping: dict[str, str], scaled: dict[str, str],
               rng: random.Random) -> str:
    """Countries swapped, date words shifted from `old` to `new` publication, other numbers scaled."""
    from eventwire.dates import find_dates

    text = _replace_words(text, mapping)
    spans = [(d.start, d.end) for d in find_dates(text, old)]
    out, at = [], 0
    for start, end in spans:
        out.append(_scale_numbers(text[at:start], scaled, rng))
        out.append(_shift_date_words(text[start:end], old, new))
        at = end
    out.append(_scale_numbers(text[at:], scaled, rng))
    return "".join(out)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence offsets: a break after . ! ? (and a closing quote) before a capital, not after "Gen." or "U.S."."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])([\"”’]?)\s+(?=[\"“A-Z])", text):
        word = text[:m.start()].rsplit(None, 1)[-1] if text[:m.start()].strip() else ""
        if _ABBREVIATION.match(word):
            continue
        spans.append((start, m.start() + len(m.group(1))))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _paragraphs(text: str, rng: random.Random) -> list[str]:
    """The story's paragraphs; a sample written as one or two blocks is cut into news-sized ones (1-3 sentences)."""
    blocks = [p.strip() for p in text.split("\n\n") if p.strip()]
    if len(blocks) >= 3:
        return blocks
    out = []
    for block in blocks:
        sentences = [block[a:b] for a, b in sentence_spans(block)]
        while sentences:
            size = rng.choice([1, 2, 2, 3])
            out.append(" ".join(sentences[:size]))
            sentences = sentences[size:]
    return out


def next_day_is_safe(text: str, published: date) -> bool:
    """True when no date words of the text resolve differently against the next day.

    The coder resolves a future-tense sentence's dates forward, so such a
    sentence is checked both ways. Events dated by no words take the
    publication date; one day apart is inside the dedup window.
    """
    from eventwire.dates import find_dates, is_future_clause

    following = published + timedelta(days=1)
    for start, end in sentence_spans(text):
        for future in {False, is_future_clause(text[start:end].split())}:
            now = [(d.start, d.end, d.date, d.enddate) for d in find_dates(text, published, start, end, future)]
            later = [(d.start, d.end, d.date, d.enddate) for d in find_dates(text, following, start, end, future)]
            if now != later:
                return False
    return True


# (PLOVER type, actor code, recipient code, days from the event to publication, the sample's own day
# of the event as YYYY-MM-DD or ""); codes are ISO alpha-3, IGO codes or ""
Signature = tuple[str, str, str, int, str]


def _rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sample_signatures(gold: Path, published: dict[str, str] | None = None) -> dict[str, set[Signature]]:
    """Per sample article: (type, actor country, recipient country, days before publication, day) of its
    asserted gold events with a code. The days and the day come from gold_when_where.jsonl beside `gold`
    where it dates the event to a day (0 and "" otherwise); `published`: each sample's publication date."""
    published = published or {}
    days_before: dict[tuple, int] = {}
    real_day: dict[tuple, str] = {}
    for row in _rows(gold.with_name("gold_when_where.jsonl")):
        pub = published.get(row["article_id"])
        if pub and row.get("date_precision") in {"day", "publication"} and len(row.get("date") or "") == 10:
            key = (row["article_id"], row["event"], row.get("actor"), row.get("recipient"), row.get("trigger"), row.get("sentence"))
            days_before[key] = (date.fromisoformat(pub) - date.fromisoformat(row["date"])).days
            real_day[key] = row["date"]
    out: dict[str, set[Signature]] = {}
    for row in _rows(gold):
        if row.get("polarity", "asserted") != "asserted":
            continue
        actor, recipient = (row.get("actor") or "")[:3], (row.get("recipient") or "")[:3]
        if actor or recipient:
            key = (row["article_id"], row["event"], row.get("actor"), row.get("recipient"), row.get("trigger"), row.get("sentence"))
            out.setdefault(row["article_id"], set()).add(
                (row["event"], actor, recipient, days_before.get(key, 0), real_day.get(key, "")))
    return out


def country_codes() -> dict[str, str]:
    """Country name -> ISO alpha-3, for the names country_forms() gives."""
    from eventwire.data_files import data_path, read_tsv

    return {row["name"]: row["code"] for row in read_tsv(data_path("actors", "countries.tsv"))}


def story_signatures(signatures: set[Signature], present, targets, codes: dict[str, str]) -> set[Signature]:
    """A sample's signatures, as written and with each swapped country's code replaced by its target's.

    Names the swap leaves alone keep their country: "United States" (no swap takes a name with a
    space), "the Kremlin" or "Vladimir Putin" beside a swapped demonym. Hence the signatures as
    written too.
    """
    swap = {codes.get(p[0]): codes.get(t[0]) for p, t in zip(present, targets)}
    swapped = {(kind, swap.get(actor, actor), swap.get(recipient, recipient), days, day)
               for kind, actor, recipient, days, day in signatures}
    return swapped | set(signatures)


# Two samples can tell one real event, one naming a side the other leaves unknown: ew-001's "a U.S.
# airstrike killed Soleimani" (ASSAULT, USA, IRN on 2020-01-03) and ew-041's "Soleimani was killed in
# a strike on Friday" (ASSAULT, -, IRN, the same day). Told within days of each other they are one
# event to a reader. So a full signature also holds its halves, and a half-known one itself, tagged
# with the samples' day of the event and with which kind holds it: each kind looks up the other's.
# Signatures that name different sides (USA and ISR striking Iran) stay free of each other.


def _half(kind: str, real_day: str, of_full: bool) -> str:
    return f"~{'F' if of_full else 'H'}{kind}@{real_day}"


def _event_days(sigs: set[Signature], published: date) -> set[tuple[tuple[str, str, str], int]]:
    """((type, actor, recipient), the event's day ordinal) of each signature, and the halves it holds."""
    out = set()
    for kind, actor, recipient, days, real_day in sigs:
        day = published.toordinal() - days
        out.add(((kind, actor, recipient), day))
        if real_day:
            out |= {(key, day) for key in _halves(kind, actor, recipient, real_day, of_full=bool(actor and recipient))}
    return out


def _halves(kind: str, actor: str, recipient: str, real_day: str, of_full: bool) -> list[tuple[str, str, str]]:
    if not of_full:
        return [(_half(kind, real_day, False), actor, recipient)]
    return [(_half(kind, real_day, True), actor, ""), (_half(kind, real_day, True), "", recipient)]


def _lookups(kind: str, actor: str, recipient: str, real_day: str) -> list[tuple[str, str, str]]:
    """The keys a new signature conflicts with: itself, and the halves of the other kind (full or half-known)
    that tell the samples' same event."""
    if not real_day:
        return [(kind, actor, recipient)]
    full = bool(actor and recipient)
    if full:
        return [(kind, actor, recipient), *[(_half(kind, real_day, False), *key[1:])
                                            for key in _halves(kind, actor, recipient, real_day, True)]]
    return [(kind, actor, recipient), (_half(kind, real_day, True), actor, recipient)]


def _signature_days(sigs: set[Signature], published: date) -> list[tuple[tuple[str, str, str], int]]:
    """The keys each signature conflicts with, on every day closer than SIGNATURE_GAP_DAYS to its event's day."""
    return [(key, published.toordinal() - days + k) for kind, actor, recipient, days, real_day in sigs
            for key in _lookups(kind, actor, recipient, real_day)
            for k in range(-SIGNATURE_GAP_DAYS + 1, SIGNATURE_GAP_DAYS)]


def _stories_apart(a: Story, published: date, countries: tuple[str, ...]) -> bool:
    """Whether a new story from a's sample article is surely another event than a."""
    gap = abs((a.published - published).days)
    other_countries = bool(countries) and all(x != y for x, y in zip(a.countries, countries))
    return gap >= MIN_GAP_DAYS or (other_countries and gap >= MIN_GAP_OTHER_COUNTRIES)


def first_day_for(n_articles: int, n_samples: int, widest_signature: int = 1) -> date:
    """The first publication day: 2019, unless the stories would then be too crowded to keep apart.

    About 15 days per story of a sample, and twice SIGNATURE_GAP_DAYS per story of the samples
    that share the most widely shared signature (random placement jams well before the days are
    full; 1.3 times jammed at 50,000 articles). A 100,000-article corpus starts in the 1930s.
    """
    per_sample = n_articles / 1.7 / max(1, n_samples)  # about 1.7 articles per story
    days = max(15 * per_sample, 2 * SIGNATURE_GAP_DAYS * per_sample * widest_signature)
    return min(FIRST_DAY, LAST_DAY - timedelta(days=int(days)))


def widest_signature(signatures: dict[str, set[Signature]]) -> int:
    """How many samples share the most shared signature."""
    samples: dict[tuple[str, str, str], int] = {}
    for sigs in signatures.values():
        for key in {sig[:3] for sig in sigs}:
            samples[key] = samples.get(key, 0) + 1
    return max(samples.values(), default=1)


def make_story(key: str, sample: dict, forms, earlier: list[Story], rng: random.Random,
               present: list[tuple[str, str, str]] | None = None, tries: int = 1000,
               first_day: date = FIRST_DAY, signatures: set[Signature] = frozenset(),
               taken: set[tuple[tuple[str, str, str], int]] | None = None, codes: dict[str, str] | None = None) -> Story:
    """A new story from `sample`, kept apart (countries or dates) from the `earlier` stories of the same sample,
    and SIGNATURE_GAP_DAYS from every story that shares a signature (`taken`: (signature, day ordinal)
    of the stories so far; the new story's are added to it).

    `present`: the sample's countries (_present_countries), when the caller keeps them per sample.
    """
    if present is None:
        present = _present_countries(sample["text"] + " " + (sample.get("title") or ""), forms)
    taken = set() if taken is None else taken
    for _ in range(tries):
        published = first_day + timedelta(days=rng.randrange((LAST_DAY - first_day).days + 1))
        targets = rng.sample(forms, len(present))  # distinct: two countries never become one
        countries = tuple(t[0] for t in targets)
        sigs = story_signatures(signatures, present, targets, codes or {})
        if (all(_stories_apart(a, published, countries) for a in earlier)
                and not any(pair in taken for pair in _signature_days(sigs, published))):
            break
    else:
        raise SystemExit(f"make_corpus: cannot keep {len(earlier) + 1} stories of {sample['id']} apart; "
                         "use fewer articles")
    mapping, scaled = _country_mapping(present, targets), {}
    old = date.fromisoformat(sample["published"])
    text = _vary_text(sample["text"], old, published, mapping, scaled, rng)
    title = _vary_text(sample.get("title") or "", old, published, mapping, scaled, rng) or None
    story = Story(key, sample["id"], published, title, _paragraphs(text, rng), countries)
    taken.update(_event_days(sigs, published))
    story.next_day_ok = next_day_is_safe("\n\n".join(story.paragraphs), published)
    return story


def leans_on_previous(paragraph: str) -> bool:
    return bool(_OPENS_WITH_ANAPHOR.match(paragraph) or _RELATIVE_DAY.search(paragraph))


def _units(paragraphs: list[str]) -> list[list[str]]:
    """Paragraphs grouped so that each one that leans on its predecessor stays behind it."""
    units: list[list[str]] = []
    for paragraph in paragraphs:
        if units and leans_on_previous(paragraph):
            units[-1].append(paragraph)
        else:
            units.append([paragraph])
    return units


def rewrite(story: Story, outlet: str, copy_no: int, rng: random.Random) -> dict:
    """One outlet's copy: the same sentences, paragraphs partly reordered, maybe one dropped, its own closing line.

    The first paragraph (with the dateline) stays first.
    """
    first, *rest = _units(story.paragraphs)
    single = [i for i, unit in enumerate(rest) if len(unit) == 1]
    if len(rest) >= 3 and single and rng.random() < DROP_SHARE:
        rest.pop(rng.choice(single))
    for _ in range(rng.randint(0, 2) if len(rest) >= 2 else 0):  # move one or two paragraphs
        rest.insert(rng.randrange(len(rest)), rest.pop(rng.randrange(len(rest))))
    published = story.published
    if copy_no > 0 and story.next_day_ok and rng.random() < NEXT_DAY_SHARE:
        published += timedelta(days=1)
    closing = rng.choice(CLOSINGS).format(outlet=outlet, year=published.year)
    slug = outlet.lower().replace(" ", "")
    paragraphs = [p for unit in [first, *rest] for p in unit]
    return {"published": published.isoformat(), "source": outlet, "title": story.title,
            "url": f"https://www.{slug}.example/{published.isoformat()}/{story.key}-{copy_no}",
            "text": "\n\n".join([*paragraphs, closing])}


def build_duplicates(source: Path, out: Path, n: int, seed: int = 7) -> tuple[Path, Path]:
    """Write `n` articles (stories x outlets, shuffled) to `out` and the story of each to OUT.truth.jsonl."""
    rng = random.Random(seed)
    base = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    forms = country_forms()
    # Found once per sample: searching every country's forms is most of the time a story takes.
    present = {b["id"]: _present_countries(b["text"] + " " + (b.get("title") or ""), forms) for b in base}
    codes = country_codes()
    signatures = sample_signatures(source.with_name("gold.jsonl"), {b["id"]: b["published"] for b in base})
    by_sample: dict[str, list[Story]] = {}
    taken: set[tuple[tuple[str, str, str], int]] = set()
    articles: list[tuple[dict, str]] = []
    first_day = first_day_for(n, len(base), widest_signature(signatures))
    while len(articles) < n:
        sample = rng.choice(base)
        story = make_story(f"story-{len(by_sample.get(sample['id'], [])):03d}-{sample['id']}", sample, forms,
                           by_sample.get(sample["id"], []), rng, present[sample["id"]], first_day=first_day,
                           signatures=signatures.get(sample["id"], set()), taken=taken, codes=codes)
        by_sample.setdefault(sample["id"], []).append(story)
        reports = rng.choices(REPORTS, REPORT_WEIGHTS)[0]
        for copy_no, outlet in enumerate(rng.sample(OUTLETS, reports)[:n - len(articles)]):
            articles.append((rewrite(story, outlet, copy_no, rng), story.key))
    rng.shuffle(articles)  # copies of a story arrive apart, as they would in a feed
    truth = truth_path(out)
    with open(out, "w", encoding="utf-8") as fh, open(truth, "w", encoding="utf-8") as th:
        for i, (row, story_key) in enumerate(articles):
            row = {"id": f"dup-{i:06d}", **row}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            th.write(json.dumps({"id": row["id"], "story": story_key}) + "\n")
    return out, truth


def truth_path(corpus: Path) -> Path:
    """OUT.jsonl -> OUT.truth.jsonl"""
    name = corpus.name[:-len(".jsonl")] if corpus.name.endswith(".jsonl") else corpus.name
    return corpus.with_name(name + ".truth.jsonl")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--source", type=Path, default=ROOT / "examples" / "corpus.jsonl")
    parser.add_argument("--duplicates", action="store_true",
                        help="stories told by 1-4 outlets, with OUT.truth.jsonl (for score_dedup.py)")
    args = parser.parse_args()
    if args.duplicates:
        _, truth = build_duplicates(args.source, args.out, args.articles, args.seed)
        print(f"wrote {args.articles} articles to {args.out}, their stories to {truth}")
        return 0
    build_corpus(args.source, args.out, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
