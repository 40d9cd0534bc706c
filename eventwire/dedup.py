"""Across a corpus: the mentions of one real event, told by several articles, become one event.

Two article-level records are candidates when they have the same type and
polarity, share a known actor or recipient code or a name, are dated within a
window, and do not disagree: where both name an actor, they share its code or
its name (and known codes overlap), the same for recipients; places (when both
have one) lie within a distance; countries agree; actors that agree only by
country (no name in common) do not have different roles (a country's police
and its army); the CAMEO codes (when both have one) are the same act, one code
equal to or refining the other ("120", reject not specified, and "128"), not
two acts of one branch ("171", looting property, and "1724", a state of
emergency: both COERCE).
A record dated only by its month or year ("since 2012") is background that
many stories repeat: it joins another only with the same date, the same
counts, and from an article of the same news cycle (published within the
window).

What the sides do not say, the rest of the telling must:
- a pair that agrees on only one side (the other unknown on a record), or on
  none but the day and the place or words, joins only when the two articles
  also share a pair that agrees on both sides: then they tell one story;
  otherwise it is two statements of a busy day ("the U.S. president warned
  ..." and "the U.S. president warned Denmark ...");
- a record dated only by its article's publication day (no date words) joins
  only a record with the same event words: the day is no evidence;
- the sentences must not name different parties: when each names a party,
  besides the events' actors (the article's entities that fall in the
  sentence), that the other does not name, they are two events ("Sudan's
  foreign ministry urged Riyadh to release them" / "Bangladesh's ...");
- a side one record lacks must be named in its sentence, when that sentence
  names anyone: a recipient the coder missed is still in the text, and a
  sentence that names only others is about something else.
- two records that name both sides and share no name on either agree only on
  the parties' countries ("Bolsonaro rejected Lula's accusation", "the
  Professionals Association rejected talks with the military rulers"): they
  join only when both give a place (within the distance).

Candidates are merged best-first (a canonical order, so the result does not
depend on the order articles arrived in), and never so that two records of
one article end up in one event: inside an article, `merge` has already
decided those are different events.

The pairs come from a DuckDB self-join blocked on (type, code or name): it
never compares mentions that share neither. Among candidates, the pairs that
agree on more (same day, same place, same event words, same names and
counts) merge first.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa


@dataclass(frozen=True)
class DedupSettings:
    window_days: int = 1
    max_km: float = 50.0


# Precision order for choosing the record that speaks for an event: the most exact date first.
_PRECISION_RANK = "CASE date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END"

_KEYS_SQL = """
CREATE OR REPLACE TEMP TABLE dedup_keys AS
SELECT mention_id, hash, event, polarity, date, key FROM (
    SELECT mention_id, hash, event, polarity, date, unnest(list_distinct(
        list_transform(list_filter(actor_codes, lambda c: c <> ''), lambda c: 'A:' || c) ||
        list_transform(list_filter(recipient_codes, lambda c: c <> ''), lambda c: 'R:' || c) ||
        list_transform(list_filter(actor_names || recipient_names, lambda n: length(n) > 2),
                       lambda n: 'N:' || lower(n)))) AS key
    FROM event_mentions)
