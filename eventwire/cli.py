"""The `eventwire` command line: thin wrappers that parse options and call stages."""
from __future__ import annotations

import argparse
import json
import os
import sys

# Before numpy loads: one OpenBLAS thread per process. The parse's matrix products run through
# numpy (nlp.py); each worker process is already one of --workers, and OpenBLAS threads on top
# of them would compete for the same cores. A value set by the user is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
from datetime import date
from pathlib import Path

from . import __version__

DEFAULT_GSR = "../shared/eval/plover_gsr.json"
DEFAULT_PETRARCH = "../shared/eval/petrarch2"
EXAMPLES = Path("examples")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def _input_options(p: argparse.ArgumentParser, paths_required: bool = True) -> None:
    """What extract and ingest share: the inputs, their fallbacks, the actor dictionaries, the progress bar."""
    p.add_argument("paths", nargs="+" if paths_required else "*", metavar="PATH",
                   help=".txt .html .jsonl .csv files, directories, or - for stdin")
    p.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) for .txt/stdin articles")
    p.add_argument("--id", dest="article_id", help="article id for a single .txt/stdin article")
    p.add_argument("--source", help="source (outlet) name for .txt/stdin articles")
    p.add_argument("--max-bytes", type=int, default=None, help="skip items larger than this (default 2 MB)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="TABARI/PETRARCH .actors dictionary to add to the actor base (repeatable)")
    p.add_argument("--agents", action="append", default=[], metavar="FILE",
                   help="TABARI/PETRARCH .agents dictionary to add (repeatable)")
    p.add_argument("--verbs", action="append", default=[], metavar="FILE",
                   help="TABARI/PETRARCH .verbs dictionary (repeatable): its rows replace the built-in verb rows "
                        "of the verbs it lists; patterns it cannot express are counted on stderr")
    p.add_argument("--replace-actors", action="store_true",
                   help="code with only the --actors/--agents dictionaries, not the built-in actor base")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description="News articles in, PLOVER event records out.")
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="code articles into PLOVER event records")
    _input_options(ex)
    ex.add_argument("-o", "--output", help="write to FILE instead of stdout")
    ex.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="output format (default jsonl)")
    ex.add_argument("--document", action="store_true", help="one JSON object per article: events, quotes, entities")
    ex.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    ex.add_argument("--strict", action="store_true", help="exit non-zero if any item was bad")
    _min_confidence_option(ex)
    ex.set_defaults(func=cmd_extract)

    ing = sub.add_parser("ingest", help="code articles into a DuckDB event store (resumable)")
    _input_options(ing, paths_required=False)
    ing.add_argument("--db", required=True, help="the DuckDB file to create or add to")
    ing.add_argument("--recode", action="store_true",
                     help="first code again the stored articles that another build of eventwire (or other "
                          "dictionaries) coded, from their stored text; PATHs are then optional")
    ing.add_argument("--workers", type=int, default=1, help="worker processes, or Dask workers of a LocalCluster")
    ing.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local processes (default) or a Dask distributed cluster")
    ing.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://HOST:8786 (default: a LocalCluster)")
    ing.add_argument("--strict", action="store_true", help="exit non-zero if any item was bad")
    ing.add_argument("--commit-every", type=int, default=256, metavar="N",
                     help="articles per transaction, at most 10 s apart (default 256; a killed run loses at most the open one)")
    ing.add_argument("--partition-size", type=int, default=200, help="articles per Dask task (default 200)")
    ing.add_argument("--window-days", type=int, default=1,
                     help="cross-article merging: most days between two reports of one event (default 1)")
    ing.add_argument("--max-km", type=float, default=50.0,
                     help="cross-article merging: most km between two reports' places (default 50)")
    ing.set_defaults(func=cmd_ingest)

    from .export import EXPORT_FORMATS, QUERY_FORMATS, QUERY_LIMIT, add_filter_options

    exp = sub.add_parser("export", help="write a store's corpus-level events as PLOVER JSONL, CSV or Parquet")
    add_filter_options(exp)
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="plover-jsonl", help="(default plover-jsonl)")
    exp.add_argument("-o", "--output", help="write to FILE instead of stdout (required for parquet)")
    exp.set_defaults(func=cmd_export)

    srv = sub.add_parser("serve", help="browse a store in the web explorer (read-only JSON API and pages)")
    srv.add_argument("--db", required=True, help="the DuckDB event store (opened read-only)")
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    srv.add_argument("--port", type=int, default=8000, help="(default 8000)")
    srv.set_defaults(func=cmd_serve)

    qry = sub.add_parser("query", help="show a store's events matching filters, or run read-only SQL on it")
    add_filter_options(qry, default_limit=QUERY_LIMIT)
    qry.add_argument("--sql", help="a SQL statement to run on the read-only store instead of the filters")
    qry.add_argument("--format", choices=QUERY_FORMATS, default="table", help="(default table)")
    qry.set_defaults(func=cmd_query)

    ev = sub.add_parser("eval", help="score extraction against gold codings")
    ev.add_argument("--gsr", default=None, help=f"PLOVER GSR JSON (default {DEFAULT_GSR} when present)")
    ev.add_argument("--gold", default=None, help="gold JSONL of our own format (default examples/gold.jsonl)")
    ev.add_argument("--corpus", default=None, help="articles the gold codes (default examples/corpus.jsonl)")
    ev.add_argument("--only", choices=["gsr", "gold", "heldout", "petrarch"], help="score one gold set only")
    ev.add_argument("--petrarch", default=None, metavar="DIR",
                    help=f"PETRARCH2 unit-test records and dictionaries (default {DEFAULT_PETRARCH} when present)")
    ev.add_argument("--errors", type=int, default=0, metavar="N", help="also list N mistakes per gold set")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--workers", type=int, default=1)
    _min_confidence_option(ev)
    ev.set_defaults(func=cmd_eval)

    tr = sub.add_parser("train-confidence", help="retrain the confidence model on gold codings (after changing rules or gold)")
    tr.add_argument("--gold", default=None, help="gold JSONL of our own format (default examples/gold.jsonl)")
    tr.add_argument("--corpus", default=None, help="articles the gold codes (default examples/corpus.jsonl)")
    tr.add_argument("-o", "--output", default=None,
                    help="where to write the model (default: the shipped eventwire/data/models/confidence.json)")
    tr.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="show a progress bar (default: when stderr is a terminal)")
    tr.set_defaults(func=cmd_train_confidence)
    return parser


