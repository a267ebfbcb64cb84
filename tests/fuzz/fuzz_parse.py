"""Fuzz the whole pipeline: generated release-like text in, invariants of the contract out.

    python tests/fuzz/fuzz_parse.py --examples 100000            # a long run
    python tests/fuzz/fuzz_parse.py --examples 300 --seed 7      # a short one (CI runs this)
    python tests/fuzz/fuzz_parse.py --replay 7:1234              # rerun input 1234 of seed 7

The spaCy model is loaded once and inputs go through ``pipeline.run_many`` in batches
(``nlp.pipe``), so a run covers many thousands of inputs a minute. Inputs come from a
seeded grammar of release pieces (headers, dates in many forms, times, durations,
numbered and bulleted points, invented names with honorifics and offices, HTML) plus
mutations (truncation, duplication, deletion, case, odd white space and line separators,
control characters, random unicode), so they reach the stages' rules, not only their
"nothing found" paths. Input ``i`` of seed ``s`` is always the same text.

Each release must satisfy :func:`violations` (the contract's invariants, shared with
``tests/test_properties.py``). A failing input is minimised (delta debugging over lines,
then characters) and printed, with its seed and index; failures are also appended to
``--failures`` as JSON Lines. Exit status: 0 no failure, 1 some failure.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

# --- invariants ---------------------------------------------------------------------------

HHMM = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "participants[0].name" -> ("participants", 0, "name"); "meeting.start_time"; "lead"
_FIELD = re.compile(r"([a-z_]+)(?:\[(\d+)\])?(?:\.([a-z_]+)(?:\[(\d+)\])?)?")
_WS = re.compile(r"\s+")
_NAME_WORD = re.compile(r"[^\W\d_]{2}")

_validator: Any = None


def schema_validator() -> Any:
    """The JSON Schema of ``pressparse --schema`` (built once)."""
    global _validator
    if _validator is None:
        import jsonschema

        from pressparse.schema import record_schema

        schema = record_schema()
        jsonschema.Draft202012Validator.check_schema(schema)
        _validator = jsonschema.Draft202012Validator(schema)
    return _validator


def _field_value(rec: dict[str, Any], field: str) -> tuple[bool, Any]:
    """The value a span's field names in the record: (path exists, value)."""
    m = _FIELD.fullmatch(field)
    if m is None:
        return False, None
    value: Any = rec
    for i, part in enumerate(m.groups()):
        if part is None:
            continue
        if i % 2 == 0:  # a key
            if not isinstance(value, dict) or part not in value:
                return False, None
            value = value[part]
        else:  # an index
            k = int(part)
            if not isinstance(value, list) or k >= len(value):
                return False, None
            value = value[k]
    return True, value


def _valid_date(s: str) -> bool:
    if not ISO_DATE.fullmatch(s):
        return False
    try:
        date.fromisoformat(s)
    except ValueError:
        return False
    return True


def _numbers_in_order(points: Sequence[Any], where: str) -> list[str]:
    out = []
    nums = [p.number for p in points if p.number is not None]
    if any(b < a for a, b in itertools.pairwise(nums)):
        out.append(f"point order: numbers out of order in {where}: {nums}")
    for i, p in enumerate(points):
        out += _numbers_in_order(p.subpoints, f"{where}[{i}].subpoints")
    return out


def _squash(s: str) -> str:
    """For "is it in the text": white space collapsed, case and apostrophes folded (the
    stages print curly apostrophes straight)."""
    return _WS.sub(" ", s).strip().casefold().replace("’", "'").replace("‘", "'")


