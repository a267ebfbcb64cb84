"""Properties that hold for any input text: parse never fails, and every value is well-formed.

Each example runs spaCy, so the example counts stay modest.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressparse import Release, inputs, parse

HHMM = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# Pieces of release-like text (invented people), shuffled and joined, so that the
# examples reach the stages' rules and not only their "nothing found" paths.
FRAGMENTS = [
    "Press Releases",
    "Meeting between Foreign Minister Velkova and Mr. Tomas Rieger",
    "March 4, 2024",
    "4 March 2024",
    "READOUT",
    "On March 4, commencing at 2:00 p.m. for approximately 40 minutes, Ms. Ana Velkova, "
    "Minister for Foreign Affairs of Ruritania, held a meeting with Mr. Tomas Rieger, "
    "Secretary-General of the Northern Council.",
    "On Monday, from 9:00 p.m. to 10:30 p.m., Prime Minister Ivo Landa held a telephone talk "
    "with President Mara Quist of Freedonia.",
    "Secretary of State Daniel Marlow met today in Geneva with Foreign Minister Kwame Osei.",
    "The meeting lasted one hour and ten minutes.",
    "1. The two ministers discussed trade.",
    "2. They exchanged views on North Korea and the South China Sea.",
    "(1) nuclear disarmament",
    "- climate change",
    "• energy security",
    "Back to Press Releases",
    "at 25:99 for -5 minutes",
    "commencing at 12:00 noon for about 90 minutes",
    "",
]

release_like = st.lists(st.sampled_from(FRAGMENTS), max_size=12).flatmap(
    lambda parts: st.sampled_from(["\n", "\n\n", " ", "\r\n"]).map(lambda sep: sep.join(parts))
)
any_text = st.one_of(
    st.text(max_size=400),
    release_like,
    st.text(alphabet="0123456789:.apm -\n()", max_size=200),
    st.builds(lambda a, b: a + b, release_like, st.text(max_size=100)),
)

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def check(text: str) -> None:
    rel = parse(text)
    assert isinstance(rel, Release)
    decoded = inputs.from_text(text).text  # what span offsets index
    for span in rel.spans:
        assert 0 <= span.start <= span.end <= len(decoded), span
        assert decoded[span.start : span.end] == span.text, span
    m = rel.meeting
    for t in (m.start_time, m.end_time):
        assert t is None or HHMM.fullmatch(t), t
    for d in (m.date, rel.header.date):
        assert d is None or DATE.fullmatch(d), d
    assert m.duration_minutes is None or m.duration_minutes >= 0
    n_points = len(rel.points)
    for topic in rel.topics:
        assert topic.label.strip()
        assert all(1 <= i <= n_points for i in topic.points), topic
    for person in rel.participants + rel.mentioned_people:
        assert person.name.strip()
    # the result always serialises to the contract
    Release.model_validate_json(rel.model_dump_json())


@SETTINGS
@given(any_text)
def test_parse_any_text(text: str) -> None:
    check(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS[1:8]), min_size=1, max_size=6))
def test_parse_html_of_any_paragraphs(paragraphs: list[str]) -> None:
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    check(html)
