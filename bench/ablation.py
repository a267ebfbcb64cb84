"""What each spaCy component costs pressparse, and what accuracy it buys.

    python bench/ablation.py                      # every variant: ms/release and scores
    python bench/ablation.py --n 60 --gold tests/corpus
    python bench/ablation.py --variant ner-lead --cli FILE...   # the CLI, as that variant

Each variant changes only how spaCy is run (``pressparse.nlp.pipe`` is replaced in this
process); the stages are the shipped ones. For each variant it times ``parse_many`` over N
releases of ``bench/corpus.py`` in a fresh process (model loaded before timing) and runs
the scorer (``../shared/eval/score.py`` by default) over each ``--gold`` folder with this
script's ``--cli`` as the extractor. The parser cannot be left out: topics reads noun chunks
and dependency labels, so without it there are no topics to score.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402  (bench/corpus.py, beside this file)

VARIANTS: dict[str, str] = {
    "full": "as shipped: tok2vec, tagger, parser and ner over the whole text",
    "ner-lead": "ner over the header and lead only (the sentences that start before the "
    "lead ends); tok2vec, tagger, parser over the whole text",
    "no-ner": "no ner at all; tok2vec, tagger, parser over the whole text",
}
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEFAULT_GOLD = (
    ROOT.parent / "shared" / "corpus",
    ROOT / "tests" / "corpus",
    ROOT / "tests" / "corpus2",
)


def _scoped_pipe(variant: str) -> Callable[[Any, Iterable[str], int], Iterator[Any]]:
    """``pressparse.nlp.pipe`` for a variant: the model without ner, then ner where wanted."""
    from spacy.tokens import Doc, Span

    from pressparse import nlp as pp_nlp
    from pressparse import segment

    def pipe(nlp: Any, texts: Iterable[str], batch_size: int) -> Iterator[Any]:
        texts = list(texts)
        rules = pp_nlp._pos_rules(nlp)
        with nlp.select_pipes(disable=["ner"]):
            docs = list(nlp.pipe(texts, batch_size=batch_size))
        if variant == "ner-lead":
            subs: list[Doc] = []
            maps: list[list[int]] = []
            for doc in docs:
                seg = segment.segment(doc.text)
                lead_end = seg.lead.end if seg.lead else len(doc.text)
                idx: list[int] = []
                words: list[str] = []
                spaces: list[bool] = []
                for sent in doc.sents:
                    if sent.start_char >= lead_end:
                        break
                    for t in sent:
                        idx.append(t.i)
                        words.append(t.text)
                        spaces.append(bool(t.whitespace_))
                    if spaces:
                        spaces[-1] = True  # sentences stay apart in the sub-document
                subs.append(Doc(nlp.vocab, words=words, spaces=spaces))
                maps.append(idx)
            ner = nlp.get_pipe("ner")
            found = ner.pipe(subs, batch_size=batch_size)
            for doc, sub, idx in zip(docs, found, maps, strict=True):
                ents = [
                    Span(doc, idx[e.start], idx[e.end - 1] + 1, label=e.label_)
                    for e in sub.ents
                    if idx[e.end - 1] - idx[e.start] == e.end - 1 - e.start
                ]
                doc.set_ents(ents, default="outside")
        for doc in docs:
            yield rules(doc) if rules is not None else doc

    return pipe


def _apply(variant: str) -> None:
    if variant == "full":
        return
    from pressparse import nlp as pp_nlp

    pp_nlp.pipe = _scoped_pipe(variant)  # type: ignore[assignment]


def _time(variant: str, list_file: Path) -> None:
    import pressparse

    _apply(variant)
    paths = [p for p in list_file.read_text(encoding="utf-8").split("\n") if p]
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    list(pressparse.parse_many(texts[:8]))  # loads the model, warms every stage
    t = time.process_time()
    n = sum(1 for _ in pressparse.parse_many(texts))
    print(json.dumps({"cpu": time.process_time() - t, "n": n}))


def _score(variant: str, scorer: Path, gold: Path) -> dict[str, Any]:
    cmd = f"{shlex.quote(sys.executable)} {shlex.quote(__file__)} --variant {variant} --cli"
    out = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--cmd", cmd, "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # --json prints the summary, then the "score: X" line every run ends with
    summary: dict[str, Any] = json.loads(out[: out.rindex("score:")])
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variant", choices=sorted(VARIANTS), default=None)
    ap.add_argument("--cli", nargs=argparse.REMAINDER, help="run pressparse's CLI as --variant")
    ap.add_argument("--time", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, default=200, help="releases timed per variant")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--gold", type=Path, action="append", help="answer keys (repeatable)")
    args = ap.parse_args(argv)
    if args.cli is not None:
        _apply(args.variant or "full")
        from pressparse.cli import main as cli_main

        sys.argv = ["pressparse", *args.cli]
        cli_main()
        return 0
    if args.time:
        _time(args.variant or "full", args.time)
        return 0

    golds = [g for g in (args.gold or DEFAULT_GOLD) if g.is_dir()]
    with tempfile.TemporaryDirectory(prefix="pressparse-ablation-") as tmp:
        paths = corpus.build(args.n, Path(tmp) / "corpus", seed=args.seed)
        list_file = Path(tmp) / "files.txt"
        list_file.write_text("\n".join(map(str, paths)), encoding="utf-8")
        cols = "".join(f" {g.parent.name}/{g.name} score | topics |" for g in golds)
        print("| variant | ms/release (CPU) |" + cols)
        print("| --- | ---: |" + " ---: | ---: |" * len(golds))
        for variant in VARIANTS:
            out = subprocess.run(
                [sys.executable, __file__, "--variant", variant, "--time", str(list_file)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            timed = json.loads(out.splitlines()[-1])
            cells = [f"{1000 * timed['cpu'] / timed['n']:.1f}"]
            for g in golds:
                if args.scorer.is_file():
                    s = _score(variant, args.scorer, g)
                    cells += [f"{s['score']:.3f}", f"{s['fields']['topics.recall']:.3f}"]
                else:
                    cells += ["-", "-"]
            print(f"| {variant} | " + " | ".join(cells) + " |", flush=True)
    print()
    for variant, what in VARIANTS.items():
        print(f"- {variant}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