def violations(rel: Any, text: str, *, schema: bool = True) -> list[str]:
    """Every invariant of the contract that ``rel`` (the release of ``text``) breaks.

    ``text`` is the decoded text (what span offsets index). Each message starts with a
    short category (before the first ":") used to group and minimise failures.
    ``schema=False`` skips the JSON Schema check (the slowest; the Pydantic round trip
    still checks the contract's types).
    """
    from zoneinfo import ZoneInfo

    from pressparse.model import Release

    out: list[str] = []
    if not isinstance(rel, Release):
        return [f"not a release: {type(rel).__name__}"]
    rec = json.loads(rel.model_dump_json(exclude={"text"}))
    for err in schema_validator().iter_errors(rec) if schema else ():
        out.append(f"schema: {err.message[:200]} at {list(err.absolute_path)}")
    if Release.model_validate(rec) != rel.model_copy(update={"text": None}):
        out.append("round trip: the JSON does not read back as the same release")

    squashed = _squash(text)
    for span in rel.spans:
        if not (0 <= span.start <= span.end <= len(text)):
            out.append(f"span bounds: {span.field} {span.start}..{span.end} of {len(text)}")
        elif text[span.start : span.end] != span.text:
            out.append(f"span text: {span.field} {span.text!r} != {text[span.start : span.end]!r}")
        if span.start == span.end:
            out.append(f"span empty: {span.field} at {span.start}")
        ok, value = _field_value(rec, span.field)
        if not ok:
            out.append(f"span field: {span.field!r} names no field of the release")
        elif value is None or value == [] or value == "":
            out.append(f"span of null: {span.field!r} has a span but no value")

    m = rel.meeting
    for name, t in (("start_time", m.start_time), ("end_time", m.end_time)):
        if t is not None and not HHMM.fullmatch(t):
            out.append(f"time format: meeting.{name} {t!r}")
    for name, d in (("meeting.date", m.date), ("header.date", rel.header.date)):
        if d is not None and not _valid_date(d):
            out.append(f"date format: {name} {d!r}")
    if m.duration_minutes is not None and m.duration_minutes < 0:
        out.append(f"duration: negative {m.duration_minutes}")
    if m.duration_minutes is not None and m.duration_minutes > 7 * 24 * 60:
        out.append(f"duration: over a week ({m.duration_minutes} min)")
    if m.start is not None:
        if m.date is None or m.start_time is None:
            out.append(f"start: {m.start!r} without date and start_time")
        elif not m.start.startswith(f"{m.date}T{m.start_time}"):
            out.append(f"start: {m.start!r} is not {m.date} + {m.start_time}")
    if m.timezone is not None:
        try:
            ZoneInfo(m.timezone)
        except Exception:
            out.append(f"timezone: {m.timezone!r} is not an IANA zone")
    if m.duration_approximate and m.duration_minutes is None:
        out.append("duration: approximate without a duration")

    out += _numbers_in_order(rel.points, "points")
    n_points = len(rel.points)
    for i, topic in enumerate(rel.topics):
        if not topic.label.strip() or topic.label != topic.label.strip():
            out.append(f"topic label: topics[{i}] {topic.label!r} is blank or padded")
        if not all(1 <= k <= n_points for k in topic.points):
            out.append(f"topic points: topics[{i}] {topic.points} outside 1..{n_points}")
        if topic.points != sorted(set(topic.points)):
            out.append(f"topic points: topics[{i}] {topic.points} not sorted and unique")
    for kind, people in (("participants", rel.participants), ("mentioned", rel.mentioned_people)):
        for i, person in enumerate(people):
            if not person.name.strip() or person.name != person.name.strip():
                out.append(f"person name: {kind}[{i}] {person.name!r} is blank or padded")
            elif "\n" in person.name:
                out.append(f"person name: {kind}[{i}] {person.name!r} spans lines")
            elif not _NAME_WORD.search(person.name) or person.name[-1] in "'’":
                # a name has a word of two letters or more, and a possessive's mark is no
                # part of it ("Secretary A’s" names "A", not "A'")
                out.append(f"person name: {kind}[{i}] {person.name!r} is not a name")
            elif _squash(person.name) not in squashed:
                # "at its fullest form in the text": a name the text does not hold is invented
                out.append(f"invented: {kind}[{i}] name {person.name!r} is not in the text")
    if m.location is not None and _squash(m.location) not in squashed:
        # a location is a place the text names (a list "A, B" is checked part by part)
        parts = [p for p in re.split(r",\s*", m.location) if p]
        if not all(_squash(p) in squashed for p in parts):
            out.append(f"invented: location {m.location!r} is not in the text")
    for w in rel.warnings:
        if not w.strip() or "\n" in w:
            out.append(f"warning: {w!r} is blank or spans lines")
    return out


# --- generation ---------------------------------------------------------------------------

