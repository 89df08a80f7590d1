<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="152" />
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="153" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="154" />
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="158" />
        <source>The full licence texts are installed with the program (the fonts' licence below; the libraries' in their package metadata).</source>
        <translation>Toàn văn các giấy phép được cài cùng chương trình (giấy phép phông chữ ở dưới; giấy phép các thư viện trong siêu dữ liệu gói của chúng).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="171" />
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="174" />
        <source>Offline ledger of grassroots democracy records for a commune.</source>
        <translation>Sổ theo dõi thực hiện dân chủ ở cơ sở của xã, dùng không cần mạng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="178" />
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="179" />
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="180" />
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="181" />
        <source>Bundled fonts and libraries:</source>
        <translation>Phông chữ và thư viện đi kèm:</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="44" />
        <source>Made on</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="45" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="46" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="47" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="50" />
        <source>Automatic (daily)</source>
        <translation>Tự động (hằng ngày)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="51" />
        <source>Made by hand</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="52" />
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="53" />
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="56" />
        <source>villages</source>
        <translation>thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="57" />
        <source>meetings</source>
        <translation>hội nghị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="58" />
        <source>conventions</source>
        <translation>hương ước/quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="59" />
        <source>disclosures</source>
        <translation>nội dung công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="87" />
        <source>Unit: %1 (%2)</source>
        <translation>Đơn vị: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="90" />
        <source>Role: %1</source>
        <translation>Vai trò: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="91" />
        <source>Records: %1</source>
        <translation>Số bản ghi: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="92" />
        <source>Last change: %1</source>
        <translation>Thay đổi gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="93" />
        <source>Data structure version: %1</source>
        <translation>Phiên bản cấu trúc dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="199" />
        <source>Reading the backup…</source>
        <translation>Đang đọc bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="234" />
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="257" />
        <source>Restore from a backup file</source>
        <translation>Khôi phục từ tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="259" />
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="272" />
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="276" />
        <source>THIS BACKUP BELONGS TO ANOTHER UNIT: %1 (%2), not to %3 (%4).
Restoring it replaces ALL the data of %3 with the data of %1.</source>
        <translation>BẢN SAO LƯU NÀY CỦA ĐƠN VỊ KHÁC: %1 (%2), không phải của %3 (%4).
Khôi phục sẽ thay TOÀN BỘ dữ liệu của %3 bằng dữ liệu của %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="286" />
        <source>Replace with the other unit's data</source>
        <translation>Thay bằng dữ liệu của đơn vị khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="290" />
        <source>Replace the data with this backup? The data as it is now is kept in the backups folder first.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu này? Dữ liệu hiện tại được giữ lại trong thư mục sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="313" />
        <source>Restored from %1. The data from before is kept in %2.</source>
        <translation>Đã khôi phục từ %1. Dữ liệu trước đó được giữ trong %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="322" />
        <source>The program backs the data up by itself once a day and keeps the last 7 days, then one a week for 4 weeks, then one a month for a year. Backups made by hand are never deleted. Copy the backups folder to a USB stick from time to time.</source>
        <translation>Chương trình tự sao lưu mỗi ngày một lần và giữ bản của 7 ngày gần nhất, rồi mỗi tuần một bản trong 4 tuần, rồi mỗi tháng một bản trong một năm. Bản sao lưu thủ công không bao giờ bị xóa. Thỉnh thoảng hãy chép thư mục sao lưu sang USB.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="330" />
        <source>The selected backup holds</source>
        <translation>Bản sao lưu đã chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="332" />
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="333" />
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="334" />
        <source>Restore from another &amp;file…</source>
        <translation>Khôi phục từ tệp k&amp;hác…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="335" />
        <source>Open the backups folder</source>
        <translation>Mở thư mục sao lưu</translation>
    </message>
</context>
<context>
    <name>ConventionCompare</name>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="43" />
        <source>Version %1 — %2</source>
        <translation>Phiên bản %1 — %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="62" />
        <source>Compare versions</source>
        <translation>So sánh các phiên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="74" />
        <source>&amp;Hide unchanged articles</source>
        <translation>Ẩn các điều &amp;giữ nguyên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="80" />
        <source>Article</source>
        <translation>Điều</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="81" />
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="82" />
        <source>Old text</source>
        <translation>Văn bản cũ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="83" />
        <source>New text</source>
        <translation>Văn bản mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="98" />
        <source>&amp;Old version:</source>
        <translation>Phiên bản &amp;cũ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="100" />
        <source>&amp;New version:</source>
        <translation>Phiên bản &amp;mới:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="127" />
        <source>%1 amended, %2 added, %3 removed, %4 unchanged</source>
        <translation>%1 điều sửa đổi, %2 điều thêm mới, %3 điều bãi bỏ, %4 điều giữ nguyên</translation>
    </message>
</context>
<context>
    <name>ConventionDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="75" />
        <source>Preamble: %1</source>
        <translation>Phần mở đầu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="138" />
        <source>New convention</source>
        <translation>Hương ước, quy ước mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="140" />
        <source>Edit convention</source>
        <translation>Sửa hương ước, quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="149" />
        <source>e.g. Hương ước thôn Đông</source>
        <translation>ví dụ: Hương ước thôn Đông</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="152" />
        <source>Citizen initiative (at least 10% of households)</source>
        <translation>Sáng kiến của cộng đồng (ít nhất 10% số hộ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="156" />
        <source>Names, separated by commas</source>
        <translation>Họ tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="163" />
        <source>The community reviews the convention every year on this day (18 November unless agreed otherwise, Decree 61/2023, Art. 15)</source>
        <translation>Cộng đồng dân cư đánh giá việc thực hiện hằng năm vào ngày này (ngày 18 tháng 11 nếu không thỏa thuận ngày khác, Điều 15 Nghị định 61/2023/NĐ-CP)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="171" />
        <source>Paste the text here: the preamble, then «Chương I», «Điều 1. …», clauses «1.», points «a)». It may stay empty while the convention is only proposed.</source>
        <translation>Dán nội dung vào đây: phần mở đầu, rồi «Chương I», «Điều 1. …», khoản «1.», điểm «a)». Có thể để trống khi mới đề xuất xây dựng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="223" />
        <source>&amp;Village:</source>
        <translation>Thôn/Tổ dân &amp;phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="224" />
        <source>T&amp;ype:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="225" />
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="226" />
        <source>&amp;Proposed by:</source>
        <translation>&amp;Người đề xuất:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="227" />
        <source>&amp;Review day:</source>
        <translation>Ngày đánh &amp;giá hằng năm:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="228" />
        <source>&amp;Drafting team:</source>
        <translation>Tổ &amp;soạn thảo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="231" />
        <source>Te&amp;xt</source>
        <translation>Nội &amp;dung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="236" />
        <source>Structure recognised</source>
        <translation>Cấu trúc nhận diện được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="263" />
        <source>— choose the village —</source>
        <translation>— chọn thôn, tổ dân phố —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="288" />
        <source>The adopted text cannot be changed here; an amendment needs a new version (Decree 61/2023, Art. 13).</source>
        <translation>Nội dung đã được thông qua không sửa ở đây được; muốn sửa đổi phải tạo phiên bản mới (Điều 13 Nghị định 61/2023/NĐ-CP).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="305" />
        <source>%1 chapter(s), %2 article(s), %3 clause(s)</source>
        <translation>%1 chương, %2 điều, %3 khoản</translation>
    </message>
</context>
<context>
    <name>ConventionEventDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="84" />
        <source>Record a step — %1</source>
        <translation>Ghi một bước — %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="107" />
        <source>e.g. 15/QĐ-UBND</source>
        <translation>ví dụ: 15/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="111" />
        <source>e.g. Điều 5, Điều 7 — empty: the whole text</source>
        <translation>ví dụ: Điều 5, Điều 7 — để trống: toàn văn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="120" />
        <source>Sender</source>
        <translation>Người góp ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="121" />
        <source>Opinion</source>
        <translation>Nội dung góp ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="122" />
        <source>How it was handled</source>
        <translation>Tiếp thu, giải trình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="138" />
        <source>&amp;Step:</source>
        <translation>&amp;Bước:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="140" />
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="146" />
        <source>&amp;Meeting:</source>
        <translation>&amp;Hội nghị:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="150" />
        <source>&amp;Households supporting:</source>
        <translation>&amp;Số hộ ủng hộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="155" />
        <source>Decision &amp;no.:</source>
        <translation>Số &amp;quyết định:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="157" />
        <source>Si&amp;gned by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="158" />
        <source>&amp;Part:</source>
        <translation>&amp;Phần áp dụng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="159" />
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="160" />
        <source>&amp;Until:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="162" />
        <source>Op&amp;inions:</source>
        <translation>Các ý kiến &amp;góp ý:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="165" />
        <source>N&amp;ote:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="199" />
        <source>of a total of</source>
        <translation>trên tổng số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="210" />
        <source>&amp;Add opinion</source>
        <translation>&amp;Thêm ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="211" />
        <source>Remo&amp;ve opinion</source>
        <translation>&amp;Xóa ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="241" />
        <source>&amp;Correct by:</source>
        <translation>&amp;Thời hạn khắc phục:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="243" />
        <source>Posted &amp;until:</source>
        <translation>Niêm yết đến ngà&amp;y:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="253" />
        <source>— choose the meeting —</source>
        <translation>— chọn hội nghị —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="270" />
        <source>No meeting of this village has voted on a convention yet: record it under «Village meetings» first.</source>
        <translation>Thôn này chưa có hội nghị nào biểu quyết về hương ước, quy ước: hãy ghi hội nghị ở mục «Hội nghị thôn» trước.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="322" />
        <source>Each opinion needs its content.</source>
        <translation>Mỗi ý kiến phải có nội dung góp ý.</translation>
    </message>
</context>
<context>
    <name>ConventionLabels</name>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="35" />
        <source>Hương ước</source>
        <translation>Hương ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="36" />
        <source>Quy ước</source>
        <translation>Quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="40" />
        <source>Proposed</source>
        <translation>Đã đề xuất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="41" />
        <source>Being drafted</source>
        <translation>Đang soạn thảo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="42" />
        <source>In consultation</source>
        <translation>Đang lấy ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="43" />
        <source>Adopted</source>
        <translation>Đã thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="44" />
        <source>Rejected by the meeting</source>
        <translation>Không được thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="45" />
        <source>Awaiting recognition</source>
        <translation>Chờ công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="46" />
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="47" />
        <source>Recognition refused</source>
        <translation>Không được công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="48" />
        <source>In force</source>
        <translation>Đang có hiệu lực</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="49" />
        <source>Suspended</source>
        <translation>Tạm ngưng thực hiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="50" />
        <source>Superseded</source>
        <translation>Đã được thay thế</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="51" />
        <source>Abolished</source>
        <translation>Đã bị bãi bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="53" />
        <source>No step recorded</source>
        <translation>Chưa ghi bước nào</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="58" />
        <source>Proposal</source>
        <translation>Đề xuất xây dựng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="59" />
        <source>Drafting</source>
        <translation>Soạn thảo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="60" />
        <source>Draft posted for opinions</source>
        <translation>Niêm yết lấy ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="61" />
        <source>Adoption</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="62" />
        <source>Not adopted by the meeting</source>
        <translation>Không được thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="63" />
        <source>Dossier submitted</source>
        <translation>Nộp hồ sơ đề nghị công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="64" />
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="65" />
        <source>Recognition refused in writing</source>
        <translation>Không công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="66" />
        <source>Text sent out and publicised</source>
        <translation>Gửi và phổ biến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="67" />
        <source>Yearly review</source>
        <translation>Đánh giá hằng năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="68" />
        <source>Suspension</source>
        <translation>Tạm ngưng thực hiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="69" />
        <source>Reinstatement</source>
        <translation>Tiếp tục thực hiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="70" />
        <source>Abolition</source>
        <translation>Bãi bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="71" />
        <source>Replaced by a new version</source>
        <translation>Thay thế bằng phiên bản mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="75" />
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="76" />
        <source>Removed</source>
        <translation>Bãi bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="77" />
        <source>Amended</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="78" />
        <source>Unchanged</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="83" />
        <source>Proposed by the village head with the Front work committee, or by a citizen initiative backed by at least 10% of households (Art. 7).</source>
        <translation>Trưởng thôn, tổ trưởng tổ dân phố phối hợp với Ban công tác Mặt trận đề xuất, hoặc cộng đồng dân cư đề xuất theo sáng kiến được ít nhất 10% số hộ ủng hộ (Điều 7).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="88" />
        <source>The drafting team starts (or resumes) the draft (Art. 8).</source>
        <translation>Tổ soạn thảo bắt đầu (hoặc tiếp tục) soạn thảo dự thảo (Điều 8).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="91" />
        <source>The draft is posted for at least 30 days; the opinions and how they were handled are recorded (Art. 9).</source>
        <translation>Dự thảo được niêm yết ít nhất 30 ngày; ghi lại các ý kiến góp ý và việc tiếp thu, giải trình (Điều 9).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="96" />
        <source>The meeting (or household ballot) that adopted it: more than 50% of all households attended and more than 50% of all households agreed (Art. 10).</source>
        <translation>Hội nghị (hoặc đợt phát phiếu lấy ý kiến hộ gia đình) đã thông qua: trên 50% tổng số hộ dự họp và trên 50% tổng số hộ tán thành (Điều 10).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="101" />
        <source>The meeting did not adopt the draft (Art. 10).</source>
        <translation>Hội nghị không thông qua dự thảo (Điều 10).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="104" />
        <source>The request, the adoption minutes and the adopted text, sent to the commune People's Committee within 5 working days of the adoption (Art. 11).</source>
        <translation>Văn bản đề nghị, biên bản hội nghị và văn bản đã thông qua, gửi Ủy ban nhân dân xã trong 5 ngày làm việc kể từ ngày thông qua (Điều 11).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="109" />
        <source>The recognition decision (form 03); the text is in force from its date (Art. 11).</source>
        <translation>Quyết định công nhận (Mẫu 03); văn bản có hiệu lực kể từ ngày của quyết định (Điều 11).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="113" />
        <source>A written refusal, with its reasons (Art. 11).</source>
        <translation>Văn bản trả lời không công nhận, nêu rõ lý do (Điều 11).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="116" />
        <source>The text sent to the village head and the Front committee within 2 working days; the head posts it and makes it known (Art. 18).</source>
        <translation>Văn bản được gửi trưởng thôn, tổ trưởng tổ dân phố và Ban công tác Mặt trận trong 2 ngày làm việc; trưởng thôn niêm yết và phổ biến (Điều 18).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="121" />
        <source>The yearly review of how the convention is applied (Art. 15).</source>
        <translation>Đánh giá hằng năm việc thực hiện hương ước, quy ước (Điều 15).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="124" />
        <source>The whole text or a part, with the reason and the deadline for correcting it (form 04, Art. 12).</source>
        <translation>Toàn bộ hoặc một phần văn bản, nêu lý do và thời hạn khắc phục (Mẫu 04, Điều 12).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="129" />
        <source>The suspension ends and the text applies again (Art. 12).</source>
        <translation>Hết tạm ngưng, văn bản được tiếp tục thực hiện (Điều 12).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="132" />
        <source>The whole text or a part: unlawful content, a missed correction deadline, or an adoption that never met the threshold (form 05, Art. 14).</source>
        <translation>Toàn bộ hoặc một phần văn bản: nội dung trái pháp luật, quá thời hạn khắc phục, hoặc việc thông qua không đạt tỷ lệ quy định (Mẫu 05, Điều 14).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="187" />
        <source>Record the proposal</source>
        <translation>Ghi đề xuất xây dựng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="188" />
        <source>Start drafting</source>
        <translation>Tổ chức soạn thảo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="189" />
        <source>Post the draft for opinions</source>
        <translation>Niêm yết dự thảo lấy ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="190" />
        <source>Put to the meeting from %1</source>
        <translation>Đưa ra hội nghị từ %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="191" />
        <source>Redraft, or adopt by household ballot</source>
        <translation>Soạn thảo lại hoặc phát phiếu lấy ý kiến hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="194" />
        <source>Submit the dossier by %1</source>
        <translation>Nộp hồ sơ trước %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="195" />
        <source>Decide on recognition by %1</source>
        <translation>Ra quyết định công nhận trước %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="196" />
        <source>Complete the dossier, or redraft</source>
        <translation>Hoàn thiện hồ sơ hoặc soạn thảo lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="199" />
        <source>Correct by %1</source>
        <translation>Khắc phục trước %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="200" />
        <source>Send the text out by %1</source>
        <translation>Gửi văn bản trước %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="201" />
        <source>Review on %1</source>
        <translation>Rà soát ngày %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="215" />
        <source>Overdue: the date was %1</source>
        <translation>Quá hạn: hạn là ngày %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="233" />
        <source>Meeting: %1</source>
        <translation>Hội nghị: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="236" />
        <source>%1 of %2 households support it</source>
        <translation>%1/%2 hộ ủng hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="242" />
        <source>Decision no. %1</source>
        <translation>Quyết định số %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="245" />
        <source>signed by %1</source>
        <translation>người ký: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="247" />
        <source>the whole text</source>
        <translation>toàn văn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="248" />
        <source>Part: %1</source>
        <translation>Phần: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="250" />
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="252" />
        <source>until %1</source>
        <translation>đến ngày %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="255" />
        <source>%1 opinion(s) recorded</source>
        <translation>%1 ý kiến góp ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="260" />
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
</context>
<context>
    <name>ConventionView</name>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="149" />
        <source>Record the next step:</source>
        <translation>Ghi bước tiếp theo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="152" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="154" />
        <source>Create &amp;amended version</source>
        <translation>&amp;Tạo phiên bản sửa đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="157" />
        <source>Start a new version of this text; it replaces this one once recognised (Decree 61/2023, Art. 13)</source>
        <translation>Tạo phiên bản mới của văn bản này; phiên bản mới thay thế văn bản này khi được công nhận (Điều 13 Nghị định 61/2023/NĐ-CP)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="163" />
        <source>&amp;Compare versions…</source>
        <translation>So sánh &amp;các phiên bản…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="173" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="174" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="175" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="180" />
        <source>Show the text in &amp;force on</source>
        <translation>Xem văn bản có &amp;hiệu lực ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="195" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="196" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="197" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="198" />
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="199" />
        <source>Last step</source>
        <translation>Bước gần nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="206" />
        <source>&amp;Timeline</source>
        <translation>&amp;Diễn biến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="207" />
        <source>Te&amp;xt</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="208" />
        <source>&amp;Versions</source>
        <translation>Các &amp;phiên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="262" />
        <source>in force from %1</source>
        <translation>có hiệu lực từ %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="267" />
        <source>next review %1</source>
        <translation>rà soát tiếp theo %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="274" />
        <source>Next: %1</source>
        <translation>Việc cần làm: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="349" />
        <source>No version was in force on that day.</source>
        <translation>Không có phiên bản nào có hiệu lực vào ngày đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="352" />
        <source>Version %1, in force from %2</source>
        <translation>Phiên bản %1, có hiệu lực từ %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="357" />
        <source>suspended on that day</source>
        <translation>đang tạm ngưng thực hiện vào ngày đó</translation>
    </message>
