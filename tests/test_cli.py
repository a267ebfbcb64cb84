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
        # a shell starts background jobs with SIGINT ignored, and Python then installs no
        # KeyboardInterrupt handler: give the command the disposition of a terminal's job
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    wait_until_reading_stdin(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode(errors="replace")
    assert b"Traceback" not in err


# --- batches: --jobs, --glob, --output, --output-dir, progress -------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of releases in sub-folders, with a bad file among them."""
    root = tmp_path / "in"
    (root / "2023" / "june").mkdir(parents=True)
    (root / "2024").mkdir()
    for i in range(10):
        text = RELEASE_A.replace("March 4", f"March {i + 1}")
        (root / "2024" / f"r{i:02d}.txt").write_text(text)
    (root / "2023" / "june" / "b.txt").write_text(RELEASE_B)
    (root / "2023" / "june" / "b.html").write_text(f"<html><body><p>{RELEASE_B}</p></body></html>")
    (root / "2023" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return root


def test_jobs_output_is_byte_identical_to_serial(tree: Path) -> None:
    serial = cli("--jobs", "1", str(tree))
    parallel = cli("--jobs", "2", str(tree))
    assert serial.returncode == parallel.returncode == 1  # the PNG
    assert serial.stdout == parallel.stdout
    assert len(lines(serial.stdout)) == 13
    assert serial.stderr.count("binary") == parallel.stderr.count("binary") == 1


def test_glob_changes_what_a_directory_stands_for(tree: Path) -> None:
    result = run("--glob", "*.html", "--glob", "2024/r0[01].txt", str(tree))
    names = [Path(r["source"]["path"]).relative_to(tree).as_posix() for r in lines(result.stdout)]
    assert names == ["2023/june/b.html", "2024/r00.txt", "2024/r01.txt"]
    assert result.exit_code == 0


def test_glob_matching_nothing_is_an_error_record(tree: Path) -> None:
    result = run("--glob", "*.xml", str(tree))
    assert result.exit_code == 1
    (rec,) = lines(result.stdout)
    assert rec["error"]["code"] == "not_found"
    assert "*.xml" in rec["error"]["message"]


def test_output_file_holds_what_stdout_would(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("-o", str(out), str(tree))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert out.read_text() == run(str(tree)).stdout


def test_output_dir_mirrors_sub_folders(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("--output-dir", str(out), str(tree), str(tree / "2023" / "june" / "b.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == sorted(
        # b.html comes first in sorted order; b.txt beside it keeps its suffix
        ["2023/photo.json", "2023/june/b.json", "2023/june/b.txt.json", "b.json"]
        + [f"2024/r{i:02d}.json" for i in range(10)]
    )
    rec = json.loads((out / "2024" / "r03.json").read_text())
    assert rec["meeting"]["date"] == "2024-03-04"
    assert json.loads((out / "2023" / "photo.json").read_text())["error"]["code"] == "binary"
    assert not list(out.rglob("*.part"))


def test_output_options_usage_errors(tree: Path, tmp_path: Path) -> None:
    assert run("-o", str(tmp_path / "x"), "--output-dir", str(tmp_path / "d"), str(tree)).exit_code == 2
    assert run("--jobs", "0", str(tree)).exit_code == 2
    assert run("-", "-").exit_code == 2


def test_unwritable_output_is_a_clear_error(tree: Path, tmp_path: Path) -> None:
    result = run("-o", str(tmp_path / "no" / "such" / "dir" / "out.jsonl"), str(tree))
    assert result.exit_code == 1
    assert "cannot write output" in result.stderr


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from pressparse.cli import _Progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    bar = _Progress(3, enabled=True)
    for _ in range(3):
        bar.step()
    bar.close()
    assert "3/3" in tty.getvalue()
    quiet = Tty()
    monkeypatch.setattr(sys, "stderr", quiet)
    off = _Progress(3, enabled=False)
    off.step()
    off.close()
    assert quiet.getvalue() == ""
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal: no bar
    assert _Progress(3, enabled=True).bar is None