def _min_confidence_option(p: argparse.ArgumentParser) -> None:
    from .export import unit_interval_arg

    p.add_argument("--min-confidence", type=unit_interval_arg, default=0.0, metavar="P",
                   help="leave out records the confidence model scores below P (default 0: every record the "
                        "rules code; `eventwire train-confidence` prints the cut that did best in cross-validation)")



def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _progress_bar(enabled: bool | None, desc: str, total: int | None = None):
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(desc=desc, total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True)


def cmd_extract(args: argparse.Namespace) -> int:
    from functools import partial

    from .read import DEFAULT_MAX_BYTES, iter_articles
    from .records import BadItem
    from .run import run
    from .write import Writer, render

    items = iter_articles(args.paths, published=args.published, article_id=args.article_id,
                          source=args.source, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    writer = Writer(out, fmt=args.format, document=args.document)
    bar = _progress_bar(args.progress, "extract")
    done = bad = events = 0
    try:
        transform = partial(render, fmt=args.format, document=args.document)
        for item in run(items, workers=max(1, args.workers), transform=transform, kb_factory=_kb_factory(args),
                        lexicon_factory=_lexicon_factory(args), min_confidence=args.min_confidence):
            if isinstance(item, BadItem):
                bad += 1
                _report_bad(item, bar)
            else:
                done += 1
                events += writer.write(item)
                if item.undated:
                    _warn(f"{item.origin or item.article_id}: no publication date; events dated by the run date "
                          "(date_precision null)", bar)
            if bar is not None:
                bar.update(1)
                bar.set_postfix(events=events, errors=bad)
    finally:
        if bar is not None:
            bar.close()
        if args.output:
            out.close()
    print(f"eventwire: {done} articles coded, {events} events, {bad} skipped", file=sys.stderr)
    if done == 0:
        return 1
    return 2 if (args.strict and bad) else 0


def _report_bad(item, bar) -> None:
    _warn(f"skipped {item.origin}: {item.reason}", bar)


def _warn(message: str, bar) -> None:
    line = f"eventwire: {message}"
    if bar is not None:
        bar.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr)


