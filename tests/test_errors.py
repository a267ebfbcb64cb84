"""Bad inputs and failures: one error record each, the batch goes on, never a traceback.

Every bad input of the README's error table has a test here, run in a batch between two
good releases: the bad one gives an error record with its documented ``error.code``, one
line on standard error, exit status 1; the good ones still give releases, and standard
output stays valid JSON Lines. Text that decodes but is not a press release (a recipe,
source code, a CSV, a truncated release, another language) is not an error: it gives a
release with nulls where nothing honest was found, and warnings. Then: a failing stage is
an ``internal`` record naming the stage (``--debug`` shows the traceback), a closed pipe
ends the run quietly and Ctrl-C exits 130 with only complete records printed.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import pathlib
import random
import shlex
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from pressparse import nlp as nlp_module
from pressparse import segment, topics, when, who
from pressparse.cli import app

# Invented meetings (no real people): the good inputs of every batch.
GOOD_A = """Press Releases

Meeting between Foreign Minister Velkova and Mr. Tomas Rieger

March 4, 2024

On March 4, commencing at 2:00 p.m. for approximately 30 minutes, Ms. Ana Velkova, Minister for Foreign Affairs of Ruritania, held a meeting with Mr. Tomas Rieger, Secretary-General of the Northern Council. The overview of the meeting is as follows.

1. The two sides agreed to deepen cooperation on renewable energy.
2. They exchanged views on the situation in the region.
"""

GOOD_B = """Secretary Marlow's Call with Foreign Minister Osei

READOUT

JUNE 2, 2023

Secretary of State Daniel Marlow spoke today with Foreign Minister Kwame Osei about food security and regional stability.
"""

# A word no good input holds: a stage patched to fail raises on inputs that hold it.
MARKER = "Quillfeather"
BAD_RELEASE = GOOD_B.replace("Kwame Osei", f"Kwame {MARKER}")


def run(*args: str, input: bytes | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=input)


def records(stdout: str) -> list[dict[str, Any]]:
    """Standard output as JSON Lines: every line one complete JSON object."""
    lines = stdout.splitlines()
    assert stdout.endswith("\n") and all(line.strip() for line in lines), stdout[-200:]
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    result = run("--schema")
    assert result.exit_code == 0
    return jsonschema.Draft202012Validator(json.loads(result.stdout))


@pytest.fixture
def good(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "good-a.txt", tmp_path / "good-b.txt"
    a.write_text(GOOD_A, encoding="utf-8")
    b.write_text(GOOD_B, encoding="utf-8")
    return a, b


def assert_batch_with_one_error(
    result: Any,
    bad: str,
    code: str,
    validator: jsonschema.Draft202012Validator,
    *,
    stage: str | None = None,
) -> dict[str, Any]:
    """[good, bad, good]: two releases around one error record; one stderr line; status 1."""
    assert result.exit_code == 1, result.output
    recs = records(result.stdout)
    assert len(recs) == 3
    for rec in recs:
        validator.validate(rec)
    assert "error" not in recs[0] and "error" not in recs[2]
    assert recs[0]["meeting"]["start_time"] == "14:00"  # really parsed, not just present
    assert recs[2]["participants"], recs[2]
    err = recs[1]
    assert err["source"]["path"] == bad
    assert err["error"]["code"] == code
    assert err["error"]["stage"] == stage
    assert err["error"]["message"].strip() and "\n" not in err["error"]["message"]
    lines = result.stderr.splitlines()
    assert lines == [f"pressparse: {bad}: {code}: {err['error']['message']}"], result.stderr
    assert "Traceback" not in result.stderr
    return err


def batch(good: tuple[Path, Path], bad: Path | str, *options: str) -> Any:
    return run(*options, str(good[0]), str(bad), str(good[1]))


# --- inputs that are errors: one test per row of the README's error table ---------------


def test_missing_file_is_not_found(good: tuple[Path, Path], tmp_path: Path, validator: Any) -> None:
    missing = tmp_path / "no-such-release.txt"
    err = assert_batch_with_one_error(batch(good, missing), str(missing), "not_found", validator)
    assert err["source"]["sha256"] is None  # nothing was read


def test_directory_without_releases_is_not_found(
    good: tuple[Path, Path], tmp_path: Path, validator: Any
) -> None:
    folder = tmp_path / "no-releases"
    folder.mkdir()
    (folder / "notes.md").write_text("not a release file type")
    (folder / ".hidden.txt").write_text(GOOD_A)  # hidden files are skipped
    assert_batch_with_one_error(batch(good, folder), str(folder), "not_found", validator)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads a file whatever its mode; test_unreadable_file_simulated covers this",
)
def test_file_without_read_permission_is_unreadable(
    good: tuple[Path, Path], tmp_path: Path, validator: Any
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_A)
    locked.chmod(0)
    try:
        assert_batch_with_one_error(batch(good, locked), str(locked), "unreadable", validator)
    finally:
        locked.chmod(0o644)


def test_unreadable_file_simulated(
    good: tuple[Path, Path], tmp_path: Path, validator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read fails with EACCES as for a file without read permission (works as root)."""
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_A)
    real_open = pathlib.Path.open

    def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", deny)
    err = assert_batch_with_one_error(batch(good, locked), str(locked), "unreadable", validator)
    assert "Permission denied" in err["error"]["message"]


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n\n\t  \r\n", "\u00a0\u3000\u2028\n".encode(), b"<html><body> </body></html>"],
    ids=["empty", "whitespace", "unicode-whitespace", "html-without-text"],
)
def test_empty_or_whitespace_file_is_empty(
    good: tuple[Path, Path], tmp_path: Path, validator: Any, content: bytes
) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_bytes(content)
    err = assert_batch_with_one_error(batch(good, blank), str(blank), "empty", validator)
    assert err["source"]["sha256"] is not None  # the bytes were read and hashed


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("release.txt", GOOD_A)
    return buf.getvalue()


BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01",
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!",
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "zip": _zip(),
    "gzip": gzip.compress(GOOD_A.encode()),
    "nul-bytes": b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
}


@pytest.mark.parametrize("kind", list(BINARIES))
def test_binary_file_is_binary(
    good: tuple[Path, Path], tmp_path: Path, validator: Any, kind: str
) -> None:
    blob = tmp_path / f"{kind}.txt"  # the name says .txt: the content decides
    blob.write_bytes(BINARIES[kind])
    assert_batch_with_one_error(batch(good, blob), str(blob), "binary", validator)


@pytest.mark.parametrize(
    "content",
    [
        b"\xef\xbb\xbfPress release: caf\xe9 \xff\xfe",  # a UTF-8 BOM, then bytes that are not UTF-8
        b"\xff\xfeP\x00r\x00e\x00s\x00s\x00!",  # a UTF-16 BOM, then an odd number of bytes
        bytes(128 + b % 128 for b in random.Random(0).randbytes(300)),  # no encoding fits
    ],
    ids=["utf8-bom-invalid", "utf16-bom-truncated", "random-bytes"],
)
def test_undecodable_bytes_are_decode_error(
    good: tuple[Path, Path], tmp_path: Path, validator: Any, content: bytes
) -> None:
    bad = tmp_path / "garbled.txt"
    bad.write_bytes(content)
    assert_batch_with_one_error(batch(good, bad), str(bad), "decode_error", validator)


def test_file_over_max_bytes_is_too_large(
    good: tuple[Path, Path], tmp_path: Path, validator: Any
) -> None:
    limit = 2000
    assert all(p.stat().st_size < limit for p in good)
    big = tmp_path / "big.txt"
    big.write_text(GOOD_A + "x" * limit)
    err = assert_batch_with_one_error(
        batch(good, big, "--max-bytes", str(limit)), str(big), "too_large", validator
    )
    assert str(limit) in err["error"]["message"]


def test_standard_input_over_max_bytes_is_too_large() -> None:
    result = run("--max-bytes", "100", "-", input=GOOD_A.encode())
    assert result.exit_code == 1
    rec = json.loads(result.stdout)
    assert rec["source"]["path"] == "-" and rec["error"]["code"] == "too_large"
    assert len(result.stderr.splitlines()) == 1