</context>
<context>
    <name>ConventionsPage</name>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="52" />
        <source>%1 (amended version)</source>
        <translation>%1 (bản sửa đổi)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="63" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="69" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="72" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="75" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="81" />
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="87" />
        <source>Next review</source>
        <translation>Rà soát tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="91" />
        <source>Next step</source>
        <translation>Việc cần làm tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="92" />
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="26" />
        <source>Recognised</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="27" />
        <source>Not recognised (refused in writing)</source>
        <translation>Không được công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="28" />
        <source>Amended or replaced</source>
        <translation>Được sửa đổi, thay thế</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="29" />
        <source>Suspended</source>
        <translation>Bị tạm ngưng thực hiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="30" />
        <source>Abolished, in whole or in part</source>
        <translation>Bị bãi bỏ toàn bộ hoặc một phần</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="31" />
        <source>In force or suspended on 31 December</source>
        <translation>Đang có hiệu lực hoặc tạm ngưng tại ngày 31/12</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="97" />
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="117" />
        <source>The figures could not be counted: %1</source>
        <translation>Không đếm được số liệu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="121" />
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="123" />
        <source>Figures reported each year to the level above (Decree 61/2023/NĐ-CP, Art. 16): each convention is counted once per kind of step dated in the year.</source>
        <translation>Số liệu báo cáo hằng năm lên cấp trên (Điều 16 Nghị định 61/2023/NĐ-CP): mỗi hương ước, quy ước được đếm một lần cho mỗi loại bước có ngày trong năm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="85" />
        <source>All villages</source>
        <translation>Tất cả thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="91" />
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="96" />
        <source>All types</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="149" />
        <source>No convention matches the filter.</source>
        <translation>Không có hương ước, quy ước nào khớp bộ lọc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="150" />
        <source>No convention recorded yet — press «New» (Ctrl+N) to record one.</source>
        <translation>Chưa có hương ước, quy ước nào — bấm «Thêm mới» (Ctrl+N) để ghi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="143" />
        <source>There are no villages yet. Add them first under «Villages» (Ctrl+2), then record their conventions here.</source>
        <translation>Chưa có thôn/tổ dân phố nào. Hãy thêm ở mục «Thôn/Tổ dân phố» (Ctrl+2) trước, rồi ghi hương ước, quy ước của thôn ở đây.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="162" />
        <source>Add a village first (Ctrl+2).</source>
        <translation>Hãy thêm thôn, tổ dân phố trước (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="199" />
        <source>Village conventions (hương ước, quy ước)</source>
        <translation>Hương ước, quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="201" />
        <source>&amp;List</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="202" />
        <source>&amp;Statistics</source>
        <translation>&amp;Thống kê</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="203" />
        <source>&amp;New…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="204" />
        <source>Record a new convention (Ctrl+N)</source>
        <translation>Ghi hương ước, quy ước mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="205" />
        <source>&amp;Open…</source>
        <translation>&amp;Xem…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="207" />
        <source>Open the selected convention: its steps, text and versions (Enter)</source>
        <translation>Mở hương ước, quy ước đang chọn: các bước, nội dung và các phiên bản (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="213" />
        <source>Search title, text or proposer (Ctrl+F)</source>
        <translation>Tìm theo tiêu đề, nội dung, người đề xuất (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="215" />
        <source>Show old &amp;versions</source>
        <translation>Hiện cả phiên bản &amp;cũ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="217" />
        <source>Also list the versions replaced by a newer one</source>
        <translation>Liệt kê cả các phiên bản đã được thay thế</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="104" />
        <source>Unexpected error</source>
        <translation>Sự cố ngoài dự kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="105" />
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
        <location filename="../desktop/ui/crash.py" line="171" />
        <source>The program closed unexpectedly last time. What was saved before that is kept.

The technical details are in:
%1</source>
        <translation>Lần trước chương trình đã đóng ngoài dự kiến. Những gì đã lưu trước đó vẫn được giữ nguyên.

Thông tin kỹ thuật được lưu tại:
%1</translation>
    </message>
</context>
<context>
    <name>DisclosureBoards</name>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="55" />
        <source>posted %1</source>
        <translation>niêm yết %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="58" />
        <source>removed %1</source>
        <translation>gỡ %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="78" />
        <source>Permanent</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="82" />
        <source>Since %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="90" />
        <source>Until %1</source>
        <translation>Đến hết %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="95" />
        <source>%1 days done</source>
        <translation>Đủ %1 ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="101" />
        <source>Removed %1</source>
        <translation>Đã gỡ %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="106" />
        <source>Not posted</source>
        <translation>Chưa niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="154" />
        <source>Commune office</source>
        <translation>Trụ sở UBND xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="167" />
        <source>Item %1</source>
        <translation>Mục %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="192" />
        <source>Nothing is on the notice boards today (%1).</source>
        <translation>Hôm nay (%1) không có nội dung nào đang niêm yết.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="199" />
        <source>On the boards today, %1: %2 disclosures at %3 places. Double-click a cell to open the disclosure.</source>
        <translation>Đang niêm yết hôm nay, %1: %2 nội dung tại %3 nơi. Nháy đúp vào một ô để mở nội dung đó.</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="105" />
        <source>New disclosure</source>
        <translation>Ghi nội dung công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="107" />
        <source>Edit disclosure</source>
        <translation>Sửa nội dung công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="115" />
        <source>Commune office</source>
        <translation>Trụ sở UBND xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="133" />
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="163" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Lưu (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="35" />
        <source>What is disclosed</source>
        <translation>Nội dung công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="37" />
        <source>Forms of disclosure (Art. 12)</source>
        <translation>Hình thức công khai (Điều 12)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="41" />
        <source>Loudspeaker and portal</source>
        <translation>Loa truyền thanh và cổng thông tin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="44" />
        <source>Broadcast on:</source>
        <translation>Ngày phát loa:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="47" />
        <source>Portal lin&amp;k:</source>
        <translation>Cổng thông tin (&amp;URL):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="51" />
        <source>Notice boards</source>
        <translation>Niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="62" />
        <source>Evidence and feedback</source>
        <translation>Minh chứng và ý kiến phản ánh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="67" />
        <source>Save the disclosure first; then photos, files and residents' feedback can be added to it.</source>
        <translation>Lưu nội dung công khai trước; sau đó mới đính kèm ảnh, tệp và ghi ý kiến phản ánh của Nhân dân.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="249" />
        <source>Status today: %1</source>
        <translation>Trạng thái hôm nay: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="256" />
        <source>Disclose by %1</source>
        <translation>Hạn công khai: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="261" />
        <source>Posted until at least %1</source>
        <translation>Niêm yết ít nhất đến hết ngày %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="367" />
        <source>Someone else saved this disclosure while you were editing it, so nothing was saved from this form. Close it, open the disclosure again and enter your changes there.</source>
        <translation>Người khác đã lưu nội dung công khai này trong lúc bạn đang sửa, nên chưa có gì từ biểu mẫu này được lưu. Hãy đóng lại, mở lại nội dung công khai và nhập lại các thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="103" />
        <source>&amp;Add day</source>
        <translation>Thêm ngà&amp;y</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="104" />
        <source>Add 3 days in a ro&amp;w</source>
        <translation>Thêm &amp;3 ngày liên tục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="106" />
        <source>The chosen day and the two days after it</source>
        <translation>Ngày đã chọn và hai ngày tiếp theo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="108" />
        <source>Remo&amp;ve</source>
        <translation>&amp;Xóa ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="110" />
        <source>Remove the selected days (Delete)</source>
        <translation>Xóa các ngày đã chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="59" />
        <source>e.g. Danh sách hộ nghèo năm 2026</source>
        <translation>Ví dụ: Danh sách hộ nghèo năm 2026</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="65" />
        <source>e.g. 120/QĐ-UBND</source>
        <translation>Ví dụ: 120/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="69" />
        <source>Only when a sector law sets its own deadline; otherwise 5 working days apply</source>
        <translation>Chỉ nhập khi luật chuyên ngành quy định thời hạn riêng; nếu không, áp dụng thời hạn 5 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="76" />
        <source>The day the disclosure plan (Art. 14) sets</source>
        <translation>Ngày công khai theo kế hoạch (Điều 14)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="86" />
        <source>&amp;Item (Art. 11):</source>
        <translation>&amp;Nội dung (Điều 11):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="87" />
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="88" />
        <source>Su&amp;mmary:</source>
        <translation>Tó&amp;m tắt:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="89" />
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="90" />
        <source>&amp;Decided on:</source>
        <translation>Ngày &amp;ban hành:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="93" />
        <source>Sector-law dead&amp;line:</source>
        <translation>Hạn theo luật &amp;chuyên ngành:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="96" />
        <source>Planned f&amp;or:</source>
        <translation>Ngày &amp;dự kiến (kế hoạch):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="97" />
        <source>Res&amp;ponsible:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="100" />
        <source>Content &amp;changed on:</source>
        <translation>Ngày nội dung th&amp;ay đổi:</translation>
    </message>
</context>
<context>
    <name>DisclosureEvidence</name>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="51" />
        <source>Attach a photo or file</source>
        <translation>Đính kèm ảnh hoặc tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="53" />
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx);;All files (*)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="63" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="67" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="120" />
        <source>The file was not attached: %1</source>
        <translation>Chưa đính kèm được tệp: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="153" />
        <source>Attach photo or fil&amp;e…</source>
        <translation>Đính &amp;kèm ảnh/tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="159" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="160" />
        <source>From</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="161" />
        <source>Feedback</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="162" />
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="175" />
        <source>Record &amp;feedback…</source>
        <translation>&amp;Ghi ý kiến phản ánh…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="176" />
        <source>An&amp;swer…</source>
        <translation>Trả &amp;lời…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="184" />
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="188" />
        <source>Residents' feedback:</source>
        <translation>Ý kiến phản ánh của Nhân dân:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="217" />
        <source>No photo or file attached yet.</source>
        <translation>Chưa có ảnh hoặc tệp đính kèm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="222" />
        <source>not answered yet</source>
        <translation>chưa trả lời</translation>
    </message>
</context>
<context>
    <name>DisclosureLabels</name>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="28" />
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="29" />
        <source>On the boards</source>
        <translation>Đang niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="30" />
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="31" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="87" />
        <source>posted permanently at the commune office and posted again when it changes</source>
        <translation>niêm yết thường xuyên tại trụ sở UBND xã, niêm yết lại khi nội dung thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="94" />
        <source>posted at the commune office and in every village for at least %1 consecutive days</source>
        <translation>niêm yết tại trụ sở UBND xã và mọi thôn, tổ dân phố ít nhất %1 ngày liên tục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="102" />
        <source>posted as its own law or the commune regulation says</source>
        <translation>niêm yết theo pháp luật chuyên ngành hoặc quy chế dân chủ của xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="106" />
        <source>broadcast on the loudspeaker on at least %1 consecutive days</source>
        <translation>phát loa ít nhất %1 ngày liên tục</translation>
    </message>
</context>
<context>
    <name>DisclosuresPage</name>
    <message>
        <location filename="../desktop/ui/pages/disclosure_filters.py" line="101" />
        <source>Search title, number or person (Ctrl+F)</source>
        <translation>Tìm tiêu đề, số văn bản, người phụ trách (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_filters.py" line="103" />
        <source>Only with &amp;warnings</source>
        <translation>Chỉ nội dung có &amp;cảnh báo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_filters.py" line="105" />
        <source>All items</source>
        <translation>Tất cả nội dung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_filters.py" line="109" />
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="43" />
        <source>Needs attention</source>
        <translation>Cần chú ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="44" />
        <source>On the boards now</source>
        <translation>Đang niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="45" />
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="46" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="47" />
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="89" />
        <source>Item</source>
        <translation>Nội dung (mục)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="92" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="96" />
        <source>Decided on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="102" />
        <source>Due</source>
        <translation>Hạn công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="108" />
        <source>First disclosed</source>
        <translation>Ngày công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="114" />
        <source>Posted until</source>
        <translation>Niêm yết đến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="118" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="119" />
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="142" />
        <source>No disclosures recorded yet — press «Add» (Ctrl+N) to record one.</source>
        <translation>Chưa có nội dung công khai nào — bấm «Thêm» (Ctrl+N) để ghi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="147" />
        <location filename="../desktop/ui/pages/disclosures.py" line="158" />
        <source>No disclosure matches the filter.</source>
        <translation>Không có nội dung nào khớp bộ lọc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="149" />
        <source>Nothing is overdue and no posting period ends this week.</source>
        <translation>Không có nội dung nào quá hạn hoặc sắp hết hạn niêm yết trong tuần này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="153" />
        <source>Nothing is on the notice boards today.</source>
        <translation>Hôm nay không có nội dung nào đang niêm yết.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="155" />
        <source>No planned disclosure is waiting to be made.</source>
        <translation>Không có nội dung nào trong kế hoạch đang chờ công khai.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="157" />
        <source>No disclosure is overdue.</source>
        <translation>Không có nội dung nào quá hạn công khai.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="230" />
        <source>Feedback saved.</source>
        <translation>Đã lưu ý kiến phản ánh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="246" />
        <source>Attached «%1».</source>
        <translation>Đã đính kèm «%1».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="260" />
        <location filename="../desktop/ui/pages/disclosures.py" line="286" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="261" />
        <location filename="../desktop/ui/pages/disclosures.py" line="290" />
        <source>Record &amp;feedback…</source>
        <translation>&amp;Ghi ý kiến phản ánh…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="268" />
        <source>A&amp;nswer feedback</source>
        <translation>&amp;Trả lời ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="270" />
        <source>anonymous</source>
        <translation>không ghi tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="275" />
        <source>&amp;Attach photo or file…</source>
        <translation>Đính &amp;kèm ảnh/tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="281" />
        <source>Public disclosure</source>
        <translation>Công khai thông tin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="282" />
        <source>&amp;List</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="283" />
        <source>On the &amp;boards today</source>
        <translation>Bảng &amp;niêm yết hôm nay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="284" />
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="285" />
        <source>Record a disclosure (Ctrl+N)</source>
        <translation>Ghi nội dung công khai mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="288" />
        <source>Edit the selected disclosure (Enter or F2)</source>
        <translation>Sửa nội dung đang chọn (Enter hoặc F2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="292" />
        <source>Record a resident's feedback on the selected disclosure</source>
        <translation>Ghi ý kiến phản ánh của người dân về nội dung đang chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="294" />
        <source>A&amp;ttach photo or file…</source>
        <translation>Đính &amp;kèm ảnh/tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="296" />
        <source>Keep a photo of the notice board or a scan with the selected disclosure</source>
        <translation>Lưu ảnh chụp bảng niêm yết hoặc bản quét kèm nội dung đang chọn</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/record_event.py" line="83" />
        <source>Next step: %1 %2</source>
        <translation>Sự kiện: %1 %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_event.py" line="113" />
        <source>&amp;Record the step</source>
        <translation>&amp;Ghi sự kiện</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="70" />
        <source>Answer feedback</source>
        <translation>Trả lời ý kiến phản ánh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="72" />
        <source>Record feedback</source>
        <translation>Ghi ý kiến phản ánh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="78" />
        <source>On: %1</source>
        <translation>Về: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="82" />
        <source>Name and address, if given</source>
        <translation>Họ tên, địa chỉ (nếu có)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="85" />
        <source>&amp;Answered</source>
        <translation>Đã &amp;trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="97" />
        <source>&amp;Received on:</source>
        <translation>&amp;Ngày nhận:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="98" />
        <source>&amp;From:</source>
        <translation>Người &amp;gửi:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="99" />
        <source>&amp;Content:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="103" />
        <source>Answered o&amp;n:</source>
        <translation>Ngà&amp;y trả lời:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="106" />
        <source>Ans&amp;wer:</source>
        <translation>Nội dung trả &amp;lời:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="119" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Lưu (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/guarded.py" line="146" />
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/guarded.py" line="148" />
        <source>You have typed changes that are not saved. Close the form and lose them?</source>
        <translation>Bạn đã nhập nội dung chưa lưu. Đóng biểu mẫu và bỏ các nội dung đó?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/guarded.py" line="154" />
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/guarded.py" line="157" />
        <source>Keep editing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
</context>
<context>
    <name>KindListPage</name>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="106" />
        <source>Overdue: this day has passed</source>
        <translation>Quá hạn: đã qua ngày này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="162" />
        <source>No record matches the filter.</source>
        <translation>Không có bản ghi nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="166" />
        <source>Press Add (Ctrl+N) to enter the first one.</source>
        <translation>Bấm «Thêm» (Ctrl+N) để nhập bản ghi đầu tiên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="248" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="252" />
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="254" />
        <source>Show the selected record, read-only (Enter)</source>
        <translation>Xem bản ghi đang chọn, chỉ xem (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="256" />
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="257" />
        <source>Enter a new record (Ctrl+N)</source>
        <translation>Nhập bản ghi mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="258" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="259" />
        <source>Edit the selected record (Enter)</source>
        <translation>Sửa bản ghi đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="260" />
        <source>Next &amp;step…</source>
        <translation>Sự &amp;kiện…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="262" />
        <source>Record the next step of the selected record</source>
        <translation>Ghi bước tiếp theo của bản ghi đang chọn (thụ lý, gia hạn, quyết định…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="264" />
        <source>&amp;View…</source>
        <translation>&amp;Xem…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="266" />
        <source>Show the selected record, read-only</source>
        <translation>Xem bản ghi đang chọn (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="268" />
        <source>Search (Ctrl+F)</source>
        <translation>Tìm kiếm (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>KindPrint</name>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="43" />
        <source>Print for a period</source>
        <translation>In giấy tờ theo kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="44" />
        <source>Period (2026, 2026H1 or 2026Q1):</source>
        <translation>Kỳ (2026, 2026H1 hoặc 2026Q1):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="55" />
        <source>Print for a visit</source>
        <translation>In giấy tờ của một lượt tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="56" />
        <source>Visit number (1 to %1):</source>
        <translation>Lượt tiếp số (1 đến %1):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="132" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="138" />
        <source>Saved as %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="148" />
        <source>The document could not be written: %1</source>
        <translation>Không tạo được văn bản: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="155" />
        <source>&amp;Print documents…</source>
        <translation>&amp;In giấy tờ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="156" />
        <source>Print a document of this list to PDF</source>
        <translation>In giấy tờ của danh sách này ra tệp PDF</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="173" />
        <source>[sent by %2, read-only] %1</source>
        <translation>[%2 gửi lên, chỉ xem] %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="22" />
        <source>Village (thôn)</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="23" />
        <source>Residential group (tổ dân phố)</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="24" />
        <source>Hamlet (ấp)</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="25" />
        <source>Hamlet (bản)</source>
        <translation>Bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="26" />
        <source>Neighbourhood (khu phố)</source>
        <translation>Khu phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="27" />
        <location filename="../desktop/ui/labels.py" line="82" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="31" />
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="32" />
        <source>Village head</source>
        <translation>Trưởng thôn, tổ trưởng tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="33" />
        <source>Receiving level</source>
        <translation>Cấp trên nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="37" />
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="38" />
        <source>District (before the 2025 reform)</source>
        <translation>Huyện (trước khi sắp xếp năm 2025)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="61" />
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="62" />
        <source>Retired on %1</source>
        <translation>Thôi hoạt động từ %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="74" />
        <source>Community decision</source>
        <translation>Quyết định việc của cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="75" />
        <source>Year-end periodic meeting</source>
        <translation>Hội nghị định kỳ cuối năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="76" />
        <source>Village head election</source>
        <translation>Bầu trưởng thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="77" />
        <source>Village head dismissal</source>
        <translation>Miễn nhiệm trưởng thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="78" />
        <source>Inspection/supervision board election</source>
        <translation>Bầu Ban TTND/Ban GSĐTCĐ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="81" />
        <source>Village convention</source>
        <translation>Hương ước, quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="86" />
        <source>Contributions to infrastructure</source>
        <translation>Mức đóng góp xây dựng cơ sở hạ tầng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="87" />
        <source>Management of contributions and funds</source>
        <translation>Quản lý các khoản đóng góp, quỹ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="88" />
        <source>Village convention (hương ước, quy ước)</source>
        <translation>Hương ước, quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="89" />
        <source>Electing or dismissing the village head</source>
        <translation>Bầu, miễn nhiệm trưởng thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="90" />
        <source>Electing or dismissing the inspection/supervision boards</source>
        <translation>Bầu, miễn nhiệm Ban TTND, Ban GSĐTCĐ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="93" />
        <source>Other self-management matter</source>
        <translation>Việc khác thuộc nội dung tự quản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="94" />
        <source>Meeting procedure (secretary, agenda…)</source>
        <translation>Thủ tục hội nghị (thư ký, chương trình…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="98" />
        <source>Show of hands</source>
        <translation>Giơ tay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="99" />
        <source>Secret ballot</source>
        <translation>Bỏ phiếu kín</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="100" />
        <source>Household ballot papers</source>
        <translation>Phiếu lấy ý kiến hộ gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="101" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="105" />
        <source>Commune People's Committee (UBND)</source>
        <translation>Ủy ban nhân dân xã (UBND)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="106" />
        <source>Commune Fatherland Front committee (MTTQ)</source>
        <translation>Ủy ban Mặt trận Tổ quốc xã (MTTQ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="110" />
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="111" />
        <source>Not passed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="112" />
        <source>Partly passed</source>
        <translation>Đạt một phần</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="113" />
        <source>Procedure only</source>
        <translation>Chỉ biểu quyết thủ tục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="117" />
        <source>Takes effect on the day of the vote.</source>
        <translation>Có hiệu lực từ ngày biểu quyết.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="118" />
        <source>Takes effect when the commune People's Committee recognises it.</source>
        <translation>Có hiệu lực khi được UBND xã công nhận.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="121" />
        <source>Takes effect when the commune Fatherland Front committee recognises it.</source>
        <translation>Có hiệu lực khi được Ủy ban MTTQ xã công nhận.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../desktop/ui/main.py" line="135" />
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
        <location filename="../desktop/ui/main_window.py" line="610" />
        <source>Search all records</source>
        <translation>Tìm trong mọi bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="68" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="70" />
        <source>Village meetings</source>
        <translation>Hội nghị thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="71" />
        <source>Village conventions</source>
        <translation>Hương ước/Quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="72" />
        <source>Public disclosure</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="75" />
        <location filename="../desktop/ui/pages/sync.py" line="127" />
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="76" />
        <location filename="../desktop/ui/pages/reports.py" line="345" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="69" />
        <source>Villages</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="73" />
        <source>Citizen reception, letters</source>
        <translation>Tiếp công dân, đơn thư</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="74" />
        <source>Consultation and oversight</source>
        <translation>Lấy ý kiến, giám sát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="77" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="597" />
        <source>SAMPLE DATA</source>
        <translation>DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="603" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="608" />
        <source>New record</source>
        <translation>Thêm bản ghi mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="609" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="611" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="612" />
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="63" />
        <source>Household ballot papers</source>
        <translation>Phiếu lấy ý kiến hộ gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="72" />
        <source>The meeting date is the day the papers go out; votes are counted against the papers returned, the threshold against all households.</source>
        <translation>Ngày họp là ngày phát phiếu; số ý kiến được đối chiếu với số phiếu thu về, còn ngưỡng thông qua tính trên tổng số hộ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="84" />
        <source>Papers issued:</source>
        <translation>Số phiếu phát ra:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="90" />
        <source>Papers returned:</source>
        <translation>Số phiếu thu về:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="96" />
        <source>Announced on:</source>
        <translation>Ngày thông báo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="102" />
        <source>Return deadline:</source>
        <translation>Hạn thu phiếu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="109" />
        <source>After the failed meeting:</source>
        <translation>Sau hội nghị không đạt:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="148" />
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="191" />
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="195" />
        <source>Not yet</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="196" />
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="197" />
        <source>Refused</source>
        <translation>Từ chối công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="204" />
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="205" />
        <source>On:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="206" />
        <source>By:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="207" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="268" />
        <source>People</source>
        <translation>Người điều hành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="274" />
        <source>Convened by:</source>
        <translation>Người triệu tập:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="276" />
        <source>Chair:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="278" />
        <source>Secretary:</source>
        <translation>Thư ký:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="284" />
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="288" />
        <source>What was discussed and decided (printed in the minutes)</source>
        <translation>Nội dung đã bàn và quyết định (in trong biên bản)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="296" />
        <source>Text:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="301" />
        <source>Sent to UBND and MTTQ on:</source>
        <translation>Ngày gửi UBND và MTTQ xã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="306" />
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="315" />
        <source>Household representatives (signing):</source>
        <translation>Đại diện hộ gia đình (ký biên bản):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="320" />
        <source>Counting board (3–5):</source>
        <translation>Ban kiểm phiếu (3–5 người):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="325" />
        <source>Witnesses (2 households):</source>
        <translation>Người chứng kiến (2 đại diện hộ):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_fields.py" line="43" />
        <source>One name a line, or names separated by commas</source>
        <translation>Mỗi dòng một tên, hoặc các tên cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="53" />
        <source>What was put to the vote, e.g. road concreting levy</source>
        <translation>Nội dung biểu quyết, ví dụ: mức đóng góp bê tông hóa đường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="56" />
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="57" />
        <source>Remove this matter</source>
        <translation>Bỏ nội dung biểu quyết này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="63" />
        <source>— choose the matter —</source>
        <translation>— chọn loại nội dung —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="84" />
        <source>&amp;For:</source>
        <translation>Tán t&amp;hành:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="87" />
        <source>Against:</source>
        <translation>Không tán thành:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="90" />
        <source>Other:</source>
        <translation>Ý kiến khác:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="95" />
        <source>Matter:</source>
        <translation>Thuộc nội dung:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="98" />
        <source>Method:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="144" />
        <source>Matter %1</source>
        <translation>Nội dung biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="159" />
        <source>Enter the total households to see the outcome.</source>
        <translation>Nhập tổng số hộ để xem kết quả.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="203" />
        <source>Matters voted on</source>
        <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="206" />
        <source>Add a &amp;matter</source>
        <translation>Thêm &amp;nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="96" />
        <source>New village meeting</source>
        <translation>Ghi hội nghị thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="98" />
        <source>Edit village meeting</source>
        <translation>Sửa hội nghị thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="105" />
        <source>Warnings (saved with the record)</source>
        <translation>Cảnh báo (được lưu cùng bản ghi)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="115" />
        <source>More &amp;details: people, minutes, recognition, participants</source>
        <translation>Thêm &amp;chi tiết: người điều hành, biên bản, công nhận, người tham gia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="147" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Lưu (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="271" />
        <source>Choose the matter to see the outcome: its threshold depends on it (Law 10/2022/QH15 Art. 21).</source>
        <translation>Chọn loại nội dung để xem kết quả: tỷ lệ cần đạt tùy theo loại nội dung (Điều 21 Luật 10/2022/QH15).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="293" />
        <source>Enter the households present to see the outcome.</source>
        <translation>Nhập số hộ dự họp để xem kết quả.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="294" />
        <source>Correct the counts marked in red to see the outcome.</source>
        <translation>Sửa các số liệu báo đỏ để xem kết quả.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="315" />
        <source>Takes effect on the day of the vote, %1.</source>
        <translation>Có hiệu lực từ ngày biểu quyết, %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="320" />
        <source>Recognised on %1.</source>
        <translation>Đã được công nhận ngày %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="379" />
        <source>Someone else saved this meeting while you were editing it, so nothing was saved from this form. Close it, open the meeting again and enter your changes there.</source>
        <translation>Trong lúc bạn sửa, hội nghị này đã được lưu ở nơi khác nên nội dung trong biểu mẫu này chưa được lưu. Xin đóng biểu mẫu, mở lại hội nghị và nhập lại phần thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="50" />
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="56" />
        <source>Choose the village…</source>
        <translation>Chọn thôn/tổ dân phố…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="59" />
        <source>e.g. Meeting on the village road concreting levy</source>
        <translation>Ví dụ: Hội nghị bàn mức đóng góp bê tông hóa đường thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="79" />
        <source>&amp;Village:</source>
        <translation>&amp;Thôn/Tổ dân phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="80" />
        <source>&amp;Title:</source>
        <translation>T&amp;iêu đề:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="81" />
        <source>&amp;Held on:</source>
        <translation>Ngày họ&amp;p:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="82" />
        <source>T&amp;ype:</source>
        <translation>&amp;Loại hội nghị:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="83" />
        <source>Pl&amp;ace:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="87" />
        <source>Households &amp;present:</source>
        <translation>Số hộ &amp;dự họp:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="94" />
        <source>Households in t&amp;otal:</source>
        <translation>Tổn&amp;g số hộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="101" />
        <source>&amp;Invitation sent on:</source>
        <translation>Ngày gửi giấy &amp;mời:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="240" />
        <source>The village has no household count: enter the total.</source>
        <translation>Thôn chưa có số hộ: hãy nhập tổng số hộ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="245" />
        <source>Village count on %1: %2 households.</source>
        <translation>Số hộ của thôn thống kê ngày %1: %2 hộ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="250" />
        <source>Use %1</source>
        <translation>Dùng %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/meeting_documents.py" line="102" />
        <source>Writing the minutes…</source>
        <translation>Đang tạo biên bản…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_documents.py" line="104" />
        <source>Writing the invitation…</source>
        <translation>Đang tạo giấy mời…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_documents.py" line="111" />
        <source>Saved as %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_documents.py" line="122" />
        <source>The document could not be written: %1</source>
        <translation>Không tạo được văn bản: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="46" />
        <source>Date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="50" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="51" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="54" />
        <source>Type</source>
        <translation>Loại hội nghị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="60" />
        <source>Present/total</source>
        <translation>Dự họp/Tổng số hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="67" />
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="71" />
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="95" />
        <source>All villages</source>
        <translation>Tất cả thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="100" />
        <source>All types</source>
        <translation>Tất cả loại hội nghị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="105" />
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="110" />
        <source>All outcomes</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="155" />
        <source>There are no villages yet. Add them first under «Villages» (Ctrl+2), then record their meetings here.</source>
        <translation>Chưa có thôn/tổ dân phố nào. Hãy thêm ở mục «Thôn/Tổ dân phố» (Ctrl+2) trước, rồi ghi hội nghị của thôn tại đây.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="161" />
        <source>No meeting matches the filter.</source>
        <translation>Không có hội nghị nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="162" />
        <source>No meetings recorded yet — press «Add» (Ctrl+N) to record one.</source>
        <translation>Chưa có hội nghị nào — bấm «Thêm» (Ctrl+N) để ghi hội nghị.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="235" />
        <source>Village meetings</source>
        <translation>Hội nghị thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="236" />
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="237" />
        <source>Record a meeting (Ctrl+N)</source>
        <translation>Ghi một hội nghị (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="238" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="240" />
        <source>Edit the selected meeting (Enter or F2)</source>
        <translation>Sửa hội nghị đang chọn (Enter hoặc F2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="242" />
        <source>Print &amp;minutes</source>
        <translation>In &amp;biên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="244" />
        <source>Write the minutes of the selected meeting as PDF and open it</source>
        <translation>Tạo biên bản của hội nghị đang chọn thành tệp PDF và mở ra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="248" />
        <source>Print &amp;invitation</source>
        <translation>In &amp;giấy mời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="250" />
        <source>Write the invitation (Decree 59, form 01) as PDF and open it</source>
        <translation>Tạo giấy mời (Mẫu 01, Nghị định 59) thành tệp PDF và mở ra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="255" />
        <source>Search title, place or village (Ctrl+F)</source>
        <translation>Tìm tiêu đề, địa điểm, thôn (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="257" />
        <source>Only with &amp;warnings</source>
        <translation>Chỉ hiện có &amp;cảnh báo</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../desktop/ui/dialogs/date_fields.py" line="71" />
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/date_fields.py" line="72" />
        <source>Tick to enter the date</source>
        <translation>Đánh dấu để nhập ngày</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="121" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="122" />
        <source>This installation</source>
        <translation>Đơn vị sử dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="123" />
        <source>Villages</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="124" />
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="126" />
        <location filename="../desktop/ui/pages/overview.py" line="142" />
        <source>Commune:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="127" />
        <source>Commune code:</source>
        <translation>Mã xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="128" />
        <source>Province:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="129" />
        <source>Receiving level:</source>
        <translation>Cấp trên nhận báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="130" />
        <source>Officer:</source>
        <translation>Cán bộ phụ trách:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="131" />
        <source>Active villages:</source>
        <translation>Số thôn/tổ dân phố đang hoạt động:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="132" />
        <source>Households in active villages:</source>
        <translation>Tổng số hộ của các thôn/tổ dân phố đó:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="133" />
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="137" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="138" />
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="140" />
        <source>Village:</source>
        <translation>Thôn:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="141" />
        <source>Village code:</source>
        <translation>Mã thôn:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="145" />
        <source>Open the village list</source>
        <translation>Mở danh sách thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="209" />
        <source>The list of what needs doing could not be read.</source>
        <translation>Không đọc được danh sách việc cần làm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="219" />
        <source>Nothing is due. Register each commune's key and import the bundles they send under «Synchronisation» (Ctrl+8).</source>
        <translation>Chưa có việc nào đến hạn. Đăng ký khóa của từng xã và nhập các gói dữ liệu xã gửi lên ở mục «Đồng bộ» (Ctrl+8).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="225" />
        <source>Nothing is due. Record the village's meetings under «Village meetings» (Ctrl+3) and send them to the commune under «Synchronisation» (Ctrl+8).</source>
        <translation>Chưa có việc nào đến hạn. Ghi các hội nghị của thôn ở mục «Hội nghị thôn» (Ctrl+3) rồi gửi lên xã ở mục «Đồng bộ» (Ctrl+8).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="236" />
        <source>Nothing is due today. Record a village meeting under «Village meetings» (Ctrl+3, then Ctrl+N), or a decision to disclose under «Public disclosure» (Ctrl+5); send the month's data to the level above under «Synchronisation» (Ctrl+8).</source>
        <translation>Hôm nay không có việc nào đến hạn. Có thể ghi hội nghị thôn ở mục «Hội nghị thôn» (Ctrl+3, rồi Ctrl+N), ghi việc cần công khai ở mục «Công khai» (Ctrl+5); gửi dữ liệu trong tháng lên cấp trên ở mục «Đồng bộ» (Ctrl+8).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="231" />
        <source>Nothing is due. Start by adding the villages and residential groups under «Villages» (Ctrl+2): every meeting, convention and disclosure names one.</source>
        <translation>Chưa có việc nào đến hạn. Hãy bắt đầu bằng việc thêm các thôn, tổ dân phố ở mục «Thôn/Tổ dân phố» (Ctrl+2): mỗi hội nghị, hương ước, việc công khai đều gắn với một thôn.</translation>
    </message>
</context>
<context>
    <name>OverviewUnits</name>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="28" />
        <source>%1 — has sent nothing yet</source>
        <translation>%1 — chưa gửi gì</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="30" />
        <source>%1 — bundle no. %2 made on %3</source>
        <translation>%1 — gói số %2 lập ngày %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="36" />
        <source>, silent for %1 days</source>
        <translation>, im lặng %1 ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="47" />
        <source>No unit is registered yet.</source>
        <translation>Chưa có đơn vị nào được đăng ký.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="48" />
        <source>Next: register each commune's key under «Synchronisation» › «Units below», then import the bundles it sends under «Receive data».</source>
        <translation>Tiếp theo: đăng ký khóa của từng xã, phường ở «Đồng bộ» › «Đơn vị cấp dưới», rồi nhập các gói họ gửi ở «Nhận dữ liệu».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="56" />
        <source>%1 units registered: %2 have sent data, %3 are silent (%4 days).</source>
        <translation>%1 đơn vị đã đăng ký: %2 đơn vị đã gửi dữ liệu, %3 đơn vị im lặng (quá %4 ngày).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="68" />
        <location filename="../desktop/ui/pages/overview_units.py" line="138" />
        <source>… and %1 more on the reporting board.</source>
        <translation>… và %1 đơn vị nữa trên Bảng theo dõi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="73" />
        <source>Next: ask the silent units to send their data; «Synchronisation» › «Reporting board» shows each unit's figures and the bundles still missing.</source>
        <translation>Tiếp theo: nhắc các đơn vị im lặng gửi dữ liệu; «Đồng bộ» › «Bảng theo dõi» cho biết số liệu của từng đơn vị và các gói còn thiếu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="79" />
        <source>Next: import the bundles the units send under «Synchronisation» › «Receive data».</source>
        <translation>Tiếp theo: nhập các gói các đơn vị gửi ở «Đồng bộ» › «Nhận dữ liệu».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="94" />
        <source>bundle no. %1 never arrived and its data is missing</source>
        <translation>gói số %1 chưa đến và dữ liệu của gói bị thiếu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="100" />
        <source>bundle no. %1 never arrived, but a later one carried it all</source>
        <translation>gói số %1 chưa đến nhưng gói sau đã mang đủ, không mất gì</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="107" />
        <source>%1 disclosures late</source>
        <translation>%1 nội dung công khai chậm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="111" />
        <source>%1 disclosures posted too briefly</source>
        <translation>%1 nội dung niêm yết không đủ thời gian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="117" />
        <source>%1 hương ước suspended</source>
        <translation>%1 hương ước bị tạm ngưng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="133" />
        <source>Needing attention in %1 units:</source>
        <translation>Cần chú ý ở %1 đơn vị:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="166" />
        <source>Units reporting here</source>
        <translation>Các đơn vị báo cáo về đây</translation>
    </message>
</context>
<context>
    <name>PostingsGrid</name>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="44" />
        <source>Toda&amp;y</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="45" />
        <source>Put today's date in the selected cells (Ctrl+;); on a place, its posting day</source>
        <translation>Điền ngày hôm nay vào các ô đang chọn (Ctrl+;); nếu chọn tên nơi niêm yết thì điền vào ngày niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="51" />
        <source>Same date for the empty &amp;rows</source>
        <translation>Cùng ngày cho các nơi còn t&amp;rống</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="52" />
        <source>Copy the date of the current cell to every place where it is still empty</source>
        <translation>Chép ngày của ô đang chọn sang mọi nơi còn để trống</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="58" />
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="59" />
        <source>Clear the selected cells (Delete)</source>
        <translation>Xóa các ô đang chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="62" />
        <source>Another posting &amp;here</source>
        <translation>Thêm lần n&amp;iêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="63" />
        <source>Add a row for the same place: a notice posted again or replaced</source>
        <translation>Thêm một dòng cho cùng nơi: niêm yết lại hoặc thay bản đã hỏng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_table.py" line="85" />
        <source>Place</source>
        <translation>Nơi niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_table.py" line="86" />
        <source>Spot (optional)</source>
        <translation>Địa điểm cụ thể</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="196" />
        <location filename="../desktop/ui/dialogs/postings_table.py" line="87" />
        <source>Posted on</source>
        <translation>Ngày niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="198" />
        <location filename="../desktop/ui/dialogs/postings_table.py" line="88" />
        <source>Removed on</source>
        <translation>Ngày gỡ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_table.py" line="89" />
        <source>Period</source>
        <translation>Thời gian niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_table.py" line="137" />
        <source>Commune office</source>
        <translation>Trụ sở UBND xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="157" />
        <source>Not a date: write it as dd/mm/yyyy, e.g. 05/11/2026</source>
        <translation>Không phải ngày: hãy nhập dạng dd/mm/yyyy, ví dụ 05/11/2026</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="200" />
        <source>not a date; write it as dd/mm/yyyy</source>
        <translation>không phải ngày; hãy nhập dạng dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="135" />
        <source>Not posted yet</source>
        <translation>Chưa niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="137" />
        <source>Up permanently</source>
        <translation>Niêm yết thường xuyên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="142" />
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="145" />
        <source>Up for %1 days</source>
        <translation>Đã niêm yết %1 ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="148" />
        <source>Day %1 of %2, until %3</source>
        <translation>Ngày thứ %1/%2, đến hết %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="151" />
        <source>%1 days done, may come down</source>
        <translation>Đủ %1 ngày, có thể gỡ</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="101" />
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="102" />
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="103" />
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="104" />
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="47" />
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="48" />
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="49" />
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="50" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="51" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="52" />
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="53" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="54" />
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="55" />
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="56" />
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="57" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="58" />
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="59" />
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="60" />
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="61" />
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="62" />
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="63" />
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="64" />
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="65" />
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="66" />
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="67" />
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="68" />
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="69" />
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="70" />
        <source>List of places and bookmarks</source>
        <translation>Các vị trí và dấu trang</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="71" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="72" />
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="73" />
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="74" />
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="75" />
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="76" />
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="77" />
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="78" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="79" />
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="80" />
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="81" />
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="82" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="83" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Bạn có chắc muốn xóa «%1»?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="84" />
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» đang được bảo vệ chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="85" />
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="86" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Đã có tệp %1.
Ghi đè lên tệp đó?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="87" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="90" />
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="94" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="95" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="96" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="97" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="98" />
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="99" />
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="100" />
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="39" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="40" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="41" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="42" />
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="43" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="44" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="45" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="37" />
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="38" />
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="15" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="16" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="17" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="18" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="19" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="20" />
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="21" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="22" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="23" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="24" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="25" />
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="26" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="27" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="28" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="29" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="30" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="31" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="32" />
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="33" />
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="34" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="35" />
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="36" />
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <location filename="../desktop/ui/dialogs/reception_form.py" line="81" />
        <source>This session: %1 visits, %2 people; %3 matters, of which %4 seen before (a repeat visit adds a visit, not a matter).</source>
        <translation>Buổi tiếp này: %1 lượt, %2 người; %3 vụ việc, trong đó %4 vụ việc đã tiếp trước đây (lượt tiếp lại chỉ tính thêm lượt, không tính thêm vụ việc).</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/dialogs/record_event.py" line="116" />
        <location filename="../desktop/ui/dialogs/record_form.py" line="171" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_fields.py" line="104" />
        <source>One name a line</source>
        <translation>Mỗi dòng một tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_fields.py" line="144" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_form.py" line="145" />
        <source>New: %1</source>
        <translation>Thêm: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_form.py" line="147" />
        <source>Edit: %1</source>
        <translation>Sửa: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_form.py" line="168" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_form.py" line="211" />
        <source>%1 (confidential)</source>
        <translation>%1 (mật)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_table.py" line="89" />
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_table.py" line="90" />
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../desktop/ui/pages/record_list.py" line="224" />
        <source>%1 shown</source>
        <translation>Hiện %1 bản ghi</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../desktop/ui/record_view.py" line="90" />
        <source>(a record not received here)</source>
        <translation>(bản ghi chưa nhận được)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_view.py" line="133" />
        <source>%1 entries</source>
        <translation>%1 mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_view.py" line="213" />
        <source>changed on %1 by %2</source>
        <translation>sửa ngày %1, người sửa: %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_view.py" line="217" />
        <source>changed on %1</source>
        <translation>sửa ngày %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_view.py" line="294" />
        <source>Remarks sent or waiting for the next receipt</source>
        <translation>Ý kiến đã gửi hoặc chờ gửi kèm biên nhận tới</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="120"/>
        <source>Type part of the title, or ↓</source>
        <translation>Gõ một phần tiêu đề, hoặc nhấn ↓</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="124"/>
        <source>The newest records (↓)</source>
        <translation>Các bản ghi mới nhất (↓)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="159"/>
        <source>⚠ Not found in this store: %1</source>
        <translation>⚠ Không tìm thấy trong dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="168"/>
        <source>This record is not (or no longer) in the store; the reference is kept.</source>
        <translation>Bản ghi này không có (hoặc không còn) trong dữ liệu; liên kết vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="216"/>
        <source>No record holds these words</source>
        <translation>Không có bản ghi nào chứa các từ này</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="372" />
        <source>&amp;Open report</source>
        <translation>&amp;Mở báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="362" />
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="76" />
        <source>Citizen reception</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="77" />
        <source>Letters</source>
        <translation>Đơn thư</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="78" />
        <source>Complaints, denunciations</source>
        <translation>Khiếu nại, tố cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="79" />
        <source>Consultations, dialogues, boards</source>
        <translation>Lấy ý kiến, đối thoại, giám sát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="324" />
        <source>Writing the workbook…</source>
        <translation>Đang ghi tệp Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="347" />
        <source>The report over the units (six-month, year-end or quarterly), from the records they sent: each unit's figures and their totals, and which units have not reported for the period.</source>
        <translation>Báo cáo tổng hợp các đơn vị (sơ kết 6 tháng, tổng kết năm hoặc theo quý) từ dữ liệu các đơn vị gửi về: số liệu từng đơn vị và tổng cộng, các đơn vị chưa gửi dữ liệu cho kỳ báo cáo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="369" />
        <source>&amp;Print report</source>
        <translation>&amp;In báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="370" />
        <source>Export to &amp;Excel</source>
        <translation>Xuất &amp;Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="371" />
        <source>Units: main figures of the period</source>
        <translation>Các đơn vị: số liệu chủ yếu trong kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="374" />
        <source>No unit has sent its records yet: import the units' bundles first (Synchronisation › Import bundles).</source>
        <translation>Chưa có đơn vị nào gửi dữ liệu: hãy nhập các gói dữ liệu của đơn vị trước (Đồng bộ › Nhập gói dữ liệu).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="361" />
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="142" />
        <source>Answered by the last day</source>
        <translation>Đã trả lời đến ngày cuối kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="227" />
        <source>Counting…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="40" />
        <source>Decisions by matter (Law Art. 15)</source>
        <translation>Kết quả bàn và quyết định theo nội dung (Điều 15 Luật)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="112" />
        <source>Disclosed</source>
        <translation>Số nội dung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="118" />
        <location filename="../desktop/ui/pages/report_tables.py" line="154" />
        <source>Disclosures</source>
        <translation>Số nội dung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="37" />
        <source>Disclosures by item (Law Art. 11)</source>
        <translation>Công khai thông tin theo nội dung (Điều 11 Luật)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="132" />
        <source>Failed</source>
        <translation>Không thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="139" />
        <source>Feedback</source>
        <translation>Ý kiến phản ánh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="61" />
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="118" />
        <location filename="../desktop/ui/pages/report_tables.py" line="121" />
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="38" />
        <source>Forms of disclosure used</source>
        <translation>Hình thức công khai đã sử dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="122" />
        <source>Held</source>
        <translation>Số cuộc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="33" />
        <source>Household ballot</source>
        <translation>Phát phiếu lấy ý kiến hộ gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="42" />
        <source>Hương ước / quy ước: state on the last day</source>
        <translation>Hương ước, quy ước: tình trạng đến ngày cuối kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="41" />
        <source>Hương ước / quy ước: steps in the period</source>
        <translation>Hương ước, quy ước: sự việc trong kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="111" />
        <source>Item</source>
        <translation>Nội dung công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="113" />
        <location filename="../desktop/ui/pages/report_tables.py" line="155" />
        <source>Late</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="130" />
        <source>Matter</source>
        <translation>Nội dung quyết định</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="153" />
        <source>Unit (code)</source>
        <translation>Đơn vị (mã)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="156" />
        <source>Meetings</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="157" />
        <source>Matters decided</source>
        <translation>Nội dung quyết định</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="158" />
        <source>Hương ước in force</source>
        <translation>Hương ước hiệu lực</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="11" />
        <source>Citizen reception (Law on Citizen Reception)</source>
        <translation>Tiếp công dân (Luật Tiếp công dân)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="12" />
        <source>Letters received, classified and handled</source>
        <translation>Tiếp nhận, phân loại, xử lý đơn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="13" />
        <source>Complaints and denunciations in jurisdiction</source>
        <translation>Giải quyết khiếu nại, tố cáo thuộc thẩm quyền</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="14" />
        <source>Consultations, dialogues and the two boards</source>
        <translation>Lấy ý kiến, đối thoại, Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="17" />
        <source>Reception sessions</source>
        <translation>Số buổi tiếp công dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="18" />
        <location filename="../desktop/ui/pages/report_tables.py" line="159" />
        <source>Visits</source>
        <translation>Số lượt tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="19" />
        <source>People received</source>
        <translation>Số người được tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="20" />
        <source>Matters</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="21" />
        <source>Matters received the first time</source>
        <translation>Vụ việc tiếp lần đầu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="24" />
        <source>Matters received again</source>
        <translation>Vụ việc tiếp nhiều lần</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="25" />
        <source>Groups of many people</source>
        <translation>Số đoàn đông người</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="26" />
        <source>People in those groups</source>
        <translation>Số người trong các đoàn đông người</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="27" />
        <source>Chairman's reception days required</source>
        <translation>Số ngày Chủ tịch phải tiếp định kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="30" />
        <source>Chairman's reception days held</source>
        <translation>Số ngày Chủ tịch đã tiếp định kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="31" />
        <source>Chairman's days held, rate</source>
        <translation>Tỷ lệ ngày tiếp định kỳ của Chủ tịch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="32" />
        <source>Letters in all</source>
        <translation>Tổng số đơn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="33" />
        <source>Carried over</source>
        <translation>Đơn kỳ trước chuyển sang</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="35" />
        <source>Eligible for handling</source>
        <translation>Đơn đủ điều kiện xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="36" />
        <source>Complaints</source>
        <translation>Đơn khiếu nại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="37" />
        <source>Denunciations</source>
        <translation>Đơn tố cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="38" />
        <source>Petitions and feedback</source>
        <translation>Đơn kiến nghị, phản ánh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="39" />
        <source>In our jurisdiction</source>
        <translation>Đơn thuộc thẩm quyền</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="40" />
        <source>In a lower body's jurisdiction</source>
        <translation>Đơn thuộc thẩm quyền cấp dưới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="43" />
        <source>Not in our jurisdiction</source>
        <translation>Đơn không thuộc thẩm quyền</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="44" />
        <source>Acceptance proposed</source>
        <translation>Đơn đã đề xuất thụ lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="45" />
        <source>Accepted</source>
        <translation>Đơn đã thụ lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="46" />
        <source>Guided</source>
        <translation>Đơn đã hướng dẫn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="47" />
        <source>Forwarded</source>
        <translation>Đơn đã chuyển đơn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="48" />
        <source>Filed</source>
        <translation>Đơn lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="49" />
        <source>Not processed</source>
        <translation>Đơn không xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="50" />
        <source>Petitions answered</source>
        <translation>Đơn kiến nghị, phản ánh đã trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="51" />
        <location filename="../desktop/ui/pages/report_tables.py" line="160" />
        <source>Cases in jurisdiction</source>
        <translation>Vụ việc thuộc thẩm quyền</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="52" />
        <source>Cases carried over</source>
        <translation>Vụ việc kỳ trước chuyển sang</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="53" />
        <source>Cases accepted in the period</source>
        <translation>Vụ việc thụ lý mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="54" />
        <source>Complaint cases</source>
        <translation>Vụ việc khiếu nại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="55" />
        <source>Denunciation cases</source>
        <translation>Vụ việc tố cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="56" />
        <source>Cases settled</source>
        <translation>Vụ việc đã giải quyết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="57" />
        <source>Complaints settled</source>
        <translation>Khiếu nại đã giải quyết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="58" />
        <source>Denunciations settled</source>
        <translation>Tố cáo đã giải quyết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="59" />
        <source>Settlement rate (settled ÷ in jurisdiction)</source>
        <translation>Tỷ lệ giải quyết (đã giải quyết / thuộc thẩm quyền)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="60" />
        <source>Settled on time</source>
        <translation>Giải quyết đúng thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="61" />
        <source>Settled late</source>
        <translation>Giải quyết quá thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="62" />
        <source>Consultations</source>
        <translation>Số nội dung lấy ý kiến Nhân dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="63" />
        <source>Topic: socio-economic plans (Art. 25.1)</source>
        <translation>Lấy ý kiến: kế hoạch phát triển kinh tế - xã hội (khoản 1 Điều 25)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="64" />
        <source>Topic: land-use planning (Art. 25.2)</source>
        <translation>Lấy ý kiến: quy hoạch, kế hoạch sử dụng đất (khoản 2 Điều 25)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="65" />
        <source>Topic: compensation and resettlement (Art. 25.3)</source>
        <translation>Lấy ý kiến: bồi thường, hỗ trợ, tái định cư (khoản 3 Điều 25)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="68" />
        <source>Topic: investment projects (Art. 25.4)</source>
        <translation>Lấy ý kiến: dự án, công trình đầu tư (khoản 4 Điều 25)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="69" />
        <source>Topic: administrative units (Art. 25.5)</source>
        <translation>Lấy ý kiến: thành lập, nhập, chia đơn vị hành chính, thôn (khoản 5 Điều 25)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="70" />
        <source>Topic: draft documents and policies (Art. 25.6)</source>
        <translation>Lấy ý kiến: dự thảo văn bản, chính sách (khoản 6 Điều 25)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="73" />
        <source>Topic: grassroots democracy rules (Art. 25.7)</source>
        <translation>Lấy ý kiến: quy chế thực hiện dân chủ (khoản 7 Điều 25)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="76" />
        <source>Topic: decisions on citizens (Art. 25.8)</source>
        <translation>Lấy ý kiến: quyết định liên quan đến công dân (khoản 8 Điều 25)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="77" />
        <source>Topic: other matters (Art. 25.9)</source>
        <translation>Lấy ý kiến: nội dung khác (khoản 9 Điều 25)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="78" />
        <source>Form: conferences, meetings, dialogues</source>
        <translation>Hình thức: hội nghị, cuộc họp, đối thoại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="79" />
        <source>Form: village meetings</source>
        <translation>Hình thức: hội nghị thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="80" />
        <source>Form: opinion papers to households</source>
        <translation>Hình thức: phát phiếu lấy ý kiến hộ gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="81" />
        <source>Form: suggestion box</source>
        <translation>Hình thức: hòm thư góp ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="82" />
        <source>Form: portal or website</source>
        <translation>Hình thức: cổng, trang thông tin điện tử</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="83" />
        <source>Form: telecoms, social networks, apps</source>
        <translation>Hình thức: viễn thông, mạng xã hội, ứng dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="84" />
        <source>Form: through the Front and mass organisations</source>
        <translation>Hình thức: qua Mặt trận Tổ quốc và các đoàn thể</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="87" />
        <source>Form: other</source>
        <translation>Hình thức: hình thức khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="88" />
        <source>Opinions received</source>
        <translation>Số ý kiến nhận được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="89" />
        <source>Dialogues held</source>
        <translation>Số hội nghị đối thoại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="90" />
        <source>UBND–resident dialogues (Art. 32)</source>
        <translation>Đối thoại của Ủy ban nhân dân với Nhân dân (Điều 32 Luật)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="93" />
        <source>Leaders' dialogues with residents</source>
        <translation>Đối thoại của người đứng đầu cấp ủy, chính quyền</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="96" />
        <source>Attendance at dialogues</source>
        <translation>Số lượt người tham dự đối thoại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="97" />
        <source>People's Inspection Board: inspections</source>
        <translation>Số cuộc kiểm tra của Ban thanh tra nhân dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="98" />
        <source>People's Inspection Board: cases verified</source>
        <translation>Số vụ việc Ban thanh tra nhân dân xác minh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="101" />
        <source>People's Inspection Board: violations</source>
        <translation>Số sai phạm Ban thanh tra nhân dân phát hiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="104" />
        <source>People's Inspection Board: recommendations</source>
        <translation>Kiến nghị của Ban thanh tra nhân dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="107" />
        <source>Recommendations answered</source>
        <translation>Kiến nghị của Ban thanh tra nhân dân đã được trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="108" />
        <source>Recommendations answered within 15 days</source>
        <translation>Kiến nghị được trả lời trong 15 ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="111" />
        <source>Investment supervision boards</source>
        <translation>Số Ban giám sát đầu tư của cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="112" />
        <source>Projects supervised</source>
        <translation>Số công trình, dự án được giám sát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="113" />
        <source>Violations found by supervision</source>
        <translation>Số sai phạm qua giám sát đầu tư</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="116" />
        <source>Supervision boards: recommendations</source>
        <translation>Kiến nghị của Ban giám sát đầu tư của cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="117" />
        <source>Supervision recommendations answered</source>
        <translation>Kiến nghị giám sát đầu tư đã được trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="120" />
        <source>Supervision recommendations answered in 15 days</source>
        <translation>Kiến nghị giám sát đầu tư được trả lời trong 15 ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="131" />
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="161" />
        <source>Settled</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="163" />
        <source>not reported</source>
        <translation>chưa gửi dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="171" />
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="180" />
        <source>All %1 units have sent their records for the period.</source>
        <translation>Cả %1 đơn vị đã gửi dữ liệu cho kỳ báo cáo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="185" />
        <source>%1 of %2 units have not sent their records for the period: %3</source>
        <translation>%1/%2 đơn vị chưa gửi dữ liệu cho kỳ báo cáo: %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="39" />
        <source>Meetings, household ballots and online votes</source>
        <translation>Hội nghị, phát phiếu lấy ý kiến, biểu quyết trực tuyến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="123" />
        <source>Minutes late</source>
        <translation>Biên bản gửi quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="124" />
        <source>Minutes not sent</source>
        <translation>Chưa gửi biên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="143" />
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="380" />
        <source>Nothing was recorded in this period.</source>
        <translation>Trong kỳ này chưa ghi nhận nội dung công khai, hội nghị, biểu quyết hay ý kiến phản ánh nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="131" />
        <location filename="../desktop/ui/pages/report_tables.py" line="107" />
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="34" />
        <source>Online vote</source>
        <translation>Biểu quyết trực tuyến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="131" />
        <source>Passed</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="114" />
        <source>Posting short</source>
        <translation>Niêm yết, phát thanh chưa đủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="63" />
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="64" />
        <source>Quarter II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="65" />
        <source>Quarter III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="66" />
        <source>Quarter IV</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="34" />
        <location filename="../desktop/ui/pages/report_tables.py" line="141" />
        <source>Received in the period</source>
        <translation>Tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="43" />
        <source>Residents' feedback on disclosures</source>
        <translation>Tiếp nhận, trả lời ý kiến của Nhân dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="302" />
        <location filename="../desktop/ui/pages/reports.py" line="330" />
        <source>Saved as %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="62" />
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="137" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="136" />
        <source>Step</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="268" />
        <source>The figures could not be counted: %1</source>
        <translation>Không tổng hợp được số liệu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="312" />
        <source>The report could not be written: %1</source>
        <translation>Không tạo được báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="354" />
        <source>The report of the People's Committee to the People's Council on grassroots democracy (six-month, year-end or quarterly): disclosures, village decisions, hương ước / quy ước and residents' feedback in the period chosen.</source>
        <translation>Báo cáo của Ủy ban nhân dân với Hội đồng nhân dân về thực hiện dân chủ ở cơ sở (sơ kết 6 tháng, tổng kết năm hoặc theo quý): công khai thông tin, kết quả bàn và quyết định ở thôn, tổ dân phố, hương ước, quy ước và ý kiến của Nhân dân trong kỳ đã chọn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="32" />
        <source>Village meeting</source>
        <translation>Hội nghị thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="60" />
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="293" />
        <source>Writing the report…</source>
        <translation>Đang tạo báo cáo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="70" />
        <source>Public disclosure</source>
        <translation>Công khai thông tin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="71" />
        <source>Forms of disclosure</source>
        <translation>Hình thức công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="72" />
        <source>Meetings and ballots</source>
        <translation>Hội nghị, phát phiếu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="73" />
        <source>Decisions</source>
        <translation>Kết quả biểu quyết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="74" />
        <source>Hương ước / quy ước</source>
        <translation>Hương ước, quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="75" />
        <source>Residents' feedback</source>
        <translation>Ý kiến của Nhân dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="382" />
        <source>In the printed report:</source>
        <translation>Đưa vào báo cáo in:</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="40" />
        <source>Village no longer active</source>
        <translation>Thôn/tổ dân phố thôi hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="42" />
        <source>Mark «%1» as no longer active (merged or dissolved)?
It stays in the list with its history; nothing is deleted.</source>
        <translation>Ghi nhận «%1» thôi hoạt động (đã sáp nhập hoặc giải thể)?
Thôn/tổ dân phố vẫn nằm trong danh sách cùng lịch sử của nó; không có gì bị xóa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="52" />
        <source>&amp;Since:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="55" />
        <source>&amp;Mark as no longer active</source>
        <translation>&amp;Ghi nhận thôi hoạt động</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../desktop/ui/sample_banner.py" line="51" />
        <source>SAMPLE DATA</source>
        <translation>DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sample_banner.py" line="53" />
        <source>This is a made-up commune for trying the program, kept in its own folder. Nothing recorded here is a real record.</source>
        <translation>Đây là xã mẫu để dùng thử, lưu trong thư mục riêng. Mọi thứ ghi ở đây không phải hồ sơ thật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sample_banner.py" line="60" />
        <source>&amp;Open my real data</source>
        <translation>&amp;Mở dữ liệu thật</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sample_banner.py" line="62" />
        <source>&amp;Set up my commune…</source>
        <translation>&amp;Thiết lập xã của tôi…</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../desktop/ui/search_results.py" line="24" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_results.py" line="25" />
        <source>Meeting</source>
        <translation>Hội nghị thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_results.py" line="26" />
        <source>Convention</source>
        <translation>Hương ước/Quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_results.py" line="27" />
        <source>Disclosure</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_popup.py" line="187" />
        <source>The search failed: %1</source>
        <translation>Không tìm kiếm được: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_popup.py" line="223" />
        <source>Nothing found for «%1».</source>
        <translation>Không tìm thấy bản ghi nào có «%1».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_popup.py" line="230" />
        <source>Type a few words of a title, a name or a text; accents are optional. ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation>Gõ vài từ của tiêu đề, tên người hoặc nội dung; có dấu hay không dấu đều được. ↑ ↓ để chọn, Enter để mở, Esc để đóng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_popup.py" line="247" />
        <source>Search every record: meetings, conventions, disclosures, villages</source>
        <translation>Tìm trong mọi bản ghi: hội nghị, hương ước, công khai, thôn</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="261" />
        <source>Signing key fingerprint:</source>
        <translation>Dấu vân tay khóa ký:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="236" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="209" />
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="237" />
        <source>&amp;General</source>
        <translation>&amp;Chung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="238" />
        <source>&amp;Backups</source>
        <translation>Sa&amp;o lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="239" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="240" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="241" />
        <source>This installation</source>
        <translation>Đơn vị sử dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="242" />
        <source>Files</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="246" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="247" />
        <source>&amp;Undo changes</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="248" />
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="257" />
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="258" />
        <source>Commune:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="259" />
        <source>Commune code:</source>
        <translation>Mã xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="260" />
        <source>Province:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="262" />
        <source>&amp;Officer's name:</source>
        <translation>Cán bộ &amp;phụ trách:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="263" />
        <source>Receiving &amp;level:</source>
        <translation>Lo&amp;ại cấp trên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="264" />
        <source>Commune code of the commune:</source>
        <translation>Mã xã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="266" />
        <source>Receiving body's &amp;code:</source>
        <translation>&amp;Mã cấp trên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="267" />
        <source>Name of the commune:</source>
        <translation>Tên xã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="269" />
        <source>Receiving body's &amp;name:</source>
        <translation>Tên cấp t&amp;rên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="270" />
        <source>A unit counts as not sending after (days):</source>
        <translation>Coi là chưa gửi dữ liệu sau (ngày):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="271" />
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="272" />
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="249" />
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="250" />
        <source>Open the log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="251" />
        <source>About %1…</source>
        <translation>Giới thiệu %1…</translation>
    </message>
</context>
<context>
    <name>SkeletonPage</name>
    <message>
        <location filename="../desktop/ui/pages/skeleton.py" line="35" />
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>SyncBoardPage</name>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="25" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="26" />
        <source>Last bundle</source>
        <translation>Gói cuối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="27" />
        <source>Made on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="28" />
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="29" />
        <source>Bundles</source>
        <translation>Số gói</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="30" />
        <source>Missing</source>
        <translation>Gói thiếu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="31" />
        <source>Days silent</source>
        <translation>Số ngày chưa gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="32" />
        <source>Meetings</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="33" />
        <source>Matters passed</source>
        <translation>Nội dung thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="34" />
        <source>Matters failed</source>
        <translation>Không thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="35" />
        <source>Disclosures</source>
        <translation>Việc công khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="36" />
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="37" />
        <source>Short posting</source>
        <translation>Niêm yết thiếu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="38" />
        <source>Conventions in force</source>
        <translation>Hương ước hiệu lực</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="39" />
        <source>Conventions suspended</source>
        <translation>Hương ước tạm ngưng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="40" />
        <source>Conventions abolished</source>
        <translation>Hương ước bãi bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="41" />
        <source>Conventions superseded</source>
        <translation>Hương ước thay thế</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="42" />
        <source>Other conventions</source>
        <translation>Hương ước khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="45" />
        <source>Sequence number of the newest bundle received</source>
        <translation>Số thứ tự của gói mới nhất đã nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="46" />
        <source>The day the unit made its newest bundle</source>
        <translation>Ngày đơn vị lập gói mới nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="47" />
        <source>When the newest bundle was imported here</source>
        <translation>Thời điểm gói mới nhất được nhập tại đây</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="48" />
        <source>Sequence numbers not received yet</source>
        <translation>Các số thứ tự gói chưa nhận được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="49" />
        <source>Days since the unit made its newest bundle</source>
        <translation>Số ngày kể từ khi đơn vị lập gói mới nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="50" />
        <source>Matters voted and passed</source>
        <translation>Số nội dung biểu quyết được thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="51" />
        <source>Matters voted and not passed</source>
        <translation>Số nội dung biểu quyết không được thông qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="52" />
        <source>Disclosures made or posted after the deadline</source>
        <translation>Việc công khai thực hiện hoặc niêm yết sau thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="53" />
        <source>Disclosures taken down early or missing a posting place</source>
        <translation>Việc công khai bị gỡ sớm hoặc thiếu nơi niêm yết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="56" />
        <source>Village conventions in force</source>
        <translation>Hương ước, quy ước đang có hiệu lực</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="57" />
        <source>Conventions still being drafted, adopted or refused</source>
        <translation>Hương ước, quy ước đang soạn thảo, đã thông qua hoặc bị từ chối công nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="160" />
        <source>No bundle made for more than %1 days</source>
        <translation>Không lập gói dữ liệu nào quá %1 ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="180" />
        <source>no. %1 covered by a later bundle</source>
        <translation>số %1 đã được gói sau bù đủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="187" />
        <source>never sent</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="137" />
        <source>Reading the board…</source>
        <translation>Đang đọc bảng theo dõi…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="165" />
        <source>The board could not be read: %1</source>
        <translation>Không đọc được bảng theo dõi: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="179" />
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="180" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="185" />
        <source>Export to PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="186" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="195" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="202" />
        <source>Saved as %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="211" />
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="265" />
        <source>&amp;Silent after more than (days):</source>
        <translation>&amp;Báo chưa gửi dữ liệu khi quá (ngày):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="266" />
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="267" />
        <source>Export to &amp;Excel…</source>
        <translation>Xuất &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="268" />
        <source>Export to &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="270" />
        <source>No unit below has sent data yet</source>
        <translation>Chưa có đơn vị cấp dưới nào gửi dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="272" />
        <source>Register each unit below with the key file it sends you (tab “Units below”), then import its bundles.</source>
        <translation>Hãy đăng ký từng đơn vị cấp dưới bằng tệp khóa đơn vị đó gửi lên (thẻ «Đơn vị cấp dưới»), rồi nhập các gói dữ liệu của đơn vị.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="231" />
        <source>&lt;b&gt;Total:&lt;/b&gt; %1 units, %2 silent; %3 bundles received, %4 missing · %5 meetings (%6 matters passed, %7 failed) · %8 disclosures (%9 late, %10 short postings) · conventions: %11 in force, %12 suspended, %13 abolished, %14 superseded, %15 other</source>
        <translation>&lt;b&gt;Tổng cộng:&lt;/b&gt; %1 đơn vị (%2 đơn vị quá hạn chưa gửi dữ liệu); đã nhận %3 gói, thiếu %4 · %5 hội nghị (%6 nội dung thông qua, %7 không thông qua) · %8 việc công khai (%9 trễ hạn, %10 niêm yết chưa đủ) · hương ước, quy ước: %11 đang hiệu lực, %12 tạm ngưng, %13 bãi bỏ, %14 được thay thế, %15 khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="258" />
        <source>Bundles received from each unit below, the numbers still missing, the units that have sent nothing for longer than the limit, and what their records add up to.</source>
        <translation>Các gói dữ liệu đã nhận từ từng đơn vị cấp dưới, các số thứ tự gói còn thiếu, các đơn vị không gửi gì quá thời hạn và số liệu tổng hợp từ hồ sơ của các đơn vị.</translation>
    </message>
</context>
<context>
    <name>SyncChildrenTab</name>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="126" />
        <source>Registration file of the unit</source>
        <translation>Tệp đăng ký của đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="128" />
        <source>Registration files (*.json);;All files (*)</source>
        <translation>Tệp đăng ký (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="157" />
        <source>Registration file saved as %1. Send it to every unit.</source>
        <translation>Đã lưu tệp đăng ký khóa: %1. Gửi tệp này cho mọi đơn vị cấp dưới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="178" />
        <source>%1 registered.</source>
        <translation>Đã đăng ký %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="309" />
        <source>Choose a record to see its contents.</source>
        <translation>Chọn một bản ghi để xem nội dung.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="202" />
        <source>Units that send their data here. Register a unit with the registration file it exported, after comparing the key fingerprint with its signed sheet.</source>
        <translation>Các đơn vị gửi dữ liệu về đây. Đăng ký một đơn vị bằng tệp đăng ký do đơn vị đó xuất ra, sau khi đối chiếu dấu vân tay khóa với phiếu đăng ký có chữ ký.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="208" />
        <source>&amp;Register a unit…</source>
        <translation>Đăng ký đơn &amp;vị…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="212" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="213" />
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="214" />
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="218" />
        <source>No unit registered yet: press «Register a unit…».</source>
        <translation>Chưa đăng ký đơn vị nào: bấm «Đăng ký đơn vị…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="352" />
        <source>Records received (read-only)</source>
        <translation>Dữ liệu đã nhận (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="354" />
        <source>Sho&amp;w:</source>
        <translation>&amp;Xem:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="374" />
        <source>Re&amp;mark / request for correction…</source>
        <translation>Ghi chú / &amp;yêu cầu chỉnh sửa…</translation>
    </message>
</context>
<context>
    <name>SyncExportTab</name>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="43" />
        <source>The data on this computer was restored from an older backup: bundles were already sent after that backup was made.</source>
        <translation>Dữ liệu trên máy này đã được khôi phục từ một bản sao lưu cũ: sau thời điểm sao lưu đó, máy đã gửi thêm gói dữ liệu cho cấp trên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="48" />
        <source>This data folder was copied from another computer or moved to another folder.</source>
        <translation>Thư mục dữ liệu này được chép từ máy khác sang, hoặc đã bị chuyển sang thư mục khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="52" />
        <source>This data folder was replaced by the data of another installation.</source>
        <translation>Thư mục dữ liệu này đã bị thay bằng dữ liệu của một máy cài đặt khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="56" />
        <source>The record of the bundles already sent from this folder is missing; the data was probably restored or copied.</source>
        <translation>Không tìm thấy thông tin về các gói đã gửi từ thư mục này; có thể dữ liệu đã được khôi phục hoặc chép từ nơi khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="146" />
        <source>No. %1, at %2</source>
        <translation>Số %1, lúc %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="153" />
        <source>up to no. %1</source>
        <translation>đến gói số %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="155" />
        <source>no receipt yet</source>
        <translation>chưa có biên nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="165" />
        <source>No bundle has been exported yet. Press «Export bundle…» to write the first one: it holds every record, to be sent to the level above.</source>
        <translation>Chưa xuất gói dữ liệu nào. Bấm «Xuất gói dữ liệu…» để tạo gói đầu tiên: gói này chứa toàn bộ dữ liệu, để gửi cho cấp trên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="178" />
        <source>So that the level above does not receive two different bundles with the same number, exporting is paused. If this computer is the one that will keep the records from now on, press «Confirm new identity»: it gets a new identity and its bundles are numbered again from 1. If the old computer is still in use, do not confirm here; ask the level above.</source>
        <translation>Để cấp trên không nhận hai gói khác nhau mang cùng một số, phần mềm tạm dừng xuất gói. Nếu từ nay máy này là máy dùng để ghi sổ, hãy bấm «Xác nhận định danh mới»: máy sẽ nhận định danh mới và các gói được đánh số lại từ 1. Nếu máy cũ vẫn đang dùng, đừng xác nhận ở đây mà hãy hỏi cấp trên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="201" />
        <source>Confirm new identity</source>
        <translation>Xác nhận định danh mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="202" />
        <source>Make this computer a new installation? Its bundles will be numbered again from 1 and the level above will see a new sender identity. Do this only if the old computer no longer sends data.</source>
        <translation>Đặt máy này thành một máy cài đặt mới? Các gói sẽ được đánh số lại từ 1 và cấp trên sẽ thấy một định danh gửi mới. Chỉ làm việc này khi máy cũ không còn gửi dữ liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="214" />
        <source>New identity confirmed: exporting works again.</source>
        <translation>Đã xác nhận định danh mới: có thể xuất gói trở lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="221" />
        <source>Folder for the bundle</source>
        <translation>Thư mục lưu gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="234" />
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="259" />
        <source>Bundle no. %1 written (%2 records) in %3:</source>
        <translation>Đã ghi gói số %1 (%2 bản ghi) vào %3:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="273" />
        <source>Export cancelled; no bundle was written.</source>
        <translation>Đã hủy xuất gói; không có gói nào được ghi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="277" />
        <source>The bundle could not be written: %1</source>
        <translation>Không ghi được gói dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="83" />
        <source>Receipt from the level above</source>
        <translation>Biên nhận của cấp trên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="85" />
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Biên nhận (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="99" />
        <source>The receipt for bundle no. %1 was already imported.</source>
        <translation>Biên nhận của gói số %1 đã được nhập trước đây.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="101" />
        <source>Receipt for bundle no. %1 imported: %2 remarks, %3 records refused by the level above.</source>
        <translation>Đã nhập biên nhận của gói số %1: %2 ý kiến, %3 bản ghi bị cấp trên từ chối.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="117" />
        <source>The level above's key is not registered yet, so its receipts cannot be imported. Ask the level above for its registration file and sheet, press 'Register the level above's key' and compare the fingerprint shown with the sheet (or read it over the phone).</source>
        <translation>Chưa đăng ký khóa của cấp trên nên chưa nhập được biên nhận. Đề nghị cấp trên gửi tệp đăng ký khóa và phiếu đăng ký khóa, bấm «Đăng ký khóa cấp trên» rồi đối chiếu dấu vân tay hiện ra với phiếu (hoặc đọc qua điện thoại).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="128" />
        <source>Registration file of the level above</source>
        <translation>Tệp đăng ký khóa của cấp trên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="142" />
        <source>The level above's key is registered, fingerprint %1. Compare it with the level above's registration sheet before importing its receipts.</source>
        <translation>Đã đăng ký khóa của cấp trên, dấu vân tay %1. Đối chiếu với phiếu đăng ký khóa của cấp trên trước khi nhập biên nhận.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="143" />
        <location filename="../desktop/ui/pages/sync_receipts.py" line="152" />
        <source>Registration file</source>
        <translation>Tệp đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="145" />
        <location filename="../desktop/ui/pages/sync_receipts.py" line="130" />
        <location filename="../desktop/ui/pages/sync_receipts.py" line="154" />
        <source>Registration files (*.json)</source>
        <translation>Tệp đăng ký (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="166" />
        <source>Registration file saved as %1. Send it to the level above with the sheet.</source>
        <translation>Đã lưu tệp đăng ký: %1. Gửi tệp này cho cấp trên cùng với phiếu đăng ký.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="176" />
        <source>Registration sheet</source>
        <translation>Phiếu đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="178" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="194" />
        <source>Sheet saved as %1</source>
        <translation>Đã lưu phiếu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="292" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="298" />
        <source>Export</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="299" />
        <source>&amp;Export bundle…</source>
        <translation>&amp;Xuất gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="300" />
        <source>&amp;Whole data</source>
        <translation>&amp;Toàn bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="302" />
        <source>Every record, not only the changes the level above has not confirmed</source>
        <translation>Mọi bản ghi, không chỉ những thay đổi cấp trên chưa xác nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="307" />
        <source>S&amp;plit into 20 MB parts for email</source>
        <translation>&amp;Chia nhỏ 20 MB để gửi thư điện tử</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="308" />
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="203" />
        <source>Receipts and key</source>
        <translation>Biên nhận và khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="204" />
        <source>Import &amp;receipt…</source>
        <translation>Nhậ&amp;p biên nhận…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="205" />
        <source>Register the level above's ke&amp;y…</source>
        <translation>Đăng ký khóa cấp t&amp;rên…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="209" />
        <location filename="../desktop/ui/pages/sync_receipts.py" line="209" />
        <source>Export registration &amp;key…</source>
        <translation>Xuất &amp;khóa đăng ký…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="210" />
        <source>Print key registration s&amp;heet…</source>
        <translation>&amp;In phiếu đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="310" />
        <source>Exporting is paused: please confirm</source>
        <translation>Tạm dừng xuất gói: cần cán bộ xác nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="311" />
        <source>Con&amp;firm new identity</source>
        <translation>Xác &amp;nhận định danh mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="317" />
        <source>Last bundle:</source>
        <translation>Gói gần nhất:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="318" />
        <source>Confirmed by the level above:</source>
        <translation>Cấp trên đã xác nhận:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="320" />
        <source>Key fingerprint:</source>
        <translation>Dấu vân tay khóa:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="321" />
        <source>Sent to:</source>
        <translation>Cấp nhận dữ liệu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="319" />
        <source>Changes not yet confirmed:</source>
        <translation>Thay đổi đã gửi, cấp trên chưa báo đã nhận:</translation>
    </message>
</context>
<context>
    <name>SyncImportTab</name>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="36" />
        <source>Checked: can be imported</source>
        <translation>Đã kiểm tra: nhập được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="37" />
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="38" />
        <source>Already imported, nothing changed</source>
        <translation>Đã nhập trước đây, không có gì thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="39" />
        <source>Refused, nothing changed</source>
        <translation>Bị từ chối, không có gì thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="40" />
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="43" />
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="44" />
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="45" />
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="46" />
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="47" />
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="50" />
        <location filename="../desktop/ui/pages/sync_import.py" line="51" />
        <source>belongs to another unit</source>
        <translation>thuộc đơn vị khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="52" />
        <source>belongs to this unit: a child may not change it</source>
        <translation>thuộc đơn vị này: cấp dưới không được sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="55" />
        <source>the same version was received before with other content</source>
        <translation>phiên bản này đã nhận trước đây với nội dung khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="58" />
        <source>older than the version already here</source>
        <translation>cũ hơn phiên bản đang có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="139" />
        <source>Bundles and receipts to import</source>
        <translation>Gói dữ liệu và biên nhận cần nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="141" />
        <source>Bundles and receipts (*.zip *.json);;All files (*)</source>
        <translation>Gói dữ liệu và biên nhận (*.zip *.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="155" />
        <source>Checking %1 files…</source>
        <translation>Đang kiểm tra %1 tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="174" />
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="195" />
        <source>Check cancelled.</source>
        <translation>Đã hủy kiểm tra.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="203" />
        <source>Folder for the receipts</source>
        <translation>Thư mục lưu biên nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="254" />
        <source>Check of %1 files (nothing changed yet): %2.</source>
        <translation>Kiểm tra %1 tệp (chưa thay đổi gì): %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="256" />
        <source>Import of %1 files done: %2.</source>
        <translation>Đã nhập xong %1 tệp: %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="259" />
        <source>%1 refused.</source>
        <translation>%1 tệp bị từ chối.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="261" />
        <source>Press «Import» to import them.</source>
        <translation>Bấm «Nhập» để nhập dữ liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="273" />
        <source>%1 — bundle no. %2 of %3</source>
        <translation>%1 — gói số %2 của %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="293" />
        <source>Record %1, version %2: %3</source>
        <translation>Bản ghi %1, phiên bản %2: %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="308" />
        <source>… and %1 more records</source>
        <translation>… và %1 bản ghi khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="317" />
        <source>Missing bundle no. %1 of %2</source>
        <translation>Thiếu gói số %1 của %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="326" />
        <source>The unit's data here is complete (matches its counts).</source>
        <translation>Dữ liệu của đơn vị tại đây đã đầy đủ (khớp số liệu đơn vị gửi).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="335" />
        <source>The unit's data here is not complete yet (earlier bundles missing).</source>
        <translation>Dữ liệu của đơn vị tại đây chưa đầy đủ (còn thiếu gói trước).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="345" />
        <source>Receipt written: %1</source>
        <translation>Đã ghi biên nhận: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="361" />
        <source>Choose the bundle files (ZIP) received from the units below, and receipts (JSON). They are checked first without changing anything; then press «Import». A receipt is written for each imported bundle: send it back.</source>
        <translation>Chọn các tệp gói dữ liệu (ZIP) nhận từ đơn vị cấp dưới, và các biên nhận (JSON). Phần mềm kiểm tra trước mà không thay đổi gì; sau đó bấm «Nhập». Mỗi gói đã nhập có một biên nhận: hãy gửi lại cho đơn vị.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="368" />
        <source>&amp;Choose files…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="369" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="370" />
        <source>Receipts folder:</source>
        <translation>Thư mục biên nhận:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="372" />
        <source>C&amp;hange…</source>
        <translation>Đổi &amp;thư mục…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="374" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="374" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="88" />
        <source>Reporting &amp;board</source>
        <translation>&amp;Bảng theo dõi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="81" />
        <source>&amp;Send data</source>
        <translation>&amp;Gửi dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="84" />
        <source>Recei&amp;ve data</source>
        <translation>N&amp;hận dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="86" />
        <source>&amp;Units below</source>
        <translation>Đơn vị cấp &amp;dưới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="129" />
        <source>Set up the installation first (the first-run wizard).</source>
        <translation>Hãy thiết lập đơn vị trước (trình hướng dẫn lần đầu).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_common.py" line="218" />
        <source>Ca&amp;ncel</source>
        <translation>Hủ&amp;y</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="33" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="34" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="35" />
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="36" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="37" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="38" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>SyncRegisterDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="59" />
        <source>Register a unit</source>
        <translation>Đăng ký đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="72" />
        <source>Compare this fingerprint, group by group, with the one on the registration sheet signed by the unit (or read it aloud over the phone). Register only if they are the same.</source>
        <translation>Đối chiếu từng nhóm ký tự của dấu vân tay này với dấu vân tay trên phiếu đăng ký có chữ ký của đơn vị (hoặc đọc qua điện thoại). Chỉ đăng ký khi hai dấu vân tay giống nhau.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="84" />
        <source>&amp;Replace the key registered for this unit</source>
        <translation>Th&amp;ay khóa đã đăng ký của đơn vị này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="89" />
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="91" />
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="95" />
        <source>Key fingerprint:</source>
        <translation>Dấu vân tay khóa:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="98" />
        <source>Re&amp;gister</source>
        <translation>Đă&amp;ng ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="121" />
        <source>%1 is already registered with another key (fingerprint %2). Bundles signed with the old key will be refused after the change.</source>
        <translation>%1 đã được đăng ký với một khóa khác (dấu vân tay %2). Sau khi thay, các gói ký bằng khóa cũ sẽ bị từ chối.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="136" />
        <source>Tick «Replace the key» to confirm the new key.</source>
        <translation>Đánh dấu «Thay khóa» để xác nhận khóa mới.</translation>
    </message>
</context>
<context>
    <name>SyncRemarks</name>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="52" />
        <source>Remarks from the level above</source>
        <translation>Ý kiến của cấp trên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="96" />
        <source>Remark or request for correction</source>
        <translation>Ghi chú hoặc yêu cầu chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="98" />
        <source>On «%1». The remark goes to the unit with the receipt of its next bundle.</source>
        <translation>Về «%1». Ghi chú được gửi cho đơn vị kèm biên nhận của gói tiếp theo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="104" />
        <source>&amp;Remark:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="111" />
        <source>&amp;Add remark</source>
        <translation>&amp;Thêm ghi chú</translation>
    </message>
</context>
<context>
    <name>TodayBox</name>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="34" />
        <source>Disclosure overdue since %2: %1</source>
        <translation>Quá hạn công khai (hạn ngày %2): %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="36" />
        <source>Posting ends on %2, record when it is taken down: %1</source>
        <translation>Hết thời gian niêm yết ngày %2, nhớ ghi ngày gỡ xuống: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="38" />
        <source>Minutes not sent, due %2: %1</source>
        <translation>Biên bản chưa gửi, hạn ngày %2: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="40" />
        <source>Send the minutes by %2: %1</source>
        <translation>Gửi biên bản trước ngày %2: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="47" />
        <source>Convention %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="52" />
        <source>%3 bundle(s) sent (the last, no. %1, on %2) await the receipt from above</source>
        <translation>%3 gói đã gửi (gói cuối số %1, ngày %2) đang chờ biên nhận của cấp trên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="88" />
        <source>Reading what needs doing…</source>
        <translation>Đang đọc danh sách việc cần làm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="95" />
        <source>What needs doing today (%1)</source>
        <translation>Việc cần làm hôm nay (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="104" />
        <source>Double-click or press Enter to open</source>
        <translation>Bấm đúp hoặc nhấn Enter để mở</translation>
    </message>
</context>
<context>
    <name>UnitRecords</name>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="160" />
        <location filename="../desktop/ui/pages/unit_records.py" line="363" />
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="168" />
        <location filename="../desktop/ui/pages/unit_records.py" line="365" />
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="214" />
        <location filename="../desktop/ui/pages/unit_records.py" line="370" />
        <source>Any state</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="311" />
        <source>No record received matches these filters.</source>
        <translation>Không có bản ghi nào đã nhận khớp với các điều kiện lọc này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="353" />
        <source>U&amp;nit:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="355" />
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="356" />
        <source>S&amp;tate:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="357" />
        <source>Wit&amp;h warnings</source>
        <translation>&amp;Chỉ bản ghi có cảnh báo</translation>
    </message>
</context>
<context>
    <name>VillageDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="61" />
        <source>New village</source>
        <translation>Thêm thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="63" />
        <source>Edit village</source>
        <translation>Sửa thông tin thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="69" />
        <source>e.g. DONG, TDP1</source>
        <translation>ví dụ: DONG, TDP1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="72" />
        <source>e.g. Thôn Đông</source>
        <translation>ví dụ: Thôn Đông</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="88" />
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="89" />
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="90" />
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="91" />
        <source>&amp;Head:</source>
        <translation>Trưởng thôn/Tổ trưởn&amp;g:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="92" />
        <source>H&amp;ouseholds:</source>
        <translation>Tổng số &amp;hộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="93" />
        <source>Counted o&amp;n:</source>
        <translation>Ngày thống &amp;kê số hộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="136" />
        <source>This village is no longer active since %1.</source>
        <translation>Thôn/tổ dân phố này đã thôi hoạt động từ %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="143" />
        <source>Household count history</source>
        <translation>Lịch sử thống kê số hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="148" />
        <source>Counted on</source>
        <translation>Ngày thống kê</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="148" />
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="169" />
        <source>No count recorded yet.</source>
        <translation>Chưa có lần thống kê nào.</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="23" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="24" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="27" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="31" />
        <source>Head</source>
        <translation>Trưởng thôn/Tổ trưởng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="34" />
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="41" />
        <source>Counted on</source>
        <translation>Ngày thống kê</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="45" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="114" />
        <source>No village matches the filter.</source>
        <translation>Không có thôn/tổ dân phố nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="115" />
        <source>No villages yet — press «Add» to add one.</source>
        <translation>Chưa có thôn/tổ dân phố nào — bấm «Thêm» để thêm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="173" />
        <source>Villages and residential groups</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="174" />
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="175" />
        <source>Add a village (Ctrl+N)</source>
        <translation>Thêm thôn/tổ dân phố (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="176" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="178" />
        <source>Edit the selected village (Enter or F2)</source>
        <translation>Sửa thôn/tổ dân phố đang chọn (Enter hoặc F2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="180" />
        <source>&amp;Retire…</source>
        <translation>Thôi hoạt độ&amp;ng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="182" />
        <source>Mark the selected village as no longer active</source>
        <translation>Ghi nhận thôn/tổ dân phố đang chọn thôi hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="185" />
        <source>Filter by code, name or head (Ctrl+F)</source>
        <translation>Lọc theo mã, tên hoặc trưởng thôn (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="187" />
        <source>&amp;Show retired</source>
        <translation>&amp;Hiện cả thôn đã thôi hoạt động</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="65" />
        <source>Welcome to %1</source>
        <translation>Chào mừng đến với %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="67" />
        <source>This program keeps the records of grassroots democracy of your commune, on this computer, without the Internet.</source>
        <translation>Chương trình giúp ghi chép, theo dõi việc thực hiện dân chủ ở cơ sở của xã, phường, ngay trên máy tính này, không cần Internet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="74" />
        <source>&amp;Try it with demo data</source>
        <translation>&amp;Dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="93" />
        <source>A sample commune with a few villages, to look around.</source>
        <translation>Một xã mẫu với vài thôn, để xem thử chương trình.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="109" />
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="110" />
        <source>Press Finish to open a sample commune.</source>
        <translation>Bấm Hoàn tất để mở một xã mẫu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="115" />
        <source>The sample commune is kept in a folder of its own:
%1

Your real data is not touched. While you look around, the window says SAMPLE DATA at the top; its button sets up your own commune when you are ready.</source>
        <translation>Xã mẫu được lưu trong một thư mục riêng:
%1

Dữ liệu thật của bạn không bị động đến. Trong khi dùng thử, đầu cửa sổ ghi DỮ LIỆU MẪU; khi sẵn sàng, bấm nút ở đó để thiết lập xã của bạn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="139" />
        <source>The demo folder %1 could not be opened.</source>
        <translation>Không mở được thư mục dữ liệu mẫu %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="38" />
        <source>What is this computer for?</source>
        <translation>Máy tính này dùng để làm gì?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="39" />
        <source>The &amp;commune's records</source>
        <translation>Ghi chép của &amp;xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="41" />
        <source>A &amp;village head's records</source>
        <translation>Sổ của trưởng &amp;thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="43" />
        <source>The &amp;receiving level (province or district)</source>
        <translation>&amp;Cấp nhận báo cáo (tỉnh hoặc huyện)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="50" />
        <source>The commune keeps its villages' meetings, hương ước and public disclosures, and sends them to the receiving level.</source>
        <translation>Xã, phường ghi các cuộc họp của thôn, hương ước, nội dung công khai và gửi lên cấp nhận báo cáo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="58" />
        <source>The village head's laptop: the village's meetings and hương ước, sent to the commune.</source>
        <translation>Máy của trưởng thôn: các cuộc họp và hương ước của thôn, gửi lên xã, phường.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="66" />
        <source>The province (or a district) receives the communes' files and follows who reported.</source>
        <translation>Tỉnh (hoặc huyện) nhận tệp của các xã, phường và theo dõi đơn vị nào đã báo cáo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="93" />
        <source>Your village</source>
        <translation>Thôn của bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="95" />
        <source>Use the village code the commune uses (ask the commune officer: it is in the commune's list of villages), so that the commune recognises your files.</source>
        <translation>Dùng đúng mã thôn mà xã, phường đang dùng (hỏi cán bộ xã: mã có trong danh sách thôn của xã) để xã nhận ra tệp của bạn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="104" />
        <source>e.g. T01</source>
        <translation>ví dụ T01</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="106" />
        <source>e.g. Thôn Phú Hòa</source>
        <translation>ví dụ Thôn Phú Hòa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="114" />
        <source>Village &amp;code:</source>
        <translation>&amp;Mã thôn:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="115" />
        <source>Village &amp;name:</source>
        <translation>&amp;Tên thôn:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="118" />
        <source>&amp;Households:</source>
        <translation>Số &amp;hộ gia đình:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="142" />
        <source>Your receiving level</source>
        <translation>Cấp nhận báo cáo của bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="144" />
        <source>The province (since the 2025 reform) or the district that receives the communes' reports, and the body that signs its own reports.</source>
        <translation>Tỉnh (từ khi sắp xếp năm 2025) hoặc huyện nhận báo cáo của các xã, phường, và cơ quan ký báo cáo của cấp này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="178" />
        <source>&amp;Body that signs its reports:</source>
        <translation>Cơ quan &amp;ký báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="207" />
        <source>from the list</source>
        <translation>theo danh mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="229" />
        <source>Write the body that signs the reports.</source>
        <translation>Hãy ghi cơ quan ký báo cáo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="244" />
        <source>Open Sync › Send data and press «Export registration key…» (or «Print key registration sheet…»); take the file to the officer of %1.</source>
        <translation>Mở Đồng bộ › Gửi dữ liệu, bấm «Xuất khóa đăng ký…» (hoặc «In phiếu đăng ký khóa…»); mang tệp đến cán bộ của %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="249" />
        <source>The commune officer registers it under Sync › Units below › «Register a unit…» with the code %1.</source>
        <translation>Cán bộ xã đăng ký tệp đó ở Đồng bộ › Đơn vị cấp dưới › «Đăng ký đơn vị…» với mã %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="254" />
        <source>The commune gives you its key file: register it under Sync › Send data › «Register the level above's key…». Then send your data from Sync › Send data.</source>
        <translation>Xã đưa cho bạn tệp khóa của xã: đăng ký ở Đồng bộ › Gửi dữ liệu › «Đăng ký khóa cấp trên…». Sau đó gửi dữ liệu ở Đồng bộ › Gửi dữ liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="262" />
        <source>Each commune sends you its key file (or the printed sheet): register it under Sync › Units below › «Register a unit…» with the commune's 5-digit code.</source>
        <translation>Mỗi xã, phường gửi cho bạn tệp khóa (hoặc phiếu in): đăng ký ở Đồng bộ › Đơn vị cấp dưới › «Đăng ký đơn vị…» với mã 5 chữ số của xã, phường.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="267" />
        <source>Send your own key to every commune, so that it can check your receipts: Sync › Units below › «Export registration key…».</source>
        <translation>Gửi khóa của bạn cho mọi xã, phường để họ kiểm tra được biên nhận của bạn: Đồng bộ › Đơn vị cấp dưới › «Xuất khóa đăng ký…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="272" />
        <source>The communes' files are then read under Sync › Receive data; the Reporting board shows who sent what and who is silent.</source>
        <translation>Sau đó tệp của các xã, phường được nhập ở Đồng bộ › Nhận dữ liệu; Bảng theo dõi cho biết ai đã gửi gì và ai chưa gửi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="280" />
        <source>Open Sync › Send data and press «Export registration key…» (or «Print key registration sheet…»); send the file to %1.</source>
        <translation>Mở Đồng bộ › Gửi dữ liệu, bấm «Xuất khóa đăng ký…» (hoặc «In phiếu đăng ký khóa…»); gửi tệp cho %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="285" />
        <source>When %1 sends you its key, register it under Sync › Send data › «Register the level above's key…».</source>
        <translation>Khi %1 gửi khóa cho bạn, đăng ký ở Đồng bộ › Gửi dữ liệu › «Đăng ký khóa cấp trên…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="290" />
        <source>Each village head who uses the program brings you a key file: register it under Sync › Units below › «Register a unit…».</source>
        <translation>Mỗi trưởng thôn dùng chương trình mang đến một tệp khóa: đăng ký ở Đồng bộ › Đơn vị cấp dưới › «Đăng ký đơn vị…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="161" />
        <source>Who keeps the records?</source>
        <translation>Ai là người ghi chép?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="163" />
        <source>Your name is written in the journal next to each change you make. You may leave it empty.</source>
        <translation>Tên của bạn được ghi vào nhật ký bên cạnh mỗi thay đổi bạn thực hiện. Có thể để trống.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="170" />
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="172" />
        <source>Officer's &amp;name:</source>
        <translation>Họ và tê&amp;n cán bộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="212" />
        <source>Check and finish</source>
        <translation>Kiểm tra và hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="214" />
        <source>Nothing is saved until you press Finish. Use Back to correct an answer.</source>
        <translation>Chưa có gì được lưu cho đến khi bạn bấm «Hoàn tất». Bấm «Quay lại» để sửa câu trả lời.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="177" />
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="73" />
        <source>&amp;Set up this computer</source>
        <translation>&amp;Thiết lập máy này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="83" />
        <source>For a commune, a village head or the receiving level: a few questions; about a minute.</source>
        <translation>Cho xã, phường, trưởng thôn hoặc cấp nhận báo cáo: vài câu hỏi, khoảng một phút.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="179" />
        <source>Province:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="184" />
        <location filename="../desktop/ui/wizard.py" line="200" />
        <source>Commune:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="185" />
        <source>Village:</source>
        <translation>Thôn:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="192" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="193" />
        <source>Signing body:</source>
        <translation>Cơ quan ký:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="201" />
        <source>Commune code:</source>
        <translation>Mã xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="202" />
        <source>Receiving level:</source>
        <translation>Cấp trên nhận báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="203" />
        <source>Receiving body:</source>
        <translation>Cơ quan nhận báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="178" />
        <source>Officer:</source>
        <translation>Cán bộ phụ trách:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="222" />
        <source>After Finish: exchange keys with the other side</source>
        <translation>Sau khi Hoàn tất: trao đổi khóa với bên kia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="271" />
        <source>Setting up %1</source>
        <translation>Thiết lập %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="153" />
        <source>Your commune</source>
        <translation>Xã, phường của bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="155" />
        <source>Choose the province, then type part of the commune's name (accents are optional). The code comes from the official 2025 list.</source>
        <translation>Chọn tỉnh, thành phố, rồi gõ một phần tên xã, phường (có thể gõ không dấu). Mã được lấy từ danh mục chính thức năm 2025.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="89" />
        <location filename="../desktop/ui/wizard_roles.py" line="158" />
        <source>Choose a province…</source>
        <translation>Chọn tỉnh, thành phố…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="103" />
        <source>Type part of the name…</source>
        <translation>Gõ một phần tên…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="105" />
        <source>My commune is not in the list</source>
        <translation>Xã, phường của tôi không có trong danh sách</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="107" />
        <source>e.g. Xã Tân Phú</source>
        <translation>ví dụ: Xã Tân Phú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="120" />
        <location filename="../desktop/ui/wizard_roles.py" line="172" />
        <source>&amp;Province:</source>
        <translation>Tỉnh/thành &amp;phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="124" />
        <source>&amp;Commune:</source>
        <translation>&amp;Xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="130" />
        <source>Commune c&amp;ode:</source>
        <translation>&amp;Mã xã/phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="144" />
        <source>Your village's commune</source>
        <translation>Xã, phường của thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="146" />
        <source>Choose the province, then the commune your village belongs to (accents are optional). Your files are sent to this commune.</source>
        <translation>Chọn tỉnh, thành phố, rồi chọn xã, phường mà thôn trực thuộc (có thể gõ không dấu). Tệp của bạn được gửi đến xã, phường này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="224" />
        <source>5 digits</source>
        <translation>5 chữ số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="236" />
        <location filename="../desktop/ui/wizard_roles.py" line="224" />
        <source>Choose a province.</source>
        <translation>Hãy chọn tỉnh, thành phố.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="241" />
        <source>Choose the commune from the list, or tick «My commune is not in the list».</source>
        <translation>Hãy chọn xã, phường trong danh sách, hoặc đánh dấu «Xã, phường của tôi không có trong danh sách».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="248" />
        <source>Write the commune's name.</source>
        <translation>Hãy ghi tên xã, phường.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="259" />
        <source>Receiving level</source>
        <translation>Cấp trên nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="261" />
        <source>The body your commune sends its reports to. Since the 2025 reform this is the province.</source>
        <translation>Cơ quan mà xã, phường gửi báo cáo đến. Từ khi sắp xếp đơn vị hành chính năm 2025, đó là tỉnh, thành phố.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="268" />
        <location filename="../desktop/ui/wizard_roles.py" line="151" />
        <source>P&amp;rovince (since the 2025 reform)</source>
        <translation>Tỉnh, thành &amp;phố (từ năm 2025)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="269" />
        <location filename="../desktop/ui/wizard_roles.py" line="152" />
        <source>&amp;District (before the reform)</source>
        <translation>H&amp;uyện (trước khi sắp xếp)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="191" />
        <location filename="../desktop/ui/wizard_place.py" line="280" />
        <location filename="../desktop/ui/wizard_roles.py" line="169" />
        <source>Kind:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="282" />
        <location filename="../desktop/ui/wizard_roles.py" line="175" />
        <source>&amp;Name:</source>
        <translation>Tê&amp;n cơ quan:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="283" />
        <location filename="../desktop/ui/wizard_roles.py" line="174" />
        <source>C&amp;ode:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="300" />
        <source>2 digits</source>
        <translation>2 chữ số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="302" />
        <location filename="../desktop/ui/wizard_roles.py" line="207" />
        <source>3 digits</source>
        <translation>3 chữ số</translation>
    </message>
</context>
</TS>