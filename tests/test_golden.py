"""The samples' output, two ways.

1. Golden files: for each samples/NAME.txt with tests/golden/NAME.json, the output equals
   the golden JSON exactly. After a deliberate change of output, run
   `python tests/regen_golden.py`, read `git diff tests/golden`, and commit both.
2. A hand-written expectation for the real MOFA sample, field by field: what a reader of
   that release would write down (independent of what the tool currently prints).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import regen_golden

from pressparse import Release, parse_file

WITH_GOLDEN = [s for s in regen_golden.samples() if regen_golden.golden_path(s).exists()]


@pytest.mark.parametrize("sample", WITH_GOLDEN, ids=lambda p: p.stem)
def test_output_equals_golden(sample: Path) -> None:
    want = json.loads(regen_golden.golden_path(sample).read_text(encoding="utf-8"))
    got = regen_golden.render(sample)
    assert got == want, f"output of {sample.name} changed: run python tests/regen_golden.py"


def test_every_sample_has_a_golden_file() -> None:
    missing = [s.name for s in regen_golden.samples() if s not in WITH_GOLDEN]
    assert not missing, f"no golden output for {missing}: run python tests/regen_golden.py"


# --- the real release, field by field ----------------------------------------------------

MOFA = regen_golden.SAMPLES / "mofa-2024-05-23-kamikawa-kao.txt"

EXPECTED: dict[str, Any] = {
    "header.title": "Meeting between Foreign Minister KAMIKAWA and Dr. Kao Kim Hourn, "
    "Secretary-General of ASEAN",
    "header.date": "2024-05-23",
    "header.section": "Press Releases",
    "meeting.format": "in_person",
    "meeting.date": "2024-05-23",
    "meeting.start_time": "14:00",
    "meeting.end_time": "14:40",
    "meeting.duration_minutes": 40,
    "meeting.duration_approximate": True,
    "meeting.location": None,
    "meeting.timezone": None,
}
PARTICIPANTS = [
    # (name words in any order, title, organization)
    ({"kamikawa", "yoko"}, "Minister for Foreign Affairs", "Japan"),
    ({"kao", "kim", "hourn"}, "Secretary-General", "ASEAN"),
]
TOPICS = [
    "nuclear disarmament",
    "Commemorative Summit",
    "WA Project 2.0",
    "Connectivity Initiative",
    "Myanmar",
]


@pytest.fixture(scope="module")
def mofa() -> Release:
    return parse_file(MOFA)


def dig(rel: Release, dotted: str) -> Any:
    obj: Any = rel
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("field", list(EXPECTED))
def test_mofa_field(mofa: Release, field: str) -> None:
    assert dig(mofa, field) == EXPECTED[field]


def test_mofa_points(mofa: Release) -> None:
    assert [p.number for p in mofa.points] == [1, 2, 3, 4, 5]
    assert mofa.points[0].text.startswith("At the outset, Foreign Minister Kamikawa")
    assert mofa.points[4].text.endswith("Post Ministerial Conference in July.")
    assert mofa.lead is not None and mofa.lead.startswith("On May 23, 2024, commencing at 2:00")


def test_mofa_participants(mofa: Release) -> None:
    got = [
        ({w.casefold() for w in re.findall(r"\w+", p.name)}, p.title, p.organization)
        for p in mofa.participants
    ]
    assert got == PARTICIPANTS


def words(s: str) -> str:
    return " " + " ".join(re.findall(r"[\w']+", s.casefold())) + " "


@pytest.mark.parametrize("topic", TOPICS)
def test_mofa_topic_present(mofa: Release, topic: str) -> None:
    labels = [words(t.label) for t in mofa.topics[:10]]
    assert any(words(topic) in label for label in labels), [t.label for t in mofa.topics]


def test_mofa_spans_point_into_the_text(mofa: Release) -> None:
    text = MOFA.read_text(encoding="utf-8")
    assert mofa.spans
    for span in mofa.spans:
        assert text[span.start : span.end] == span.text
