"""Exporting a bundle (BUNDLE.md "Export"): the records changed since the last receipt,
the journal head they are signed under, the cover sheet, split into parts of a size.

The export reads the change log and the audit journal (the one write path keeps both),
writes a signed BagIt ZIP atomically, and records the bundle with its gap-free number in
the same transaction; a failure leaves no number used and no file behind.
:class:`~desktop.services.sync.SyncService` ``export`` is the entry point.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.core.changes import OpChanges
from desktop.core.confidential import has_confidential
from desktop.core.installation import Installation, Role
from desktop.core.kinds import KindSpec
from desktop.core.records import iso_utc, new_uuid
from desktop.core.text import day_text, iso_day_text
from desktop.core.value_labels import kind_words
from desktop.documents.sync_docs import bundle_cover
from desktop.services.calendar import CalendarService
from desktop.services.registry import KINDS
from desktop.services.sync_errors import SyncError
from desktop.storage.attachments import AttachmentStore
from desktop.storage.db import note_changes, take_write_lock
from desktop.storage.disclosures import overdue_disclosures
from desktop.storage.journal import canonical_json
from desktop.storage.sync_audit import (
    current_head,
    export_problems,
    hash_at,
    journal_export,
    last_signed_head,
)
from desktop.storage.sync_exports import record_export
from desktop.storage.sync_store import (
    RECORD_KINDS,
    acked_change_seq,
    acked_through_seq,
    last_change_seq,
    last_export,
    record_lines,
    rejected_uuids,
    state_digest,
)
from desktop.sync.bag import BagPart, write_bag_zip
from desktop.sync.identity import identity_pending, write_marker
from desktop.sync.keys import KeyInfo
from desktop.sync.reader import SCHEMA_VERSION

if TYPE_CHECKING:
    from desktop.services.sync import SyncService

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)
# The cover sheet names each kind by its list's name (its declaration, in Vietnamese).
KIND_LABELS = {spec.name: kind_words(spec.plural) for spec in KINDS}


@dataclass(frozen=True)
class ExportResult:
    files: tuple[Path, ...]
    bundle_id: str
    seq: int
    records: int
    attachments: int
    full: bool


class _Trial(Exception):
    """Raised inside the export transaction of a test bundle: nothing is committed."""


def _confidential() -> dict[str, KindSpec]:
    """The kinds whose confidential fields never go up (a denouncer's identity, LTCD
    Art. 3(2)): the bundle's records.jsonl leaves them out."""
    return {s.name: s for s in KINDS if has_confidential(s)}


def bundle_file_name(
    origin: str, seq: int, installation_id: str, part: int, parts: int, *, test: bool = False
) -> str:
    suffix = f"-p{part}of{parts}" if parts > 1 else ""
    trial = "-THU" if test else ""  # a test bundle never takes a real bundle's name
    return f"SoDanChu-{origin}-{seq:06d}-{installation_id[:8]}{trial}{suffix}.zip"


def _split(
    lines: Sequence[bytes], attachments: dict[str, Path], limit: int
) -> list[tuple[list[bytes], dict[str, Path]]]:
    """Group record lines and attachments into parts of at most ``limit`` bytes (about)."""
    parts: list[tuple[list[bytes], dict[str, Path]]] = [([], {})]
    size = 0
    for line in lines:
        if size and size + len(line) > limit:
            parts.append(([], {}))
            size = 0
        parts[-1][0].append(line)
        size += len(line) + 1
    for sha, path in sorted(attachments.items()):
        n = path.stat().st_size
        if size and size + n > limit:
            parts.append(([], {}))
            size = 0
        parts[-1][1][sha] = path
        size += n
    return parts