"""

_PAIRS_SQL = """
WITH pairs AS (
    -- The window as days to match, not a range to test: an equality join never forms the pairs of a
    -- common key ("A:USA") across the whole corpus only to drop those days apart.
    SELECT DISTINCT a.mention_id AS a_id, b.mention_id AS b_id
    FROM (SELECT *, date + unnest(range(-$window, $window + 1))::INTEGER AS day FROM dedup_keys) a
    JOIN dedup_keys b
      ON a.key = b.key AND a.event = b.event AND a.polarity = b.polarity AND b.date = a.day
     AND a.hash < b.hash
),
m0 AS (
    SELECT mention_id, hash, date, date_precision, published, lat, lon, geonameid, placename, place_country, dead,
           sent_start, sent_end,
           -- The CAMEO act, "not specified below" dropped: "120" is "12", refined by "128".
           nullif(CASE WHEN length(cameo) = 3 AND cameo[3] = '0' THEN cameo[1:2] ELSE cameo END, '') AS act,
           from_json(record, '{"event_text": ["VARCHAR"], "trigger": {"start": "BIGINT"}}') AS r,
           list_filter(actor_codes, lambda c: c <> '') AS ac,
           -- The actors' codes with their roles ("TUV/COP"), and the codes given without a role.
           list_transform(list_filter(list_zip(actor_codes, actor_sectors), lambda e: e[1] <> ''),
                          lambda e: e[1] || '/' || coalesce(e[2], '')) AS acs,
           list_transform(list_filter(list_zip(actor_codes, actor_sectors),
                                      lambda e: e[1] <> '' AND coalesce(e[2], '') = ''), lambda e: e[1]) AS acb,
           list_filter(recipient_codes, lambda c: c <> '') AS rc,
           list_transform(list_filter(actor_names, lambda n: n <> ''), lambda n: lower(n)) AS an,
           list_transform(list_filter(recipient_names, lambda n: n <> ''), lambda n: lower(n)) AS rn
    FROM event_mentions WHERE mention_id IN (SELECT a_id FROM pairs UNION SELECT b_id FROM pairs)
),
-- The codes of every actor the sentence names (the entities of the article), whether or not the coder
-- made it a side of this event; the sentence is stretched to hold the trigger.
named AS (
    SELECT m0.mention_id, list(DISTINCT e.code) AS codes
    FROM m0 JOIN (SELECT hash, code, unnest(from_json(mentions, '[{"start": "BIGINT"}]')).start AS at
                  FROM entities WHERE coalesce(code, '') <> '') e
      ON e.hash = m0.hash
     AND e.at >= least(m0.sent_start, coalesce(m0.r.trigger.start, m0.sent_start))
     AND e.at < greatest(m0.sent_end, coalesce(m0.r.trigger.start + 1, m0.sent_end))
    GROUP BY m0.mention_id
),
m AS (
    SELECT m0.*, list_filter(list_transform(m0.r.event_text, lambda w: lower(w)), lambda w: w <> '') AS words,
           coalesce(named.codes, []) AS nc,
           coalesce(date_precision, 'publication') = 'publication' AS undated
    FROM m0 LEFT JOIN named USING (mention_id)
),
scored AS (
    SELECT a.mention_id AS a_id, b.mention_id AS b_id, a.hash AS a_hash, b.hash AS b_hash,
           2 * (a.date = b.date)::INT
         + 2 * coalesce(a.geonameid = b.geonameid, false)::INT
         + list_has_any(a.an || a.rn, b.an || b.rn)::INT
         + (len(a.ac) > 0 AND list_has_any(a.ac, b.ac))::INT
         + (len(a.rc) > 0 AND list_has_any(a.rc, b.rc))::INT
         + coalesce(a.dead = b.dead, false)::INT
         + coalesce(a.placename = b.placename, false)::INT
         + 2 * coalesce(list_has_any(a.words, b.words), false)::INT AS score,
           (len(a.ac) > 0 AND list_has_any(a.ac, b.ac) OR list_has_any(a.an, b.an))
           AND (len(a.rc) > 0 AND list_has_any(a.rc, b.rc) OR list_has_any(a.rn, b.rn)) AS both_sides
    FROM pairs JOIN m a ON a.mention_id = pairs.a_id JOIN m b ON b.mention_id = pairs.b_id
    WHERE (len(a.an) = 0 OR len(b.an) = 0 OR list_has_any(a.ac, b.ac) OR list_has_any(a.an, b.an))
      AND (len(a.ac) = 0 OR len(b.ac) = 0 OR list_has_any(a.ac, b.ac))
      AND (len(a.rn) = 0 OR len(b.rn) = 0 OR list_has_any(a.rc, b.rc) OR list_has_any(a.rn, b.rn))
      AND (len(a.rc) = 0 OR len(b.rc) = 0 OR list_has_any(a.rc, b.rc))
      AND (a.place_country IS NULL OR b.place_country IS NULL OR a.place_country = b.place_country)
      -- Actors that agree only by country (no name in common) must not have different roles: the
      -- country's riot police and its army are two actors.
      AND NOT (list_has_any(a.ac, b.ac) AND NOT list_has_any(a.an, b.an)
               AND NOT (list_has_any(a.acs, b.acs) OR list_has_any(a.acb, b.ac) OR list_has_any(b.acb, a.ac)))
      -- One act: the CAMEO codes are the same or one refines the other ("120", reject not specified, and
      -- "128"); two codes of one branch that differ ("171" seize property, "1724" state of emergency) are two acts.
      AND (a.act IS NULL OR b.act IS NULL OR starts_with(a.act, b.act) OR starts_with(b.act, a.act))
      -- Named on both sides and sharing no name, the records agree only on the countries of the parties:
      -- only a place both give (within the distance) makes them one event.
      AND NOT (len(a.an) > 0 AND len(b.an) > 0 AND NOT list_has_any(a.an, b.an)
               AND len(a.rn) > 0 AND len(b.rn) > 0 AND NOT list_has_any(a.rn, b.rn)
               AND (a.lat IS NULL OR b.lat IS NULL))
      AND ((len(a.ac) > 0 AND list_has_any(a.ac, b.ac) OR list_has_any(a.an, b.an))
               AND (len(a.rc) > 0 AND list_has_any(a.rc, b.rc) OR list_has_any(a.rn, b.rn))
           OR (a.date = b.date AND (coalesce(a.placename = b.placename, false) OR list_has_any(a.words, b.words))))
      AND ((a.date_precision IN ('day', 'publication') AND b.date_precision IN ('day', 'publication'))
           OR (a.date_precision = b.date_precision AND a.date = b.date AND coalesce(a.dead = b.dead, true)
               AND abs(date_diff('day', a.published, b.published)) <= $window))
      AND (a.lat IS NULL OR b.lat IS NULL OR
           2 * 6371.0 * asin(sqrt(pow(sin(radians(b.lat - a.lat) / 2), 2)
               + cos(radians(a.lat)) * cos(radians(b.lat)) * pow(sin(radians(b.lon - a.lon) / 2), 2))) <= $max_km)
      -- Dated by nothing but the day it was published, a record says little about when: only the same act
      -- (the same event words) joins it.
      AND (NOT (a.undated OR b.undated) OR list_has_any(a.words, b.words))
      -- Each sentence names a party, besides the actors, that the other does not: two different events.
      AND NOT (NOT list_has_all(b.nc, list_filter(a.nc, lambda c: NOT list_contains(a.ac || b.ac, c)))
               AND NOT list_has_all(a.nc, list_filter(b.nc, lambda c: NOT list_contains(a.ac || b.ac, c))))
      -- A side one record lacks must at least be named in its sentence, if that sentence names anyone.
      AND NOT (len(a.ac) = 0 AND len(b.ac) > 0 AND len(a.nc) > 0 AND NOT list_has_any(a.nc, b.ac))
      AND NOT (len(b.ac) = 0 AND len(a.ac) > 0 AND len(b.nc) > 0 AND NOT list_has_any(b.nc, a.ac))
      AND NOT (len(a.rc) = 0 AND len(b.rc) > 0 AND len(a.nc) > 0 AND NOT list_has_any(a.nc, b.rc))
      AND NOT (len(b.rc) = 0 AND len(a.rc) > 0 AND len(b.nc) > 0 AND NOT list_has_any(b.nc, a.rc))
)
-- A pair that agrees on only one side (or on none, by day and place or words) joins only when the two
-- articles also share a pair that agrees on both: they tell one story, not two statements of a busy day.
SELECT a_id, b_id, a_hash, b_hash, score FROM (
    SELECT *, bool_or(both_sides) OVER (PARTITION BY a_hash, b_hash) AS one_story FROM scored)
