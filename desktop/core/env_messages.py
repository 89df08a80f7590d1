"""Wording of environment faults (:class:`~desktop.core.errors.EnvironmentFault`).

Each names the file or folder and what the person can do; none passes on the operating
system's or the database's own (English) text.
"""

from __future__ import annotations

ENV_MESSAGES: dict[str, dict[str, str]] = {
    "data_dir_not_folder": {
        "vi": (
            "Thư mục dữ liệu «{path}» là một tệp, không phải thư mục; hãy chọn thư mục khác "
            "(--data-dir hoặc biến SODANCHU_DATA_DIR)"
        ),
        "en": (
            "The data folder '{path}' is a file, not a folder; choose another folder "
            "(--data-dir or SODANCHU_DATA_DIR)"
        ),
    },
    "read_only": {
        "vi": (
            "Không ghi được vào «{path}»: ổ đĩa hoặc thư mục chỉ cho đọc, hoặc tài khoản này "
            "không có quyền ghi; không có gì thay đổi"
        ),
        "en": (
            "Cannot write to '{path}': the disk or folder is read-only, or this account may "
            "not write there; nothing was changed"
        ),
    },
    "disk_full": {
        "vi": (
            "Ổ đĩa chứa «{path}» đã đầy; hãy giải phóng dung lượng rồi làm lại; "
            "không có gì thay đổi"
        ),
        "en": (
            "The disk holding '{path}' is full; free some space and try again; nothing was changed"
        ),
    },
    "store_busy": {
        "vi": (
            "Dữ liệu đang bị một chương trình khác giữ (cửa sổ Sổ Dân Chủ hoặc một lệnh khác "
            "đang ghi); đã chờ {seconds} giây; hãy thử lại sau; không có gì thay đổi"
        ),
        "en": (
            "The data is held by another program (the Sổ Dân Chủ window or another command "
            "is writing); waited {seconds} s; try again later; nothing was changed"
        ),
    },
    "store_damaged": {
        "vi": (
            "Tệp dữ liệu «{path}» không đọc được: không phải dữ liệu của Sổ Dân Chủ hoặc đã "
            "hỏng; hãy khôi phục từ một bản sao lưu (sodanchu restore)"
        ),
        "en": (
            "The data file '{path}' cannot be read: it is not Sổ Dân Chủ data or it is "
            "damaged; restore a backup (sodanchu restore)"
        ),
    },
    "path_missing": {
        "vi": "Không tìm thấy «{path}» (tệp hoặc thư mục không tồn tại)",
        "en": "'{path}' not found (no such file or folder)",
    },
    "path_is_folder": {
        "vi": "«{path}» là một thư mục; hãy chỉ ra một tệp",
        "en": "'{path}' is a folder; name a file",
    },
    "disk_error": {
        "vi": (
            "Lỗi đọc/ghi đĩa ở «{path}» (mã lỗi {errno}); hãy kiểm tra ổ đĩa rồi làm lại; "
            "không có gì thay đổi"
        ),
        "en": (
            "Disk read/write error at '{path}' (error {errno}); check the disk and try again; "
            "nothing was changed"
        ),
    },
    "not_utf8_argument": {
        "vi": "Tham số dòng lệnh có byte không phải UTF-8; hãy gõ lại bằng bảng mã UTF-8",
        "en": "A command-line argument holds bytes that are not UTF-8; type it again in UTF-8",
    },
}
