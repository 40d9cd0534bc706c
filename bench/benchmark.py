"""Throughput benchmark: `eventwire extract` next to bare spaCy on the same texts.

    .venv/bin/python bench/benchmark.py [--articles 2000] [--seed 7]

Builds a corpus (bench/make_corpus.py) and times, each in its own process so
peak memory is clean:
  spacy-1   bare spaCy nlp.pipe over the full texts, one process
  spacy-2   the same with n_process=2
  extract-1 eventwire's extractor, one process (reading + coding + JSON writing)
  extract-2 the same with --workers 2
Peak memory is the largest sum of RSS over the process and its children,
sampled every 50 ms. RSS counts a page shared by forked processes once in each
of them, so the script also prints the peak sum of PSS (each shared page split
among the processes that share it), sampled every 0.5 s: reading it costs more.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

# As `eventwire` itself does (cli.py), before numpy loads: one OpenBLAS thread per process. This
# script calls the runner in-process, not through the command line, so it sets it the same way.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


class PeakMemory:
    """Samples RSS of this process and its children in a background thread."""

    def __init__(self, interval: float = 0.05, pss_every: int = 10):
        import psutil

        self.proc = psutil.Process()
        self.interval = interval
        self.pss_every = pss_every
        self.peak = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        tick = 0
        while not self._stop.is_set():
            with_pss = tick % self.pss_every == 0
            total = total_pss = 0
            try:
                for p in [self.proc, *self.proc.children(recursive=True)]:
                    try:
                        if with_pss:
                            full = p.memory_full_info()
                            total, total_pss = total + full.rss, total_pss + full.pss
                        else:
                            total += p.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            self.peak = max(self.peak, total)
            self.peak_pss = max(self.peak_pss, total_pss)
            tick += 1
            time.sleep(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def load_texts(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_one(mode: str, corpus: Path) -> dict:
    """Time one mode in this process; returns the measurement as a dict."""
    rows = load_texts(corpus)
    words = sum(len(r["text"].split()) for r in rows)
    with PeakMemory() as mem:
        if mode.startswith("spacy"):
            from eventwire.nlp import load_nlp

            nlp = load_nlp(full=True)  # bare spaCy: the stock pipeline as users run it
            n_process = int(mode.split("-")[1])
            load_done = time.perf_counter()
            for _ in nlp.pipe((r["text"] for r in rows), batch_size=64, n_process=n_process):
                pass
            events = None
        else:
            import io

            from eventwire.read import iter_articles
            from eventwire.records import BadItem
            from eventwire.run import run
            from functools import partial

            from eventwire.write import Writer, render

            workers = int(mode.split("-")[1])
            # load outside the timed part, as for spaCy (whose forked processes inherit the model
            # loaded here): run() forks its workers from this process, after the load
            from eventwire.pipeline import Extractor

            Extractor()
            load_done = time.perf_counter()
            writer = Writer(io.StringIO())
            events = 0
            for item in run(iter_articles([str(corpus)]), workers=workers, transform=partial(render)):
                if not isinstance(item, BadItem):
                    events += writer.write(item)
        end = time.perf_counter()
    seconds = end - load_done
    return {"mode": mode, "articles": len(rows), "words": words, "seconds": round(seconds, 2),
            "articles_per_s": round(len(rows) / seconds, 1), "words_per_s": round(words / seconds),
            "peak_mb": round(mem.peak / 2**20), "peak_pss_mb": round(mem.peak_pss / 2**20), "events": events}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--modes", default="spacy-1,extract-1,spacy-2,extract-2")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args()

    if args.one:
        print(json.dumps(run_one(args.one, args.corpus)))
        return 0

    from make_corpus import build_corpus  # noqa: E402 - bench/ is on sys.path when run as a script

    out_dir = HERE / "out"
    out_dir.mkdir(exist_ok=True)
    corpus = args.corpus or out_dir / f"corpus-{args.articles}.jsonl"
    if args.corpus is None:
        build_corpus(ROOT / "examples" / "corpus.jsonl", corpus, args.articles, args.seed)
    results = {}
    for mode in args.modes.split(","):
        proc = subprocess.run([sys.executable, __file__, "--one", mode, "--corpus", str(corpus)],
                              capture_output=True, text=True, check=True)
        results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
        r = results[mode]
        print(f"{mode:<10} {r['articles']} articles {r['words']} words in {r['seconds']:>7.2f}s  "
              f"{r['articles_per_s']:>7.1f} articles/s {r['words_per_s']:>7} words/s  peak {r['peak_mb']} MB (PSS {r['peak_pss_mb']} MB)"
              + (f"  {r['events']} events" if r["events"] is not None else ""), flush=True)
    for n in ("1", "2"):
        if f"spacy-{n}" in results and f"extract-{n}" in results:
            ratio = results[f"extract-{n}"]["words_per_s"] / results[f"spacy-{n}"]["words_per_s"]
            print(f"ratio extract-{n} / spacy-{n} throughput: {ratio:.2f}x")
    (out_dir / "results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