# fmt: off
# (data tables laid out by hand, several entries a line)
GIVEN = ["Ana", "Tomas", "Kwame", "Mara", "Ivo", "Lena", "Daniel", "Yuki", "Ravi", "Sione",
         "Hana", "Omar", "Ines", "Piet", "Chen", "Amara", "J.", "Jean-Luc", "O'Neil", "Åsa"]
FAMILY = ["Velkova", "Rieger", "Osei", "Quist", "Landa", "Marlow", "TANAKAWA", "Moreno",
          "Bakshi", "Tupou", "Kim", "van der Berg", "Al-Hamdi", "Nguyen Van An", "Ødegaard"]
HONORIFICS = ["Mr.", "Ms.", "Mrs.", "Dr.", "H.E.", "H.E. Dr.", "the Hon.", "Prof.", "Sir",
              "Mr", "H.E. Mr.", "Mr. Mr."]
OFFICES = ["Foreign Minister", "Minister for Foreign Affairs", "Prime Minister", "President",
           "Secretary of State", "Secretary-General", "Deputy Foreign Minister",
           "External Affairs Minister", "Vice President", "State Councilor", "Ambassador",
           "High Representative", "Director-General", "Chancellor", "King", "Minister"]
COUNTRIES = ["Japan", "Ruritania", "Freedonia", "the United States", "India", "the Republic of "
             "Korea", "ASEAN", "the European Union", "Viet Nam", "Türkiye", "Singapore",
             "the United Nations", "China", "the Philippines", "Australia", "Brazil"]
SECTIONS = ["Press Releases", "READOUT", "Statement", "News", "Press release",
            "Speeches and Statements", "MEDIA NOTE", "Home > News > Readouts", ""]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December", "Sept.", "Feb", "MARCH", "Mai"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TIMES = ["2:00 p.m.", "14:00", "12:00 noon", "noon", "midnight", "9 a.m.", "9:30 am",
         "11:59 pm", "0:00", "25:99", "23:60", "24:00", "12:00 a.m.", "7.30pm", "1400 hrs",
         "10:00 (local time)", "3:15 p.m. JST", "08:00 GMT", "9 p.m. (Japan time)",
         "16:00 UTC+9", "around 5 p.m.", "99:99", "1:0 p.m.", "13 p.m."]
DURATIONS = ["approximately 40 minutes", "about 90 minutes", "one hour and ten minutes",
             "some 20 minutes", "nearly two hours", "an hour", "half an hour", "1.5 hours",
             "approximately -5 minutes", "99999999999999999999 minutes", "0 minutes",
             "about 1,000,000 hours", "twenty-five minutes", "1 hour 15 minutes",
             "a few minutes", "approximately 45 minutes and 30 seconds", "3 days"]
KINDS = ["meeting", "telephone talk", "video conference", "summit meeting", "courtesy call",
         "working lunch", "dinner", "bilateral meeting", "phone call", "virtual meeting",
         "Foreign Ministers' Meeting", "strategic dialogue"]
TOPICS = ["trade", "climate change", "North Korea", "the South China Sea", "energy security",
          "nuclear disarmament", "the situation in Ukraine", "Myanmar", "food security",
          "the Indo-Pacific", "COVID-19", "maritime security", "the G7 Summit", "AI",
          "people-to-people exchanges", "the Free and Open Indo-Pacific (FOIP)", "supply chains"]
MARKERS = ["{n}. ", "({n}) ", "{n}) ", "- ", "• ", "˚ ", "* ", "{n}.", "({n})", "{r}. ",
           "{a}. ", "  ({n}) ", "\t- ", "Point {n}: ", "{n}\t", "{n}. {n}. "]
ROMAN = ["I", "II", "III", "IV", "V", "IX", "X"]
LINE_FOOTERS = ["Back to Press Releases", "Related Links", "Share", "Tags: Japan, Diplomacy",
                "###", "Print", "Top of page", "Contact: press@example.org", "(Note)",
                "The below is attributable to Spokesperson Lena Moreno:", "Photo: MOFA"]
JUNK = ["\u200b", "\u00a0", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x85", "\x00", "\t",
        "\ufeff", "\u202e", "e\u0301", "\U0001f600", "\ud7ff", "ﬁ", "İ", "ß", "\uff11", "\u0661",
        "&amp;", "&#0;", "<", ">", "<p>", "</li>", "\r", "\r\n", "  ", "...", "—", "“", "’"]
