"""The stages, in order. Each stage is a pure function of the segmented (and
analysed) document; this module only runs them and assembles the Release.

    text --segment--> Segmented --spaCy--> Analyzed --when/who/topics--> Release
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from . import nlp as nlp_stage
from . import segment as segment_stage
from . import topics as topics_stage
from . import when as when_stage
from . import who as who_stage
from .document import Analyzed, Segmented
from .model import Header, Point, Release, Source, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .document import PointSeg

# spaCy reads at most this many characters of a release; a longer input is a
# scraped page or garbage, and the stages fall back to rules beyond it.
NLP_CHAR_LIMIT = 100_000
# spaCy's cost grows with tokens, not bytes: a release has 155 to 212 tokens a KB, while
# "( ( (" or "1. 1. 1." has up to 1,000. spaCy reads at most this many tokens a KB of the
# input (never binding on prose), and at most NLP_TOKEN_LIMIT in all, so the time per KB
# of any input stays near that of a release (bench/adversarial.py measures it).
NLP_TOKENS_PER_KB = 300
NLP_TOKEN_MIN = 2_000  # a short input is read whole: it is cheap whatever it holds
NLP_TOKEN_LIMIT = 22_000
BATCH_SIZE = 16
LONG_RUN_BREAK = 64

T = TypeVar("T")


class StageError(Exception):
    """A stage raised: the CLI turns this into an ``internal`` error record naming the stage."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"{stage}: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause


def _run(stage: str, fn: Callable[[], T]) -> T:
    try:
        return fn()
    except StageError:
        raise  # already names the inner stage
    except Exception as exc:  # every failure inside a stage is reported with its name
        raise StageError(stage, exc) from exc


def _point(p: PointSeg) -> Point:
    return Point(
        number=p.number,
        heading=p.heading.text if p.heading else None,
        text=p.text,
        subpoints=[_point(s) for s in p.subpoints],
    )


def _header_spans(seg: Segmented) -> list[Span]:
    spans: list[Span] = []
    for name, s in (
        ("header.section", seg.section),
        ("header.title", seg.title),
        ("header.date", seg.date_span),
        ("lead", seg.lead),
    ):
        if s is not None:
            spans.append(Span(field=name, start=s.start, end=s.end, text=s.text))
    for i, c in enumerate(seg.captions):
        spans.append(Span(field=f"header.captions[{i}]", start=c.start, end=c.end, text=c.text))
    return spans


def assemble(an: Analyzed, source: Source | None = None) -> Release:
    """Run the extraction stages over one analysed document."""
    return _run("assemble", lambda: _assemble(an, source))


def _assemble(an: Analyzed, source: Source | None) -> Release:
    seg = an.seg
    when = _run("when", lambda: when_stage.extract(an))
    who = _run("who", lambda: who_stage.extract(an))
    topics = _run("topics", lambda: topics_stage.extract(an, who.participants, when.meeting))
    return Release(
        source=source or Source(),
        header=Header(
            section=seg.section.text if seg.section else None,
            title=seg.title.text if seg.title else None,
            date=seg.date.isoformat() if seg.date else None,
            captions=[c.text for c in seg.captions],
        ),
        lead=seg.lead.text if seg.lead else None,
        points=[_point(p) for p in seg.points],
        meeting=when.meeting,
        participants=who.participants,
        mentioned_people=who.mentioned,
        topics=topics.topics,
        spans=_header_spans(seg) + when.spans + who.spans + topics.spans,
        warnings=list(seg.warnings) + when.warnings + who.warnings + topics.warnings,
    )


# spaCy's tokenizer takes time quadratic in the length of a run without white space
# ("((((...": seconds for a few thousand characters). No word of a release is this long,
# so such runs are broken up for spaCy only, one character for one: offsets stay valid.
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN_BREAK},}}")


def _break_run(m: re.Match[str]) -> str:
    chars = list(m.group())
    every = slice(LONG_RUN_BREAK - 1, None, LONG_RUN_BREAK)
    chars[every] = " " * len(chars[every])
    return "".join(chars)


# roughly what spaCy's tokenizer makes a token of: a word, or one punctuation mark
_TOKEN_LIKE = re.compile(r"\w+|[^\w\s]")


def _token_cut(text: str) -> int:
    """Where spaCy's input ends: after the token budget of this text, or at its end."""
    per_kb = len(text.encode("utf-8")) * NLP_TOKENS_PER_KB // 1000
    budget = min(NLP_TOKEN_LIMIT, max(NLP_TOKEN_MIN, per_kb))
    if len(_TOKEN_LIKE.findall(text)) <= budget:
        return len(text)  # (most texts: counted in one pass in C, not match by match)
    for n, m in enumerate(_TOKEN_LIKE.finditer(text), 1):
        if n > budget:
            return m.start()
    return len(text)


def nlp_input(text: str) -> str:
    """The text spaCy reads: a prefix within the character and token budgets, very long
    runs of non-space characters broken (length-preserving, so offsets stay valid)."""
    head = text[:NLP_CHAR_LIMIT]
    return _LONG_RUN.sub(_break_run, head[: _token_cut(head)])


def _nlp_input(seg: Segmented) -> str:
    return nlp_input(seg.text)


def _analyse_one(nlp: Language, seg: Segmented) -> Doc | StageError:
    try:
        return next(nlp_stage.pipe(nlp, [_nlp_input(seg)], 1))
    except Exception as exc:  # reported as the "nlp" stage of this input only
        return StageError("nlp", exc)


def run_many(
    items: Iterable[tuple[str, Source | None]], nlp: Language
) -> Iterator[Release | StageError]:
    """Segment, analyse (through ``nlp.pipe``, in bounded batches) and extract.

    Yields a Release, or the StageError of the stage that failed, per input, in order.
    """
    batch: list[tuple[Segmented | StageError, Source | None]] = []

    def flush() -> Iterator[Release | StageError]:
        ok = [s for s, _ in batch if isinstance(s, Segmented)]
        docs: Iterator[Doc | StageError]
        try:
            docs = iter(list(nlp_stage.pipe(nlp, (_nlp_input(s) for s in ok), BATCH_SIZE)))
        except Exception:  # one text spoilt the batch: find it, so only it gets the error
            docs = iter([_analyse_one(nlp, s) for s in ok])
        for s, src in batch:
            if isinstance(s, StageError):
                yield s
                continue
            doc = next(docs)
            if isinstance(doc, StageError):
                yield doc
                continue
            try:
                yield assemble(Analyzed(seg=s, doc=doc), src)
            except StageError as exc:
                yield exc

    for text, src in items:
        try:
            batch.append((_run("segment", partial(segment_stage.segment, text)), src))
        except StageError as exc:
            batch.append((exc, src))
        if len(batch) >= BATCH_SIZE:
            yield from flush()
            batch = []
    if batch:
        yield from flush()
