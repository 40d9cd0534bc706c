"""What the builders in tools/ do with the table they build: write it, or with --check say whether it is stale."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable


def build_main(out: Path, build: Callable[[], str], description: str, builder: str, header_lines: int,
               argv=None) -> int:
    """Parse --check; then exit 1 if `out` differs from what `build` makes, or write it."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help="exit 1 if the TSV is stale")
    args = ap.parse_args(argv)
    text = build()
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out} is stale: rerun tools/{builder}", file=sys.stderr)
            return 1
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10)) - header_lines} rows)")
    return 0
