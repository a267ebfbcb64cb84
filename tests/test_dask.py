"""The Dask path (pressparse.dask) gives exactly the records of the serial command line."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

from dask.distributed import Client, LocalCluster

from pressparse.dask import json_bag, parse_bag, to_jsonl

ROOT = Path(__file__).resolve().parent.parent
# a few hundred files keep the test near a minute on two cores (each release is parsed twice)
COPIES = 150
_YEAR = re.compile(r"\b20[0-4]\d\b")
_MINUTES = re.compile(r"\b\d{1,3}(?= minutes\b)")


def _bases() -> list[str]:
    files = sorted(ROOT.glob("samples/*.txt")) + sorted(ROOT.glob("tests/corpus/*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """COPIES releases with small variations (years, durations), plus two bad inputs."""
    folder = tmp_path_factory.mktemp("releases")
    bases = _bases()
    for i in range(COPIES):
        text = bases[i % len(bases)]
        text = _YEAR.sub(lambda m, i=i: str(int(m.group()) - i % 7), text)
        text = _MINUTES.sub(lambda m, i=i: str(int(m.group()) + 5 * (i % 4)), text)
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    # error records must come out in their place too
    (folder / "0050a-empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "0120a-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return folder


def _files(folder: Path) -> list[str]:
    # the order and the spelling of the paths the command line uses for a directory
    return sorted(str(p) for p in folder.glob("*.txt"))


@pytest.fixture(scope="module")
def serial(releases: Path) -> list[str]:
    """The records of `pressparse --jobs 1` over the folder, one JSON text per input."""
    cmd = [sys.executable, "-m", "pressparse", "--format", "jsonl", str(releases)]
    help_text = subprocess.run(
        [sys.executable, "-m", "pressparse", "--help"], capture_output=True, text=True
    ).stdout
    if "--jobs" in help_text:
        cmd[3:3] = ["--jobs", "1"]
    done = subprocess.run(cmd, capture_output=True, check=False)
    assert done.returncode == 1, done.stderr  # the two bad inputs give error records
    return done.stdout.decode("utf-8").splitlines()


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_to_jsonl_on_a_local_cluster_matches_the_serial_command_line(
    releases: Path, serial: list[str], client: Client, tmp_path: Path
) -> None:
    files = _files(releases)
    written = to_jsonl(files, tmp_path / "out", partition_size=20)
    assert [Path(p).name for p in written] == [f"part-{i:05d}.jsonl" for i in range(8)]
    lines: list[str] = []
    for part in written:
        text = Path(part).read_text(encoding="utf-8")
        assert text.endswith("\n")
        lines += text.splitlines()
    assert len(lines) == COPIES + 2 == len(serial)
    assert lines == serial  # the same JSON text, in the same (path) order
    records = [json.loads(line) for line in lines]
    assert [r["source"]["path"] for r in records] == files
    errors = {Path(r["source"]["path"]).name: r["error"]["code"] for r in records if "error" in r}
    assert errors == {"0050a-empty.txt": "empty", "0120a-image.txt": "binary"}

    def loads() -> int:
        from pressparse import nlp

        return int(nlp._load.cache_info().misses)  # load() is cached per process

    # 8 partitions ran on 2 workers: each worker loaded the model once and reused it
    per_worker = client.run(loads)
    assert len(per_worker) == 2
    assert all(n <= 1 for n in per_worker.values()), per_worker


def test_parse_bag_gives_the_records_as_dicts(
    releases: Path, serial: list[str], client: Client
) -> None:
    files = _files(releases)[:10]
    got = parse_bag(files, npartitions=2).compute()
    assert got == [json.loads(line) for line in serial[:10]]
    meetings = parse_bag(files[:4]).filter(lambda r: "error" not in r).pluck("meeting")
    assert all("start_time" in m for m in meetings.compute())


def test_the_fast_mode_gives_the_records_of_pressparse_fast(
    releases: Path, client: Client
) -> None:
    files = _files(releases)[:6]
    got = json_bag(files, npartitions=2, fast=True).compute()
    cli = subprocess.run(
        [sys.executable, "-m", "pressparse", "--fast", "--format", "jsonl", *files],
        capture_output=True, text=True, check=False,
    )
    assert got == cli.stdout.splitlines()


def test_a_glob_pattern_is_expanded_and_sorted(
    releases: Path, serial: list[str], client: Client
) -> None:
    bag = json_bag(str(releases / "000[0-3].txt"), partition_size=2)
    assert bag.npartitions == 2
    assert bag.compute() == serial[:4]


def test_no_paths_write_nothing(tmp_path: Path) -> None:
    assert to_jsonl([], tmp_path / "out") == []


def test_importing_pressparse_does_not_import_dask() -> None:
    code = (
        "import sys, pressparse, pressparse.dask; "
        "assert not any(m == 'dask' or m.startswith('dask.') for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith('dask'))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT)
