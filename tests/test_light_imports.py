"""--help, --version and --schema start fast: they must not import spaCy or dateparser.

Run in a fresh interpreter, since this test process has long imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "dateparser", "thinc", "torch", "charset_normalizer", "selectolax", "tqdm")

PROBE = """
import json, sys
args, watched = json.loads(sys.argv[1]), set(json.loads(sys.argv[2]))
sys.argv = ["pressparse", *args]
try:
    from pressparse.cli import app  # main() would leave through os._exit, before the probe
    app(prog_name="pressparse")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
heavy = sorted({m.split(".")[0] for m in sys.modules} & watched)
sys.stderr.write("\\nPROBE " + json.dumps({"code": code, "heavy": heavy}) + "\\n")
"""


def probe(args: list[str]) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("PROBE "))
    result: dict[str, object] = json.loads(line[len("PROBE ") :])
    result["stdout"] = proc.stdout
    return result


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["--schema"]])
def test_light_commands_do_not_import_the_nlp_stack(args: list[str]) -> None:
    result = probe(args)
    assert result["code"] in (0, None)
    assert result["heavy"] == []
    assert result["stdout"]


def test_importing_the_library_is_light() -> None:
    code = (
        "import sys, pressparse, pressparse.cli, pressparse.schema;"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
