"""Structure of a pasted hương ước (D61 Art. 6): parsing, rendering, comparison, checks."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core.convention_text import (
    Article,
    ArticleChange,
    ChangeStatus,
    Chapter,
    Clause,
    ConventionText,
    Point,
    compare,
    parse_text,
    render_article,
    render_text,
    text_problems,
    text_warnings,
)
from desktop.core.errors import FieldError
from desktop.core.warning_words import word_warning

# As an officer pastes it from a word processor: tabs, double spaces, blank lines,
# a no-break space, headings in capitals or not, separators "." ":" "-" or none.
PASTED = """\
ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
THÔN ĐÔNG HÒA

HƯƠNG ƯỚC
THÔN  ĐÔNG HÒA, XÃ TÂN PHÚ

Căn cứ Nghị định số 61/2023/NĐ-CP ngày 16 tháng 8 năm 2023 của Chính phủ về xây dựng \
và thực hiện hương ước, quy ước của cộng đồng dân cư;

CHƯƠNG I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Mục đích
Hương ước này nhằm phát huy quyền làm chủ của nhân dân,
giữ gìn thuần phong mỹ tục của thôn.

Điều 2: Phạm vi điều chỉnh
1. Hương ước này quy định các việc sau:
a) Giữ gìn an ninh, trật tự;
b) Bảo vệ môi trường;
c) Việc cưới, việc tang;
d) Lễ hội;
đ) Khuyến học.
2) Hương ước áp dụng đối với mọi hộ gia đình, cá nhân sinh sống trên địa bàn thôn.

Chương II - Những quy định cụ thể

Điều 3 Giữ gìn an ninh, trật tự
1.\tMỗi hộ gia đình có trách nhiệm:
a) Chấp hành quy định về cư trú;
b) Không tàng trữ, sử dụng pháo nổ.
Điều 5 của Luật Cư trú được phổ biến đến từng hộ.
2. Người vi phạm bị nhắc nhở trước hội nghị thôn; mức đóng góp 1.000.000 đồng
1.000.000 đồng được dùng cho quỹ khuyến học.

Điều 4. Bảo vệ môi trường
Các hộ gia đình phải:
a) Thu gom rác thải đúng giờ;
b)\u00a0Không xả nước thải ra đường làng.

Chương III
TỔ CHỨC
THỰC HIỆN