# fmt: on


def _name(rng: random.Random) -> str:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    form = rng.random()
    if form < 0.5:
        return f"{given} {family}"
    if form < 0.7:
        return f"{family.upper()} {given}"
    if form < 0.85:
        return family
    return f"{given} {rng.choice(GIVEN)} {family}"


def _person(rng: random.Random) -> str:
    name, office, country = _name(rng), rng.choice(OFFICES), rng.choice(COUNTRIES)
    hon = rng.choice(HONORIFICS)
    return rng.choice(
        [
            f"{hon} {name}, {office} of {country}",
            f"{office} {name}",
            f"{country} {office} {hon} {name}",
            f"{hon} {name}",
            f"{name}",
            f"his {rng.choice(['Indian', 'Japanese', 'German', 'Freedonian'])} counterpart",
            f"{office} of {country} {name}",
        ]
    )


def _date(rng: random.Random) -> str:
    y = rng.choice([2024, 2023, 2019, 1999, 2100, 0, 99999, 24])
    mo, d = rng.choice(MONTHS), rng.choice([1, 4, 15, 28, 29, 30, 31, 0, 32, 99])
    n = rng.randint(0, 13)
    return rng.choice(
        [
            f"{mo} {d}, {y}",
            f"{d} {mo} {y}",
            f"{y}-{n:02d}-{d:02d}",
            f"{rng.choice(WEEKDAYS)}, {d} {mo} {y}",
            f"{mo.upper()} {d}, {y}",
            f"{d}.{n}.{y}",
            f"{n}/{d}/{y}",
            rng.choice(
                [
                    "today",
                    "yesterday",
                    "on Monday",
                    "two days ago",
                    "last week",
                    "the day before yesterday",
                    "this morning",
                    "on the same day",
                ]
            ),
            f"{mo} {d}",
            f"{y}年{n}月{d}日",
        ]
    )


def _lead(rng: random.Random) -> str:
    a, b = _person(rng), _person(rng)
    t, t2, dur, kind = (
        rng.choice(TIMES),
        rng.choice(TIMES),
        rng.choice(DURATIONS),
        rng.choice(KINDS),
    )
    when = _date(rng)
    return rng.choice(
        [
            f"On {when}, commencing at {t} for {dur}, {a} held a {kind} with {b}.",
            f"{a} spoke today with {b} about {rng.choice(TOPICS)}.",
            f"On {when}, from {t} to {t2}, {a} held a {kind} with {b}.",
            f"{a} met {b} in {rng.choice(['Geneva', 'Tokyo', 'New Delhi', 'Jakarta, Indonesia', 'the Iikura Guest House'])} on {when}.",
            f"The {kind} lasted {dur}.",
            f"{a} received a {kind} from {b} at {t} on {when}.",
            f"{when.capitalize()}, {a} and {b} held a {kind} for {dur}, starting at {t}.",
            f"The following is attributable to {a}: {a} met with {b} today.",
            f"{rng.choice(['GENEVA', 'TOKYO', 'London'])}, {when} — {a} met {b}.",
        ]
    )


def _point_text(rng: random.Random) -> str:
    a = _person(rng)
    t1, t2 = rng.choice(TOPICS), rng.choice(TOPICS)
    return rng.choice(
        [
            f"The two sides discussed {t1} and {t2}.",
            f"{a} stated that {t1} is important.",
            f"They exchanged views on {t1}, {t2} and regional affairs.",
            f"{a} expressed condolences. In response, {_person(rng)} welcomed {t1}.",
            f"Both leaders agreed to cooperate on {t1}.",
            t1,
            f"{rng.choice(['Regional affairs', 'Bilateral relations', 'Economy'])}",
        ]
    )


def _points(rng: random.Random) -> list[str]:
    out = []
    style = rng.choice(MARKERS)
    n = rng.choice([1, 1, 1, 2, 0, 5, 10, 99999999999999999999])
    for _ in range(rng.randint(1, 8)):
        if rng.random() < 0.15:
            style = rng.choice(MARKERS)
        if rng.random() < 0.2:
            n = rng.choice([n, n - 1, 1, 0, -1, n + 5])
        marker = style.format(n=n, r=rng.choice(ROMAN), a=rng.choice("abcAB"))
        out.append(marker + _point_text(rng))
        n += 1
        if rng.random() < 0.2:  # sub-points
            for k in range(1, rng.randint(2, 4)):
                out.append(
                    rng.choice(["({k}) ", "- ", "• ", "   ", "˚"]).format(k=k) + rng.choice(TOPICS)
                )
    return out


