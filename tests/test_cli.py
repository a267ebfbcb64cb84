"""The command line: one record per input, in order; error records; exit codes; --schema."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from pressparse import pipeline
from pressparse.cli import app

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "mofa-2024-05-23-kamikawa-kao.txt"

RELEASE_A = """Press Releases

Meeting between Foreign Minister Velkova and Mr. Tomas Rieger

March 4, 2024

On March 4, commencing at 2:00 p.m. for approximately 30 minutes, Ms. Ana Velkova, Minister for \
Foreign Affairs of Ruritania, held a meeting with Mr. Tomas Rieger, Secretary-General of the \
Northern Council. The overview of the meeting is as follows.

1. The two sides agreed to deepen cooperation on renewable energy.
2. They exchanged views on the situation in the region.
"""

RELEASE_B = """Secretary Marlow's Call with Foreign Minister Osei

READOUT

JUNE 2, 2023

Secretary of State Daniel Marlow spoke today with Foreign Minister Kwame Osei about food \
security and regional stability.
"""


def run(*args: str, input: bytes | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=input)


def lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    a = tmp_path / "a.txt"
    a.write_text(RELEASE_A, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text(RELEASE_B, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n\n")
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    return {"a": a, "b": b, "empty": empty, "png": png, "missing": tmp_path / "missing.txt"}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    result = run("--schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_single_file_prints_one_json_object(files: dict[str, Path]) -> None:
    result = run(str(files["a"]))
    assert result.exit_code == 0, result.output
    rel = json.loads(result.stdout)  # one object, nothing else
    assert rel["schema_version"] == "1"
    assert rel["source"]["path"] == str(files["a"])
    assert rel["source"]["format"] == "text"
    assert len(rel["source"]["sha256"]) == 64
    assert "text" not in rel  # only with --emit-text
    assert result.stderr == ""


def test_several_files_print_jsonl_in_input_order(files: dict[str, Path]) -> None:
    result = run(str(files["b"]), str(files["a"]), str(files["b"]))
    assert result.exit_code == 0
    recs = lines(result.stdout)
    assert [r["source"]["path"] for r in recs] == [
        str(files["b"]),
        str(files["a"]),
        str(files["b"]),
    ]
    assert all("header" in r for r in recs)


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text(RELEASE_A)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "m.htm").write_text(f"<html><body><p>{RELEASE_B}</p></body></html>")
    (tmp_path / "a.html").write_text(f"<html><body><p>{RELEASE_B}</p></body></html>")
    (tmp_path / "notes.md").write_text("not a release")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(RELEASE_A)
    result = run(str(tmp_path))
    assert result.exit_code == 0
    recs = lines(result.stdout)
    names = [Path(r["source"]["path"]).relative_to(tmp_path).as_posix() for r in recs]
    assert names == ["a.html", "sub/m.htm", "z.txt"]
    assert [r["source"]["format"] for r in recs] == ["html", "html", "text"]


def test_empty_directory_is_an_error_record(tmp_path: Path) -> None:
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert lines(result.stdout)[0]["error"]["code"] == "not_found"


def test_stdin(files: dict[str, Path]) -> None:
    result = run("-", input=RELEASE_A.encode())
    assert result.exit_code == 0
    rel = json.loads(result.stdout)
    assert rel["source"]["path"] == "-"
    assert rel["header"]["date"] == "2024-03-04"


def test_missing_file_is_an_error_record_and_the_rest_is_parsed(
    files: dict[str, Path], validator: jsonschema.Draft202012Validator
) -> None:
    result = run(str(files["a"]), str(files["missing"]), str(files["b"]))
    assert result.exit_code == 1
    recs = lines(result.stdout)
    assert len(recs) == 3
    assert "header" in recs[0] and "header" in recs[2]
    err = recs[1]
    assert err == {
        "schema_version": "1",
        "source": {"path": str(files["missing"]), "sha256": None, "format": None},
        "error": {"code": "not_found", "message": "no such file", "stage": None},
    }
    for rec in recs:
        validator.validate(rec)
    assert result.stderr.count("\n") == 1  # one line on stderr, no traceback
    assert "not_found" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("name", "code"), [("empty", "empty"), ("png", "binary")])
def test_bad_input_error_codes(files: dict[str, Path], name: str, code: str) -> None:
    result = run(str(files[name]))
    assert result.exit_code == 1
    rec = json.loads(result.stdout)
    assert rec["error"]["code"] == code
    assert rec["source"]["sha256"] is not None  # the bytes were read
    assert "Traceback" not in result.output


def test_too_large(files: dict[str, Path]) -> None:
    result = run("--max-bytes", "50", str(files["a"]))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["code"] == "too_large"


def test_schema_validates_real_output(
    files: dict[str, Path], validator: jsonschema.Draft202012Validator
) -> None:
    result = run(str(SAMPLE), str(files["a"]), str(files["png"]), "--emit-text")
    recs = lines(result.stdout)
    assert len(recs) == 3
    for rec in recs:
        validator.validate(rec)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**recs[0], "unexpected": 1})
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"schema_version": "1"})


def test_version() -> None:
    from pressparse import __version__

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"pressparse {__version__}"


def test_help_has_examples() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and "jq" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--format", "xml", "x.txt"],
        ["--no-such-option"],
        ["--format", "jsonl", "--pretty", "x"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_format_json_for_several_inputs_is_an_array(files: dict[str, Path]) -> None:
    result = run("--format", "json", str(files["a"]), str(files["missing"]))
    assert result.exit_code == 1
    recs = json.loads(result.stdout)
    assert isinstance(recs, list) and len(recs) == 2


def test_format_jsonl_and_pretty(files: dict[str, Path]) -> None:
    one = run("--format", "jsonl", str(files["a"]))
    assert len(one.stdout.splitlines()) == 1
    pretty = run("--pretty", str(files["a"]))
    assert pretty.stdout.startswith("{\n  ")
    assert json.loads(pretty.stdout)["source"]["path"] == str(files["a"])


def test_emit_text_gives_the_text_spans_index(files: dict[str, Path]) -> None:
    result = run("--emit-text", str(files["a"]))
    rel = json.loads(result.stdout)
    assert rel["text"] == RELEASE_A
    for span in rel["spans"]:
        assert rel["text"][span["start"] : span["end"]] == span["text"]


def test_html_input_spans_index_the_extracted_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    paras = "".join(f"<p>{p}</p>" for p in RELEASE_A.split("\n\n"))
    page.write_text(f"<!DOCTYPE html><html><body><nav>Menu</nav>{paras}</body></html>")
    rel = json.loads(run("--emit-text", str(page)).stdout)
    assert rel["source"]["format"] == "html"
    assert "Menu" not in rel["text"]
    for span in rel["spans"]:
        assert rel["text"][span["start"] : span["end"]] == span["text"]


def test_a_stage_error_is_an_internal_record_and_does_not_stop_the_batch(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.topics_stage.extract

    def flaky(an: Any, participants: Any, *rest: Any) -> Any:
        if "Marlow" in an.text:
            raise RuntimeError("simulated failure")
        return real(an, participants, *rest)

    monkeypatch.setattr(pipeline.topics_stage, "extract", flaky)
    result = run(str(files["a"]), str(files["b"]), str(files["a"]))
    assert result.exit_code == 1
    recs = lines(result.stdout)
    assert "header" in recs[0] and "header" in recs[2]
    assert recs[1]["error"]["code"] == "internal"
    assert recs[1]["error"]["stage"] == "topics"
    assert "simulated failure" in recs[1]["error"]["message"]
    assert "Traceback" not in result.stderr
    debug = run("--debug", str(files["b"]))
    assert "Traceback" in debug.stderr


def test_missing_model_is_a_clear_error(files: dict[str, Path]) -> None:
    result = run("--model", "no_such_pipeline_xyz", str(files["a"]))
    assert result.exit_code == 1
    assert "no_such_pipeline_xyz" in result.stderr and "not installed" in result.stderr
    assert "Traceback" not in result.stderr


# --- as a real process -------------------------------------------------------------------


def cli(*args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pressparse", *args],
        capture_output=True,
        text=True,
        stdin=kw.pop("stdin", subprocess.DEVNULL),
        timeout=120,
        **kw,
    )


def test_python_m_pressparse() -> None:
    proc = cli(str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["header"]["date"] == "2024-05-23"


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    for i in range(20):
        (tmp_path / f"r{i:02d}.txt").write_text(RELEASE_A)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pressparse", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # like `| head -1`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert json.loads(first)["source"]["path"].endswith("r00.txt")
    assert proc.returncode == 0
    assert err == ""


def wait_until_reading_stdin(pid: int, timeout: float = 60) -> None:
    """Past start-up (a signal during imports is Python's, not ours): blocked on the pipe."""
    wchan = Path(f"/proc/{pid}/wchan")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = wchan.read_text()
        except OSError:
            break  # no /proc: fall back to a generous pause
        if "pipe" in state:
            return
        time.sleep(0.1)
    time.sleep(5)


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_ctrl_c_exits_130() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "pressparse", "-"],
        stdin=subprocess.PIPE,  # kept open: the command waits on standard input
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wait_until_reading_stdin(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
