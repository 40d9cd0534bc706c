"""CPU time of the coder alone (everything `extract` does but the spaCy parse), per stage.

    PYTHONPATH=. .venv/bin/python bench/profile_stages.py [--articles 300] [--seed 7] [--repeat 3] [--top 25]
                                                          [--docs bench/out/docs-300.spacy]

Wall-clock throughput (bench/benchmark.py) moves with whatever else runs on the machine; CPU time
of this process does not, much. So this script parses a fixed corpus (the generated articles of
bench/make_corpus.py, 300 by default) once, then times the rest of `Extractor` on those parses with
`time.process_time()`:
  split       finding the sentence chunks that may hold an event (before the parse)
  <function>  each function the Extractor's methods call directly (code_sentence, find_mentions,
              place_events, ...), its callees included
  glue        the Extractor's own lines between those calls
  render      the JSON Lines output (write.render), as `extract` writes it
Each of `--repeat` runs is a fresh process (the knowledge caches start cold, as in a real run);
the table gives the minimum seconds per stage over the runs and the minimum total. Then one more
run under cProfile prints the `--top` functions by own time and by cumulative time.

The line `output sha1` hashes the rendered output: equal before and after a change that only
makes the coder faster. `--docs FILE` keeps the parses in a DocBin, so later runs skip the parse;
delete the file when the parser (nlp.py, attribute_table.py, the model) changes. With
PROFILE_STAGES_DUMP=FILE set, the cProfile run also writes its stats to FILE (`python -m pstats FILE`).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

CODER_METHODS = ("code_parsed", "_result", "_mention")  # the Extractor methods whose calls are stages


def corpus_file(articles: int, seed: int) -> Path:
    from make_corpus import build_corpus  # noqa: E402 - bench/ is on sys.path when run as a script

    out = HERE / "out" / f"corpus-{articles}-{seed}.jsonl"
    if not out.exists():
        out.parent.mkdir(exist_ok=True)
        build_corpus(ROOT / "examples" / "corpus.jsonl", out, articles, seed)
    return out


def parsed_docs(extractor, runs, docs_file: Path | None) -> list:
    """The parses of `runs`, from `docs_file` when it holds the parses of these same texts."""
    from spacy.tokens import DocBin

    texts = [a.text[run[0].start : run[-1].end] for a, run in runs]
    key = hashlib.sha1("\x00".join(texts).encode()).hexdigest()
    key_file = docs_file.with_suffix(".key") if docs_file is not None else None
    if docs_file is not None and docs_file.exists() and key_file.exists() and key_file.read_text() == key:
        return list(DocBin().from_disk(docs_file).get_docs(extractor.nlp.vocab))
    docs = list(extractor.nlp.pipe(texts, batch_size=64))
    if docs_file is not None:
        DocBin(store_user_data=True, docs=docs).to_disk(docs_file)
        key_file.write_text(key)
    return docs


class StageTimer:
    """Replaces each function the coder methods call by name with one that adds its CPU time to its
    stage. Only the outermost timed call counts, so a stage includes its callees."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.depth = 0

    def wrap(self, name: str, fn):
        def timed(*args, **kwargs):
            if self.depth:
                return fn(*args, **kwargs)
            self.depth += 1
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - t0
                self.depth -= 1
        return timed

    def install(self, module, cls) -> None:
        names = set()
        for method in CODER_METHODS:
            names.update(getattr(cls, method).__code__.co_names)
        for name in sorted(names):
            fn = getattr(module, name, None)
            if callable(fn) and not isinstance(fn, type) and getattr(fn, "__module__", "").startswith("eventwire"):
                setattr(module, name, self.wrap(name, fn))


def one_run(corpus: Path, docs_file: Path | None, profile: int) -> dict:
    """Parse (untimed), then time the coder on the parses; returns seconds per stage."""
    from eventwire import pipeline
    from eventwire.read import iter_articles
    from eventwire.write import render

    articles = [a for a in iter_articles([str(corpus)]) if isinstance(a, pipeline.Article)]
    extractor = pipeline.Extractor()
    t0 = time.process_time()
    runs = extractor.runs_to_parse(articles)
    split = time.process_time() - t0
    docs = parsed_docs(extractor, runs, docs_file)

    timer = StageTimer()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
    else:
        timer.install(pipeline, pipeline.Extractor)
    digest = hashlib.sha1()
    rendered = 0.0
    t0 = time.process_time()
    if profiler:
        profiler.enable()
    for result in extractor.code_parsed(articles, runs, docs):
        r0 = time.process_time()
        digest.update(render(result).text.encode())
        rendered += time.process_time() - r0
    if profiler:
        profiler.disable()
    total = time.process_time() - t0
    stages = {"split": split, **timer.seconds, "render": rendered}
    stages["glue"] = total - sum(timer.seconds.values()) - rendered
    out = {"articles": len(articles), "runs": len(runs), "total": total + split, "stages": stages,
           "sha1": digest.hexdigest()}
    if profiler:
        print_profile(profiler, profile)
        if os.environ.get("PROFILE_STAGES_DUMP"):  # for pstats' callers/callees: python -m pstats FILE
            profiler.dump_stats(os.environ["PROFILE_STAGES_DUMP"])
    return out


def print_profile(profiler, top: int) -> None:
    import io
    import pstats

    for order in ("tottime", "cumulative"):
        buf = io.StringIO()
        stats = pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats(order)
        stats.print_stats(top)
        lines = buf.getvalue().splitlines()
        start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
        print(f"\n# top {top} functions by {order} (cProfile: times inflated by the profiler)", file=sys.stderr)
        print("\n".join(lines[start : start + top + 1]), file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=25, help="functions listed by cProfile (0: no profile run)")
    parser.add_argument("--docs", type=Path, default=None, help="DocBin file keeping the parses between runs")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # a child run; its value: --top
    parser.add_argument("--corpus", type=Path, default=None, help="a JSONL corpus instead of the generated one")
    args = parser.parse_args()

    corpus = args.corpus or corpus_file(args.articles, args.seed)
    if args.one is not None:
        print(json.dumps(one_run(corpus, args.docs, args.one)))
        return 0
    child = [sys.executable, __file__, "--corpus", str(corpus)] + (["--docs", str(args.docs)] if args.docs else [])
    results = []
    for _ in range(args.repeat):
        proc = subprocess.run(child + ["--one", "0"], capture_output=True, text=True, check=True)
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    report(results)
    if args.top:
        subprocess.run(child + ["--one", str(args.top)], stdout=subprocess.DEVNULL, check=True)
    return 0


def report(results: list[dict]) -> None:
    first = results[0]
    print(f"{first['articles']} articles, {first['runs']} parsed runs; min of {len(results)} runs, CPU seconds")
    stages = sorted(first["stages"], key=lambda s: -min(r["stages"].get(s, 0.0) for r in results))
    for stage in stages:
        times = [r["stages"].get(stage, 0.0) for r in results]
        print(f"  {stage:<40} {min(times):7.3f}   ({' '.join(f'{t:.3f}' for t in times)})")
    totals = [r["total"] for r in results]
    print(f"  {'TOTAL coder':<40} {min(totals):7.3f}   ({' '.join(f'{t:.3f}' for t in totals)})")
    shas = {r["sha1"] for r in results}
    print(f"output sha1 {' '.join(sorted(shas))}")


if __name__ == "__main__":
    sys.exit(main())