def cmd_ingest(args: argparse.Namespace) -> int:
    from .dedup import DedupSettings
    from .ingest import dask_ingest, ingest
    from .read import DEFAULT_MAX_BYTES, estimate_items, iter_articles
    from .records import BadItem

    if not args.paths and not args.recode:
        raise SystemExit("eventwire ingest: give the PATHs to ingest (or --recode to re-code a store)")
    items = iter_articles(args.paths, published=args.published, article_id=args.article_id,
                          source=args.source, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES)
    coder = _coder(args)
    total = estimate_items(args.paths)
    if total is not None and args.recode:
        total += _stale_count(args.db, coder)
    bar = _progress_bar(args.progress, "ingest", total=total)

    def on_item(item, report) -> None:
        if isinstance(item, BadItem):
            _report_bad(item, bar)
        if bar is not None:
            bar.update(1)
            bar.set_postfix(events=report.mentions, errors=report.bad, skipped=report.skipped)

    dedup = DedupSettings(window_days=args.window_days, max_km=args.max_km)
    options = dict(kb_factory=_kb_factory(args), lexicon_factory=_lexicon_factory(args), dedup=dedup, on_item=on_item,
                   coder=coder, recode=args.recode)
    try:
        if args.engine == "dask":
            report = dask_ingest(items, args.db, scheduler=args.scheduler, workers=max(1, args.workers),
                                 partition_size=args.partition_size, **options)
        else:
            report = ingest(items, args.db, workers=max(1, args.workers), commit_every=max(1, args.commit_every),
                            **options)
    finally:
        if bar is not None:
            bar.close()
    recoded = f" ({report.recoded} of them coded again)" if report.recoded else ""
    print(f"eventwire: {report.coded} articles coded{recoded}, {report.skipped} already stored, {report.bad} skipped "
          f"as bad; {report.mentions} new event records; {args.db} now holds {report.events} events "
          f"({report.seconds:.1f} s)", file=sys.stderr)
    if report.stale:
        print(f"eventwire: note: {report.stale} stored articles were coded by another build of eventwire or with "
              f"other dictionaries, and their events are as that build coded them; "
              f"`eventwire ingest --recode --db {args.db}` codes them again with this one", file=sys.stderr)
    if report.coded == 0 and report.skipped == 0 and not args.recode:
        return 1
    return 2 if args.strict and report.bad else 0


