"""Time per KB of adversarial inputs next to normal releases, in one process.

    python bench/adversarial.py                     # the table
    python bench/adversarial.py --profile ones      # cProfile of one case (top functions)
    python bench/adversarial.py --only 'mr|comma'   # some cases only

The model is loaded (and warmed up) before anything is timed. Each input is parsed as
``pressparse.parse`` does it, but stage by stage (decode, segment, spaCy, when, who,
topics), so that a slow row shows where its time goes. Times are CPU times of this
process (steadier than wall time on a shared machine); the wall time is printed too.
The issue's bound: no input may cost more than 2x normal text per KB.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BOUND = 2.0
STAGES = ("decode", "segment", "nlp", "when", "who", "topics", "assemble")

LEAD = (
    "On March 4, commencing at 2:00 p.m. for approximately 30 minutes, Ms. Ana Velkova, "
    "Minister for Foreign Affairs of Ruritania, held a meeting with Mr. Tomas Rieger, "
    "Secretary-General of the Northern Council. "
)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def adversarial_cases() -> dict[str, str]:
    kb100 = 100_000
    return {
        "ones: 100 KB of 'a'": "a" * kb100,
        "numbers: 100 KB of '1. 1. 1.'": _fill("1. ", kb100),
        "mr: 100 KB of 'Mr. Mr. Mr.'": _fill("Mr. ", kb100),
        "comma: 100 KB of ', , ,'": _fill(", ", kb100),
        "newlines: 100 KB of '\\n'": "\n" * kb100,
        "parens: 100 KB of '('": "(" * kb100,
        "line: 1 MB single line (a lead repeated)": _fill(LEAD, 1_000_000),
        "points: 10,000 numbered points": "Press Releases\n\nMeeting between A and B\n\n"
        "March 4, 2024\n\n"
        + LEAD
        + "\n\n"
        + "\n".join(
            f"{i}. The two sides discussed trade with Mr. Tomas Rieger on {i % 28 + 1} March."
            for i in range(1, 10_001)
        )
        + "\n",
    }


def normal_texts() -> dict[str, str]:
    files = sorted((ROOT / "samples").glob("*.txt")) + sorted(
        (ROOT / "tests" / "corpus").glob("*.txt")
    )
    return {f.name: f.read_text(encoding="utf-8") for f in files}


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def parse_by_stage(text: str, nlp: Any) -> dict[str, float]:
    """Parse one text as pipeline.run_many does, timing each stage (CPU seconds)."""
    from pressparse import inputs, pipeline
    from pressparse import segment as segment_stage
    from pressparse import topics as topics_stage
    from pressparse import when as when_stage
    from pressparse import who as who_stage
    from pressparse.document import Analyzed

    spent: dict[str, float] = {}

    def timed(stage: str, fn: Callable[[], Any]) -> Any:
        t = time.process_time()
        try:
            return fn()
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.process_time() - t

    decoded = timed("decode", lambda: inputs.from_text(text))
    seg = timed("segment", lambda: segment_stage.segment(decoded.text))
    doc = timed("nlp", lambda: nlp(pipeline.nlp_input(seg.text)))
    an = Analyzed(seg=seg, doc=doc)
    # assemble runs when, who and topics: time each inside it, through their module
    # attributes (as the pipeline calls them), and keep the rest as assemble's own
    modules = {"when": when_stage, "who": who_stage, "topics": topics_stage}
    real = {k: m.extract for k, m in modules.items()}

    def wrap(k: str) -> Callable[..., Any]:
        return lambda *a, **kw: timed(k, lambda: real[k](*a, **kw))

    for k, m in modules.items():
        m.extract = wrap(k)
    try:
        timed("assemble", lambda: pipeline.assemble(an))
    finally:
        for k, m in modules.items():
            m.extract = real[k]
    spent["assemble"] = max(0.0, spent["assemble"] - spent["when"] - spent["who"] - spent["topics"])
    return spent


def measure(texts: dict[str, str], nlp: Any, timeout: float) -> Iterator[tuple[str, Any]]:
    """(name, (KB, cpu seconds by stage, wall seconds)) per text; None when it timed out."""
    for name, text in texts.items():
        kb = len(text.encode("utf-8")) / 1000
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        wall = time.perf_counter()
        try:
            spent = parse_by_stage(text, nlp)
        except _Timeout:
            yield name, (kb, None, time.perf_counter() - wall)
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        yield name, (kb, spent, time.perf_counter() - wall)


def spacy_components(text: str, nlp: Any) -> str:
    """CPU ms of each spaCy component on the text spaCy reads (tokenizer first)."""
    from pressparse import pipeline

    src = pipeline.nlp_input(text)
    t = time.process_time()
    doc = nlp.make_doc(src)
    rows = [("tokenizer", time.process_time() - t)]
    for name, proc in nlp.pipeline:
        t = time.process_time()
        doc = proc(doc)
        rows.append((name, time.process_time() - t))
    head = f"spaCy reads {len(src)} chars, {len(doc)} tokens, {len(list(doc.sents))} sentences"
    return head + "\n" + "\n".join(f"  {name:16} {1000 * s:8.0f} ms" for name, s in rows)


def profile(text: str, nlp: Any, top: int = 25) -> str:
    prof = cProfile.Profile()
    prof.enable()
    parse_by_stage(text, nlp)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--only", help="regex: the adversarial cases to run")
    ap.add_argument("--profile", metavar="CASE", help="cProfile the case whose name matches")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per input")
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)

    from pressparse.nlp import load

    nlp = load(args.model)
    cases = adversarial_cases()
    if args.only:
        cases = {k: v for k, v in cases.items() if re.search(args.only, k)}
    normal = normal_texts()
    for text in list(normal.values())[:3]:  # warm up: first calls build caches
        parse_by_stage(text, nlp)

    if args.profile:
        name = next(k for k in adversarial_cases() if re.search(args.profile, k))
        print(f"# {name}\n")
        print(spacy_components(adversarial_cases()[name], nlp) + "\n")
        print(spacy_components(next(iter(normal.values())), nlp) + "  (a normal release)\n")
        print(profile(adversarial_cases()[name], nlp))
        return 0

    total_kb = total_cpu = total_wall = 0.0
    by_stage = dict.fromkeys(STAGES, 0.0)
    for _, (kb, spent, wall) in measure(normal, nlp, args.timeout):
        assert spent is not None, "a normal release timed out"
        total_kb += kb
        total_cpu += sum(spent.values())
        total_wall += wall
        for k, v in spent.items():
            by_stage[k] += v
    base = 1000 * total_cpu / total_kb
    print(
        f"normal: {len(normal)} releases (samples/, tests/corpus/), {total_kb:.0f} KB, "
        f"{base:.2f} ms/KB CPU ({1000 * total_wall / total_kb:.2f} wall)\n"
    )
    head = "| input | KB | CPU ms | ms/KB | x normal | " + " | ".join(STAGES) + " | wall ms |"
    print(head)
    print("|" + " --- |" * (head.count("|") - 1))
    print(
        f"| normal releases | {total_kb:.0f} | {1000 * total_cpu:.0f} | {base:.2f} | 1.00 | "
        + " | ".join(f"{1000 * by_stage[s]:.0f}" for s in STAGES)
        + f" | {1000 * total_wall:.0f} |"
    )
    over = []
    for name, (kb, spent, wall) in measure(cases, nlp, args.timeout):
        if spent is None:
            print(
                f"| {name} | {kb:.0f} | > {args.timeout:.0f} s (timed out) | | | "
                + " | ".join("" for _ in STAGES)
                + f" | {1000 * wall:.0f} |",
                flush=True,
            )
            over.append(name)
            continue
        cpu = sum(spent.values())
        per_kb = 1000 * cpu / kb
        ratio = per_kb / base
        flag = " **over**" if ratio > BOUND else ""
        if ratio > BOUND:
            over.append(name)
        print(
            f"| {name} | {kb:.0f} | {1000 * cpu:.0f} | {per_kb:.2f} | {ratio:.2f}{flag} | "
            + " | ".join(f"{1000 * spent.get(s, 0.0):.0f}" for s in STAGES)
            + f" | {1000 * wall:.0f} |",
            flush=True,
        )
    print(f"\nbound: {BOUND}x normal per KB; over it: {', '.join(over) or 'none'}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
