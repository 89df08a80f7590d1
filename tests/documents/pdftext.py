"""Read rendered PDFs back for assertions (pypdf)."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader


@dataclass(frozen=True)
class Run:
    """One piece of text and where it sits on its page (PDF points, origin bottom left)."""

    text: str
    x: float
    y: float


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Text of each page."""
    return [page.extract_text() for page in reader(pdf).pages]


def flat_text(pdf: bytes) -> str:
    """All the text, whitespace collapsed (lines wrap anywhere)."""
    return " ".join(" ".join(page_texts(pdf)).split())


def runs(pdf: bytes, page_index: int) -> list[Run]:
    """The positioned text runs of one page."""
    out: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append(Run(text.strip(), x, y))

    reader(pdf).pages[page_index].extract_text(visitor_text=visit)
    return out


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)
