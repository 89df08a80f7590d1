"""The text of a hương ước / quy ước as structure: preamble, chapters, articles, clauses, points.

D61 Art. 6 sets the structure (title, preamble, chapters, articles, clauses,
points). Officers paste the text from a word processor; :func:`parse_text`
recognises the headings, :func:`render_text` writes the canonical form back,
and :func:`compare` shows what a new version changes, article by article.

Headings recognised (after NFC and white-space clean-up of every line):

* chapter: ``Chương I``, ``Chương 1``, ``CHƯƠNG II`` with the title after a
  separator on the same line or on the following line(s) before the first article;
* article: ``Điều 1.`` / ``Điều 1:`` / ``Điều 1 -`` + title, or ``Điều 1`` + a
  space and a title starting with a capital letter (so a sentence beginning
  "Điều 5 của hương ước ..." stays text);
* clause, inside an article: ``1.`` or ``1)`` then a space;
* point, inside an article: ``a)`` ... ``y)`` (Vietnamese point letters).

A line that is none of these continues the element above it. Blank lines are
dropped; the canonical rendering writes one element per line, so
``parse_text(render_text(s)) == s`` for every ``s`` that :func:`parse_text`
produced.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum

from desktop.core.errors import FieldError
from desktop.core.warnings import RecordWarning, warning

# Point letters of Vietnamese legal drafting: the alphabet without f, j, w, z, with đ.
POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"

_SEP = r"[.:\-–—]"
_CHAPTER_RE = re.compile(rf"^chương\s+([ivxlcdm]+|\d+)(?=\s|{_SEP}|$)\s*{_SEP}?\s*(.*)$", re.I)
_ARTICLE_RE = re.compile(rf"^điều\s+(\d+)(?:\s*{_SEP}\s*(.*)|\s+(\w.*)|\s*)$", re.I)
_CLAUSE_RE = re.compile(r"^(\d+)[.)](?:\s+(.*)|$)")
_POINT_RE = re.compile(rf"^([{POINT_LETTERS}])\)(?:\s+(.*)|$)")
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


@dataclass(frozen=True)
class Point:
    """A point (điểm) ``a)``; ``text`` may hold several lines joined by ``\\n``."""

    letter: str
    text: str = ""


@dataclass(frozen=True)
class Clause:
    """A clause (khoản) ``1.`` with its points."""

    number: int
    text: str = ""
    points: tuple[Point, ...] = ()


@dataclass(frozen=True)
class Article:
    """An article (điều): title, text before its first clause, points directly under
    it (rare), then its clauses."""

    number: int
    title: str = ""
    intro: str = ""
    points: tuple[Point, ...] = ()
    clauses: tuple[Clause, ...] = ()


@dataclass(frozen=True)
class Chapter:
    """A chapter (chương). ``number`` is the numeral as written (``I``, ``2``);
    an empty ``number`` holds articles that precede any chapter heading (or a
    text without chapters)."""

    number: str
    title: str = ""
    articles: tuple[Article, ...] = ()

    @property
    def label(self) -> str:
        """``Chương II``, or empty for the implicit chapter."""
        return f"Chương {self.number}" if self.number else ""


@dataclass(frozen=True)
class ConventionText:
    """A parsed text: preamble (title, bases, anything before the first heading)
    and the chapters in order; :attr:`articles` flattens them for comparison."""

    preamble: str = ""
    chapters: tuple[Chapter, ...] = ()

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for ch in self.chapters for a in ch.articles)


def _clean_lines(text: str) -> Iterator[str]:
    for raw in unicodedata.normalize("NFC", text).splitlines():
        line = " ".join(raw.split())  # also folds tabs and no-break spaces
        if line:
            yield line


def _append(text: str, line: str) -> str:
    return f"{text}\n{line}" if text else line


def _chapter(line: str) -> tuple[str, str] | None:
    m = _CHAPTER_RE.match(line)
    if m is None:
        return None
    numeral = m.group(1)
    if not numeral.isdigit():
        numeral = numeral.upper()
        if not _ROMAN.match(numeral):
            return None
    return numeral, m.group(2).strip()


def _article(line: str) -> tuple[int, str] | None:
    m = _ARTICLE_RE.match(line)
    if m is None:
        return None
    spaced = m.group(3)
    if spaced is not None and not spaced[0].isupper():
        return None  # "Điều 5 của hương ước này ..." is a sentence, not a heading
    return int(m.group(1)), (m.group(2) or spaced or "").strip()


@dataclass
class _Building:
    """Mutable state of the parser (the result is frozen)."""

    preamble: str = ""
    chapters: list[Chapter] = field(default_factory=list)
    in_chapter_title: bool = False
    article: Article | None = None

    def flush_article(self) -> None:
        if self.article is None:
            return
        if not self.chapters:
            self.chapters.append(Chapter(""))
        last = self.chapters[-1]
        self.chapters[-1] = replace(last, articles=(*last.articles, self.article))
        self.article = None

    def continue_article(self, line: str) -> None:
        art = self.article
        assert art is not None
        if art.clauses:
            clause = art.clauses[-1]
            if clause.points:
                p = clause.points[-1]
                points = (*clause.points[:-1], replace(p, text=_append(p.text, line)))
                clause = replace(clause, points=points)
            else:
                clause = replace(clause, text=_append(clause.text, line))
            self.article = replace(art, clauses=(*art.clauses[:-1], clause))
        elif art.points:
            p = art.points[-1]
            self.article = replace(
                art, points=(*art.points[:-1], replace(p, text=_append(p.text, line)))
            )
        else:
            self.article = replace(art, intro=_append(art.intro, line))

    def add_point(self, point: Point) -> None:
        art = self.article
        assert art is not None
        if art.clauses:
            clause = art.clauses[-1]
            clause = replace(clause, points=(*clause.points, point))
            self.article = replace(art, clauses=(*art.clauses[:-1], clause))
        else:
            self.article = replace(art, points=(*art.points, point))


def parse_text(text: str) -> ConventionText:
    """Recognise the structure of a pasted text (see the module docstring)."""
    b = _Building()
    for line in _clean_lines(text):
        chapter = _chapter(line)
        if chapter is not None:
            b.flush_article()
            b.chapters.append(Chapter(chapter[0], chapter[1]))
            b.in_chapter_title = True
            continue
        article = _article(line)
        if article is not None:
            b.flush_article()
            b.article = Article(article[0], article[1])
            b.in_chapter_title = False
            continue
        if b.article is None:
            if b.in_chapter_title:
                # A title on the line(s) after "Chương I": one title, joined by spaces.
                ch = b.chapters[-1]
                title = f"{ch.title} {line}" if ch.title else line
                b.chapters[-1] = replace(ch, title=title)
            else:
                b.preamble = _append(b.preamble, line)
            continue
        clause = _CLAUSE_RE.match(line)
        point = _POINT_RE.match(line)
        if clause is not None:
            new = Clause(int(clause.group(1)), (clause.group(2) or "").strip())
            b.article = replace(b.article, clauses=(*b.article.clauses, new))
        elif point is not None:
            b.add_point(Point(point.group(1), (point.group(2) or "").strip()))
        else:
            b.continue_article(line)
    b.flush_article()
    return ConventionText(b.preamble, tuple(b.chapters))


def _lead(head: str, text: str) -> str:
    return f"{head} {text}" if text else head


def render_article(article: Article) -> str:
    """One article in canonical form (``Điều 1. Title`` then one element a line)."""
    head = f"Điều {article.number}."
    lines = [_lead(head, article.title)]
    if article.intro:
        lines.append(article.intro)
    lines.extend(_lead(f"{p.letter})", p.text) for p in article.points)
    for clause in article.clauses:
        lines.append(_lead(f"{clause.number}.", clause.text))
        lines.extend(_lead(f"{p.letter})", p.text) for p in clause.points)
    return "\n".join(lines)


def render_text(structure: ConventionText) -> str:
    """The canonical text: blocks (preamble, chapter headings, articles) separated by a
    blank line. Chapter titles go on the line after the label, as in print."""
    blocks: list[str] = []
    if structure.preamble:
        blocks.append(structure.preamble)
    for chapter in structure.chapters:
        if chapter.number:
            blocks.append("\n".join(x for x in (chapter.label, chapter.title) if x))
        blocks.extend(render_article(a) for a in chapter.articles)
    return "\n\n".join(blocks) + ("\n" if blocks else "")


class ChangeStatus(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ArticleChange:
    """How one article differs between two versions; texts in canonical form,
    ``None`` on the side where the article does not exist."""

    number: int
    status: ChangeStatus
    old_text: str | None
    new_text: str | None


def _keyed(structure: ConventionText) -> dict[tuple[int, int], Article]:
    """Articles keyed by (number, occurrence), so a duplicate number is not lost."""
    seen: dict[int, int] = {}
    out: dict[tuple[int, int], Article] = {}
    for a in structure.articles:
        k = seen.get(a.number, 0)
        seen[a.number] = k + 1
        out[(a.number, k)] = a
    return out


def compare(old: ConventionText, new: ConventionText) -> list[ArticleChange]:
    """Article-by-article differences, matched by article number, in number order.

    An article is ``changed`` when its title, intro, points or clauses differ;
    the chapter it sits in is not compared. Matching is by number only: an
    article that was renumbered (e.g. after an insertion) shows as ``changed``
    or as ``removed`` + ``added`` — the officer reads the texts side by side,
    which is what the amendment dossier (D61 Art. 13) shows anyway.
    """
    before, after = _keyed(old), _keyed(new)
    out: list[ArticleChange] = []
    for key in sorted(before.keys() | after.keys()):
        a, b = before.get(key), after.get(key)
        old_text = render_article(a) if a is not None else None
        new_text = render_article(b) if b is not None else None
        if a is None:
            status = ChangeStatus.ADDED
        elif b is None:
            status = ChangeStatus.REMOVED
        else:
            status = ChangeStatus.UNCHANGED if a == b else ChangeStatus.CHANGED
        out.append(ArticleChange(key[0], status, old_text, new_text))
    return out


def text_problems(structure: ConventionText, field_name: str = "text") -> list[FieldError]:
    """Errors that make a text unusable as a convention (D61 Art. 6: it is made of
    articles): empty (``required``), no article (``no_articles``), an article
    number used twice (``duplicate_article``, param ``number``)."""
    if not structure.preamble and not structure.chapters:
        return [FieldError(field_name, "required")]
    articles = structure.articles
    if not articles:
        return [FieldError(field_name, "no_articles")]
    seen: set[int] = set()
    errors: list[FieldError] = []
    for a in articles:
        if a.number in seen:
            errors.append(FieldError(field_name, "duplicate_article", {"number": a.number}))
        seen.add(a.number)
    return errors


def text_warnings(structure: ConventionText) -> list[RecordWarning]:
    """Article numbers that do not run 1, 2, 3 ... in order (saved, but shown)."""
    numbers = [a.number for a in structure.articles]
    if not numbers or numbers == list(range(1, len(numbers) + 1)):
        return []
    present = set(numbers)
    missing = [n for n in range(1, max(numbers) + 1) if n not in present]
    if not missing:
        return [warning("article_numbering", variant="unordered")]
    shown = ",".join(str(n) for n in missing[:10])
    more = "more" if len(missing) > 10 else "all"
    return [warning("article_numbering", articles=shown, variant=more)]
