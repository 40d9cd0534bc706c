"""Benchmark of the event store: extract next to ingest (1 and 2 workers, and Dask), on a duplicates corpus.

    .venv/bin/python bench/ingest_benchmark.py --articles 1000 --articles 10000 --out docs/benchmarks.json
    .venv/bin/python bench/ingest_benchmark.py --articles 200 --configs extract,ingest2
    .venv/bin/python bench/ingest_benchmark.py --corpus my.jsonl

For each size N it builds bench/out/dup-N.jsonl (`make_corpus.py --duplicates
--articles N --seed 7`, unless --corpus is given) and runs, one after the
other, each as its own process and each ingest into a fresh database
(bench/out/bench-CONFIG-N.duckdb, kept for bench/score_dedup.py):
  extract  eventwire extract CORPUS --workers 2 -o /dev/null
  ingest1  eventwire ingest CORPUS --db DB --workers 1
  ingest2  eventwire ingest CORPUS --db DB --workers 2
  dask     eventwire ingest CORPUS --db DB --engine dask --workers 2   (a LocalCluster)
Measured: wall time of the whole command (model loading included, as a user
waits for it), articles/s, peak RSS of the process tree (the command and all
its children, e.g. workers and the Dask nannies, summed; sampled every
1 s) and the database file size. Prints a markdown table, the ingest2 /
extract throughput ratio (both with 2 workers; target >= 0.9) and, with
several sizes, the fit time = a + b*N per config (b: seconds per article
once started). --out appends one JSON line per run.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

CONFIGS = ["extract", "ingest1", "ingest2", "dask"]
RATIO_TARGET = 0.9
POLL_SECONDS = 1.0  # a finer poll costs the measured run CPU time on a 2-core machine


def eventwire_command() -> list[str]:
    """The `eventwire` script of this interpreter's environment (as users run it), else `python -m eventwire`."""
    script = Path(sys.executable).parent / "eventwire"
    return [str(script)] if script.exists() else [sys.executable, "-m", "eventwire"]


def command(config: str, corpus: Path, db: Path) -> list[str]:
    base = eventwire_command()
    if config == "extract":
        return [*base, "extract", str(corpus), "--workers", "2", "-o", os.devnull]
    workers = "1" if config == "ingest1" else "2"
    engine = ["--engine", "dask"] if config == "dask" else []
    return [*base, "ingest", str(corpus), "--db", str(db), *engine, "--workers", workers]


def tree_rss(proc) -> int:
    """RSS of a process and all its descendants, in bytes (processes that end while read are skipped)."""
    import psutil

    total = 0
    try:
        family = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in family:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_measured(cmd: list[str]) -> dict:
    """Run `cmd`, polling the RSS of its process tree; wall seconds, peak RSS, exit code and stderr's last lines."""
    import psutil

    with tempfile.TemporaryFile(mode="w+") as err:  # a file, not a pipe: a full pipe would stall the command
        started = time.perf_counter()
        proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc))
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - started
        err.seek(0)
        tail = err.read().strip().splitlines()[-5:]
    return {"seconds": seconds, "peak_rss": peak, "returncode": proc.returncode, "stderr": tail}


def fresh(db: Path) -> None:
    """Remove a database and what DuckDB and the Dask engine keep beside it."""
    for path in (db, Path(f"{db}.wal")):
        path.unlink(missing_ok=True)
    shutil.rmtree(f"{db}.parts", ignore_errors=True)


def store_counts(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("event_mentions", "events")}
    finally:
        con.close()


def git_commit() -> str | None:
    """The checked-out commit, read from the .git folder (git itself is not run)."""
    git = ROOT / ".git"
    try:
        if git.is_file():  # a worktree: ".git" names the real folder
            git = (ROOT / git.read_text().split("gitdir:", 1)[1].strip()).resolve()
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head
        ref = head[5:]
        if (git / ref).exists():
            return (git / ref).read_text().strip()
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0]
    except (OSError, IndexError):
        pass
    return None


def benchmark(config: str, corpus: Path, articles: int, out_dir: Path) -> dict:
    """One config on one corpus, in a fresh database."""
    db = out_dir / f"bench-{config}-{articles}.duckdb"
    fresh(db)
    cmd = command(config, corpus, db)
    shown = shlex.join([os.path.relpath(c, ROOT) if c.startswith(str(ROOT)) else c for c in cmd])  # run in ROOT
    print(f"running: {shown}", file=sys.stderr, flush=True)
    measured = run_measured(cmd)
    if measured["returncode"] != 0:
        raise SystemExit(f"{config} failed ({measured['returncode']}):\n" + "\n".join(measured["stderr"]))
    row = {"config": config, "articles": articles, "command": shown, "seconds": round(measured["seconds"], 2),
           "articles_per_s": round(articles / measured["seconds"], 2),
           "peak_rss_mb": round(measured["peak_rss"] / 2**20), "db_mb": None, "mentions": None, "events": None}
    if config != "extract":
        row["db_mb"] = round(db.stat().st_size / 2**20, 1)
        counts = store_counts(db)
        row["mentions"], row["events"] = counts["event_mentions"], counts["events"]
    return row