def test_several_bad_inputs_give_one_stderr_line_each(
    good: tuple[Path, Path], tmp_path: Path, validator: Any
) -> None:
    png = tmp_path / "photo.png.txt"
    png.write_bytes(BINARIES["png"])
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"\n")
    missing = tmp_path / "gone.txt"
    result = run(str(png), str(good[0]), str(blank), str(missing), str(good[1]))
    assert result.exit_code == 1
    recs = records(result.stdout)
    assert [r.get("error", {}).get("code") for r in recs] == [
        "binary",
        None,
        "empty",
        "not_found",
        None,
    ]
    for rec in recs:
        validator.validate(rec)
    assert [line.split(": ")[1:3] for line in result.stderr.splitlines()] == [
        [str(png), "binary"],
        [str(blank), "empty"],
        [str(missing), "not_found"],
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="file names of arbitrary bytes")
def test_file_name_that_is_not_utf8_does_not_stop_the_batch(tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(GOOD_B)
    (folder / "zz.txt").write_text(GOOD_A)
    result = run(str(folder))
    assert "internal error" not in result.stderr
    recs = records(result.stdout)
    assert len(recs) == 2 and recs[1]["source"]["path"].endswith("zz.txt")
    assert "error" not in recs[1]


# --- text that is not a press release: a release with honest nulls and warnings --------

RECIPE = """Grandma's Lemon Cake

Serves 8. Preparation: 20 minutes. Baking: 45 minutes.

Ingredients
- 200 g flour
- 3 eggs
- 150 g sugar

1. Preheat the oven to 180 degrees.
2. Beat the eggs with the sugar for about 5 minutes.
3. Fold in the flour and bake at 4:00 p.m. for approximately 45 minutes.
"""

SOURCE_CODE = '''import sys


def main(argv):
    """Print the meeting times."""
    for i, arg in enumerate(argv):
        print(f"{i}: {arg} at 10:00")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
'''

CSV = """date,minister,country,minutes
2024-03-04,Ana Velkova,Ruritania,40
2024-03-05,Tomas Rieger,Freedonia,30
2024-03-06,Kwame Osei,Ghana,25
"""

# GOOD_A cut in the middle of its lead sentence
TRUNCATED = GOOD_A[: GOOD_A.index("Foreign Affairs of Ruritania") + len("Foreign Aff")]

FRENCH = """Communiqué de presse

Entretien entre la ministre des Affaires étrangères Ana Velkova et M. Tomas Rieger

4 mars 2024

Le 4 mars, à partir de 14 heures et pendant environ 30 minutes, Mme Ana Velkova, ministre des Affaires étrangères de Ruritanie, s'est entretenue avec M. Tomas Rieger, secrétaire général du Conseil du Nord.

1. Les deux parties sont convenues de renforcer leur coopération dans le domaine des énergies renouvelables.
2. Ils ont échangé leurs vues sur la situation régionale.
"""

JAPANESE = """報道発表

日・ルリタニア外相会談

令和6年3月4日

3月4日、午後2時から約30分間、ヴェルコヴァ外務大臣は、リーガー事務総長と会談を行いました。

1 両者は、再生可能エネルギー分野での協力を深めることで一致しました。
"""

NOT_RELEASES = {
    "recipe": RECIPE,
    "source-code": SOURCE_CODE,
    "csv": CSV,
    "truncated": TRUNCATED,
    "french": FRENCH,
    "japanese": JAPANESE,
}


@pytest.fixture
def not_release_records(tmp_path: Path, good: tuple[Path, Path]) -> dict[str, dict[str, Any]]:
    """All the non-releases in one batch, between the good ones: exit 0, releases only."""
    paths = []
    for name, text in NOT_RELEASES.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    result = run(str(good[0]), *paths, str(good[1]))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    recs = records(result.stdout)
    assert len(recs) == len(paths) + 2
    return {Path(r["source"]["path"]).stem: r for r in recs}


@pytest.mark.parametrize("name", list(NOT_RELEASES))
def test_text_that_is_not_a_release_gives_a_release_with_warnings(
    not_release_records: dict[str, dict[str, Any]], validator: Any, name: str
) -> None:
    rec = not_release_records[name]
    validator.validate(rec)
    assert "error" not in rec
    assert rec["warnings"], "a text with no meeting must say why its fields are null"
    assert all(w.strip() and "\n" not in w for w in rec["warnings"])


@pytest.mark.parametrize("name", ["recipe", "source-code", "csv", "japanese"])
def test_no_meeting_and_nobody_is_invented_in_a_non_release(
    not_release_records: dict[str, dict[str, Any]], name: str
) -> None:
    rec = not_release_records[name]
    assert rec["participants"] == []
    assert rec["mentioned_people"] == []
    meeting = rec["meeting"]
    assert {k: v for k, v in meeting.items() if v not in (None, False)} == {}, meeting
    assert "no meeting sentence found" in rec["warnings"]


def test_truncated_release_keeps_what_was_printed(
    not_release_records: dict[str, dict[str, Any]],
) -> None:
    rec = not_release_records["truncated"]
    assert rec["header"]["title"] == "Meeting between Foreign Minister Velkova and Mr. Tomas Rieger"
    assert rec["header"]["date"] == "2024-03-04"
    assert [p["name"] for p in rec["participants"]][:1] == ["Ana Velkova"]


@pytest.mark.xfail(
    reason="gap: a lead cut before its full stop is taken as a caption, so the meeting "
    "sentence printed in it is never read (segment)",
    strict=False,
)
def test_truncated_release_reads_the_meeting_sentence_it_has(
    not_release_records: dict[str, dict[str, Any]],
) -> None:
    meeting = not_release_records["truncated"]["meeting"]
    assert (meeting["start_time"], meeting["duration_minutes"]) == ("14:00", 30)


@pytest.mark.xfail(
    reason="gap: the fragment 'Aff' of a cut word becomes a mentioned person (who)",
    strict=False,
)
def test_truncated_release_invents_no_person_from_a_cut_word(
    not_release_records: dict[str, dict[str, Any]],
) -> None:
    rec = not_release_records["truncated"]
    names = [p["name"] for p in rec["participants"] + rec["mentioned_people"]]
    assert "Aff" not in names
    assert rec["participants"][0]["title"] != "Minister for Foreign"  # a cut office


def test_release_in_another_language_invents_no_topics(
    not_release_records: dict[str, dict[str, Any]],
) -> None:
    assert not_release_records["french"]["topics"] == []


@pytest.mark.xfail(
    reason="gap: lines of code become header.section/title/captions (segment)", strict=False
)
def test_source_code_has_no_headline(not_release_records: dict[str, dict[str, Any]]) -> None:
    header = not_release_records["source-code"]["header"]
    assert header["section"] is None and header["title"] is None and header["captions"] == []


# --- a failing stage: an internal error record naming it; --debug shows the traceback --


def _failing(real: Any) -> Any:
    def flaky(*args: Any, **kwargs: Any) -> Any:
        first = args[0] if args else None
        text = first if isinstance(first, str) else getattr(first, "text", "")
        if MARKER in text:
            raise RuntimeError("simulated failure in the stage")
        return real(*args, **kwargs)

    return flaky


STAGES = {
    "segment": (segment, "segment"),
    "when": (when, "extract"),
    "who": (who, "extract"),
    "topics": (topics, "extract"),
}


@pytest.mark.parametrize("stage", list(STAGES))
def test_a_stage_exception_is_an_internal_error_naming_the_stage(
    good: tuple[Path, Path],
    tmp_path: Path,
    validator: Any,
    monkeypatch: pytest.MonkeyPatch,
    stage: str,
) -> None:
    module, name = STAGES[stage]
    monkeypatch.setattr(module, name, _failing(getattr(module, name)))
    bad = tmp_path / "fails.txt"
    bad.write_text(BAD_RELEASE)
    err = assert_batch_with_one_error(
        batch(good, bad), str(bad), "internal", validator, stage=stage
    )
    assert "RuntimeError" in err["error"]["message"]
    assert "simulated failure" in err["error"]["message"]

    debug = batch(good, bad, "--debug")
    assert debug.exit_code == 1
    assert "Traceback" in debug.stderr and "simulated failure in the stage" in debug.stderr
    assert len(records(debug.stdout)) == 3  # tracebacks go to stderr only


class _FailingNLP:
    """A spaCy pipeline whose ``pipe`` raises on the text that holds MARKER."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def __call__(self, text: str) -> Any:
        if MARKER in text:
            raise RuntimeError("simulated failure in spaCy")
        return self.real(text)

    def pipe(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        for text in texts:
            yield self(text)


@pytest.fixture
def failing_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    real = nlp_module.load(None)
    monkeypatch.setattr(nlp_module, "load", lambda name=None, fast=False: _FailingNLP(real))


def test_a_spacy_failure_is_an_internal_error_naming_nlp(tmp_path: Path, failing_nlp: None) -> None:
    bad = tmp_path / "fails.txt"
    bad.write_text(BAD_RELEASE)
    result = run(str(bad))
    assert result.exit_code == 1
    rec = json.loads(result.stdout)
    assert rec["error"]["code"] == "internal" and rec["error"]["stage"] == "nlp"
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_spacy_failure_on_one_input_spares_the_rest_of_its_batch(
    good: tuple[Path, Path], tmp_path: Path, validator: Any, failing_nlp: None
) -> None:
    bad = tmp_path / "fails.txt"
    bad.write_text(BAD_RELEASE)
    assert_batch_with_one_error(batch(good, bad), str(bad), "internal", validator, stage="nlp")


# --- pipes and signals, as a real process -------------------------------------------------


def _read_lines(proc: subprocess.Popen[bytes], n: int) -> bytes:
    """The first n lines of the child's stdout, read from the pipe itself: communicate()
    reads the file descriptor, so nothing may sit in a Python-level read buffer."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    got = b""
    while got.count(b"\n") < n:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        got += chunk
    return got


def _release_dir(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:03d}.txt").write_text(GOOD_A if i % 2 else GOOD_B)
    return folder


def test_closed_pipe_head_1_exits_quietly(tmp_path: Path) -> None:
    folder = _release_dir(tmp_path, 40)
    err = tmp_path / "stderr.txt"
    cmd = (
        f"set -o pipefail; {shlex.quote(sys.executable)} -m pressparse {shlex.quote(str(folder))}"
        f" 2>{shlex.quote(str(err))} | head -1"
    )
    proc = subprocess.run(
        ["bash", "-c", cmd], capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL
    )
    first = json.loads(proc.stdout)  # exactly one complete record
    assert first["source"]["path"].endswith("r000.txt")
    assert err.read_text() == ""  # no traceback, no "Broken pipe"
    assert proc.returncode == 0  # with pipefail: pressparse itself exited 0


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_sigint_during_a_batch_exits_130_with_complete_records(tmp_path: Path) -> None:
    folder = _release_dir(tmp_path, 200)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pressparse", str(folder)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = _read_lines(proc, 1)  # the batch is under way
    time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode(errors="replace")
    out = (first + rest).decode()
    recs = records(out)  # every printed line is a complete record
    assert 1 <= len(recs) < 200  # interrupted before the end
    assert [r["source"]["path"] for r in recs] == [
        str(folder / f"r{i:03d}.txt") for i in range(len(recs))
    ]
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err


@pytest.mark.skipif(os.name != "posix", reason="signals")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigint_leaves_a_json_array_valid(tmp_path: Path, jobs: str) -> None:
    folder = _release_dir(tmp_path, 200)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pressparse", "--format", "json", "--jobs", jobs, str(folder)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = _read_lines(proc, 2)  # "[" and the first record
    time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode(errors="replace")
    recs = json.loads(first + rest)  # the array was closed after the last whole record
    assert 1 <= len(recs) < 200
    assert b"Traceback" not in err
