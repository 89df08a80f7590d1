<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Crash</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="104"/>
        <source>Unexpected error</source>
        <translation>Sự cố ngoài dự kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="105"/>
        <source>Something went wrong. What was already saved is safe.

The details were written to the log file:
%1

If this happens again, please send that file to technical support.</source>
        <translation>Đã xảy ra sự cố ngoài dự kiến. Những gì đã lưu trước đó vẫn an toàn.

Chi tiết sự cố đã được ghi vào tệp nhật ký:
%1

Nếu sự cố lặp lại, xin gửi tệp này cho bộ phận hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="171"/>
        <source>The program closed unexpectedly last time. What was saved before that is kept.

The technical details are in:
%1</source>
        <translation>Lần trước chương trình đã đóng ngoài dự kiến. Những gì đã lưu trước đó vẫn được giữ nguyên.

Thông tin kỹ thuật được lưu tại:
%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="17"/>
        <source>Village (thôn)</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="18"/>
        <source>Residential group (tổ dân phố)</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="19"/>
        <source>Hamlet (ấp)</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="20"/>
        <source>Hamlet (bản)</source>
        <translation>Bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="21"/>
        <source>Neighbourhood (khu phố)</source>
        <translation>Khu phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="22"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="26"/>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="27"/>
        <source>Village head</source>
        <translation>Trưởng thôn, tổ trưởng tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="28"/>
        <source>Receiving level</source>
        <translation>Cấp trên nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="32"/>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="33"/>
        <source>District (before the 2025 reform)</source>
        <translation>Huyện (trước khi sắp xếp năm 2025)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="56"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="57"/>
        <source>Retired on %1</source>
        <translation>Thôi hoạt động từ %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../desktop/ui/main.py" line="110"/>
        <source>The data in %1 could not be opened. Nothing was changed.

The details were written to the log file:
%2</source>
        <translation>Không mở được dữ liệu trong %1. Dữ liệu không bị thay đổi.

Chi tiết đã được ghi vào tệp nhật ký:
%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="28"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="29"/>
        <source>Village meetings</source>
        <translation>Hội nghị thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="30"/>
        <source>Village conventions</source>
        <translation>Hương ước/Quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="31"/>
        <source>Public disclosure</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="32"/>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="33"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="34"/>
        <source>Villages</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="35"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="131"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="136"/>
        <source>New village</source>
        <translation>Thêm thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="137"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="138"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="88"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="89"/>
        <source>This installation</source>
        <translation>Đơn vị sử dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="90"/>
        <source>Villages</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="91"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="93"/>
        <source>Commune:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="94"/>
        <source>Commune code:</source>
        <translation>Mã xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="95"/>
        <source>Province:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="96"/>
        <source>Receiving level:</source>
        <translation>Cấp trên nhận báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="97"/>
        <source>Officer:</source>
        <translation>Cán bộ phụ trách:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="98"/>
        <source>Active villages:</source>
        <translation>Số thôn/tổ dân phố đang hoạt động:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="99"/>
        <source>Households in active villages:</source>
        <translation>Tổng số hộ của các thôn/tổ dân phố đó:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="100"/>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="104"/>
        <source>Open the village list</source>
        <translation>Mở danh sách thôn/tổ dân phố</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../desktop/ui/pages/placeholder.py" line="37"/>
        <source>This function will come in a later version.</source>
        <translation>Chức năng này sẽ có trong phiên bản sau.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="40"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="41"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="42"/>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="43"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="44"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="45"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="37"/>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="38"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="15"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="17"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="19"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="20"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="21"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="22"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="23"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="24"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="25"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="26"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="27"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="28"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="29"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="30"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="31"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="32"/>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="33"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="34"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="35"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="36"/>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="44"/>
        <source>Village no longer active</source>
        <translation>Thôn/tổ dân phố thôi hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="46"/>
        <source>Mark «%1» as no longer active (merged or dissolved)?
It stays in the list with its history; nothing is deleted.</source>
        <translation>Ghi nhận «%1» thôi hoạt động (đã sáp nhập hoặc giải thể)?
