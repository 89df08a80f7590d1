"""Wording of sync problems (bundles, receipts, keys), Vietnamese and English; the
refusals of the CLI and the services are worded in :mod:`desktop.core.sync_errors`."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.sync_audit_messages import AUDIT_PROBLEMS
from desktop.core.sync_errors import SYNC_ERRORS, SYNC_FIELD_LABELS, SYNC_FIELD_MESSAGES

# Re-exported: core.messages registers the refusals from here.
__all__ = [
    "SYNC_ERRORS",
    "SYNC_FIELD_LABELS",
    "SYNC_FIELD_MESSAGES",
    "SYNC_MESSAGES",
    "format_sync_problem",
]

Lang = str

_OWN_MESSAGES: dict[str, dict[Lang, str]] = {
    "file_unreadable": {"vi": "Không đọc được tệp", "en": "The file cannot be read"},
    "file_too_large": {
        "vi": "Tệp quá lớn ({size_mb} MB, tối đa {max_mb} MB)",
        "en": "The file is too large ({size_mb} MB, at most {max_mb} MB)",
    },
    "not_a_bundle": {
        "vi": "Tệp không phải gói dữ liệu Sổ Dân Chủ hoặc đã bị hỏng (không mở được ZIP)",
        "en": "Not a Sổ Dân Chủ bundle, or damaged (the ZIP cannot be read)",
    },
    "zip_too_many_members": {
        "vi": "Gói có quá nhiều tệp ({count}, tối đa {max})",
        "en": "Too many files in the bundle ({count}, at most {max})",
    },
    "zip_unsafe_name": {
        "vi": "Tên tệp không an toàn trong gói: «{name}» (đường dẫn tuyệt đối, «..» hoặc ký tự lạ)",
        "en": "Unsafe file name in the bundle: '{name}' (absolute path, '..' or odd characters)",
    },
    "zip_link": {"vi": "Gói chứa liên kết tượng trưng «{name}»", "en": "Symbolic link '{name}'"},
    "zip_member_corrupt": {
        "vi": "Tệp «{name}» trong gói bị hỏng (sai mã kiểm tra CRC hoặc dữ liệu nén hỏng)",
        "en": "File '{name}' in the bundle is damaged (bad CRC or broken compressed data)",
    },
    "zip_encrypted": {"vi": "Tệp «{name}» bị mã hóa", "en": "File '{name}' is encrypted"},
    "zip_duplicate_name": {
        "vi": "Tệp «{name}» xuất hiện hai lần trong gói",
        "en": "File '{name}' appears twice in the bundle",
    },
    "zip_bomb": {
        "vi": "Tệp «{name}» nén bất thường (nghi «bom ZIP»), không giải nén",
        "en": "File '{name}' has an abnormal compression ratio (ZIP bomb?), not unpacked",
    },
    "zip_too_large": {
        "vi": "Nội dung giải nén quá lớn ({size_mb} MB, tối đa {max_mb} MB)",
        "en": "Unpacked content too large ({size_mb} MB, at most {max_mb} MB)",
    },
    "bag_not_one_folder": {
        "vi": "Gói phải chứa đúng một thư mục BagIt (tìm thấy {count})",
        "en": "The bundle must hold exactly one BagIt folder (found {count})",
    },
    "bag_file_missing": {"vi": "Thiếu tệp {file}", "en": "Missing file {file}"},
    "bag_file_too_large": {
        "vi": "Tệp {file} quá lớn (tối đa {max_mb} MB)",
        "en": "File {file} too large (at most {max_mb} MB)",
    },
    "bagit_txt_invalid": {
        "vi": "bagit.txt không đúng BagIt 1.0",
        "en": "bagit.txt is not BagIt 1.0",
    },
    "bag_info_not_utf8": {
        "vi": "bag-info.txt không phải văn bản UTF-8",
        "en": "bag-info.txt is not UTF-8 text",
    },
    "bag_folder_mismatch": {
        "vi": "Tên thư mục «{folder}» không khớp mã gói (Bundle-Id)",
        "en": "Folder '{folder}' does not match the Bundle-Id",
    },
    "tag_duplicate": {"vi": "Thẻ {tag} lặp lại trong bag-info.txt", "en": "Tag {tag} repeated"},
    "tag_missing": {"vi": "Thiếu thẻ {tag} trong bag-info.txt", "en": "Missing tag {tag}"},
    "tag_invalid": {
        "vi": "Thẻ {tag} không hợp lệ: «{value}»",
        "en": "Invalid tag {tag}: '{value}'",
    },
    "schema_newer": {
        "vi": "Gói được tạo bởi phiên bản phần mềm mới hơn (lược đồ {version}, máy này hiểu "
        "đến {supported}): hãy cập nhật phần mềm",
        "en": "Made by a newer version of the software (schema {version}, this one reads up "
        "to {supported}): update the software",
    },
    "wrong_target": {
        "vi": "Gói gửi cho đơn vị mã {target}, không phải đơn vị này ({here})",
        "en": "The bundle is addressed to {target}, not to this unit ({here})",
    },
    "manifest_bad_line": {
        "vi": "Dòng sai trong {file}: «{line}»",
        "en": "Bad line in {file}: '{line}'",
    },
    "manifest_duplicate": {
        "vi": "{path} được liệt kê hai lần trong {file}",
        "en": "{path} listed twice in {file}",
    },
    "tagmanifest_incomplete": {
        "vi": "tagmanifest-sha256.txt phải liệt kê đúng bagit.txt, bag-info.txt, "
        "manifest-sha256.txt",
        "en": "tagmanifest-sha256.txt must list exactly bagit.txt, bag-info.txt, "
        "manifest-sha256.txt",
    },
    "checksum_mismatch": {
        "vi": "Mã băm của {file} không khớp: nội dung đã bị thay đổi",
        "en": "Checksum of {file} does not match: the content was changed",
    },
    "payload_not_in_manifest": {
        "vi": "Tệp {file} không có trong danh mục kiểm tra (manifest)",
        "en": "File {file} is not in the manifest",
    },
    "payload_missing": {
        "vi": "Thiếu tệp {file} được liệt kê trong manifest",
        "en": "File {file} listed in the manifest is missing",
    },
    "payload_oxum_mismatch": {
        "vi": "Payload-Oxum {declared} không khớp nội dung thực ({actual}): "
        "gói thiếu hoặc thừa tệp",
        "en": "Payload-Oxum {declared} does not match the content ({actual})",
    },
    "signature_unreadable": {
        "vi": "Không đọc được chữ ký (signature.txt)",
        "en": "The signature (signature.txt) cannot be read",
    },
    "signature_comment_mismatch": {
        "vi": "Dòng được ký không khớp mã đơn vị, số thứ tự hoặc mã gói",
        "en": "The signed comment does not match the origin, number or bundle id",
    },
    "origin_unregistered": {
        "vi": "Đơn vị gửi mã {code} chưa được đăng ký khóa (Đăng ký đơn vị cấp dưới)",
        "en": "The sender {code} has no registered key (register the child first)",
    },
    "signature_wrong_key": {
        "vi": "Gói được ký bằng khóa khác với khóa đã đăng ký của đơn vị {code}",
        "en": "Signed with a key other than the one registered for {code}",
    },
    "signature_invalid": {
        "vi": "Chữ ký không hợp lệ: gói đã bị sửa hoặc không do đơn vị gửi ký",
        "en": "Invalid signature: the bundle was changed or not signed by its sender",
    },
    "record_not_object": {
        "vi": "records.jsonl dòng {line}: không phải một bản ghi",
        "en": "records.jsonl line {line}: not a record",
    },
    "record_bad_field": {
        "vi": "records.jsonl dòng {line}: trường {field} thiếu hoặc sai",
        "en": "records.jsonl line {line}: field {field} missing or invalid",
    },
    "record_line_too_long": {
        "vi": "records.jsonl dòng {line} quá dài (tối đa {max_mb} MB)",
        "en": "records.jsonl line {line} too long (at most {max_mb} MB)",
    },
    "record_not_json": {
        "vi": "records.jsonl dòng {line}: không phải JSON UTF-8 hợp lệ",
        "en": "records.jsonl line {line}: not valid UTF-8 JSON",
    },
    "record_not_nfc": {
        "vi": "records.jsonl dòng {line}: văn bản chưa chuẩn hóa Unicode NFC",
        "en": "records.jsonl line {line}: text not in Unicode NFC",
    },
    "record_duplicate": {
        "vi": "records.jsonl dòng {line}: bản ghi {uuid} lặp lại",
        "en": "records.jsonl line {line}: record {uuid} repeated",
    },
    "record_foreign_origin": {
        "vi": "Bản ghi {uuid} ghi chủ sở hữu «{owner}», không phải đơn vị gửi hay thôn mà đơn vị "
        "gửi được đăng ký chuyển tiếp",
        "en": "Record {uuid} names owner '{owner}': neither the sender nor a village it is "
        "registered to relay for",
    },
    "counts_invalid": {"vi": "counts.json không hợp lệ", "en": "counts.json is invalid"},
    "attachment_bad_name": {
        "vi": "Tệp đính kèm có tên không phải mã SHA-256: {file}",
        "en": "Attachment not named by its SHA-256: {file}",
    },
    "attachment_missing": {
        "vi": "Thiếu tệp đính kèm {sha}… của bản ghi {uuid}",
        "en": "Attachment {sha}… of record {uuid} is missing",
    },
    "parts_missing": {
        "vi": "Gói {bundle} có {total} phần, còn thiếu phần {missing}",
        "en": "Bundle {bundle} has {total} parts; missing part(s) {missing}",
    },
    "parts_inconsistent": {
        "vi": "Các phần của gói {bundle} không cùng một lần xuất",
        "en": "The parts of bundle {bundle} do not belong together",
    },
    "receipt_invalid": {
        "vi": "Tệp biên nhận không hợp lệ: {detail}",
        "en": "Invalid receipt: {detail}",
    },
    "receipt_signature_invalid": {
        "vi": "Chữ ký của biên nhận không hợp lệ hoặc không phải của cấp trên đã đăng ký",
        "en": "The receipt's signature is invalid or not the registered parent's",
    },
    "receipt_not_ours": {
        "vi": "Biên nhận này cho đơn vị {code}, không phải đơn vị này",
        "en": "This receipt is for {code}, not for this unit",
    },
    "receipt_not_from_parent": {
        "vi": "Biên nhận do đơn vị {code} lập, không phải cấp trên đã đăng ký ({parent})",
        "en": "The receipt was issued by {code}, not by the registered parent ({parent})",
    },
    "origin_role_mismatch": {
        "vi": "Gói ghi vai trò «{role}» nhưng đơn vị {code} được đăng ký với vai trò "
        "«{registered}»",
        "en": "The bundle says role '{role}' but {code} is registered as '{registered}'",
    },
    "bundle_is_test": {
        "vi": "Gói số {seq} của {code} là gói THỬ (xuất với --test): chỉ kiểm tra được "
        "(sodanchu verify), không nhập làm dữ liệu thật",
        "en": "Bundle {seq} from {code} is a TEST bundle (exported with --test): it can be "
        "checked (sodanchu verify), never imported as real data",
    },
    "owned_by_receiver": {
        "vi": "bản ghi thuộc đơn vị nhận ({owner}): cấp dưới không được sửa",
        "en": "the record belongs to the receiver ({owner}): a child may not change it",
    },
    "owned_by_other": {
        "vi": "bản ghi thuộc đơn vị khác ({owner}): không nhận, gửi lại sau khi làm rõ",
        "en": "the record belongs to another unit ({owner}): not taken until resolved",
    },
    "record_invalid": {
        "vi": "bản ghi không đúng cấu trúc hoặc quy tắc của Sổ Dân Chủ, không nhận: {error}",
        "en": "the record breaks Sổ Dân Chủ's structure or rules, not taken: {error}",
    },
    "tampered": {
        "vi": "cùng phiên bản này đã nhận trước đó với nội dung khác",
        "en": "the same version was received before with other content",
    },
    "older": {
        "vi": "cũ hơn phiên bản đã có",
        "en": "older than the version already here",
    },
    "rejected_version": {
        "vi": "Cấp trên từ chối phiên bản {version}: {reason}",
        "en": "The level above rejected version {version}: {reason}",
    },
    "receipt_unknown_bundle": {
        "vi": "Biên nhận cho gói số {seq} mà máy này không xuất",
        "en": "Receipt for bundle {seq}, which this installation did not export",
    },
}

# The audit problems join the list; an own entry wins over one of the same code.
SYNC_MESSAGES: dict[str, dict[Lang, str]] = AUDIT_PROBLEMS | _OWN_MESSAGES


def format_sync_problem(code: str, params: Mapping[str, object], lang: Lang = "vi") -> str:
    """One problem in plain words; unknown codes are shown as they are."""
    entry = SYNC_MESSAGES.get(code) or SYNC_ERRORS.get(code)
    if entry is None:
        return code
    try:
        return (entry.get(lang) or entry["vi"]).format(**params)
    except (KeyError, IndexError):
        return code
