"""The output contract (``shared/SPEC.md``, schema version 1) as Pydantic models.

Field names and meanings are fixed by the contract; fields may be added, never
renamed or dropped.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"

MeetingFormat = Literal["in_person", "telephone", "video"]
ErrorCode = Literal[
    "not_found",
    "unreadable",
    "empty",
    "binary",
    "too_large",
    "decode_error",
    "internal",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: str | None = None
    sha256: str | None = None
    format: Literal["text", "html"] | None = None


class Header(_Model):
    section: str | None = None
    title: str | None = None
    date: str | None = Field(default=None, description="publication date, YYYY-MM-DD")
    captions: list[str] = Field(default_factory=list)


class Point(_Model):
    number: int | None = None
    heading: str | None = None
    text: str = ""
    subpoints: list[Point] = Field(default_factory=list)


class Meeting(_Model):
    format: MeetingFormat | None = None
    kind: str | None = None
    date: str | None = Field(default=None, description="YYYY-MM-DD")
    start_time: str | None = Field(default=None, description="HH:MM, 24 h, local")
    end_time: str | None = Field(default=None, description="HH:MM")
    timezone: str | None = Field(default=None, description="IANA zone name")
    start: str | None = Field(default=None, description="ISO 8601 datetime")
    duration_minutes: int | None = Field(default=None, ge=0)
    duration_approximate: bool = False
    location: str | None = None


class Person(_Model):
    name: str
    family_name: str | None = None
    given_name: str | None = None
    honorific: str | None = None
    title: str | None = None
    organization: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Topic(_Model):
    label: str
    points: list[int] = Field(default_factory=list)


class Span(_Model):
    field: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Release(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source = Field(default_factory=Source)
    header: Header = Field(default_factory=Header)
    lead: str | None = None
    points: list[Point] = Field(default_factory=list)
    meeting: Meeting = Field(default_factory=Meeting)
    participants: list[Person] = Field(default_factory=list)
    mentioned_people: list[Person] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    spans: list[Span] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str | None = Field(
        default=None, description="the decoded/extracted text, only with --emit-text"
    )


class ErrorInfo(_Model):
    code: ErrorCode
    message: str
    stage: str | None = None


class ErrorRecord(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source = Field(default_factory=Source)
    error: ErrorInfo
