"""Properties that hold for any input text: parse never fails, and every value is well-formed.

For any text, ``parse`` returns a Release that validates against the JSON Schema of
``pressparse --schema``; every span lies inside the decoded text and its ``text`` is that
slice; times are HH:MM, dates real YYYY-MM-DD days, durations non-negative; numbered
points are in order; topics point at existing points; names are in the text. The
invariants are those of the fuzzer (``tests/fuzz/fuzz_parse.py``: ``violations``), which
runs the same checks over many more inputs; a short run of it is a test here too.

The strategies build release-like text from its parts (sections, headlines, dates in many
forms, times, durations, invented names with honorifics and offices, numbered and bulleted
points, HTML), not only random unicode, so that the examples reach the stages' rules.
Each example runs spaCy, so the example counts stay modest.
"""

from __future__ import annotations

import importlib.util
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressparse import Release, inputs, parse

_FUZZ = Path(__file__).resolve().parent / "fuzz" / "fuzz_parse.py"
_spec = importlib.util.spec_from_file_location("fuzz_parse", _FUZZ)
assert _spec is not None and _spec.loader is not None
fuzz: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

# Invariants the pipeline breaks today (found by the fuzzer), which the property tests
# skip: none at present. Add a category here, with its minimised example below as an
# expected failure, only while its fix is under way.
KNOWN_GAPS: dict[str, str] = {}

# --- strategies -------------------------------------------------------------------------

names = st.one_of(
    st.builds("{} {}".format, st.sampled_from(fuzz.GIVEN), st.sampled_from(fuzz.FAMILY)),
    st.builds(
        lambda f, g: f"{f.upper()} {g}", st.sampled_from(fuzz.FAMILY), st.sampled_from(fuzz.GIVEN)
    ),
    st.sampled_from(fuzz.FAMILY),
)
honorifics = st.sampled_from(fuzz.HONORIFICS)
offices = st.sampled_from(fuzz.OFFICES)
countries = st.sampled_from(fuzz.COUNTRIES)
people = st.one_of(
    st.builds("{} {}, {} of {}".format, honorifics, names, offices, countries),
    st.builds("{} {}".format, offices, names),
    st.builds("{} {} {} {}".format, countries, offices, honorifics, names),
    names,
)
months = st.sampled_from(fuzz.MONTHS)
days = st.integers(min_value=0, max_value=40)
real_days = st.dates(date(1990, 1, 1), date(2030, 12, 31))
years = st.sampled_from([2024, 2023, 2020, 1999, 2100, 0, 99999])
dates = st.one_of(
    st.builds(lambda d: f"{d:%B} {d.day}, {d.year}", real_days),
    st.builds(lambda d: f"{d.day} {d:%B} {d.year}", real_days),
    st.builds(date.isoformat, real_days),
    st.builds("{} {}, {}".format, months, days, years),  # also February 30, May 0, ...
    st.builds("{}-{:02d}-{:02d}".format, years, st.integers(0, 13), days),
    st.sampled_from(["today", "yesterday", "on Monday", "two days ago", "on the same day"]),
)
times = st.one_of(
    st.builds(
        "{}:{:02d}{}".format,
        st.integers(0, 30),
        st.integers(0, 70),
        st.sampled_from(["", " a.m.", " p.m.", " am", "pm", " noon", " (local time)", " JST"]),
    ),
    st.sampled_from(fuzz.TIMES),
)
durations = st.one_of(
    st.builds(
        "{} {} {}".format,
        st.sampled_from(["approximately", "about", "some", "nearly", "around", "for", ""]),
        st.integers(-10, 10**7),
        st.sampled_from(["minutes", "hours", "hour", "minute", "days"]),
    ),
    st.sampled_from(fuzz.DURATIONS),
)
kinds = st.sampled_from(fuzz.KINDS)
topics = st.sampled_from(fuzz.TOPICS)
leads = st.one_of(
    st.builds(
        "On {}, commencing at {} for {}, {} held a {} with {}.".format,
        dates,
        times,
        durations,
        people,
        kinds,
        people,
    ),
    st.builds(
        "On {}, from {} to {}, {} held a {} with {}.".format,
        dates,
        times,
        times,
        people,
        kinds,
        people,
    ),
    st.builds("{} spoke {} with {} about {}.".format, people, dates, people, topics),
    st.builds("The {} lasted {}.".format, kinds, durations),
)
point_texts = st.one_of(
    st.builds("The two sides discussed {} and {}.".format, topics, topics),
    st.builds("{} stated that {} is important.".format, people, topics),
    topics,
)