def _release(rng: random.Random) -> str:
    # most inputs are short (a header, a lead, a few points): spaCy's cost is per token, and
    # a short failing input needs little minimising; one in four is a full-size release
    small = rng.random() < 0.75
    parts: list[str] = []
    if rng.random() < 0.7:
        parts.append(rng.choice(SECTIONS))
    if rng.random() < 0.8:
        a, b = _name(rng), _name(rng)
        parts.append(
            rng.choice(
                [
                    f"Meeting between {rng.choice(OFFICES)} {a} and {rng.choice(HONORIFICS)} {b}",
                    f"{rng.choice(OFFICES)} {a}'s Call with {rng.choice(OFFICES)} {b}",
                    f"Japan-{rng.choice(COUNTRIES)} Foreign Ministers' {rng.choice(KINDS)}",
                    f"Readout of {rng.choice(OFFICES)} {a}'s {rng.choice(KINDS).title()}",
                    f"{rng.choice(OFFICES)} {a} {rng.choice(KINDS)}s {b}",
                ]
            )
        )
    if rng.random() < 0.8:
        parts.append(_date(rng))
    if rng.random() < 0.3:
        parts.append(f"{rng.choice(OFFICES)} {_name(rng)} at photo session")
    parts.append(_lead(rng))
    if not small and rng.random() < 0.3:
        parts.append(_lead(rng))
    if rng.random() < 0.8:
        points = _points(rng)
        parts += points[: rng.randint(1, 3)] if small else points
    if rng.random() < 0.4:
        parts.append(rng.choice(LINE_FOOTERS))
    seps = ["\n", "\n\n", "\n\n", " ", "\r\n", "\n\n\n", "\u2028"]
    sep = rng.choice(seps)
    text = ""
    for p in parts:
        text += p + (sep if rng.random() < 0.85 else rng.choice(seps))
    return text


def _html(rng: random.Random, text: str) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    body = []
    for p in paras:
        tag = rng.choice(["p", "p", "div", "li", "h1", "h2", "span", "td"])
        body.append(f"<{tag}>{p}</{tag}>")
    if rng.random() < 0.3:
        body.insert(
            rng.randint(0, len(body)),
            "<ol>"
            + "".join(f"<li>{rng.choice(TOPICS)}</li>" for _ in range(rng.randint(1, 4)))
            + "</ol>",
        )
    head = rng.choice(
        [
            "<!DOCTYPE html><html><head><title>x</title></head><body>",
            "<html><body>",
            "<body><nav>Menu Home</nav>",
            "<main><article>",
        ]
    )
    return head + "".join(body) + rng.choice(["</body></html>", "", "</article></main>"])


def _mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 5])):
        op = rng.randrange(10)
        n = len(text)
        i = rng.randint(0, n)
        j = rng.randint(i, min(n, i + rng.choice([1, 5, 50, 500])))
        if op == 0:
            text = text[:i]  # truncated mid-release
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:j] + text[i:j] * rng.choice([2, 3, 20]) + text[j:]
        elif op == 3:
            text = text[:i] + rng.choice(JUNK) + text[i:]
        elif op == 4:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        elif op == 5:
            text = text.replace(" ", rng.choice(["\u00a0", "\t", "  ", "\u2009"]))
        elif op == 6:
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
        elif op == 7:
            text = text[:i] + "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(j - i))
            text = text.encode("utf-8", "replace").decode("utf-8", "replace") + text[j:]
        elif op == 8:
            text = text[:i] + rng.choice(TIMES + DURATIONS + [_date(rng)]) + text[i:]
        else:
            text = text.replace("\n", rng.choice(["\r", "\u2028", "\x85", "\n \n", "\x0c"]))
    return text


