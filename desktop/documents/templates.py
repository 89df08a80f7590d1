"""Editable wording of the documents: ``resources/templates/*.txt``.

A template file is split into sections by lines holding only ``[name]``.
Inside a section:

* lines starting with ``#`` are comments;
* blank lines separate paragraphs; the lines of one paragraph are joined
  with a space, so a maintainer may wrap long sentences freely;
* a paragraph starting with ``== `` is a heading (bold, kept with the next
  paragraph), one starting with ``>> `` is centred; any other is a normal
  body paragraph (justified, first-line indent);
* ``$name`` / ``${name}`` placeholders are filled with :class:`string.Template`
  (``$$`` writes a dollar sign). Every ``$name`` also exists as ``$name_cap``
  with its first letter capitalised, for the start of a sentence
  (``$village_name_cap`` gives "Thôn Đông"). An unknown placeholder is an
  error, so a typo in a template fails loudly instead of printing ``$nmae``.

Values are plain text: the page escapes them, so a name containing ``&`` or
``<`` prints as written.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Template

from desktop.core.resources import resource_path
from desktop.documents.model import Para, ParaKind, date_fields

_SECTION = re.compile(r"^\[([a-z][a-z0-9_]*)\]\s*$")
_MARKERS: tuple[tuple[str, ParaKind], ...] = (("== ", "heading"), (">> ", "center"))


class TemplateError(ValueError):
    """A template file is malformed or lacks a section or placeholder value."""


@dataclass(frozen=True)
class DocumentTemplate:
    """The parsed sections of one template file.

    Attributes:
        name: the file name, for error messages.
        sections: section name -> its raw paragraphs (markers kept).
    """

    name: str
    sections: Mapping[str, tuple[str, ...]]

    def _raw(self, section: str) -> tuple[str, ...]:
        try:
            return self.sections[section]
        except KeyError:
            raise TemplateError(f"{self.name}: no section [{section}]") from None

    def _fill(self, section: str, text: str, values: Mapping[str, object]) -> str:
        try:
            filled = Template(text).substitute(_with_capitalised(values))
        except (KeyError, ValueError) as exc:
            raise TemplateError(f"{self.name} [{section}]: bad placeholder {exc}") from None
        return unicodedata.normalize("NFC", filled)

    def paragraphs(self, section: str, values: Mapping[str, object]) -> tuple[Para, ...]:
        """The section's paragraphs, filled, with their kind from the markers."""
        out: list[Para] = []
        for raw in self._raw(section):
            kind: ParaKind = "body"
            text = raw
            for marker, marker_kind in _MARKERS:
                if raw.startswith(marker):
                    kind, text = marker_kind, raw[len(marker) :]
                    break
            # The lines of one template paragraph are one paragraph of print.
            out.append(Para(self._fill(section, text.replace("\n", " "), values), kind))
        return tuple(out)

    def text(self, section: str, values: Mapping[str, object]) -> str:
        """The section's paragraphs filled and joined by newlines (markers dropped)."""
        return "\n".join(p.text for p in self.paragraphs(section, values))

    def lines(self, section: str, values: Mapping[str, object]) -> tuple[str, ...]:
        """Each non-blank line of the section, filled (for lists such as recipients)."""
        return tuple(
            line
            for raw in self._raw(section)
            for line in self._fill(section, raw, values).split("\n")
            if line.strip()
        )


def _with_capitalised(values: Mapping[str, object]) -> dict[str, str]:
    plain = {k: str(v) for k, v in values.items()}
    return plain | {f"{k}_cap": v[:1].upper() + v[1:] for k, v in plain.items()}


def parse_template(name: str, source: str) -> DocumentTemplate:
    """Parse template ``source`` (see the module docstring for the format)."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    paragraph: list[str] = []

    def flush() -> None:
        if current is not None and paragraph:
            current.append("\n".join(paragraph))
        paragraph.clear()

    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        match = _SECTION.match(stripped)
        if match:
            flush()
            if match.group(1) in sections:
                raise TemplateError(f"{name}:{number}: section [{match.group(1)}] repeated")
            current = sections.setdefault(match.group(1), [])
        elif not stripped:
            flush()
        elif current is None:
            raise TemplateError(f"{name}:{number}: text before the first [section]")
        else:
            paragraph.append(stripped)
    flush()
    return DocumentTemplate(name, {k: tuple(v) for k, v in sections.items()})


def load_template(filename: str, directory: Path | None = None) -> DocumentTemplate:
    """Read and parse ``resources/templates/<filename>`` (or ``directory/filename``).

    Raises:
        FileNotFoundError: no such template.
        TemplateError: the file is malformed.
    """
    path = (directory / filename) if directory else resource_path("templates", filename)
    return parse_template(filename, path.read_text(encoding="utf-8"))


def when_text(value: dt.datetime | dt.date, template: DocumentTemplate) -> str:
    """A date or time in words, from the ``[when_datetime]`` or ``[when_date]`` section."""
    section = "when_datetime" if isinstance(value, dt.datetime) else "when_date"
    return template.text(section, date_fields(value))