@st.composite
def point_blocks(draw: Any) -> str:
    """A list of points, numbered in order (from any start) or bulleted, maybe sub-items."""
    style = draw(st.sampled_from(["{n}. ", "({n}) ", "{n}) ", "- ", "• ", "˚ ", ""]))
    n = draw(st.integers(0, 12))
    lines = []
    for text in draw(st.lists(point_texts, min_size=1, max_size=6)):
        lines.append(style.format(n=n) + text)
        n += 1
        for k, sub in enumerate(draw(st.lists(topics, max_size=3)), start=1):
            lines.append(draw(st.sampled_from(["({k}) ", "- ", "   • "])).format(k=k) + sub)
    return "\n".join(lines)


headers = st.one_of(
    st.sampled_from(fuzz.SECTIONS),
    st.builds("Meeting between {} {} and {} {}".format, offices, names, honorifics, names),
    st.builds("{} {}'s Call with {} {}".format, offices, names, offices, names),
    dates,
    st.sampled_from(fuzz.LINE_FOOTERS),
)
junk = st.one_of(st.text(max_size=40), st.sampled_from(fuzz.JUNK))
pieces = st.one_of(headers, headers, leads, leads, point_blocks(), junk)


@st.composite
def release_like(draw: Any) -> str:
    parts = draw(st.lists(pieces, max_size=10))
    sep = draw(st.sampled_from(["\n", "\n\n", " ", "\r\n", "\n\n\n", "\u2028"]))
    text = sep.join(parts)
    if draw(st.booleans()) and draw(st.booleans()):  # one in four: an HTML page
        body = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
        text = f"<html><body>{body}</body></html>"
    if draw(st.booleans()):  # truncated anywhere
        text = text[: draw(st.integers(0, len(text)))]
    return text


any_text = st.one_of(
    release_like(),
    release_like(),
    st.text(max_size=400),
    st.text(alphabet="0123456789:.apm -\n()", max_size=200),
    st.builds(lambda a, b: a + b, release_like(), st.text(max_size=100)),
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


def check(
    text: str, ignore: frozenset[str] = frozenset(KNOWN_GAPS), *, fast: bool = False
) -> Release:
    rel = parse(text, fast=fast)
    assert isinstance(rel, Release)
    decoded = inputs.from_text(text).text  # what span offsets index
    broken = [v for v in fuzz.violations(rel, decoded) if fuzz.category(v) not in ignore]
    assert not broken, broken
    return rel


@SETTINGS
@given(any_text)
def test_parse_any_text(text: str) -> None:
    check(text)


@SETTINGS
@given(any_text)
def test_parse_any_text_in_the_fast_mode(text: str) -> None:
    # the rule-based tags, entities and parse must hold the same contract on any input
    check(text, fast=True)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(leads, point_texts, headers), min_size=1, max_size=6))
def test_parse_html_of_any_paragraphs(paragraphs: list[str]) -> None:
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    check(html)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(leads)
def test_stated_time_and_duration_are_well_formed(lead: str) -> None:
    m = check(f"Press Releases\n\nMeeting\n\nMarch 4, 2024\n\n{lead}\n").meeting
    assert m.start_time is None or fuzz.HHMM.fullmatch(m.start_time)
    assert m.duration_minutes is None or m.duration_minutes >= 0


# --- gaps the fuzzer found and that were fixed: each minimised input stays a test ----------

FIXED_EXAMPLES = [
    ("point order", "(2)e o d .\n(1)"),  # a lower number after a higher one
    ("point order", "4) g A e .\n0) T"),
    ("point order", "\n1. 1y chs is int.\n(4) p\n(0)"),  # ... among sub-points
    ("point order", "5. . h l .\n(2)\n(1)"),
    ("person name", "Secretary of State A’"),  # a possessive's mark kept on a name
    ("person name", "the Hon. D"),  # a name cut off by truncation
    ("topic label", "y d d .\n2) the  s"),  # a label starting with a space
]


@pytest.mark.parametrize(("category", "text"), FIXED_EXAMPLES)
def test_fixed_gap_stays_fixed(category: str, text: str) -> None:
    check(text, ignore=frozenset())


# --- a short run of the fuzzer ----------------------------------------------------------


def test_fuzz_short_run() -> None:
    """300 fuzz inputs through the batched pipeline; only known gaps may show."""
    out = io.StringIO()
    found = fuzz.run(300, seed=7, batch_size=32, max_failures=0, progress_s=1e9, out=out)
    assert out.getvalue().strip().splitlines()[-1].startswith("fuzz: done: 300 inputs")
    assert set(found) <= set(KNOWN_GAPS), out.getvalue()