WHERE both_sides OR one_story
"""


def candidate_pairs(con: duckdb.DuckDBPyConnection, settings: DedupSettings) -> list[tuple]:
    """(a_id, b_id, a_hash, b_hash, score) for every pair of records that may tell one event."""
    con.execute(_KEYS_SQL)
    rows = con.execute(_PAIRS_SQL, {"window": settings.window_days, "max_km": settings.max_km}).fetchall()
    con.execute("DROP TABLE IF EXISTS dedup_keys")
    return rows


def cluster(pairs: list[tuple]) -> dict[str, str]:
    """mention_id -> event_id for every mention that joins another; an event is named by its smallest mention id.

    Best pairs first, ties by ids: the same pairs give the same events in any order.
    A merge that would put two records of one article together is refused.
    """
    parent: dict[str, str] = {}
    articles: dict[str, set[str]] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    canonical = [(a, b, ha, hb, s) if a < b else (b, a, hb, ha, s) for a, b, ha, hb, s in pairs]
    for a, b, ha, hb, _ in sorted(canonical, key=lambda p: (-p[4], p[0], p[1])):
        for node, h in ((a, ha), (b, hb)):
            if node not in parent:
                parent[node], articles[node] = node, {h}
        ra, rb = find(a), find(b)
        if ra == rb or articles[ra] & articles[rb]:
            continue
        if len(articles[ra]) < len(articles[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        articles[ra] |= articles.pop(rb)
    groups: dict[str, list[str]] = {}
    for node in parent:
        groups.setdefault(find(node), []).append(node)
    return {m: min(members) for members in groups.values() if len(members) > 1 for m in members}


_EVENTS_SQL = f"""
INSERT INTO events
WITH mem AS (
    SELECT m.*, coalesce(em.event_id, m.mention_id) AS event_id, {_PRECISION_RANK} AS precision_rank,
           a.url AS url
    FROM event_mentions m LEFT JOIN event_members em USING (mention_id) JOIN articles a USING (hash)
),
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY event_id
        ORDER BY precision_rank, (lat IS NULL), len(list_filter(actor_codes || recipient_codes, lambda c: c <> '')) DESC,
                 confidence DESC, mention_id) AS rk,
        row_number() OVER (PARTITION BY event_id ORDER BY published NULLS LAST, mention_id) AS first_rk
    FROM mem
),
agg AS (
    SELECT event_id, sum(n_mentions) AS num_mentions, count(DISTINCT hash) AS num_articles,
           count(DISTINCT coalesce(source, hash)) AS num_sources, min(published) AS first_published,
           max(dead) AS dead, max(injured) AS injured, max(arrested) AS arrested, max(confidence) AS confidence,
           max(CASE WHEN first_rk = 1 THEN url END) AS source_url
    FROM ranked GROUP BY event_id
)
SELECT r.event_id, r.event, r.modes, r.cameo, r.quad_code, r.date, r.enddate, r.date_precision,
       r.actor_codes, r.actor_sectors, r.actor_names, r.recipient_codes, r.recipient_sectors, r.recipient_names,
       r.placename, r.place_country, r.admin1, r.lat, r.lon, r.geonameid, r.polarity, g.confidence,
       g.dead, g.injured, g.arrested, g.num_mentions, g.num_sources, g.num_articles, g.first_published,
       g.source_url, r.mention_id
FROM ranked r JOIN agg g USING (event_id) WHERE r.rk = 1
"""


def rebuild_events(con: duckdb.DuckDBPyConnection, settings: DedupSettings = DedupSettings()) -> int:
    """Recompute `events` and `event_members` from every stored mention; returns the number of events."""
    pairs = candidate_pairs(con, settings)
    members = cluster(pairs)
    member_rows = pa.table({"event_id": list(members.values()), "mention_id": list(members.keys())},
                           schema=pa.schema([("event_id", pa.string()), ("mention_id", pa.string())]))
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM event_members")
        con.execute("DELETE FROM events")
        con.register("member_rows", member_rows)
        con.execute("INSERT INTO event_members SELECT event_id, mention_id FROM member_rows")
        con.unregister("member_rows")
        con.execute(_EVENTS_SQL)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return con.execute("SELECT count(*) FROM events").fetchone()[0]
