"""Wording of sync problems and refusals (bundles, receipts, keys), Vietnamese and English."""

from __future__ import annotations

from collections.abc import Mapping

Lang = str

SYNC_MESSAGES: dict[str, dict[Lang, str]] = {
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
    "receipt_unknown_bundle": {
        "vi": "Biên nhận cho gói số {seq} mà máy này không xuất",
        "en": "Receipt for bundle {seq}, which this installation did not export",
    },
}

SYNC_ERRORS: dict[str, dict[Lang, str]] = {
    "sync_not_initialized": {
        "vi": "Chưa thiết lập đơn vị (chạy «sodanchu init» hoặc trình hướng dẫn)",
        "en": "No installation set up yet (run 'sodanchu init' or the wizard)",
    },
    "export_identity_pending": {
        "vi": "Dữ liệu này đã được khôi phục từ bản sao lưu hoặc chép sang máy khác: tạm dừng "
        "xuất gói. Cán bộ xác nhận để máy nhận định danh mới "
        "(«sodanchu export --confirm-new-identity» hoặc nút «Xác nhận» trên trang Đồng bộ)",
        "en": "This data was restored from a backup or copied to another computer: export is "
        "paused until the officer confirms a new installation identity "
        "('sodanchu export --confirm-new-identity' or Confirm on the Sync page)",
    },
    "export_wrong_role": {
        "vi": "Cấp trên (vai trò upper) không xuất gói dữ liệu",
        "en": "The receiving level (role upper) does not export bundles",
    },
    "import_wrong_role": {
        "vi": "Đơn vị vai trò {role} không nhận gói từ cấp dưới",
        "en": "An installation with role {role} does not receive bundles",
    },
    "bundle_refused": {
        "vi": "Tệp {file} bị từ chối, không có gì thay đổi",
        "en": "File {file} refused, nothing changed",
    },
    "child_key_conflict": {
        "vi": "Đơn vị {code} đã đăng ký với khóa khác; dùng --replace để thay khóa",
        "en": "{code} is registered with another key; use --replace to re-key",
    },
    "parent_not_registered": {
        "vi": "Chưa đăng ký khóa của cấp trên nên chưa nhận biên nhận {file}: nhập tệp đăng ký "
        "khóa của cấp trên (sodanchu register-parent --key TỆP, hoặc nút «Đăng ký khóa cấp "
        "trên» trên trang Đồng bộ), đối chiếu dấu vân tay với phiếu của cấp trên, rồi nhập lại",
        "en": "The parent's key is not registered yet, so receipt {file} was not taken: import "
        "the parent's registration file (sodanchu register-parent --key FILE, or 'Register the "
        "parent's key' on the Sync page), compare the fingerprint with its sheet, then retry",
    },
    "parent_wrong_role": {
        "vi": "Đơn vị vai trò {role} không có cấp trên để đăng ký",
        "en": "An installation with role {role} has no parent to register",
    },
    "parent_code_mismatch": {
        "vi": "Tệp khóa là của đơn vị {code}, không phải cấp trên của máy này ({expected})",
        "en": "The key file is for {code}, not this installation's parent ({expected})",
    },
    "parent_role_mismatch": {
        "vi": "Tệp khóa là của một đơn vị vai trò «{role}»; cấp trên phải có vai trò «{expected}»",
        "en": "The key file is for a unit with role '{role}'; the parent must be '{expected}'",
    },
    "parent_is_self": {
        "vi": "Tệp khóa là khóa của chính máy này, không phải của cấp trên",
        "en": "The key file is this installation's own key, not the parent's",
    },
    "child_role_mismatch": {
        "vi": "Tệp khóa là của một đơn vị vai trò «{role}»; đơn vị cấp dưới ở đây phải có vai trò "
        "«{expected}»",
        "en": "The key file is for a unit with role '{role}'; a child here must be '{expected}'",
    },
    "child_code_is_ours": {
        "vi": "Mã {code} là mã của chính đơn vị này, không đăng ký làm đơn vị cấp dưới",
        "en": "{code} is this installation's own code, not a child's",
    },
    "child_key_is_ours": {
        "vi": "Tệp khóa là khóa của chính máy này, không phải của đơn vị cấp dưới",
        "en": "The key file is this installation's own key, not a child's",
    },
    "child_key_elsewhere": {
        "vi": "Khóa này đã được đăng ký cho đơn vị {other}: một khóa chỉ cho một đơn vị (không "
        "đăng ký thêm cho {code})",
        "en": "This key is already registered for {other}: one key, one unit (not also for {code})",
    },
    "child_relay_clash": {
        "vi": "{code} không thể chuyển tiếp dữ liệu của {relays}: đó là đơn vị đã đăng ký riêng "
        "hoặc chính đơn vị này",
        "en": "{code} cannot relay for {relays}: registered units in their own right or this one",
    },
    "child_code_relayed": {
        "vi": "Mã {code} đang được {other} khai là thôn của mình (được chuyển tiếp dữ liệu): "
        "đối chiếu với hai đơn vị, đăng ký lại {other} không có mã này (--relays) rồi mới "
        "đăng ký {code}",
        "en": "{code} is listed by {other} as one of its villages (relayed): check with both "
        "units, register {other} again without it (--relays), then register {code}",
    },
    "seq_conflict": {
        "vi": "Gói số {seq} của {code} đã nhận với nội dung khác (hai máy cùng phát một số?)",
        "en": "Bundle {seq} from {code} was already received with other content",
    },
    "record_owned_elsewhere": {
        "vi": "Bản ghi này thuộc đơn vị {owner}: không ghi đè bằng dữ liệu nhận được",
        "en": "This record belongs to {owner}: not overwritten by received data",
    },
    "record_read_only": {
        "vi": "Bản ghi này do đơn vị {origin} gửi lên: chỉ xem, không sửa tại đây "
        "(ý kiến gửi lại qua biên nhận)",
        "en": "This record was sent by {origin}: read-only here (send remarks in a receipt)",
    },
    "remark_unknown_record": {
        "vi": "Không có bản ghi {uuid} của đơn vị cấp dưới",
        "en": "No child record {uuid}",
    },
}


