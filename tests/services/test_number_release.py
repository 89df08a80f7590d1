"""A document that cannot be written gives back the number it took (D30: the register has
no gap; the guide: bad environment input changes nothing): a full disk, an unwritable
folder, a rendering error. A reprint that fails keeps its number; a number another
document followed stays used; the command line says one line, exit 2, and the register is
as it was."""

from __future__ import annotations

import contextvars
import errno
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core.installation import Installation
from desktop.services import civic_documents, documents
from desktop.services.container import Services
from desktop.storage.models import DocumentNumberRow
from desktop.storage.numbers import FreshNumber, document_number, release, take_fresh
from tests.documents.civic_samples import Samples, make_samples
from tests.documents.pdftext import flat_text
from tests.services.test_documents import meeting  # noqa: F401  (a fixture)

UNWRITABLE = Path("/proc/sodanchu-nowhere/x.pdf")  # no one, not even root, can create it


def register(services: Services) -> list[tuple[str, int, str]]:
    with services.ctx.db.reading() as session:
        rows = session.execute(
            select(DocumentNumberRow.issuer, DocumentNumberRow.number, DocumentNumberRow.type_code)
        )
        return sorted((str(i), int(n), str(t)) for i, n, t in rows)


@pytest.fixture
def samples(services: Services, commune: Installation) -> Samples:
    del commune
    return make_samples(services)


def _full_disk(_data: object, _tmp: Path) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_document_not_written_gives_its_number_back(
    services: Services, samples: Samples, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert register(services) == []
    with monkeypatch.context() as m:
        m.setattr(civic_documents, "render_civic_document", _full_disk)
        with pytest.raises(OSError):
            services.civic_documents.pdf("case-acceptance", samples.case, tmp_path / "a.pdf")
    assert register(services) == []
    assert not list(tmp_path.glob("*.pdf*"))
    with pytest.raises(OSError):
        services.civic_documents.pdf("case-acceptance", samples.case, UNWRITABLE)
    assert register(services) == []
    out = services.civic_documents.pdf("case-acceptance", samples.case, tmp_path / "a.pdf")
    assert "Số: 01/TB-UBND" in flat_text(out.read_bytes())  # not 03: nothing was lost


def test_a_reprint_that_fails_keeps_its_number(
    services: Services, samples: Samples, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.civic_documents.pdf("case-acceptance", samples.case, tmp_path / "a.pdf")
    before = register(services)
    with monkeypatch.context() as m:
        m.setattr(civic_documents, "render_civic_document", _full_disk)
        with pytest.raises(OSError):
            services.civic_documents.pdf("case-acceptance", samples.case, tmp_path / "b.pdf")
    assert register(services) == before
    again = services.civic_documents.pdf("case-acceptance", samples.case, tmp_path / "c.pdf")
    assert "Số: 01/TB-UBND" in flat_text(again.read_bytes())
    other = services.civic_documents.pdf("case-decision", samples.decided_case, tmp_path / "d.pdf")
    assert "Số: 02/QĐ-UBND" in flat_text(other.read_bytes())


def test_the_meeting_minutes_too(
    services: Services,
    meeting: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with monkeypatch.context() as m:
        m.setattr(documents, "render_minutes", _full_disk)
        with pytest.raises(OSError):
            services.documents.minutes_pdf(meeting, tmp_path / "bb.pdf")
    assert register(services) == []
    services.documents.minutes_pdf(meeting, tmp_path / "bb.pdf")
    assert [n for _, n, _ in register(services)] == [1]


def test_a_number_another_document_followed_stays_used(
    services: Services, commune: Installation
) -> None:
    """Another print (here: another context, as another thread would be) took the next
    number before this one failed: giving ours back would leave a gap, so it stays."""
    del commune
    now = services.ctx.clock()
    with services.ctx.db.transaction() as session:
        ours = document_number(
            session, issuer="commune:x", year=2026, type_code="TB", record_uuid="a", now=now
        )
    [fresh] = take_fresh()

    def theirs() -> int:
        with services.ctx.db.transaction() as session:
            return document_number(
                session, issuer="commune:x", year=2026, type_code="TB", record_uuid="b", now=now
            )

    assert contextvars.copy_context().run(theirs) == ours + 1
    with services.ctx.db.transaction() as session:
        assert not release(session, fresh)
        assert release(session, FreshNumber("commune:x", 2026, ours + 1, "TB", "b"))
    assert register(services) == [("commune:x", 1, "TB")]


def test_the_command_line_says_one_line_and_the_register_is_unchanged(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    root = services.ctx.paths.root
    out, err = io.StringIO(), io.StringIO()
    args = ["--data-dir", str(root), "pdf", "case-acceptance", samples.case, "--out"]
    status = main([*args, str(UNWRITABLE)], out=out, err=err)
    assert status == 2 and err.getvalue().count("\n") == 1 and "Traceback" not in err.getvalue()
    assert register(services) == []
    status = main([*args, str(tmp_path / "ok.pdf")], out=io.StringIO(), err=io.StringIO())
    assert status == 0 and register(services) == [(f"commune:{services_code(services)}", 1, "TB")]


def services_code(services: Services) -> str:
    return services.setup.require_installation().data.code