def cmd_export(args: argparse.Namespace) -> int:
    import duckdb

    from .export import StoreError, export, filters_from_args, one_line

    try:
        count = export(args.db, args.format, args.output, filters_from_args(args))
    except (StoreError, duckdb.Error, OSError) as exc:
        print(f"eventwire export: {one_line(exc)}", file=sys.stderr)
        return 1
    noun = "event" if count == 1 else "events"
    print(f"eventwire: {count} {noun} exported" + (f" to {args.output}" if args.output else ""), file=sys.stderr)
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    from .export import StoreError, filters_from_args, one_line, query

    try:
        query(args.db, filters_from_args(args), sql=args.sql, fmt=args.format)
    except (StoreError, duckdb.Error) as exc:
        print(f"eventwire query: {one_line(exc)}", file=sys.stderr)
        return 1
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from .export import StoreError, one_line
        from .serve import VendorMissing, create_app
    except ImportError as exc:  # the web dependencies are in pyproject's list; a partial install may lack them
        print(f"eventwire serve: {exc} (pip install -e .)", file=sys.stderr)
        return 1
    try:
        app = create_app(args.db)
    except (StoreError, VendorMissing) as exc:
        print(f"eventwire serve: {one_line(exc)}", file=sys.stderr)
        return 1
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Explorer at http://{host}:{args.port} — Ctrl-C to stop", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from . import accuracy, evaluate
    from .read import iter_articles
    from .records import Article
    from .run import run

    reports = []
    gsr_path = args.gsr or (DEFAULT_GSR if Path(DEFAULT_GSR).exists() else None)
    if args.only in (None, "gsr"):
        if gsr_path is None:
            print("eventwire eval: no PLOVER GSR file (pass --gsr PATH); skipping it", file=sys.stderr)
        else:
            articles, gold, dropped = evaluate.load_gsr(gsr_path)
            results = [r for r in run(articles, workers=args.workers, min_confidence=args.min_confidence) if not _is_bad(r)]
            reports.append(evaluate.score_gsr(results, gold, dropped))
            places = accuracy.Accuracy("PLOVER GSR: event locations")
            accuracy.score_gsr_places(results, evaluate.load_gsr_places(gsr_path), places)
            reports.append(places)
    own_sets = [("gold", "eventwire sample corpus", Path(args.gold or EXAMPLES / "gold.jsonl"),
                 Path(args.corpus or EXAMPLES / "corpus.jsonl"))]
    if args.gold is None:
        own_sets.append(("heldout", "eventwire held-out articles (not used in development)",
                         EXAMPLES / "heldout" / "gold.jsonl", EXAMPLES / "heldout" / "corpus.jsonl"))
    for key, name, gold_path, corpus_path in own_sets:
        if args.only not in (None, key):
            continue
        if not gold_path.exists() or not corpus_path.exists():
            print(f"eventwire eval: {gold_path} or {corpus_path} not found; skipping it", file=sys.stderr)
            continue
        gold = evaluate.load_gold(gold_path)
        articles = [a for a in iter_articles([str(corpus_path)]) if isinstance(a, Article)]
        results = [r for r in run(articles, workers=args.workers, min_confidence=args.min_confidence) if not _is_bad(r)]
        reports.append(evaluate.score_gold(results, gold, name))
        reports.extend(_context_accuracy(name, gold, gold_path.parent, results))
    petrarch_dir = args.petrarch or (DEFAULT_PETRARCH if Path(DEFAULT_PETRARCH).is_dir() else None)
    if args.only in (None, "petrarch") and petrarch_dir:
        from .petrarch import evaluate_petrarch_dir

        reports.append(evaluate_petrarch_dir(petrarch_dir))
    if not reports:
        return 1
    if args.json:
        print(json.dumps([r.as_dict() for r in reports], indent=2))
    else:
        for report in reports:
            if isinstance(report, accuracy.Accuracy):
                print(accuracy.format_accuracy(report))
                if args.errors:
                    print(accuracy.format_accuracy_errors(report, args.errors))
            else:
                print(evaluate.format_report(report))
                if args.errors:
                    print(evaluate.format_errors(report, args.errors))
            print()
    return 0


def cmd_train_confidence(args: argparse.Namespace) -> int:
    from .confidence import MODEL_FILE
    from .data_files import data_path
    from .training import train_confidence

    gold, corpus = Path(args.gold or EXAMPLES / "gold.jsonl"), Path(args.corpus or EXAMPLES / "corpus.jsonl")
    for path in (gold, corpus):
        if not path.is_file():
            raise SystemExit(f"eventwire train-confidence: not found: {path}")
    out = Path(args.output) if args.output else data_path(*MODEL_FILE)

    def progress(stream, total):
        bar = _progress_bar(args.progress, "coding the gold articles", total)
        if bar is None:
            yield from stream
            return
        with bar:
            for item in stream:
                bar.update(1)
                yield item
    spec = train_confidence(gold, corpus, out, progress)
    cv = spec["cross_validated"]
    print(f"eventwire: confidence model written to {out}: {spec['records']} records ({spec['right']} right) "
          f"from {spec['articles']} articles; threshold {spec['threshold']}; cross-validated event F1 "
          f"{cv['rules_alone']['f1']} with every record, {cv['with_model']['f1']} with the model", file=sys.stderr)
    return 0