SYNC_FIELD_MESSAGES: dict[str, dict[Lang, str]] = {
    "backup_not_sqlite": {
        "vi": "{label}: «{value}» không phải tệp sao lưu cơ sở dữ liệu (SQLite)",
        "en": "{label}: '{value}' is not a database backup (SQLite)",
    },
    "backup_damaged": {
        "vi": "{label}: tệp sao lưu «{value}» bị hỏng (kiểm tra toàn vẹn không đạt)",
        "en": "{label}: backup '{value}' is damaged (integrity check failed)",
    },
    "backup_not_sodanchu": {
        "vi": "{label}: «{value}» không phải bản sao lưu của Sổ Dân Chủ",
        "en": "{label}: '{value}' is not a Sổ Dân Chủ backup",
    },
    "backup_other_unit": {
        "vi": (
            "{label}: «{value}» là bản sao lưu của {unit}, không phải của {current}; không "
            "khôi phục (nếu thật sự muốn thay toàn bộ dữ liệu, chạy lại với "
            "--confirm-other-unit)"
        ),
        "en": (
            "{label}: '{value}' is a backup of {unit}, not of {current}; not restored (to "
            "replace all the data anyway, run again with --confirm-other-unit)"
        ),
    },
    "backup_no_unit": {
        "vi": (
            "{label}: «{value}» không ghi rõ đơn vị nào (thông tin thiết lập bị thiếu hoặc bị "
            "sửa ngoài chương trình); không khôi phục"
        ),
        "en": (
            "{label}: '{value}' does not say which unit it belongs to (its set-up details are "
            "missing or were edited outside the program); not restored"
        ),
    },
    "backup_newer_schema": {
        "vi": (
            "{label}: «{value}» do phiên bản mới hơn của chương trình tạo (lược đồ {schema}); "
            "hãy cập nhật chương trình trước khi khôi phục"
        ),
        "en": (
            "{label}: '{value}' was made by a newer version of the program (schema {schema}); "
            "update the program before restoring it"
        ),
    },
    "key_file_invalid": {
        "vi": "{label}: tệp «{value}» không phải tệp đăng ký khóa Sổ Dân Chủ (khóa Ed25519)",
        "en": "{label}: '{value}' is not a Sổ Dân Chủ key registration file (Ed25519 key)",
    },
}

SYNC_FIELD_LABELS: dict[str, dict[Lang, str]] = {
    "key": {"vi": "Tệp khóa", "en": "Key file"},
    "file": {"vi": "Tệp", "en": "File"},
    "split_mb": {"vi": "Kích thước mỗi phần (MB)", "en": "Part size (MB)"},
    "relays": {"vi": "Mã thôn được chuyển tiếp", "en": "Relayed village code"},
    "confirm": {
        "vi": "Xác nhận tạo khóa mới (--confirm)",
        "en": "Confirmation of a new key (--confirm)",
    },
}


def format_sync_problem(code: str, params: Mapping[str, object], lang: Lang = "vi") -> str:
    """One problem in plain words; unknown codes are shown as they are."""
    entry = SYNC_MESSAGES.get(code) or SYNC_ERRORS.get(code)
    if entry is None:
        return code
    try:
        return (entry.get(lang) or entry["vi"]).format(**params)
    except (KeyError, IndexError):
        return code


def _merge_audit() -> None:
    from desktop.core.sync_audit_messages import AUDIT_ERRORS, AUDIT_PROBLEMS

    for code, words in AUDIT_PROBLEMS.items():
        SYNC_MESSAGES.setdefault(code, words)
    for code, words in AUDIT_ERRORS.items():
        SYNC_ERRORS.setdefault(code, words)


_merge_audit()
