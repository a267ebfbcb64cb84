"""Command line: translates arguments, I/O and errors; the work is in the library."""

from __future__ import annotations

import sys


def main() -> None:
    from . import api
    from .errors import ParseError
    from .model import ErrorInfo, ErrorRecord, Source

    paths = sys.argv[1:]
    status = 0
    for p in paths:
        try:
            rel = api.parse_file(p)
            sys.stdout.write(rel.model_dump_json(exclude_none=False) + "\n")
        except ParseError as exc:
            status = 1
            rec = ErrorRecord(source=Source(path=p), error=ErrorInfo(code=exc.code, message=exc.message, stage=exc.stage))  # type: ignore[arg-type]
            sys.stdout.write(rec.model_dump_json() + "\n")
    sys.exit(status)