def export_bundle(
    svc: SyncService,
    out: Path,
    *,
    full: bool = False,
    split_bytes: int | None = None,
    record_status: str = "NEW",
    with_attachments: bool = True,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the next bundle. ``out`` is a folder, or a file name for a one-part bundle.

    ``with_attachments=False`` leaves the attachment files out (the records still name
    them by hash): for a quick report over a slow line; the next full export carries them.
    """
    inst = svc.installation()
    if inst.data.role is Role.UPPER:
        raise SyncError("export_wrong_role")
    trial = record_status == "TEST"
    key = svc.ensure_keys()
    if out.suffix.lower() == ".zip" and out.exists():
        raise SyncError("export_file_exists", file=str(out))
    refuse_broken_history(svc)
    attachments = AttachmentStore(svc.ctx.paths.attachments)
    # Parts are written under a ".tmp" name and get their final name only once the
    # bundle's number is committed: a crash never leaves a valid bundle whose number the
    # next export would reuse.
    staged: list[Path] = []
    written: list[Path] = []
    calendar = CalendarService(svc.ctx).calendar()
    try:
        with svc.ctx.db.transaction() as session:
            note_changes(session, OpChanges(sync_state=True))
            # Exports take turns from here (the store's write lock): the names they
            # claim below are checked and staged one export at a time.
            take_write_lock(session)
            prev = last_export(session, inst.installation_id)
            problem = identity_pending(
                svc.ctx.paths.keys,
                svc.ctx.paths.root,
                inst.installation_id,
                prev.seq if prev else 0,
            )
            if problem is not None:
                raise SyncError("export_identity_pending", reason=problem)
            seq = (prev.seq if prev else 0) + 1
            head = current_head(session)  # signed below; nothing after it is sent
            signed_head = last_signed_head(session)
            acked = 0 if full else acked_change_seq(session)
            through = last_change_seq(session)
            # Records the parent rejected in its newest receipt go again (never acked).
            again = [] if full else rejected_uuids(session)
            lines = record_lines(session, None if full else acked, again, _confidential())
            counts, state = state_digest(session)
            # Disclosures the Công khai page shows as Quá hạn today (nothing disclosed
            # though due): a fact of today, not of any record version, so it travels
            # here for the receiving level's board (core verdict, Law Art. 12(3)).
            overdue = overdue_disclosures(session, svc.ctx.today(), calendar)
            counts["disclosure"]["overdue"] = len(overdue)
            files_needed: dict[str, Path] = {}
            for _kind, _uuid, line in lines:
                if with_attachments and b'"attachments":[{' in line:
                    for a in json.loads(line).get("attachments", []):
                        sha = str(a.get("sha256", ""))
                        if sha and attachments.exists(sha):
                            files_needed[sha] = attachments.path_of(sha)
            bundle_id = new_uuid()
            now = svc.ctx.clock()
            signed_at = iso_utc(now.replace(microsecond=0))
            groups = _split([line for _, _, line in lines], files_needed, split_bytes or 2**62)
            tags = {
                "Source-Organization": f"{inst.data.name} ({inst.data.code})",
                "External-Identifier": f"{inst.data.code}-{seq}",
                "Bagging-Date": svc.ctx.today().isoformat(),
                "Bundle-Id": bundle_id,
                "Bundle-Seq": str(seq),
                "Acked-Through-Seq": str(acked_through_seq(session, inst.installation_id)),
                "Prev-Bundle-SHA256": prev.tagmanifest_sha256 if prev else "0" * 64,
                "Schema-Version": str(SCHEMA_VERSION),
                "App-Version": __version__,
                "Origin-Role": inst.data.role.value,
                "Origin-Code": inst.data.code,
                "Target-Code": inst.data.upper_code or inst.data.parent_code,
                "Record-Status": record_status,
                "Key-Id": key.key_id,
                "Installation-Id": inst.installation_id,
                "Bag-Group-Identifier": bundle_id,
                "Attachments-Included": "yes" if with_attachments else "no",
                "Journal-Head": head.tag,
            }
            if signed_head is not None:  # that entry's hash as the journal holds it now
                now_hash = hash_at(session, signed_head.entry_id) or "0" * 64
                tags["Journal-Prev-Head"] = f"{signed_head.entry_id}:{now_hash}"
            counts_json = {
                "schema_version": SCHEMA_VERSION,
                "origin_code": inst.data.code,
                "full": full,
                "records_in_bundle": len(lines),
                "counts": counts,
                "state_sha256": state,
            }
            cover = _cover(svc, inst, seq, full, lines, counts, key)
            total_bytes = sum(len(x) for _, _, x in lines) + sum(
                p.stat().st_size for p in files_needed.values()
            )
            done = 0
            out_dir = out if out.suffix.lower() != ".zip" or len(groups) > 1 else out.parent
            for k, (part_lines, part_files) in enumerate(groups, start=1):
                part_tags = dict(tags)
                part_tags["Bag-Count"] = f"{k} of {len(groups)}"
                top = bundle_id if len(groups) == 1 else f"{bundle_id}.{k}"
                files = {
                    "records.jsonl": b"".join(x + b"\n" for x in part_lines),
                    "counts.json": (canonical_json({**counts_json, "part": k}) + "\n").encode(),
                }
                if k == 1:
                    files["cover.pdf"] = cover
                target = (
                    out
                    if len(groups) == 1 and out.suffix.lower() == ".zip"
                    else out_dir
                    / bundle_file_name(
                        inst.data.code, seq, inst.installation_id, k, len(groups), test=trial
                    )
                )

                def tick(n: int) -> None:
                    nonlocal done
                    done += n
                    if progress is not None:
                        progress(done, total_bytes)

                _claim(target, svc.pending_file)
                written.append(target)
                staging = target.with_name(target.name + ".tmp")
                digest = write_bag_zip(
                    staging,
                    top,
                    part_tags,
                    BagPart(files, part_files),
                    svc.keys.sign,
                    signed_at,
                    progress=tick,
                )
                staged.append(staging)
                tick(sum(len(x) for x in part_lines))
                if k == 1:
                    first_digest = digest
            if trial:
                # A test bundle only checks the path: it uses no number (the parent
                # refuses it, so a number used here would be a gap it reports for
                # ever), signs no head and is never acknowledged. Named while the
                # lock is held, as a real bundle's files are.
                for path, final in zip(staged, written, strict=True):
                    os.replace(path, final)
                staged.clear()
                raise _Trial
            record_export(
                session,
                installation_id=inst.installation_id,
                seq=seq,
                bundle_id=bundle_id,
                created_at=now.replace(tzinfo=None),
                full=full,
                change_from=acked,
                change_through=through,
                record_count=len(lines),
                parts=len(groups),
                file_name=written[0].name,
                tagmanifest_sha256=first_digest,
            )
            journal_export(
                session,
                at=signed_at,
                actor=svc.ctx.actor(),
                bundle_id=bundle_id,
                seq=seq,
                head=head,
            )
            session.flush()
            # Listed before the commit, so a crash after it can be finished at next start.
            pending = {
                "installation_id": inst.installation_id,
                "seq": seq,
                "files": [[str(a), str(b)] for a, b in zip(staged, written, strict=True)],
            }
            tmp = svc.pending_file.with_suffix(".part")
            tmp.write_text(json.dumps(pending, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, svc.pending_file)
    except _Trial:  # nothing was written to the store
        log.info("exported test bundle %s (seq %s, not used)", bundle_id, seq)
        return ExportResult(tuple(written), bundle_id, seq, len(lines), len(files_needed), full)
    except BaseException:
        for path in staged:
            path.unlink(missing_ok=True)
        svc.pending_file.unlink(missing_ok=True)
        raise
    for path, final in zip(staged, written, strict=True):
        os.replace(path, final)
    svc.pending_file.unlink(missing_ok=True)
    write_marker(svc.ctx.paths.keys, svc.ctx.paths.root, inst.installation_id, seq)
    log.info("exported bundle %s seq %s: %s records", bundle_id, seq, len(lines))
    return ExportResult(tuple(written), bundle_id, seq, len(lines), len(files_needed), full)


def refuse_broken_history(svc: SyncService) -> None:
    """The next export never signs a history ``check`` finds broken (issue 13): the
    journal since the last signed head, that head, the installation row and the change
    log are checked here (in time for the export budgets); ``check`` checks the rest."""
    from desktop.services.maintenance import problem_text

    with svc.ctx.db.reading() as session:
        problems = list(export_problems(session))
    if problems:
        raise SyncError(
            "export_history_broken", count=len(problems), first=problem_text(problems[0])
        )


def _cover(
    svc: SyncService,
    inst: Installation,
    seq: int,
    full: bool,
    lines: Sequence[tuple[str, str, bytes]],
    counts: dict[str, dict[str, int]],
    key: KeyInfo,
) -> bytes:
    d = inst.data
    in_bundle: dict[str, int] = dict.fromkeys(RECORD_KINDS, 0)
    for kind, _, _ in lines:
        in_bundle[kind] += 1
    times = sorted(t for _, _, line in lines if (t := _updated_day(line)))
    period = (
        f"từ {iso_day_text(times[0])} đến {iso_day_text(times[-1])}"
        if times
        else "không có thay đổi"
    )
    fields = [
        ("Đơn vị gửi", f"{d.name} (mã {d.code})"),
        ("Gửi đến", f"{d.upper_name or d.parent_name} (mã {d.upper_code or d.parent_code})"),
        (
            "Gói số",
            f"{seq} ({'toàn bộ dữ liệu' if full else 'các thay đổi chưa được xác nhận'})",
        ),
        ("Dữ liệu thay đổi", period),
        ("Ngày lập", day_text(svc.ctx.today())),
        ("Dấu vân tay khóa", key.fingerprint),
    ]
    rows: list[list[object]] = [["Loại bản ghi", "Trong gói", "Tổng tại đơn vị"]]
    for kind in RECORD_KINDS:
        rows.append([KIND_LABELS[kind], in_bundle[kind], counts[kind]["records"]])
    return bundle_cover(fields, rows)


def _claim(target: Path, pending: Path) -> None:
    """Refuse a name that is taken: an existing bundle is never overwritten, nor one that an
    export committed a moment ago is still renaming (its pending file is there).

    Called under the store's write lock, so a ``.tmp`` file not in a pending file is what a
    killed export left, removed here.
    """
    staging = target.with_name(target.name + ".tmp")
    if target.exists() or (pending.exists() and staging.exists()):
        raise SyncError("export_file_exists", file=str(target))
    staging.unlink(missing_ok=True)


def _updated_day(line: bytes) -> str:
    """The day of ``updated_at`` in a canonical record line, without parsing all of it."""
    at = line.find(b'"updated_at":"')
    return line[at + 14 : at + 24].decode("ascii", "replace") if at >= 0 else ""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