def generate(seed: int, index: int) -> str:
    """Input ``index`` of the run with ``seed``: a release-like text, maybe mutated."""
    rng = random.Random(seed * 1_000_003 + index)
    kind = rng.random()
    if kind < 0.04:
        alphabet = rng.choice(
            ["0123456789:.apm -\n()", "1. \n", "Mr. ", ", ", "(", "\n", "".join(JUNK[:12])]
        )
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 600)))
    if kind < 0.07:
        return (
            "".join(chr(rng.randint(0, 0xFFFF)) for _ in range(rng.randint(0, 300)))
            .encode("utf-8", "replace")
            .decode("utf-8", "replace")
        )
    text = _release(rng)
    if rng.random() < 0.01:
        text = text * rng.randint(2, 30)  # a long page of repeats
    if rng.random() < 0.12:
        text = _html(rng, text)
    return _mutate(rng, text)


# --- running ------------------------------------------------------------------------------


def check_many(texts: Sequence[str], nlp: Any, schema_every: int = 1) -> list[list[str]]:
    """Parse texts in one batch; the violations of each (empty: it passed).

    The JSON Schema check runs on every ``schema_every``-th text of the batch."""
    from pressparse import inputs
    from pressparse.pipeline import StageError, run_many

    decoded: list[str | None] = []
    results: list[list[str]] = []
    for t in texts:
        try:
            decoded.append(inputs.from_text(t).text)
        except Exception as exc:
            decoded.append(None)
            results.append([f"crash: inputs: {type(exc).__name__}: {exc}"])
        else:
            results.append([])
    ok = [(d, None) for d in decoded if d is not None]
    try:
        outs: Iterator[Any] = iter(list(run_many(ok, nlp)))
    except Exception as exc:  # run_many itself must never raise
        tb = traceback.format_exc(limit=-3)
        msg = f"crash: run_many: {type(exc).__name__}: {exc}\n{tb}"
        return [r or [msg] for r in results]
    for i, d in enumerate(decoded):
        if d is None:
            continue
        out = next(outs)
        if isinstance(out, StageError):
            tb = "".join(traceback.format_exception(out.cause, limit=-3))
            results[i] = [f"crash: stage {out.stage}: {out}\n{tb}"]
        else:
            try:
                results[i] = violations(out, d, schema=i % schema_every == 0)
            except Exception as exc:
                results[i] = [f"crash: checking: {type(exc).__name__}: {exc}"]
    return results


def category(v: str) -> str:
    head = v.split(":", 1)[0]
    if head == "crash":  # the stage and exception type
        return ":".join(v.split(":", 3)[:3])
    return head


