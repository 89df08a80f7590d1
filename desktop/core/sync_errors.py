"""Wording of the sync refusals of the CLI and the services (not set up, unknown peer,
bad key or backup file...), Vietnamese and English; the problems found inside a bundle are
worded in :mod:`desktop.core.sync_messages`.
"""

from __future__ import annotations

from desktop.core.sync_audit_messages import AUDIT_ERRORS

Lang = str

_OWN_ERRORS: dict[str, dict[Lang, str]] = {
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

# The audit refusals join the list; an own entry wins over one of the same code.
SYNC_ERRORS: dict[str, dict[Lang, str]] = AUDIT_ERRORS | _OWN_ERRORS


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
