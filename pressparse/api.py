"""The library API: ``parse``, ``parse_file``, ``parse_many``."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import inputs
from .errors import ParseError
from .model import Release, Source
from .pipeline import StageError, run_many

if TYPE_CHECKING:
    from spacy.language import Language


def _nlp(model: str | None, fast: bool) -> Language:
    from . import nlp  # spaCy loads here, on the first parse, not at import

    return nlp.load(model, fast=fast)


def parse_many(
    texts: Iterable[str | tuple[str, Source | None]],
    *,
    model: str | None = None,
    fast: bool = False,
) -> Iterator[Release]:
    """Parse many texts in batches through ``nlp.pipe``; yields one Release per text, in order.

    ``fast`` runs only spaCy's tokenizer; entities, tags and the dependency parse come from
    rules (:mod:`pressparse.shallow`, :mod:`pressparse.shallow_deps`): about four times the
    throughput, the same meetings and participants on the test sets, a little less topics
    recall (README, "The fast mode").

    Raises ParseError (code ``internal``, with the stage) for an input a stage failed on.
    """
    items = ((t, None) if isinstance(t, str) else t for t in texts)
    for out in run_many(items, _nlp(model, fast)):
        if isinstance(out, StageError):
            raise ParseError("internal", str(out), stage=out.stage) from out
        yield out


def parse(
    text: str,
    *,
    source: str | Source | None = None,
    model: str | None = None,
    fast: bool = False,
) -> Release:
    """Parse one release given as text (plain text or HTML) into a :class:`Release`."""
    src = source if isinstance(source, Source) or source is None else Source(path=source)
    decoded = inputs.from_text(text)
    if src is None:
        src = Source(format=decoded.format)
    elif src.format is None:
        src = src.model_copy(update={"format": decoded.format})
    return next(parse_many([(decoded.text, src)], model=model, fast=fast))


def parse_file(
    path: str | os.PathLike[str], *, model: str | None = None, fast: bool = False
) -> Release:
    """Read, decode and parse one file. Raises ParseError for unreadable or bad input."""
    decoded = inputs.read_path(Path(path))
    src = Source(path=str(path), sha256=decoded.sha256, format=decoded.format)
    return next(parse_many([(decoded.text, src)], model=model, fast=fast))
