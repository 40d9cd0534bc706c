"""Score cross-article deduplication on a corpus made by `make_corpus.py --duplicates`.

    .venv/bin/python bench/make_corpus.py bench/out/dup-200.jsonl --duplicates --articles 200
    .venv/bin/eventwire ingest bench/out/dup-200.jsonl --db bench/out/dup-200.duckdb --workers 2
    .venv/bin/python bench/score_dedup.py bench/out/dup-200.duckdb bench/out/dup-200.truth.jsonl [--json]

Ground truth, per pair of event mentions (rows of `event_mentions`) in two
different articles:
  - mentions from different stories are always different events;
  - mentions in one story are the same real event when they come from the
    same sentence of the story (articles.text[sent_start:sent_end],
    whitespace normalised) and have the same PLOVER type. The sentence is the
    one that holds the mention's trigger: when the stored span does not hold
    it (the coder can give an event the span of the sentence before, when its
    parser read two sentences as one), the sentence holding the trigger is
    cut from its paragraph with make_corpus.sentence_spans, the splitter the
    corpus was written with.
When one article has k mentions of one type in one sentence (different events
of that sentence: the store never puts two mentions of one article into one
event) and another article has j, the two articles share min(k, j) duplicate
pairs, and any of their k x j pairs merged counts as one of them.
Measured against the store's events (a mention's event is its event_members
row, else itself):
  - recall: the share of duplicate pairs merged into one event (target >= 0.90);
  - false merges: pairs merged into one event that are not duplicates (target 0);
  - events per story, next to the number the truth asks for.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

RECALL_TARGET = 0.90
EXAMPLES = 10

_MENTIONS_SQL = """
SELECT m.mention_id, m.hash, m.event, m.sent_start, m.sent_end, coalesce(em.event_id, m.mention_id) AS event_id,
       {trigger} AS trigger_start
FROM event_mentions m LEFT JOIN event_members em USING (mention_id)
ORDER BY m.mention_id
"""
_TRIGGER = "TRY_CAST(json_extract(m.record, '$.trigger.start') AS BIGINT)"


@dataclass(frozen=True)
class Mention:
    mention_id: str
    article_id: str
    hash: str
    story: str
    event: str
    sentence: str  # whitespace-normalised sentence text
    event_id: str

    @property
    def key(self) -> tuple[str, str, str]:
        """Mentions with one key in different articles report one real event (or, k per article, k events)."""
        return self.story, self.sentence, self.event


def load_truth(path: Path) -> dict[str, str]:
    """article id -> story, from OUT.truth.jsonl."""
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {r["id"]: r["story"] for r in rows}


def trigger_sentence(text: str, at: int) -> tuple[int, int]:
    """The offsets of the sentence that holds position `at`, cut from its paragraph as make_corpus cuts them."""
    from make_corpus import sentence_spans

    start = text.rfind("\n\n", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    for a, b in sentence_spans(text[start:end]):
        if start + a <= at < start + b:
            return start + a, start + b
    return start, end


def load_mentions(con, truth: dict[str, str], stats: dict | None = None) -> tuple[list[Mention], int]:
    """The stored mentions of the truth's articles, and how many stored mentions the truth does not know.

    `stats`, when given, gets "sentence_from_trigger": the mentions whose stored sentence did not hold
    their trigger (their sentence was cut around the trigger instead)."""
    articles = {h: (aid, text) for h, aid, text in con.execute("SELECT hash, article_id, text FROM articles").fetchall()}
    columns = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_name = 'event_mentions'").fetchall()}
    sql = _MENTIONS_SQL.format(trigger=_TRIGGER if "record" in columns else "NULL")
    mentions, unknown, moved = [], 0, 0
    for mention_id, digest, event, start, end, event_id, trigger in con.execute(sql).fetchall():
        article_id, text = articles.get(digest, (None, ""))
        if article_id not in truth:
            unknown += 1
            continue
        if trigger is not None and not start <= trigger < end:
            start, end = trigger_sentence(text, trigger)
            moved += 1
        # Sliced in Python: the stored offsets are Python string offsets.
        mentions.append(Mention(mention_id, article_id, digest, truth[article_id], event,
                                " ".join(text[start:end].split()), event_id))
    if stats is not None:
        stats["sentence_from_trigger"] = moved
    return mentions, unknown


def _example(a: Mention, b: Mention) -> dict:
    return {"event": a.event, "mentions": [a.mention_id, b.mention_id], "articles": [a.article_id, b.article_id],
            "stories": [a.story, b.story], "sentences": [a.sentence, b.sentence]}


def _by(mentions: list[Mention], field) -> dict:
    groups = defaultdict(list)
    for m in mentions:
        groups[field(m)].append(m)
    return groups


def _duplicates(by_key: dict) -> tuple[int, int, list[tuple[Mention, Mention]]]:
    """(duplicate pairs, of them merged, a pair of each article pair that lacks merges) over every key."""
    total, merged, missed = 0, 0, []
    for members in by_key.values():
        per_article = _by(members, lambda m: m.hash)
        for a, b in combinations(sorted(per_article), 2):
            ours, theirs = per_article[a], per_article[b]
            expected = min(len(ours), len(theirs))
            joined = sum(1 for x in ours for y in theirs if x.event_id == y.event_id)
            total, merged = total + expected, merged + joined
            if joined < expected:
                missed.append((ours[0], theirs[0]))
    return total, merged, missed


def _story_counts(ms: list[Mention]) -> dict:
    """Articles, mentions, events in the store and events the truth asks for, of one story."""
    true_events = sum(max(len(g) for g in _by(group, lambda m: m.hash).values())
                      for group in _by(ms, lambda m: m.key).values())
    return {"articles": len({m.hash for m in ms}), "mentions": len(ms), "events": len({m.event_id for m in ms}),
            "true_events": true_events}


def score(mentions: list[Mention], examples: int = EXAMPLES) -> dict:
    """Pair counts, recall, false merges and events per story for the given mentions."""
    duplicates, found, missed = _duplicates(_by(mentions, lambda m: m.key))
    merged = [(a, b) for members in _by(mentions, lambda m: m.event_id).values()
              for a, b in combinations(members, 2) if a.hash != b.hash]
    false = [(a, b) for a, b in merged if a.key != b.key]
    stories = [_story_counts(ms) for ms in _by(mentions, lambda m: m.story).values()]
    multi = [s for s in stories if s["articles"] > 1]

    def mean(rows: list[dict], field: str) -> float:
        return round(sum(r[field] for r in rows) / len(rows), 2) if rows else 0.0

    return {
        "mentions": len(mentions), "articles": len({m.hash for m in mentions}), "stories": len(stories),
        "stories_told_more_than_once": len(multi),
        "duplicate_pairs": duplicates, "merged_duplicate_pairs": found,
        "recall": round(found / duplicates, 4) if duplicates else None,
        "merged_pairs": len(merged), "false_merges": len(false),
        "false_merges_across_stories": sum(1 for a, b in false if a.story != b.story),
        "events_per_story": mean(stories, "events"), "true_events_per_story": mean(stories, "true_events"),
        "events_per_story_told_more_than_once": mean(multi, "events"),
        "true_events_per_story_told_more_than_once": mean(multi, "true_events"),
        "false_merge_examples": [_example(a, b) for a, b in false[:examples]],
        "missed_examples": [_example(a, b) for a, b in missed[:examples]],
    }


def command_line() -> str:
    """This run's command, with the interpreter as a path relative to the working directory when it is inside it."""
    python = os.path.relpath(sys.executable) if not os.path.relpath(sys.executable).startswith("..") else sys.executable
    return shlex.join([python, *sys.argv])


