"""A benchmark corpus: N releases made from the repository's own releases, each one varied.

The bases are ``samples/*.txt`` and ``tests/corpus/*.txt``. Copy ``i`` is base
``i % len(bases)`` with, drawn from a RNG seeded with ``(seed, i)``: its years shifted,
days of the month, clock times and durations changed, its numbered points put in another
order and one person's surname replaced by an invented one. So no two texts are equal
(no cache of any kind can help), every text still reads as a release of its layout, and
the same ``--seed`` always gives the same files.

    python bench/corpus.py OUT_DIR --n 200
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE_GLOBS = ("samples/*.txt", "tests/corpus/*.txt")

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
# "May 23", "23 May", "MAY 23" (case-insensitive month) and ISO "2021-04-03"
_DAY_AFTER_MONTH = re.compile(rf"\b((?i:{MONTHS})\.?\s+)(\d{{1,2}})\b")
_DAY_BEFORE_MONTH = re.compile(rf"\b(\d{{1,2}})(\s+(?i:{MONTHS})\b)")
_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-)(\d{2})\b")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\b")
_MINUTES = re.compile(r"\b(\d{1,3})(\s+minutes?\b)")
# a numbered point: "1. text" / "  2. text" on its own line
_POINT = re.compile(r"^([ \t]*\d{1,2}\.[ \t]+)(\S.*)$", re.MULTILINE)
# a surname after an office or honorific ("Minister Chung", "Ms. KAMIKAWA")
_SURNAME = re.compile(
    r"\b(?:Minister|Secretary|President|Councilor|Chancellor|Ambassador|Mr\.|Ms\.|Dr\.)"
    r"\s+([A-Z][a-z]{2,}|[A-Z]{3,})\b"
)
NOT_SURNAMES = frozenset(
    {
        "General",
        "State",
        "Foreign",
        "Prime",
        "Minister",
        "Affairs",
        "Council",
        "Of",
        "For",
        "And",
        "The",
        "President",
        "Secretary",
        "Vice",
        "Deputy",
        "Senior",
    }
)
# invented surnames, one is put in place of a real one
INVENTED = (
    "Varnell",
    "Osterby",
    "Quillane",
    "Treharne",
    "Mbeki-Lund",
    "Castellan",
    "Dravik",
    "Halloran",
    "Ishiwata",
    "Korvanen",
    "Lindqvar",
    "Moravec",
    "Nakatsune",
    "Pellegrin",
    "Rasmor",
    "Sorvino",
    "Tanabeck",
    "Ulrand",
    "Wexley",
    "Yarrowby",
)


def bases(root: Path = ROOT) -> list[Path]:
    found: list[Path] = []
    for pattern in BASE_GLOBS:
        found.extend(sorted(root.glob(pattern)))
    return found


def _cased(template: str, word: str) -> str:
    return word.upper() if template.isupper() else word


def vary(text: str, rng: random.Random) -> str:
    """One varied copy of a release (deterministic for a given RNG state)."""
    shift = rng.choice([-6, -5, -4, -3, -2, -1, 1, 2, 3])
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)

    days: dict[str, str] = {}

    def day(old: str) -> str:
        if old not in days:
            days[old] = str(rng.randint(1, 28))
        return days[old]

    text = _DAY_AFTER_MONTH.sub(lambda m: m.group(1) + day(str(int(m.group(2)))), text)
    text = _DAY_BEFORE_MONTH.sub(lambda m: day(str(int(m.group(1)))) + m.group(2), text)
    text = _ISO_DAY.sub(lambda m: m.group(1) + day(str(int(m.group(2)))).zfill(2), text)

    clocks: dict[str, str] = {}

    def clock(m: re.Match[str]) -> str:
        old = m.group()
        if old not in clocks:
            hour = int(m.group(1))
            # keep the morning/afternoon and 12/24-hour form of the original
            new_hour = rng.randint(13, 20) if hour >= 13 else rng.randint(1, 11)
            clocks[old] = f"{new_hour}:{rng.choice(['00', '15', '30', '45'])}"
        return clocks[old]

    text = _CLOCK.sub(clock, text)
    text = _MINUTES.sub(lambda m: str(rng.randrange(10, 95, 5)) + m.group(2), text)

    points = list(_POINT.finditer(text))
    if len(points) >= 2:
        bodies = [m.group(2) for m in points]
        rng.shuffle(bodies)
        it = iter(bodies)
        text = _POINT.sub(lambda m: m.group(1) + next(it), text)

    names = sorted({m.group(1) for m in _SURNAME.finditer(text)} - NOT_SURNAMES)
    if names:
        old = rng.choice(names)
        new = rng.choice(INVENTED)
        pattern = re.compile(rf"\b{re.escape(old)}\b", re.IGNORECASE)
        text = pattern.sub(lambda m: _cased(m.group(), new), text)
    return text


def build(n: int, out_dir: Path, *, seed: int = 6, root: Path = ROOT) -> list[Path]:
    """Write N varied releases into OUT_DIR (``00000-<base>.txt`` ...); return their paths."""
    base_paths = bases(root)
    texts = [p.read_text(encoding="utf-8") for p in base_paths]
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        b = i % len(base_paths)
        rng = random.Random(f"{seed}:{i}")
        path = out_dir / f"{i:05d}-{base_paths[b].stem}.txt"
        path.write_text(vary(texts[b], rng), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()
    paths = build(args.n, args.out_dir, seed=args.seed)
    print(f"{len(paths)} releases in {args.out_dir}")


if __name__ == "__main__":
    main()