def markdown(rows: list[dict]) -> str:
    lines = ["| config | articles | seconds | articles/s | peak RSS MB | db MB | mentions | events |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        cells = [r["config"], r["articles"], r["seconds"], r["articles_per_s"], r["peak_rss_mb"],
                 r["db_mb"], r["mentions"], r["events"]]
        lines.append("| " + " | ".join("" if c is None else str(c) for c in cells) + " |")
    return "\n".join(lines)


def ratios(rows: list[dict]) -> list[str]:
    """ingest2 / extract throughput per size: what storing costs on top of coding, both with 2 workers."""
    out = []
    for n in sorted({r["articles"] for r in rows}):
        by = {r["config"]: r for r in rows if r["articles"] == n}
        if "ingest2" in by and "extract" in by:
            ratio = by["ingest2"]["articles_per_s"] / by["extract"]["articles_per_s"]
            met = "met" if ratio >= RATIO_TARGET else "not met"
            out.append(f"ingest2 / extract throughput (2 workers each), {n} articles: {ratio:.2f} "
                       f"(target >= {RATIO_TARGET}: {met})")
    return out


def fit(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least squares a, b of seconds = a + b * articles."""
    mean_n = sum(n for n, _ in points) / len(points)
    mean_t = sum(t for _, t in points) / len(points)
    b = sum((n - mean_n) * (t - mean_t) for n, t in points) / sum((n - mean_n) ** 2 for n, _ in points)
    return mean_t - b * mean_n, b


def slopes(rows: list[dict]) -> list[str]:
    """Per config run at two sizes or more: start-up seconds and seconds per article."""
    out = []
    for config in CONFIGS:
        points = [(r["articles"], r["seconds"]) for r in rows if r["config"] == config]
        if len({n for n, _ in points}) >= 2:
            a, b = fit(points)
            marginal = f" ({1 / b:.1f} articles/s once started)" if b > 0 else ""
            out.append(f"{config}: time = {a:.1f} s + {b * 1000:.1f} ms x articles{marginal}")
    return out


def corpora(args: argparse.Namespace, out_dir: Path) -> list[tuple[Path, int]]:
    """(corpus, articles) per size: the given corpus, else one duplicates corpus per --articles."""
    if args.corpus:
        with open(args.corpus, encoding="utf-8") as fh:
            return [(args.corpus, sum(1 for line in fh if line.strip()))]
    from make_corpus import build_duplicates  # bench/ is on sys.path

    out = []
    for n in args.articles or [1000]:
        corpus = out_dir / f"dup-{n}.jsonl"
        build_duplicates(ROOT / "examples" / "corpus.jsonl", corpus, n, args.seed)
        out.append((corpus, n))
    return out


def _shown_python() -> str:
    """This interpreter, relative to the working directory when it is inside it (".venv/bin/python")."""
    relative = os.path.relpath(sys.executable)
    return sys.executable if relative.startswith("..") else relative


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, action="append",
                        help="corpus size; repeat for several (default 1000)")
    parser.add_argument("--configs", default=",".join(CONFIGS), help=f"comma-separated, of {','.join(CONFIGS)}")
    parser.add_argument("--corpus", type=Path, help="use this corpus instead of building one")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="append the results as JSON lines (e.g. docs/benchmarks.json)")
    args = parser.parse_args()
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = [c for c in configs if c not in CONFIGS]
    if unknown:
        parser.error(f"unknown config {', '.join(unknown)}; choose from {','.join(CONFIGS)}")
    if args.corpus and args.articles:
        parser.error("--corpus and --articles exclude each other")
    if args.corpus:
        args.corpus = args.corpus.resolve()  # the commands run in the repository root

    out_dir = HERE / "out"
    out_dir.mkdir(exist_ok=True)
    context = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "commit": git_commit(),
               "cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
               "benchmark": shlex.join([_shown_python(), *sys.argv])}
    rows = []
    for corpus, n in corpora(args, out_dir):
        for config in configs:
            row = benchmark(config, corpus, n, out_dir)
            rows.append(row)
            print(f"{config:<8} {n} articles  {row['seconds']:>8.2f} s  {row['articles_per_s']:>7.2f} articles/s  "
                  f"peak {row['peak_rss_mb']} MB" + (f"  db {row['db_mb']} MB" if row["db_mb"] is not None else ""),
                  file=sys.stderr, flush=True)
            if args.out:
                args.out.parent.mkdir(parents=True, exist_ok=True)
                with open(args.out, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps({**context, "corpus": os.path.relpath(corpus, ROOT), **row}) + "\n")
    print(f"command: {context['benchmark']}  ({context['cpus']} CPUs, commit {context['commit'] or 'unknown'})\n")
    print(markdown(rows))
    for line in ratios(rows) + slopes(rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
