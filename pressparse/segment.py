"""Segmentation: header (section, title, date, captions), lead, points."""

from __future__ import annotations

from .document import Segmented


def segment(text: str) -> Segmented:
    return Segmented(text=text)
