#!/usr/bin/env python3
"""Write (or check) the golden outputs of the samples: tests/golden/NAME.json for samples/NAME.txt.

    python tests/regen_golden.py            rewrite every golden file from the current output
    python tests/regen_golden.py --check    exit 1 and name the samples whose output changed

A golden file is the exact JSON that `pressparse samples/NAME.txt` prints (run from the
repository root), pretty-printed. Regenerate after a deliberate change of output, read
the diff (`git diff tests/golden`), and commit it with the change.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"


def samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def golden_path(sample: Path) -> Path:
    return GOLDEN / f"{sample.stem}.json"


def render(sample: Path) -> dict[str, Any]:
    """The record the CLI prints for this sample, with source.path as given from the repo root."""
    from pressparse.cli import records

    (rec,) = records([str(sample)])
    out: dict[str, Any] = json.loads(rec.model_dump_json(exclude={"text"}))
    out["source"]["path"] = sample.relative_to(REPO).as_posix()
    return out


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare only; exit 1 on a difference")
    args = ap.parse_args()
    GOLDEN.mkdir(exist_ok=True)
    changed = []
    for sample in samples():
        text = dumps(render(sample))
        path = golden_path(sample)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        changed.append(sample.name)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    verb = "differ" if args.check else "rewritten"
    print(f"{len(changed)} of {len(samples())} golden files {verb}: {', '.join(changed) or '-'}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
