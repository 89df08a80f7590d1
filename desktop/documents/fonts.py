"""Register the bundled Liberation Serif family with ReportLab.

Liberation Serif is metric-compatible with Times New Roman (Decree 30/2020
asks for Times New Roman or an equivalent) and covers Vietnamese. The TTF
files and their SIL OFL licence ship in ``resources/fonts/``.
"""

from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.resources import resource_path

FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES: tuple[tuple[str, str, int, int], ...] = (
    (REGULAR, "LiberationSerif-Regular.ttf", 0, 0),
    (BOLD, "LiberationSerif-Bold.ttf", 1, 0),
    (ITALIC, "LiberationSerif-Italic.ttf", 0, 1),
    (BOLD_ITALIC, "LiberationSerif-BoldItalic.ttf", 1, 1),
)


# Parsing four TTF files takes tens of milliseconds and ReportLab's font
# registry is process-wide anyway, so registering once per process is right.
@functools.cache
def register_fonts() -> str:
    """Register the four faces and the family mapping (idempotent).

    Returns:
        The family name to use in paragraph styles (``<b>``/``<i>`` markup
        then selects the bold and italic faces).

    Raises:
        FileNotFoundError: a font file is missing from ``resources/fonts``.
    """
    for name, filename, bold, italic in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        addMapping(FAMILY, bold, italic, name)
    return FAMILY