def print_report(result: dict) -> None:
    recall = result["recall"]
    met = "met" if recall is not None and recall >= RECALL_TARGET else "not met"
    print(f"command: {result['command']}")
    print(f"{result['articles']} articles, {result['stories']} stories "
          f"({result['stories_told_more_than_once']} told by more than one outlet), {result['mentions']} mentions"
          + (f"; {result['unknown_mentions']} mentions of articles not in the truth file ignored"
             if result["unknown_mentions"] else ""))
    if result.get("sentence_from_trigger"):
        print(f"{result['sentence_from_trigger']} mentions' stored sentence did not hold their trigger: "
              "their sentence was cut around the trigger")
    print(f"duplicate pairs (truth): {result['duplicate_pairs']}, merged into one event: "
          f"{result['merged_duplicate_pairs']}  recall {recall if recall is not None else 'n/a'} "
          f"(target >= {RECALL_TARGET}: {met})")
    print(f"merged pairs: {result['merged_pairs']}, false merges: {result['false_merges']} "
          f"({result['false_merges_across_stories']} across stories)  (target 0: "
          f"{'met' if result['false_merges'] == 0 else 'not met'})")
    print(f"events per story: {result['events_per_story']} (truth {result['true_events_per_story']}); "
          f"stories told more than once: {result['events_per_story_told_more_than_once']} "
          f"(truth {result['true_events_per_story_told_more_than_once']})")
    for title, rows in (("false merges", result["false_merge_examples"]),
                        ("missed duplicates", result["missed_examples"])):
        if rows:
            print(f"\n{title} (up to {EXAMPLES}):")
        for row in rows:
            print(f"  {row['event']}  {row['articles'][0]} ({row['stories'][0]}) ~ {row['articles'][1]} ({row['stories'][1]})")
            for sentence in dict.fromkeys(row["sentences"]):  # once when both are the same sentence
                print(f"    | {sentence}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path, help="the event store (eventwire ingest --db)")
    parser.add_argument("truth", type=Path, help="OUT.truth.jsonl written by make_corpus.py --duplicates")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    args = parser.parse_args()

    import duckdb

    con = duckdb.connect(str(args.db), read_only=True)
    try:
        stats: dict = {}
        mentions, unknown = load_mentions(con, load_truth(args.truth), stats)
    finally:
        con.close()
    result = {"command": command_line(), "db": str(args.db), "truth": str(args.truth), **score(mentions),
              "unknown_mentions": unknown, **stats}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