Thôn/tổ dân phố vẫn nằm trong danh sách cùng lịch sử của nó; không có gì bị xóa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="59"/>
        <source>&amp;Since:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="62"/>
        <source>&amp;Mark as no longer active</source>
        <translation>&amp;Ghi nhận thôi hoạt động</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="101"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="102"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="103"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="104"/>
        <source>This installation</source>
        <translation>Đơn vị sử dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="105"/>
        <source>Files</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="107"/>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="108"/>
        <source>Commune:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="109"/>
        <source>Commune code:</source>
        <translation>Mã xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="110"/>
        <source>Province:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="111"/>
        <source>Receiving level:</source>
        <translation>Cấp trên nhận báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="112"/>
        <source>Officer:</source>
        <translation>Cán bộ phụ trách:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="113"/>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="114"/>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="119"/>
        <source>Changing these details will come in a later version.</source>
        <translation>Chức năng sửa các thông tin này sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="121"/>
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="122"/>
        <source>Open the log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
</context>
<context>
    <name>VillageDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="68"/>
        <source>New village</source>
        <translation>Thêm thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="70"/>
        <source>Edit village</source>
        <translation>Sửa thông tin thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="76"/>
        <source>e.g. DONG, TDP1</source>
        <translation>ví dụ: DONG, TDP1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="79"/>
        <source>e.g. Thôn Đông</source>
        <translation>ví dụ: Thôn Đông</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="98"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="99"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="100"/>
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="101"/>
        <source>&amp;Head:</source>
        <translation>Trưởng thôn/Tổ trưởn&amp;g:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="102"/>
        <source>H&amp;ouseholds:</source>
        <translation>Tổng số &amp;hộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="103"/>
        <source>Counted o&amp;n:</source>
        <translation>Ngày thống &amp;kê số hộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="141"/>
        <source>This village is no longer active since %1.</source>
        <translation>Thôn/tổ dân phố này đã thôi hoạt động từ %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="148"/>
        <source>Household count history</source>
        <translation>Lịch sử thống kê số hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="152"/>
        <source>Counted on</source>
        <translation>Ngày thống kê</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="152"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="170"/>
        <source>No count recorded yet.</source>
        <translation>Chưa có lần thống kê nào.</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="38"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="39"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="42"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="46"/>
        <source>Head</source>
        <translation>Trưởng thôn/Tổ trưởng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="49"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="56"/>
        <source>Counted on</source>
        <translation>Ngày thống kê</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="60"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="216"/>
        <source>No village matches the filter.</source>
        <translation>Không có thôn/tổ dân phố nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="219"/>
        <source>No villages yet — press «Add» to add one.</source>
        <translation>Chưa có thôn/tổ dân phố nào — bấm «Thêm» để thêm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="285"/>
        <source>Villages and residential groups</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="286"/>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="287"/>
        <source>Add a village (Ctrl+N)</source>
        <translation>Thêm thôn/tổ dân phố (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="288"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="290"/>
        <source>Edit the selected village (Enter or F2)</source>
        <translation>Sửa thôn/tổ dân phố đang chọn (Enter hoặc F2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="292"/>
        <source>&amp;Retire…</source>
        <translation>Thôi hoạt độ&amp;ng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="294"/>
        <source>Mark the selected village as no longer active</source>
        <translation>Ghi nhận thôn/tổ dân phố đang chọn thôi hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="297"/>
        <source>Filter by code, name or head (Ctrl+F)</source>
        <translation>Lọc theo mã, tên hoặc trưởng thôn (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="299"/>
        <source>&amp;Show retired</source>
        <translation>&amp;Hiện cả thôn đã thôi hoạt động</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="54"/>
        <source>Welcome to %1</source>
        <translation>Chào mừng đến với %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="56"/>
        <source>This program keeps the records of grassroots democracy of your commune, on this computer, without the Internet.</source>
        <translation>Chương trình giúp ghi chép, theo dõi việc thực hiện dân chủ ở cơ sở của xã, phường, ngay trên máy tính này, không cần Internet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="62"/>
        <source>&amp;Set up my commune</source>
        <translation>Thiết &amp;lập cho xã, phường của tôi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="63"/>
        <source>&amp;Try it with demo data</source>
        <translation>&amp;Dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="71"/>
        <source>A few questions about your commune; about a minute.</source>
        <translation>Trả lời vài câu hỏi về xã, phường; mất khoảng một phút.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="76"/>
        <source>A sample commune with a few villages, to look around.</source>
        <translation>Một xã mẫu với vài thôn, để xem thử chương trình.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="91"/>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="92"/>
        <source>Press Finish to make a sample commune.</source>
        <translation>Bấm «Hoàn tất» để tạo một xã mẫu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="97"/>
        <source>The sample commune and its villages are kept in this data folder:
%1

For your real records, start the program with another, empty data folder.</source>
        <translation>Xã mẫu và các thôn của nó được lưu trong thư mục dữ liệu này:
%1

Khi ghi chép thật, hãy mở chương trình với một thư mục dữ liệu khác, còn trống.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="123"/>
        <source>What is this computer for?</source>
        <translation>Máy tính này dùng để làm gì?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="124"/>
        <source>The &amp;commune&apos;s records</source>
        <translation>Ghi chép của &amp;xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="126"/>
        <source>A village head&apos;s records</source>
        <translation>Ghi chép của trưởng thôn, tổ trưởng tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="127"/>
        <source>The receiving level (province)</source>
        <translation>Cấp trên nhận báo cáo (tỉnh, thành phố)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="136"/>
        <source>Installations for village heads and for the receiving level come with synchronisation, in a later version.</source>
        <translation>Bản cài đặt cho trưởng thôn và cho cấp trên sẽ có cùng chức năng đồng bộ, trong phiên bản sau.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="149"/>
        <source>Who keeps the records?</source>
        <translation>Ai là người ghi chép?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="151"/>
        <source>Your name is written in the journal next to each change you make. You may leave it empty.</source>
        <translation>Tên của bạn được ghi vào nhật ký bên cạnh mỗi thay đổi bạn thực hiện. Có thể để trống.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="158"/>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="160"/>
        <source>Officer&apos;s &amp;name:</source>
        <translation>Họ và tê&amp;n cán bộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="167"/>
        <source>Check and finish</source>
        <translation>Kiểm tra và hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="169"/>
        <source>Nothing is saved until you press Finish. Use Back to correct an answer.</source>
        <translation>Chưa có gì được lưu cho đến khi bạn bấm «Hoàn tất». Bấm «Quay lại» để sửa câu trả lời.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="186"/>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="187"/>
        <source>Province:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="188"/>
        <source>Commune:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="189"/>
        <source>Commune code:</source>
        <translation>Mã xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="190"/>
        <source>Receiving level:</source>
        <translation>Cấp trên nhận báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="191"/>
        <source>Receiving body:</source>
        <translation>Cơ quan nhận báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="192"/>
        <source>Officer:</source>
        <translation>Cán bộ phụ trách:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="214"/>
        <source>Setting up %1</source>
        <translation>Thiết lập %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="84"/>
        <source>Your commune</source>
        <translation>Xã, phường của bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="86"/>
        <source>Choose the province, then type part of the commune&apos;s name (accents are optional). The code comes from the official 2025 list.</source>
        <translation>Chọn tỉnh, thành phố, rồi gõ một phần tên xã, phường (có thể gõ không dấu). Mã được lấy từ danh mục chính thức năm 2025.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="96"/>
        <source>Choose a province…</source>
        <translation>Chọn tỉnh, thành phố…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="110"/>
        <source>Type part of the name…</source>
        <translation>Gõ một phần tên…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="112"/>
        <source>My commune is not in the list</source>
        <translation>Xã, phường của tôi không có trong danh sách</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="114"/>
        <source>e.g. Xã Tân Phú</source>
        <translation>ví dụ: Xã Tân Phú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="127"/>
        <source>&amp;Province:</source>
        <translation>Tỉnh/thành &amp;phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="131"/>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="137"/>
        <source>Commune c&amp;ode:</source>
        <translation>&amp;Mã xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="210"/>
        <source>5 digits</source>
        <translation>5 chữ số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="222"/>
        <source>Choose a province.</source>
        <translation>Hãy chọn tỉnh, thành phố.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="227"/>
        <source>Choose the commune from the list, or tick «My commune is not in the list».</source>
        <translation>Hãy chọn xã, phường trong danh sách, hoặc đánh dấu «Xã, phường của tôi không có trong danh sách».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="242"/>
        <source>Receiving level</source>
        <translation>Cấp trên nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="244"/>
        <source>The body your commune sends its reports to. Since the 2025 reform this is the province.</source>
        <translation>Cơ quan mà xã, phường gửi báo cáo đến. Từ khi sắp xếp đơn vị hành chính năm 2025, đó là tỉnh, thành phố.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="251"/>
        <source>P&amp;rovince (since the 2025 reform)</source>
        <translation>Tỉnh, thành &amp;phố (từ năm 2025)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="252"/>
        <source>&amp;District (before the reform)</source>
        <translation>H&amp;uyện (trước khi sắp xếp)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="263"/>
        <source>Kind:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="265"/>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n cơ quan:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="266"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="283"/>
        <source>2 digits</source>
        <translation>2 chữ số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="285"/>
        <source>3 digits</source>
        <translation>3 chữ số</translation>
    </message>
</context>
</TS>
