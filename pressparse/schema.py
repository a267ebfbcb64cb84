"""The JSON Schema of pressparse's output records (``pressparse --schema``).

One document that validates every line pressparse prints: a release or an
error record (``oneOf``), built from the Pydantic models so it cannot drift
from them. The CLI always prints every field of a record, so every property is
``required`` except a release's ``text``, which only ``--emit-text`` adds.
"""

from __future__ import annotations

from typing import Any

from .model import SCHEMA_VERSION, ErrorRecord, Release

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# Output fields that are printed only on request.
OPTIONAL_FIELDS: dict[str, frozenset[str]] = {"Release": frozenset({"text"})}


def record_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one output record: a release or an error record."""
    from pydantic.json_schema import models_json_schema

    _, defs = models_json_schema(
        [(Release, "serialization"), (ErrorRecord, "serialization")],
        ref_template="#/$defs/{model}",
    )
    definitions: dict[str, Any] = defs["$defs"]
    for name, sub in definitions.items():
        props = sub.get("properties")
        if isinstance(props, dict):
            optional = OPTIONAL_FIELDS.get(name, frozenset())
            sub["required"] = [p for p in props if p not in optional]
    return {
        "$schema": DRAFT,
        "title": f"pressparse record (schema version {SCHEMA_VERSION})",
        "description": (
            "One line of pressparse output: a release, or an error record for an input "
            "that could not be parsed."
        ),
        "oneOf": [{"$ref": "#/$defs/Release"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": definitions,
    }
