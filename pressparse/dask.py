"""Parse many releases with Dask: a bag of records, or JSON Lines files.

Needs the optional extra: ``pip install 'pressparse[dask]'``. Importing ``pressparse``
never imports Dask; only this module does, inside its functions.

    from dask.distributed import Client, LocalCluster
    from pressparse.dask import to_jsonl

    with LocalCluster(n_workers=4, threads_per_worker=1) as cluster, Client(cluster):
        to_jsonl(sorted(glob.glob("releases/**/*.txt", recursive=True)), "out/")

The bag holds file paths, cut into partitions of ``partition_size`` files. Each partition
is parsed by one task through the same code as the command line (``nlp.pipe`` in batches,
one record per input in input order, error records for inputs that fail), so every record
is exactly the line ``pressparse --format jsonl`` prints for that file. The spaCy model is
loaded once per worker process (``pressparse.nlp.load`` caches it) and reused by every
partition the worker runs: use process workers with one thread each, as spaCy pipelines
are not meant to be shared between threads. The files must be readable by the workers
(a shared file system); the output directory may be any fsspec URL Dask can write to.
"""

from __future__ import annotations

import glob as globbing
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from .inputs import MAX_BYTES

if TYPE_CHECKING:
    import dask.bag

# Files per partition: enough for several nlp.pipe batches (16 texts each) per task, so the
# scheduler's overhead per task stays small next to the parsing, while a corpus of a few
# hundred files still spreads over the workers.
DEFAULT_PARTITION_SIZE = 64


def _json_partition(
    paths: Iterable[str], model: str | None, emit_text: bool, max_bytes: int, fast: bool
) -> list[str]:
    """One partition: its files' records as JSON text, in order (runs on a worker)."""
    from .cli import records
    from .model import Release

    out = []
    for rec in records(
        list(paths), model=model, max_bytes=max_bytes, emit_text=emit_text, fast=fast
    ):
        exclude = {"text"} if isinstance(rec, Release) and not emit_text else None
        out.append(rec.model_dump_json(exclude=exclude))
    return out


def _dict_partition(
    paths: Iterable[str], model: str | None, emit_text: bool, max_bytes: int, fast: bool
) -> list[dict[str, Any]]:
    import json

    lines = _json_partition(paths, model, emit_text, max_bytes, fast)
    return [json.loads(line) for line in lines]


def _db() -> Any:
    # dask.bag is only partly typed (from_sequence, map_partitions, to_textfiles are not):
    # it is used as Any here and the bags are typed where they are returned
    import dask.bag

    return dask.bag


def _path_bag(
    paths: str | Iterable[str | os.PathLike[str]] | dask.bag.Bag,
    partition_size: int | None,
    npartitions: int | None,
) -> Any:
    db = _db()

    if isinstance(paths, db.Bag):
        return paths
    if isinstance(paths, str):  # a glob pattern, expanded here and sorted
        names = sorted(globbing.glob(paths, recursive=True))
    else:
        names = [os.fspath(p) for p in paths]
    if npartitions is None and partition_size is None:
        partition_size = DEFAULT_PARTITION_SIZE
    return db.from_sequence(names, partition_size=partition_size, npartitions=npartitions)


def json_bag(
    paths: str | Iterable[str | os.PathLike[str]] | dask.bag.Bag,
    *,
    partition_size: int | None = None,
    npartitions: int | None = None,
    model: str | None = None,
    emit_text: bool = False,
    max_bytes: int = MAX_BYTES,
    fast: bool = False,
) -> dask.bag.Bag:
    """A bag of records as JSON text (one str per input, as ``pressparse --format jsonl``).

    ``paths`` is a list of files, a glob pattern (``"releases/**/*.txt"``, sorted), or a
    bag of paths. The bag keeps the input order. ``fast`` is ``pressparse --fast``.
    """
    bag = _path_bag(paths, partition_size, npartitions)
    parts = bag.map_partitions(_json_partition, model, emit_text, max_bytes, fast)
    return cast("dask.bag.Bag", parts)


def parse_bag(
    paths: str | Iterable[str | os.PathLike[str]] | dask.bag.Bag,
    *,
    partition_size: int | None = None,
    npartitions: int | None = None,
    model: str | None = None,
    emit_text: bool = False,
    max_bytes: int = MAX_BYTES,
    fast: bool = False,
) -> dask.bag.Bag:
    """A bag of records as plain dicts (JSON values), one per input, in input order.

    A release record, or an error record with an ``error`` key (``record.get("error")``);
    the same objects the command line prints, e.g.
    ``parse_bag(files).filter(lambda r: not r.get("error")).pluck("meeting")``.
    """
    bag = _path_bag(paths, partition_size, npartitions)
    parts = bag.map_partitions(_dict_partition, model, emit_text, max_bytes, fast)
    return cast("dask.bag.Bag", parts)


def _part_name(i: int) -> str:
    return f"{i:05d}"


def to_jsonl(
    paths: str | Iterable[str | os.PathLike[str]] | dask.bag.Bag,
    out_dir: str | os.PathLike[str],
    *,
    partition_size: int | None = None,
    npartitions: int | None = None,
    model: str | None = None,
    emit_text: bool = False,
    max_bytes: int = MAX_BYTES,
    storage_options: dict[str, Any] | None = None,
    fast: bool = False,
) -> list[str]:
    """Parse and write JSON Lines: ``OUT_DIR/part-00000.jsonl``, one file per partition.

    The parts, read in name order, hold one record per input in input order, each line
    exactly as ``pressparse --format jsonl`` prints it. Returns the paths written. For
    delayed writes, call ``json_bag(...).to_textfiles(..., compute=False)``.
    """
    bag: Any = json_bag(
        paths,
        partition_size=partition_size,
        npartitions=npartitions,
        model=model,
        emit_text=emit_text,
        max_bytes=max_bytes,
        fast=fast,
    )
    if isinstance(paths, (list, tuple)) and not paths:  # no part file for no input
        return []
    target = f"{os.fspath(out_dir).rstrip('/')}/part-*.jsonl"
    written = bag.to_textfiles(
        target,
        name_function=_part_name,
        last_endline=True,  # JSON Lines: every record ends with a newline
        storage_options=storage_options,
    )
    return [str(p) for p in written]