def _context_accuracy(name: str, gold: dict, folder: Path, results: list):
    """Dates, places, actor codes and identities of one gold set, from the files beside its gold.jsonl."""
    from . import accuracy

    report = accuracy.Accuracy(f"{name}: dates, places, actor codes, identities")
    when_where = folder / "gold_when_where.jsonl"
    if when_where.exists():
        scored = accuracy.score_when_where(results, accuracy.read_jsonl(when_where), report.name)
        report.metrics.update(scored.metrics)
        report.errors += scored.errors
    accuracy.score_actor_codes(results, gold, report)
    accuracy.score_counts(results, gold, report)
    documents = {r.article.id: {"text": r.article.text, **r.to_document()} for r in results}
    identities = folder / "gold_identities.jsonl"
    if identities.exists():
        accuracy.score_identities(documents, accuracy.read_jsonl(identities), report)
    story = accuracy.Accuracy(f"{name}: quotes, attribution, links, one record per event")
    if (folder / "gold_quotes.jsonl").exists():
        accuracy.score_quotes(documents, accuracy.read_jsonl(folder / "gold_quotes.jsonl"), story)
    if (folder / "gold_attribution.jsonl").exists():
        accuracy.score_attribution(results, accuracy.read_jsonl(folder / "gold_attribution.jsonl"), story)
    if (folder / "gold_links.jsonl").exists():
        accuracy.score_links(results, accuracy.read_jsonl(folder / "gold_links.jsonl"), story)
    if (folder / "gold_same_event.jsonl").exists():
        accuracy.score_same_event(results, accuracy.read_jsonl(folder / "gold_same_event.jsonl"), gold, story)
    return [report, story] if story.metrics or story.notes else [report]


def _require_files(paths: list[str]) -> None:
    for path in paths:
        if not Path(path).is_file():
            raise SystemExit(f"eventwire: dictionary not found: {path}")


def _coder(args: argparse.Namespace) -> str:
    """The fingerprint of this build with the dictionaries given (what ingest records per article)."""
    from .fingerprint import coder_fingerprint

    _require_files(args.actors + args.agents + args.verbs)
    return coder_fingerprint(args.actors, args.agents, args.verbs, replace_actors=args.replace_actors)


def _stale_count(db: str, coder: str) -> int:
    """How many articles of the store `db` another build coded (0 when there is no store yet)."""
    if not Path(db).exists():
        return 0
    import duckdb

    from .store import Store

    try:
        with Store(db, read_only=True, coder=coder) as store:
            return len(store.stale_hashes())
    except duckdb.BinderException:  # a store from before coders were recorded: all its articles are stale
        with Store(db, read_only=True) as store:
            return store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except duckdb.Error:
        return 0


def _kb_factory(args: argparse.Namespace):
    """A picklable builder of the actor base the dictionaries ask for, or None for the built-in one."""
    if not (args.actors or args.agents):
        return None
    from functools import partial

    from .petrarch import kb_with_dictionaries

    _require_files(args.actors + args.agents)
    return partial(kb_with_dictionaries, args.actors, args.agents, replace=args.replace_actors)


def _lexicon_factory(args: argparse.Namespace):
    """A picklable builder of the event lexicon with the --verbs dictionaries, or None for the built-in
    one. The dictionaries are read once here too, so that a missing file or what they leave out is
    reported before coding starts."""
    if not args.verbs:
        return None
    from functools import partial

    from .petrarch import lexicon_with_verbs, skipped_note

    _require_files(args.verbs)
    print(f"eventwire: {skipped_note(lexicon_with_verbs(args.verbs)[1])}", file=sys.stderr)
    return partial(_lexicon_only, args.verbs)


def _lexicon_only(paths):
    from .petrarch import lexicon_with_verbs

    return lexicon_with_verbs(paths)[0]


def _is_bad(item) -> bool:
    from .records import BadItem

    if isinstance(item, BadItem):
        print(f"eventwire: skipped {item.origin}: {item.reason}", file=sys.stderr)
        return True
    return False


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