def minimise(text: str, still_fails: Callable[[str], bool], budget_s: float = 60.0) -> str:
    """Delta debugging: drop lines, then chunks of characters, while the failure remains."""
    deadline = time.monotonic() + budget_s

    def shrink(units: list[str]) -> list[str]:
        n = 2
        while len(units) >= 2 and time.monotonic() < deadline:
            chunk = max(1, len(units) // n)
            for start in range(0, len(units), chunk):
                trial = units[:start] + units[start + chunk :]
                if trial and still_fails("".join(trial)):
                    units = trial
                    n = max(n - 1, 2)
                    break
            else:
                if chunk == 1:
                    break
                n = min(len(units), n * 2)
        return units

    text = "".join(shrink(text.splitlines(keepends=True)))
    return "".join(shrink(list(text)))


def _batches(seed: int, start: int, count: int, size: int) -> Iterator[list[tuple[int, str]]]:
    batch: list[tuple[int, str]] = []
    for i in range(start, start + count):
        batch.append((i, generate(seed, i)))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    examples: int,
    *,
    seed: int = 0,
    start: int = 0,
    batch_size: int = 32,
    model: str | None = None,
    failures_path: Path | None = None,
    max_failures: int = 20,
    minimise_s: float = 60.0,
    progress_s: float = 30.0,
    schema_every: int = 1,
    out: Any = sys.stdout,
) -> dict[str, int]:
    """Fuzz ``examples`` inputs; print progress and failures.

    Returns how many inputs broke each category of invariant (empty: no failure)."""
    from pressparse.nlp import load

    t_load = time.monotonic()
    nlp = load(model)
    schema_validator()
    print(
        f"fuzz: model loaded in {time.monotonic() - t_load:.1f}s; seed {seed}, "
        f"inputs {start}..{start + examples - 1}, batch {batch_size}",
        file=out,
        flush=True,
    )
    seen: dict[str, int] = {}  # category -> inputs that broke it
    reported = 0
    done = chars = 0
    t0 = last = time.monotonic()
    for batch in _batches(seed, start, examples, batch_size):
        tb0 = time.monotonic()
        results = check_many([t for _, t in batch], nlp, schema_every)
        spent = time.monotonic() - tb0
        done += len(batch)
        chars += sum(len(t) for _, t in batch)
        if spent > 5.0 * max(1, len(batch) / 8):  # a slow batch: find the slow input
            for i, t in batch:
                ts = time.monotonic()
                check_many([t], nlp)
                dt = time.monotonic() - ts
                if dt > 2.0:
                    print(
                        f"SLOW {seed}:{i} {dt:.1f}s for {len(t)} chars "
                        f"({1000 * dt / max(1, len(t) / 1000):.0f} ms/KB)",
                        file=out,
                        flush=True,
                    )
        for (i, text), vs in zip(batch, results, strict=True):
            if not vs:
                continue
            cats = {category(v) for v in vs}
            new = [c for c in cats if c not in seen]
            for c in cats:
                seen[c] = seen.get(c, 0) + 1
            if not new or reported >= max_failures:
                continue
            reported += 1
            target = new[0]

            def still_fails(t: str, target: str = target) -> bool:
                return any(category(v) == target for v in check_many([t], nlp)[0])

            small = minimise(text, still_fails, minimise_s)
            small_vs = [v for v in check_many([small], nlp)[0] if category(v) == target]
            print(
                f"\nFAIL {seed}:{i} [{target}]\n  input ({len(text)} chars), minimised "
                f"({len(small)} chars): {small!r}\n  " + "\n  ".join(small_vs or vs),
                file=out,
                flush=True,
            )
            if failures_path is not None:
                with failures_path.open("a", encoding="utf-8") as f:
                    f.write(
                        json.dumps(
                            {
                                "seed": seed,
                                "index": i,
                                "category": target,
                                "violations": vs,
                                "input": text,
                                "minimised": small,
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
        now = time.monotonic()
        if now - last >= progress_s:
            last = now
            rate = done / (now - t0)
            print(
                f"fuzz: {done} inputs, {rate:.1f} inputs/s, {chars / (now - t0) / 1000:.1f} "
                f"KB/s, failing inputs by category: {seen or 'none'}",
                file=out,
                flush=True,
            )
    total = time.monotonic() - t0
    print(
        f"fuzz: done: {done} inputs ({chars / 1e6:.1f} M chars) in {total:.0f}s, "
        f"{done / max(total, 1e-9):.1f} inputs/s; failing inputs by category: {seen or 'none'}",
        file=out,
        flush=True,
    )
    return seen


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--examples", type=int, default=1000, help="how many inputs (default 1000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="first input index")
    ap.add_argument("--batch", type=int, default=32, help="inputs per nlp.pipe batch")
    ap.add_argument("--model", default=None)
    ap.add_argument("--failures", type=Path, default=None, help="append failures here (JSONL)")
    ap.add_argument("--max-failures", type=int, default=20, help="minimise and print at most N")
    ap.add_argument("--minimise-seconds", type=float, default=60.0)
    ap.add_argument("--progress-seconds", type=float, default=30.0)
    ap.add_argument(
        "--schema-every",
        type=int,
        default=1,
        help="validate every Nth release against the JSON Schema (slow; default 1)",
    )
    ap.add_argument("--replay", metavar="SEED:INDEX", help="print one input and its violations")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if args.replay:
        seed, index = (int(x) for x in args.replay.split(":"))
        from pressparse.nlp import load

        text = generate(seed, index)
        print(repr(text))
        vs = check_many([text], load(args.model))[0]
        print("\n".join(vs) if vs else "ok")
        return 1 if vs else 0
    failing = run(
        args.examples,
        seed=args.seed,
        start=args.start,
        batch_size=args.batch,
        model=args.model,
        failures_path=args.failures,
        max_failures=args.max_failures,
        minimise_s=args.minimise_seconds,
        progress_s=args.progress_seconds,
        schema_every=args.schema_every,
    )
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
