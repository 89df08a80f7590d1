"""Wording of the audit and hostile-input refusals of sync (issue 13, items 7-9).

Kept apart from :mod:`desktop.core.sync_messages` and :mod:`desktop.core.sync_errors`
(which merge these in) so the lists grow without stepping on each other.
"""

from __future__ import annotations

Lang = str

AUDIT_PROBLEMS: dict[str, dict[Lang, str]] = {
    "zip_method_unsupported": {
        "vi": "Tệp «{name}» trong gói nén bằng phương pháp không được phép (mã {method}); "
        "gói chỉ dùng «stored» hoặc «deflate»",
        "en": "File '{name}' in the bundle uses a compression method not allowed (code "
        "{method}); bundles use only stored or deflate",
    },
    "bundle_in_future": {
        "vi": "Gói ghi ngày {date}, quá {days} ngày sau hôm nay: đồng hồ của máy gửi sai "
        "hoặc gói bị làm giả; sửa ngày giờ máy gửi rồi xuất lại",
        "en": "The bundle is dated {date}, more than {days} days ahead of today: the sender's "
        "clock is wrong or the bundle is forged; fix the sender's clock and export again",
    },
    "seq_jump": {
        "vi": "Số gói {seq} nhảy quá xa so với gói đã nhận gần nhất ({last}, tối đa cách "
        "{max}): gói bị làm giả hoặc sai máy",
        "en": "Bundle number {seq} jumps too far past the last one received ({last}, at most "
        "{max} ahead): forged, or from the wrong installation",
    },
    "sender_journal_rewritten": {
        "vi": "Nhật ký của đơn vị gửi đã bị viết lại: mục {entry} nay khác với mục đã ký "
        "trong gói trước ({detail}). Không nhận; liên hệ đơn vị gửi để kiểm tra "
        "(«sodanchu check»)",
        "en": "The sender's journal was rewritten: entry {entry} differs from the one signed "
        "in an earlier bundle ({detail}). Refused; ask the sender to run 'sodanchu check'",
    },
}

AUDIT_ERRORS: dict[str, dict[Lang, str]] = {
    "export_file_exists": {
        "vi": "Tệp «{file}» đã có: không ghi đè một gói đã xuất. Chọn tên khác hoặc thư mục khác",
        "en": "'{file}' already exists: an exported bundle is never overwritten. Choose "
        "another name or folder",
    },
    "export_history_broken": {
        "vi": "Không xuất gói: kiểm tra dữ liệu («sodanchu check») thấy {count} vấn đề "
        "(đầu tiên: {first}). Dữ liệu bị sửa ngoài chương trình thì không ký gửi lên; "
        "khôi phục bản sao lưu gần nhất còn tốt («sodanchu restore»)",
        "en": "Export refused: 'sodanchu check' finds {count} problems (first: {first}). "
        "History changed outside the program is not signed; restore the latest good "
        "backup ('sodanchu restore')",
    },
    "key_missing": {
        "vi": "Không tìm thấy khóa của máy này ({file}) dù máy đã gửi gói hoặc đăng ký khóa. "
        "Chép lại thư mục keys từ bản sao lưu, hoặc tạo khóa mới («sodanchu key new») rồi "
        "đăng ký lại với cấp trên",
        "en": "This installation's key ({file}) is missing though it has sent bundles or "
        "registered its key. Restore the keys folder from a backup, or make a new key "
        "('sodanchu key new') and register it again with the level above",
    },
    "key_damaged": {
        "vi": "Tệp khóa của máy này ({file}) bị hỏng hoặc không khớp khóa đã đăng ký. Chép lại "
        "thư mục keys từ bản sao lưu, hoặc tạo khóa mới («sodanchu key new») rồi đăng ký "
        "lại với cấp trên",
        "en": "This installation's key file ({file}) is damaged or does not match the "
        "registered key. Restore the keys folder from a backup, or make a new key "
        "('sodanchu key new') and register it again with the level above",
    },
    "receipts_dir_unwritable": {
        "vi": "Không ghi được vào thư mục biên nhận «{folder}»: chưa nhập gì. Chọn thư mục "
        "khác (--receipts-dir) hoặc cấp quyền ghi",
        "en": "Cannot write to the receipts folder '{folder}': nothing imported. Choose "
        "another folder (--receipts-dir) or allow writing",
    },
}

# Problems ``check`` finds in the sync tables, the change log and the installation row.
AUDIT_CHECK: dict[str, dict[Lang, str]] = {
    "journal_rewritten": {
        "vi": "Nhật ký đã bị viết lại: mục số {entry_id} khác với mục đã ký gửi lên cấp trên",
        "en": "The journal was rewritten: entry {entry_id} differs from the one signed and "
        "sent to the level above",
    },
    "journal_truncated": {
        "vi": "Nhật ký bị cắt bớt: mục số {entry_id} đã ký gửi lên cấp trên không còn",
        "en": "The journal was cut short: entry {entry_id}, signed and sent upward, is gone",
    },
    "journal_head_invalid": {
        "vi": "Mục nhật ký số {entry_id} (xuất gói) bị sửa: không đọc được đầu nhật ký đã ký",
        "en": "Journal entry {entry_id} (an export) was edited: its signed head is unreadable",
    },
    "installation_mismatch": {
        "vi": "Thông tin đơn vị (mã, tên, vai trò...) khác với nhật ký: đã bị sửa ngoài "
        "chương trình",
        "en": "The installation row (code, name, role...) differs from its journal: edited "
        "outside the app",
    },
    "change_log_mismatch": {
        "vi": "Sổ thay đổi khác với nhật ký ({kind} {uuid}): dòng bị xóa, thêm hoặc sửa",
        "en": "The change log differs from the journal ({kind} {uuid}): a row was removed, "
        "added or edited",
    },
    "bundle_unjournaled": {
        "vi": "Gói đã nhận {uuid} không có trong nhật ký: đã bị thêm ngoài chương trình",
        "en": "Imported bundle {uuid} has no journal entry: added outside the app",
    },
    "bundle_mismatch": {
        "vi": "Gói đã nhận {uuid} khác với nhật ký: đã bị sửa ngoài chương trình",
        "en": "Imported bundle {uuid} differs from its journal: edited outside the app",
    },
    "bundle_missing": {
        "vi": "Gói đã nhận {uuid} có trong nhật ký nhưng đã bị xóa khỏi danh sách",
        "en": "Imported bundle {uuid} is journaled but was deleted from the list",
    },
    "child_version_mismatch": {
        "vi": "Phiên bản đã nhận của bản ghi {uuid} bị xóa hoặc sửa ngoài chương trình",
        "en": "A received version of record {uuid} was deleted or edited outside the app",
    },
    "child_record_unjournaled": {
        "vi": "Bản ghi của cấp dưới {kind} {uuid} không có trong nhật ký nhập gói",
        "en": "Child record {kind} {uuid} is not in the import journal",
    },
    "child_record_mismatch": {
        "vi": "Bản ghi của cấp dưới {kind} {uuid} khác với bản đã nhận: đã bị sửa ngoài "
        "chương trình",
        "en": "Child record {kind} {uuid} differs from what was received: edited outside the app",
    },
    "child_record_missing": {
        "vi": "Bản ghi của cấp dưới {uuid} đã nhận nhưng bị xóa",
        "en": "Child record {uuid} was received but has been deleted",
    },
}