Điều 5. Hiệu lực thi hành
Chương trình phổ biến hương ước do Ban công tác Mặt trận thực hiện.
Hương ước này có hiệu lực kể từ ngày được Ủy ban nhân dân xã công nhận.
"""


@pytest.fixture
def parsed() -> ConventionText:
    return parse_text(PASTED)


def test_preamble_is_everything_before_the_first_heading(parsed: ConventionText) -> None:
    lines = parsed.preamble.split("\n")
    assert lines[:4] == ["ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "THÔN ĐÔNG HÒA", "HƯƠNG ƯỚC", lines[3]]
    assert lines[3] == "THÔN ĐÔNG HÒA, XÃ TÂN PHÚ"  # double space folded
    assert lines[4].startswith("Căn cứ Nghị định số 61/2023/NĐ-CP")


def test_chapters_with_titles_on_the_same_or_next_lines(parsed: ConventionText) -> None:
    assert [(c.number, c.title) for c in parsed.chapters] == [
        ("I", "NHỮNG QUY ĐỊNH CHUNG"),
        ("II", "Những quy định cụ thể"),
        ("III", "TỔ CHỨC THỰC HIỆN"),  # a title on two lines is one title
    ]
    assert [c.label for c in parsed.chapters] == ["Chương I", "Chương II", "Chương III"]
    assert [[a.number for a in c.articles] for c in parsed.chapters] == [[1, 2], [3, 4], [5]]


def test_articles_titles_with_any_separator(parsed: ConventionText) -> None:
    assert [(a.number, a.title) for a in parsed.articles] == [
        (1, "Mục đích"),
        (2, "Phạm vi điều chỉnh"),
        (3, "Giữ gìn an ninh, trật tự"),
        (4, "Bảo vệ môi trường"),
        (5, "Hiệu lực thi hành"),
    ]


def test_clauses_and_points_with_vietnamese_letters(parsed: ConventionText) -> None:
    art2 = parsed.articles[1]
    assert art2.intro == ""
    assert [c.number for c in art2.clauses] == [1, 2]  # "1." and "2)"
    assert [p.letter for p in art2.clauses[0].points] == ["a", "b", "c", "d", "đ"]
    assert art2.clauses[0].points[4] == Point("đ", "Khuyến học.")
    assert art2.clauses[1].text.startswith("Hương ước áp dụng")


def test_continuation_lines_and_sentences_that_look_like_headings(parsed: ConventionText) -> None:
    art1, _, art3, art4, art5 = parsed.articles
    assert art1.intro == (
        "Hương ước này nhằm phát huy quyền làm chủ của nhân dân,\n"
        "giữ gìn thuần phong mỹ tục của thôn."
    )
    # "Điều 5 của Luật ..." is a sentence: it continues the point above it.
    assert art3.clauses[0].points[1].text == (
        "Không tàng trữ, sử dụng pháo nổ.\nĐiều 5 của Luật Cư trú được phổ biến đến từng hộ."
    )
    # "1.000.000 đồng" at the start of a line is not clause 1.
    assert art3.clauses[1].text.endswith("\n1.000.000 đồng được dùng cho quỹ khuyến học.")
    # Points directly under an article, after its intro; a no-break space is a space.
    assert art4.intro == "Các hộ gia đình phải:"
    assert art4.points == (
        Point("a", "Thu gom rác thải đúng giờ;"),
        Point("b", "Không xả nước thải ra đường làng."),
    )
    # "Chương trình ..." is not a chapter heading.
    assert art5.intro.startswith("Chương trình phổ biến hương ước")


def test_round_trip(parsed: ConventionText) -> None:
    rendered = render_text(parsed)
    assert parse_text(rendered) == parsed
    assert render_text(parse_text(rendered)) == rendered
    assert rendered.startswith("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\n")
    assert "\n\nChương II\nNhững quy định cụ thể\n\nĐiều 3. Giữ gìn an ninh, trật tự\n" in rendered
    assert "\n2. Hương ước áp dụng" in rendered  # "2)" written canonically


def test_decomposed_input_is_normalised_to_nfc(parsed: ConventionText) -> None:
    nfd = unicodedata.normalize("NFD", PASTED)
    assert nfd != PASTED
    assert parse_text(nfd) == parsed
    assert unicodedata.is_normalized("NFC", render_text(parse_text(nfd)))


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("ĐIỀU 7. PHẠM VI", 7, "PHẠM VI"),
        ("Điều 7: Phạm vi", 7, "Phạm vi"),
        ("Điều 7 - Phạm vi", 7, "Phạm vi"),
        ("Điều 7 Phạm vi", 7, "Phạm vi"),
        ("Điều 7.", 7, ""),
        ("Điều 7", 7, ""),
    ],
)
def test_article_heading_forms(line: str, number: int, title: str) -> None:
    (article,) = parse_text(line).articles
    assert (article.number, article.title) == (number, title)


def test_text_without_chapters_has_one_unnamed_chapter() -> None:
    s = parse_text("QUY ƯỚC\nĐiều 1. Chung\nNội dung.\nĐiều 2. Riêng")
    assert s.preamble == "QUY ƯỚC"
    assert len(s.chapters) == 1 and s.chapters[0].number == "" and s.chapters[0].label == ""
    assert [a.number for a in s.articles] == [1, 2]
    assert render_text(s) == "QUY ƯỚC\n\nĐiều 1. Chung\nNội dung.\n\nĐiều 2. Riêng\n"
    assert parse_text(render_text(s)) == s


def test_points_outside_an_article_are_text() -> None:
    s = parse_text("Căn cứ:\na) Luật;\nb) Nghị định.\nĐiều 1. Chung")
    assert s.preamble == "Căn cứ:\na) Luật;\nb) Nghị định."


def test_render_article_canonical_form() -> None:
    article = Article(
        3,
        "Việc cưới",
        "Khi tổ chức cưới:",
        (Point("a", "Báo trưởng thôn"),),
        (Clause(1, "Không mời quá đông", (Point("đ", "Không ép uống rượu"),)),),
    )
    assert render_article(article) == (
        "Điều 3. Việc cưới\nKhi tổ chức cưới:\na) Báo trưởng thôn\n"
        "1. Không mời quá đông\nđ) Không ép uống rượu"
    )


def test_empty_text() -> None:
    assert parse_text("  \n\n") == ConventionText()
    assert render_text(ConventionText()) == ""


# --- comparison ---------------------------------------------------------------------------


def test_compare_one_changed_one_added_one_removed(parsed: ConventionText) -> None:
    text = PASTED.replace("Thu gom rác thải đúng giờ;", "Thu gom, phân loại rác thải đúng giờ;")
    text = text.replace("Điều 5. Hiệu lực thi hành", "Điều 6. Hiệu lực thi hành")
    text = text.replace("Chương III", "Điều 5. Khuyến học\nQuỹ khuyến học do thôn lập.\nChương III")
    new = parse_text(text.replace("Điều 1. Mục đích", "Điều 1 Mục đích"))
    changes = compare(parsed, new)
    assert [(c.number, c.status) for c in changes] == [
        (1, ChangeStatus.UNCHANGED),  # same article, heading written differently
        (2, ChangeStatus.UNCHANGED),
        (3, ChangeStatus.UNCHANGED),
        (4, ChangeStatus.CHANGED),
        (5, ChangeStatus.CHANGED),  # old 5 (effect) vs new 5 (scholarship): matched by number
        (6, ChangeStatus.ADDED),
    ]
    four = changes[3]
    assert four.old_text is not None and "a) Thu gom rác thải đúng giờ;" in four.old_text
    assert four.new_text is not None and "a) Thu gom, phân loại rác thải" in four.new_text
    assert changes[5] == ArticleChange(
        6, ChangeStatus.ADDED, None, render_article(new.articles[-1])
    )


def test_compare_removed_and_added() -> None:
    old = parse_text("Điều 1. A\nx\nĐiều 2. B\ny\nĐiều 3. C\nz")
    new = parse_text("Điều 1. A\nx changed\nĐiều 3. C\nz\nĐiều 4. D\nw")
    changes = {c.number: c for c in compare(old, new)}
    assert changes[1].status is ChangeStatus.CHANGED
    assert changes[2] == ArticleChange(2, ChangeStatus.REMOVED, "Điều 2. B\ny", None)
    assert changes[3].status is ChangeStatus.UNCHANGED
    assert changes[4] == ArticleChange(4, ChangeStatus.ADDED, None, "Điều 4. D\nw")


def test_compare_ignores_the_chapter_and_keeps_duplicates() -> None:
    old = ConventionText("", (Chapter("I", "", (Article(1, "A"),)),))
    new = ConventionText("", (Chapter("II", "", (Article(1, "A"), Article(1, "B"))),))
    assert [(c.number, c.status) for c in compare(old, new)] == [
        (1, ChangeStatus.UNCHANGED),
        (1, ChangeStatus.ADDED),
    ]


# --- checks -------------------------------------------------------------------------------


def test_a_well_formed_text_has_no_problem(parsed: ConventionText) -> None:
    assert text_problems(parsed) == []
    assert text_warnings(parsed) == []


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("", [FieldError("text", "required")]),
        ("HƯƠNG ƯỚC\nThôn Đông Hòa", [FieldError("text", "no_articles")]),
        ("Chương I\nChung", [FieldError("text", "no_articles")]),
        (
            "Điều 1. A\nĐiều 2. B\nĐiều 2. C",
            [FieldError("text", "duplicate_article", {"number": 2})],
        ),
    ],
)
def test_problems_are_errors(text: str, errors: list[FieldError]) -> None:
    assert text_problems(parse_text(text)) == errors


def test_gaps_are_a_warning_not_an_error() -> None:
    s = parse_text("Điều 1. A\nĐiều 2. B\nĐiều 4. D\nĐiều 6. F")
    assert text_problems(s) == []
    (w,) = text_warnings(s)
    assert w.code == "article_numbering"
    assert word_warning("convention", w).startswith(
        "Số thứ tự các điều không liên tục: thiếu Điều 3, Điều 5 (Điều 6"
    )


def test_out_of_order_is_a_warning() -> None:
    (w,) = text_warnings(parse_text("Điều 2. B\nĐiều 1. A"))
    assert "không theo thứ tự tăng dần" in word_warning("convention", w)
