"""One label per record field, in Vietnamese and English, used by every message.

A person never sees a record-JSON key: ``households_total`` is "Tổng số hộ" and the
path ``items[0].votes_for`` is "Nội dung 1 — Số hộ tán thành" (en "Item 1 — Households
for"), in the window's form errors and on the command line alike.
"""

from __future__ import annotations

import re

from desktop.core.convention_messages import CONVENTION_FIELD_LABELS
from desktop.core.sync_messages import SYNC_FIELD_LABELS

Lang = str  # "vi" or "en"

FIELD_LABELS: dict[str, dict[Lang, str]] = {
    "code": {"vi": "Mã", "en": "Code"},
    "name": {"vi": "Tên", "en": "Name"},
    "village_type": {"vi": "Loại", "en": "Type"},
    "head_name": {"vi": "Trưởng thôn/Tổ trưởng", "en": "Head"},
    "households_total": {"vi": "Tổng số hộ", "en": "Total households"},
    "households_as_of": {"vi": "Ngày thống kê số hộ", "en": "Households counted on"},
    "retired_on": {"vi": "Ngày thôi hoạt động", "en": "Retired on"},
    "role": {"vi": "Vai trò", "en": "Role"},
    "upper_name": {"vi": "Tên cấp trên", "en": "Upper level name"},
    "upper_code": {"vi": "Mã cấp trên", "en": "Upper level code"},
    "upper_kind": {"vi": "Loại cấp trên", "en": "Upper level kind"},
    "province_code": {"vi": "Mã tỉnh", "en": "Province code"},
    "parent_code": {"vi": "Mã xã", "en": "Commune code"},
    "version": {"vi": "Phiên bản", "en": "Version"},
    "json": {"vi": "Dữ liệu JSON", "en": "JSON input"},
    "day_off": {"vi": "Ngày nghỉ", "en": "Day off"},
    "working_day": {"vi": "Ngày làm việc bù", "en": "Working day"},
    "village": {"vi": "Thôn/Tổ dân phố", "en": "Village"},
    "attachments": {"vi": "Tệp đính kèm", "en": "Attachments"},
    "title": {"vi": "Tiêu đề", "en": "Title"},
    "meeting_type": {"vi": "Loại hội nghị", "en": "Meeting type"},
    "held_on": {"vi": "Ngày họp", "en": "Held on"},
    "place": {"vi": "Địa điểm", "en": "Place"},
    "convened_by": {"vi": "Người triệu tập", "en": "Convened by"},
    "chair": {"vi": "Chủ trì", "en": "Chair"},
    "secretary": {"vi": "Thư ký", "en": "Secretary"},
    "notice_on": {"vi": "Ngày gửi giấy mời", "en": "Invitation sent on"},
    "households_present": {"vi": "Số hộ dự họp", "en": "Households present"},
    "minutes_sent_on": {"vi": "Ngày gửi biên bản", "en": "Minutes sent on"},
    "recognized_on": {"vi": "Ngày công nhận", "en": "Recognised on"},
    "recognized_by": {"vi": "Cơ quan công nhận", "en": "Recognised by"},
    "refused_on": {"vi": "Ngày từ chối công nhận", "en": "Refused on"},
    "refusal_reason": {"vi": "Lý do từ chối", "en": "Refusal reason"},
    "items": {"vi": "Nội dung biểu quyết", "en": "Matters"},
    "matter": {"vi": "Loại nội dung", "en": "Matter"},
    "method": {"vi": "Hình thức biểu quyết", "en": "Voting method"},
    "votes_for": {"vi": "Số hộ tán thành", "en": "Households for"},
    "votes_against": {"vi": "Số hộ không tán thành", "en": "Households against"},
    "votes_other": {"vi": "Ý kiến khác", "en": "Other votes"},
    "ballot": {"vi": "Phiếu lấy ý kiến hộ gia đình", "en": "Household ballot"},
    "papers_issued": {"vi": "Số phiếu phát ra", "en": "Papers issued"},
    "papers_returned": {"vi": "Số phiếu thu về", "en": "Papers returned"},
    "announced_on": {"vi": "Ngày thông báo", "en": "Announced on"},
    "ballot.deadline_on": {"vi": "Hạn thu phiếu", "en": "Return deadline"},
    "deadline_on": {"vi": "Hạn công khai theo luật chuyên ngành", "en": "Sector-law deadline"},
    "category": {"vi": "Nội dung công khai", "en": "Disclosure item"},
    "summary": {"vi": "Tóm tắt", "en": "Summary"},
    "decision_no": {"vi": "Số văn bản", "en": "Document number"},
    "decided_on": {"vi": "Ngày ban hành văn bản", "en": "Decided on"},
    "responsible": {"vi": "Người chịu trách nhiệm", "en": "Responsible"},
    "forms": {"vi": "Hình thức công khai", "en": "Forms"},
    "postings": {"vi": "Niêm yết", "en": "Postings"},
    "location": {"vi": "Nơi niêm yết", "en": "Location"},
    "posted_on": {"vi": "Ngày niêm yết", "en": "Posted on"},
    "removed_on": {"vi": "Ngày gỡ", "en": "Removed on"},
    "broadcast_days": {"vi": "Ngày phát loa", "en": "Loudspeaker days"},
    "portal_url": {"vi": "Đường dẫn cổng thông tin", "en": "Portal link"},
    "planned_on": {"vi": "Ngày dự kiến công khai", "en": "Planned on"},
    "content_changed_on": {"vi": "Ngày nội dung thay đổi", "en": "Content changed on"},
    "feedback": {"vi": "Ý kiến phản ánh", "en": "Feedback"},
    "received_on": {"vi": "Ngày nhận ý kiến", "en": "Received on"},
    "sender": {"vi": "Người gửi", "en": "Sender"},
    "content": {"vi": "Nội dung", "en": "Content"},
    "answered_on": {"vi": "Ngày trả lời", "en": "Answered on"},
    "answer": {"vi": "Nội dung trả lời", "en": "Answer"},
    "sha256": {"vi": "Mã băm tệp", "en": "File hash"},
    "size": {"vi": "Dung lượng", "en": "Size"},
    "year": {"vi": "Năm", "en": "Year"},
    "on": {"vi": "Ngày", "en": "Date"},
    "document": {"vi": "Văn bản", "en": "Document"},
    "period": {"vi": "Kỳ báo cáo", "en": "Reporting period"},
    "sections": {"vi": "Các phần của báo cáo", "en": "Report sections"},
    "after_failed_meeting": {"vi": "Hội nghị không đạt trước đó", "en": "Earlier failed meeting"},
    "minutes_text": {"vi": "Nội dung biên bản", "en": "Minutes text"},
    "representatives": {"vi": "Đại diện hộ dự họp", "en": "Household representatives"},
    "counting_board": {"vi": "Ban kiểm phiếu", "en": "Counting board"},
    "witnesses": {"vi": "Người chứng kiến", "en": "Witnesses"},
    "silent_days": {"vi": "Số ngày chưa gửi dữ liệu", "en": "Days without data"},
    "unit": {"vi": "Đơn vị cấp dưới", "en": "Unit below"},
    "kind": {"vi": "Loại bản ghi", "en": "Record kind"},
    "uuid": {"vi": "Mã định danh bản ghi", "en": "Record identifier"},
    "created_at": {"vi": "Thời điểm tạo", "en": "Created at"},
    "created_by": {"vi": "Người tạo", "en": "Created by"},
    "updated_at": {"vi": "Thời điểm sửa", "en": "Updated at"},
    "updated_by": {"vi": "Người sửa", "en": "Updated by"},
    "deleted": {"vi": "Đã xóa", "en": "Deleted"},
    "warnings": {"vi": "Cảnh báo", "en": "Warnings"},
    "origin_code": {"vi": "Mã đơn vị gửi", "en": "Sending unit's code"},
    "officer_name": {"vi": "Cán bộ phụ trách", "en": "Officer"},
    "province_name": {"vi": "Tên tỉnh", "en": "Province name"},
    "parent_name": {"vi": "Tên xã", "en": "Commune name"},
    "village_code": {"vi": "Mã thôn/tổ dân phố", "en": "Village code"},
    "language": {"vi": "Ngôn ngữ", "en": "Language"},
    "out": {"vi": "Tệp kết quả", "en": "Output file"},
    # --- fields the kind declarations name (desktop.core.specs) ---------------------
    "households_history": {"vi": "Lịch sử số hộ", "en": "Household count history"},
    "counted_on": {"vi": "Ngày thống kê", "en": "Counted on"},
    "households": {"vi": "Số hộ", "en": "Households"},
    "outcome": {"vi": "Kết quả", "en": "Outcome"},
    "rule": {"vi": "Tỷ lệ áp dụng", "en": "Rule applied"},
    "rule_code": {"vi": "Mã tỷ lệ áp dụng", "en": "Rule code"},
    "takes_effect": {"vi": "Thời điểm có hiệu lực", "en": "Takes effect"},
    "convention_type": {"vi": "Loại văn bản", "en": "Convention type"},
    "text": {"vi": "Nội dung", "en": "Text"},
    "preamble": {"vi": "Phần mở đầu", "en": "Preamble"},
    "articles": {"vi": "Các điều", "en": "Articles"},
    "number": {"vi": "Số điều", "en": "Article number"},
    "chapter": {"vi": "Chương", "en": "Chapter"},
    "chapter_title": {"vi": "Tên chương", "en": "Chapter title"},
    "ethnic_text": {"vi": "Bản tiếng dân tộc", "en": "Ethnic-language text"},
    "drafting_team": {"vi": "Tổ soạn thảo", "en": "Drafting team"},
    "proposer": {"vi": "Người đề xuất", "en": "Proposed by"},
    "citizen_initiative": {"vi": "Sáng kiến của cộng đồng", "en": "Citizen initiative"},
    "supersedes": {"vi": "Thay thế văn bản", "en": "Supersedes"},
    "review_day": {"vi": "Ngày đánh giá hằng năm", "en": "Yearly review day"},
    "events": {"vi": "Các bước", "en": "Steps"},
    "type": {"vi": "Bước", "en": "Step"},
    "until": {"vi": "Đến ngày", "en": "Until"},
    "meeting": {"vi": "Hội nghị thôn", "en": "Meeting"},
    "signer": {"vi": "Người ký", "en": "Signed by"},
    "reason": {"vi": "Lý do", "en": "Reason"},
    "part": {"vi": "Phần áp dụng", "en": "Part concerned"},
    "households_supporting": {"vi": "Số hộ ủng hộ", "en": "Households supporting"},
    "opinions": {"vi": "Ý kiến góp ý", "en": "Opinions"},
    "handling": {"vi": "Tiếp thu, giải trình", "en": "Handling"},
    "note": {"vi": "Ghi chú", "en": "Note"},
    "successor": {"vi": "Văn bản thay thế", "en": "Replaced by"},
    "status": {"vi": "Tình trạng", "en": "Status"},
    "effective_from": {"vi": "Có hiệu lực từ", "en": "In force from"},
    "next_review_on": {"vi": "Ngày đánh giá tiếp theo", "en": "Next review on"},
    "allowed_events": {"vi": "Bước có thể ghi tiếp", "en": "Steps that may follow"},
    "media_type": {"vi": "Loại tệp", "en": "File type"},
    "permanent": {"vi": "Niêm yết thường xuyên", "en": "Posted permanently"},
    "posting_until": {"vi": "Niêm yết đến ngày", "en": "Posted until"},
    "due_on": {"vi": "Hạn công khai", "en": "Due on"},
    # Citizen reception, letters and cases (DOMAIN.md §4.1-§4.4, issue 15).
    "reception_kind": {"vi": "Buổi tiếp công dân", "en": "Reception session"},
    "reception_plural": {"vi": "Tiếp công dân", "en": "Citizen reception"},
    "letter_kind": {"vi": "Đơn", "en": "Letter"},
    "letter_plural": {"vi": "Sổ theo dõi đơn", "en": "Register of letters"},
    "case_kind": {"vi": "Vụ việc khiếu nại, tố cáo", "en": "Complaint or denunciation case"},
    "case_plural": {"vi": "Giải quyết khiếu nại, tố cáo", "en": "Complaints and denunciations"},
    "session_on": {"vi": "Ngày tiếp công dân", "en": "Reception day"},
    "session_kind": {
        "vi": "Hình thức tiếp (thường xuyên, định kỳ, đột xuất)",
        "en": "Session kind",
    },
    "form": {"vi": "Cách thức tiếp", "en": "Form"},
    "reception_form": {"vi": "Tiếp trực tiếp hay trực tuyến", "en": "In person or online"},
    "presided_by": {"vi": "Người chủ trì tiếp", "en": "Presided by"},
    "presider_role": {"vi": "Chức vụ người chủ trì", "en": "Presider's office"},
    "chairman_in_person": {"vi": "Chủ tịch UBND trực tiếp tiếp", "en": "Chairman in person"},
    "staff": {"vi": "Cán bộ tham gia tiếp", "en": "Staff"},
    "schedule_posted_on": {"vi": "Ngày niêm yết lịch tiếp", "en": "Schedule posted on"},
    "postponed_from": {"vi": "Ngày tiếp theo lịch cũ (hoãn)", "en": "Postponed from"},
    "visits": {"vi": "Lượt tiếp công dân", "en": "Visits"},
    "visit_count": {"vi": "Số lượt", "en": "Visits"},
    "people_count": {"vi": "Số người", "en": "People"},
    "seq": {"vi": "Số thứ tự", "en": "No."},
    "visit_on": {"vi": "Ngày tiếp", "en": "Visit day"},
    "visitor_name": {"vi": "Họ và tên", "en": "Full name"},
    "address": {"vi": "Địa chỉ", "en": "Address"},
    "visit": {"vi": "Lượt tiếp (số thứ tự)", "en": "Visit (row number)"},
    "id_no": {"vi": "Số định danh cá nhân (CCCD, hộ chiếu)", "en": "Personal ID number"},
    "matter_type": {"vi": "Phân loại nội dung", "en": "Type of matter"},
    "people": {"vi": "Số người cùng nội dung", "en": "People on the matter"},
    "group_representatives": {"vi": "Người đại diện", "en": "Representatives"},
    "decided_by": {"vi": "Cơ quan đã giải quyết", "en": "Already decided by"},
    "visit_handling": {"vi": "Kết quả tiếp", "en": "Handling"},
    "handled_to": {"vi": "Cơ quan được hướng dẫn, chuyển đến", "en": "Guided or forwarded to"},
    "letter_no": {"vi": "Số văn bản", "en": "Letter number"},
    "refusal_ground": {"vi": "Căn cứ từ chối tiếp", "en": "Refusal ground"},
    "documents_received": {"vi": "Tài liệu, bằng chứng đã nhận", "en": "Documents received"},
    "result": {"vi": "Theo dõi kết quả giải quyết", "en": "Result follow-up"},
    "case_id": {"vi": "Mã vụ việc", "en": "Case id"},
    "received_day": {"vi": "Ngày nhận đơn", "en": "Received on"},
    "source": {"vi": "Nguồn đơn", "en": "Source"},
    "letter_source": {"vi": "Nguồn đơn", "en": "Source"},
    "senders": {"vi": "Người gửi đơn", "en": "Senders"},
    "sender_address": {"vi": "Địa chỉ người gửi", "en": "Sender's address"},
    "sender_contact": {"vi": "Liên hệ của người gửi", "en": "Sender's contact"},
    "signed": {"vi": "Có chữ ký hoặc điểm chỉ", "en": "Signed or fingerprinted"},
    "letter_type": {"vi": "Phân loại đơn theo nội dung", "en": "Type by content"},
    "eligible": {"vi": "Đủ điều kiện xử lý", "en": "Eligible"},
    "jurisdiction": {"vi": "Thẩm quyền giải quyết", "en": "Jurisdiction"},
    "letter_handling": {"vi": "Kết quả xử lý đơn", "en": "Handling"},
    "handled_on": {"vi": "Ngày xử lý", "en": "Handled on"},
    "forwarded_to": {"vi": "Cơ quan nhận đơn chuyển", "en": "Forwarded to"},
    "several_places": {"vi": "Cần xác minh ở nhiều địa điểm", "en": "Verified at several places"},
    "anonymous": {"vi": "Nặc danh hoặc mạo danh", "en": "Anonymous or false name"},
    "case_type": {"vi": "Loại vụ việc", "en": "Case type"},
    "subject": {"vi": "Nội dung khiếu nại, tố cáo", "en": "Subject"},
    "person_name": {"vi": "Người khiếu nại, tố cáo", "en": "Complainant or denouncer"},
    "person_address": {"vi": "Địa chỉ người khiếu nại, tố cáo", "en": "Their address"},
    "person_id_no": {"vi": "Số định danh người khiếu nại, tố cáo", "en": "Their ID number"},
    "person_contact": {"vi": "Liên hệ người khiếu nại, tố cáo", "en": "Their contact"},
    "letter": {"vi": "Đơn tiếp nhận", "en": "Letter"},
    "complex": {"vi": "Vụ việc phức tạp", "en": "Complex"},
    "complex_reason": {"vi": "Lý do phức tạp", "en": "Why complex"},
    "especially_complex": {"vi": "Vụ việc đặc biệt phức tạp", "en": "Especially complex"},
    "criteria": {"vi": "Tiêu chí phức tạp (Nghị định 31/2019/NĐ-CP)", "en": "Complexity criteria"},
    "d31_criteria": {
        "vi": "Tiêu chí phức tạp (Nghị định 31/2019/NĐ-CP)",
        "en": "Complexity criteria",
    },
    "remote_area": {"vi": "Vùng sâu, vùng xa", "en": "Remote area"},
    "remote_reason": {"vi": "Căn cứ vùng sâu, vùng xa", "en": "Why remote"},
    "resolution_days": {"vi": "Thời hạn giải quyết (ngày)", "en": "Time limit (days)"},
    "notified_on": {"vi": "Ngày thông báo thụ lý", "en": "Notified on"},
    "forwarded_by_deputy": {"vi": "Do đại biểu dân cử chuyển đến", "en": "Forwarded by a deputy"},
    "forwarder_reported_on": {
        "vi": "Ngày báo cáo kết quả cho người chuyển",
        "en": "Forwarder told on",
    },
    "event_type": {"vi": "Bước", "en": "Step"},
    "ref_no": {"vi": "Số văn bản", "en": "Document number"},
    "days": {"vi": "Số ngày", "en": "Days"},
    "extension_days": {"vi": "Số ngày gia hạn", "en": "Days extended"},
    "finding": {"vi": "Kết quả (đúng, đúng một phần, sai)", "en": "Finding"},
    "case_status": {"vi": "Trạng thái vụ việc", "en": "Case status"},
    "accepted_on": {"vi": "Ngày thụ lý", "en": "Accepted on"},
    "settled_on": {"vi": "Ngày giải quyết", "en": "Settled on"},
    "on_time": {"vi": "Giải quyết đúng hạn", "en": "Settled on time"},
    "deadlines": {"vi": "Thời hạn", "en": "Deadlines"},
    "deadline_text": {"vi": "Việc phải làm", "en": "To do"},
    "oversight_subject": {"vi": "Đối tượng kiểm tra, giám sát", "en": "Subject inspected"},
    "row": {"vi": "Số thứ tự dòng", "en": "Row number"},  # an event on one row (oversight)
    "known_on": {"vi": "Ngày biết được quyết định, hành vi", "en": "Learnt of it on"},
    "conclusion_handled_on": {"vi": "Ngày xử lý theo kết luận", "en": "Conclusion acted on"},
    "sent_on": {"vi": "Ngày gửi", "en": "Sent on"},
    "decision_sent_on": {"vi": "Ngày gửi quyết định", "en": "Decision sent on"},
    # Consultations, dialogues, the two boards and their oversight (issue 16)
    "topic": {"vi": "Nội dung lấy ý kiến", "en": "Topic"},
    "consultation_forms": {"vi": "Hình thức lấy ý kiến", "en": "Consultation forms"},
    "plan_content": {"vi": "Nội dung kế hoạch", "en": "Plan content"},
    "plan_method": {"vi": "Cách thức tổ chức", "en": "Method"},
    "plan_timeline": {"vi": "Thời gian thực hiện", "en": "Timeline"},
    "plan_responsible": {"vi": "Người, bộ phận chịu trách nhiệm", "en": "Responsible"},
    "plan_sent_on": {"vi": "Ngày gửi kế hoạch", "en": "Plan sent on"},
    "published_on": {"vi": "Ngày bắt đầu lấy ý kiến", "en": "Opened on"},
    "closes_on": {"vi": "Ngày kết thúc lấy ý kiến", "en": "Closes on"},
    "sector_days": {"vi": "Số ngày theo luật chuyên ngành", "en": "Sector-law days"},
    "sector_reason": {"vi": "Căn cứ luật chuyên ngành", "en": "Sector law"},
    "channel": {"vi": "Hình thức góp ý", "en": "Channel"},
    "count": {"vi": "Số ý kiến", "en": "Number of opinions"},
    "opinions_total": {"vi": "Tổng số ý kiến", "en": "Opinions in all"},
    "synthesis": {"vi": "Tổng hợp ý kiến", "en": "Synthesis"},
    "explanation": {"vi": "Tiếp thu, giải trình", "en": "Acceptance and explanations"},
    "synthesised_on": {"vi": "Ngày tổng hợp", "en": "Synthesised on"},
    "results_published_on": {"vi": "Ngày công bố kết quả", "en": "Results published on"},
    "hdnd_session": {"vi": "Kỳ họp HĐND được báo cáo", "en": "People's Council session"},
    "reported_on": {"vi": "Ngày báo cáo HĐND", "en": "Reported on"},
    "mttq_sent_on": {"vi": "Ngày gửi Ủy ban MTTQ", "en": "Sent to the Fatherland Front on"},
    "disclosure": {"vi": "Bản ghi công khai kết quả", "en": "Disclosure of the results"},
    "dialogue_kind": {"vi": "Loại đối thoại", "en": "Dialogue kind"},
    "chaired_by": {"vi": "Người chủ trì", "en": "Chaired by"},
    "with_mttq": {"vi": "Phối hợp với Ủy ban MTTQ", "en": "With the Fatherland Front"},
    "attendance": {"vi": "Số người dự", "en": "Attendance"},
    "questions": {"vi": "Ý kiến, câu hỏi của Nhân dân", "en": "Questions"},
    "asked_by": {"vi": "Người hỏi", "en": "Asked by"},
    "question": {"vi": "Câu hỏi, ý kiến", "en": "Question"},
    "answered_by": {"vi": "Người trả lời", "en": "Answered by"},
    "commitments": {"vi": "Cam kết, hứa giải quyết", "en": "Commitments"},
    "owner": {"vi": "Người thực hiện", "en": "Owner"},
    "done_on": {"vi": "Ngày hoàn thành", "en": "Done on"},
    "state": {"vi": "Tình trạng", "en": "State"},
    "report_sent_on": {"vi": "Ngày báo cáo cấp trên", "en": "Report sent on"},
    "commitments_open": {"vi": "Cam kết chưa hoàn thành", "en": "Open commitments"},
    "commitments_overdue": {"vi": "Cam kết quá hạn", "en": "Overdue commitments"},
    "board_type": {"vi": "Loại ban", "en": "Board type"},
    "established_on": {"vi": "Ngày thành lập", "en": "Established on"},
    "recognised_on": {"vi": "Ngày MTTQ công nhận", "en": "Recognised on"},
    "term_start": {"vi": "Bắt đầu nhiệm kỳ", "en": "Term starts"},
    "term_end": {"vi": "Kết thúc nhiệm kỳ", "en": "Term ends"},
    "villages_total": {"vi": "Số thôn, tổ dân phố", "en": "Villages"},
    "project": {"vi": "Chương trình, dự án", "en": "Programme or project"},
    "project_ref": {"vi": "Bản ghi dự án", "en": "Project record"},
    "investor": {"vi": "Chủ đầu tư", "en": "Investor"},
    "investor_notified_on": {"vi": "Ngày thông báo chủ đầu tư", "en": "Investor notified on"},
    "supervision_starts_on": {"vi": "Ngày bắt đầu giám sát", "en": "Supervision starts on"},
    "dissolved_on": {"vi": "Ngày giải thể", "en": "Dissolved on"},
    "members": {"vi": "Thành viên", "en": "Members"},
    "origin": {"vi": "Thành phần", "en": "Drawn from"},
    "elected_at": {"vi": "Hội nghị bầu", "en": "Elected at"},
    "joined_on": {"vi": "Ngày tham gia", "en": "Joined on"},
    "left_on": {"vi": "Ngày thôi làm thành viên", "en": "Left on"},
    "permanent_resident": {"vi": "Thường trú tại địa bàn", "en": "Permanent resident"},
    "commune_staff": {
        "vi": "Là cán bộ, công chức, người hoạt động không chuyên trách",
        "en": "Commune staff or non-specialised worker",
    },
    "project_relative": {
        "vi": "Có người thân là chủ đầu tư, nhà thầu, giám sát",
        "en": "Relative of the investor, contractor or supervisor",
    },
    "members_active": {"vi": "Số thành viên đang hoạt động", "en": "Active members"},
    "size_required": {"vi": "Số thành viên theo quy định", "en": "Required size"},
    "board": {"vi": "Ban", "en": "Board"},
    "activity": {"vi": "Loại hoạt động", "en": "Activity"},
    "starts_on": {"vi": "Ngày bắt đầu", "en": "Starts on"},
    "ends_on": {"vi": "Ngày kết thúc", "en": "Ends on"},
    "findings": {"vi": "Kết quả kiểm tra, giám sát", "en": "Findings"},
    "cases_verified": {"vi": "Số vụ việc xác minh", "en": "Cases verified"},
    "violations": {"vi": "Số vi phạm phát hiện", "en": "Violations found"},
    "recommendations": {"vi": "Kiến nghị", "en": "Recommendations"},
    "countersigned_on": {"vi": "Ngày MTTQ ký xác nhận", "en": "Countersigned on"},
    "ubnd_received_on": {"vi": "Ngày UBND nhận", "en": "Received by the committee on"},
    "reports": {"vi": "Báo cáo gửi MTTQ", "en": "Reports to the Fatherland Front"},
    "period_end": {"vi": "Hết kỳ báo cáo", "en": "Period ends"},
}

# Lists whose elements an error can point at (``items[0]``): each element is named by
# its place, counted from 1 as the officer counts ("Nội dung 1", not "items[0]").
ITEM_LABELS: dict[str, dict[Lang, str]] = {
    "items": {"vi": "Nội dung {n}", "en": "Item {n}"},
    "postings": {"vi": "Lần niêm yết {n}", "en": "Posting {n}"},
    "feedback": {"vi": "Ý kiến phản ánh {n}", "en": "Feedback {n}"},
    "attachments": {"vi": "Tệp đính kèm {n}", "en": "Attachment {n}"},
    "articles": {"vi": "Điều thứ {n} trong danh sách", "en": "Article entry {n}"},
    "events": {"vi": "Bước {n}", "en": "Step {n}"},
    "opinions": {"vi": "Ý kiến góp ý {n}", "en": "Opinion {n}"},
    "forms": {"vi": "Hình thức công khai {n}", "en": "Form {n}"},
    "broadcast_days": {"vi": "Ngày phát loa {n}", "en": "Loudspeaker day {n}"},
    "sections": {"vi": "Phần báo cáo {n}", "en": "Report section {n}"},
    "representatives": {"vi": "Đại diện hộ {n}", "en": "Household representative {n}"},
    "counting_board": {"vi": "Thành viên ban kiểm phiếu {n}", "en": "Counting board member {n}"},
    "witnesses": {"vi": "Người chứng kiến {n}", "en": "Witness {n}"},
    "drafting_team": {"vi": "Thành viên tổ soạn thảo {n}", "en": "Drafting team member {n}"},
    "visits": {"vi": "Lượt tiếp {n}", "en": "Visit {n}"},
    "staff": {"vi": "Cán bộ tiếp {n}", "en": "Staff member {n}"},
    "senders": {"vi": "Người gửi đơn {n}", "en": "Sender {n}"},
    "group_representatives": {"vi": "Người đại diện {n}", "en": "Representative {n}"},
    "criteria": {"vi": "Tiêu chí {n}", "en": "Criterion {n}"},
    "consultation_forms": {"vi": "Hình thức lấy ý kiến {n}", "en": "Consultation form {n}"},
    "questions": {"vi": "Ý kiến, câu hỏi {n}", "en": "Question {n}"},
    "commitments": {"vi": "Cam kết {n}", "en": "Commitment {n}"},
    "chaired_by": {"vi": "Người chủ trì {n}", "en": "Chair {n}"},
    "members": {"vi": "Thành viên {n}", "en": "Member {n}"},
    "recommendations": {"vi": "Kiến nghị {n}", "en": "Recommendation {n}"},
    "reports": {"vi": "Báo cáo {n}", "en": "Report {n}"},
}
_ITEM = {"vi": "Phần tử {n} của {label}", "en": "Entry {n} of {label}"}
_SEGMENT = re.compile(r"^(?P<key>[^\[\]]*)(?:\[(?P<index>\d+)\])?$")


# Every label: the shared ones above win over the areas' own tables, listed here.
_ALL_LABELS: dict[str, dict[Lang, str]] = {
    **CONVENTION_FIELD_LABELS,
    **SYNC_FIELD_LABELS,
    **FIELD_LABELS,
}


def _plain(key: str, lang: Lang) -> str | None:
    entry = _ALL_LABELS.get(key)
    return (entry.get(lang) or entry.get("vi")) if entry else None


def has_label(field: str) -> bool:
    """True when every named part of ``field`` has a label (tests use it for coverage)."""
    parts = [_SEGMENT.match(p) for p in field.split(".")]
    return all(m is not None and (not m["key"] or m["key"] in _ALL_LABELS) for m in parts)


def _leaf(keys: list[str], lang: Lang) -> str:
    """The label of the longest labelled tail of the keys (``ballot.deadline_on`` first)."""
    for start in range(len(keys)):
        label = _plain(".".join(keys[start:]), lang)
        if label is not None:
            return label
    return f"«{keys[-1]}»"


def field_label(field: str, lang: Lang = "vi") -> str:
    """How the officer sees a field: ``items[0].votes_for`` -> "Nội dung 1 — Số hộ tán thành".

    A nested path keeps the list elements it passes through ("Lần niêm yết 2 — Ngày gỡ") and
    the label of its last field; a sub-object without an index (``ballot.papers_issued``) is
    named by its field alone, unless the tail has its own label (``ballot.deadline_on``). A
    key no catalog knows (a misspelt field in a script's JSON) is quoted as it was typed.
    """
    parts: list[str] = []
    keys: list[str] = []
    for segment in field.split("."):
        m = _SEGMENT.match(segment)
        if m is None:
            return f"«{field}»"
        key, index = m["key"], m["index"]
        keys.append(key)
        if index is None:
            continue
        n = int(index) + 1
        item = ITEM_LABELS.get(key)
        if item is not None:
            parts.append((item.get(lang) or item["vi"]).format(n=n))
        else:
            label = _plain(key, lang) or f"«{key}»"
            parts.append((_ITEM.get(lang) or _ITEM["vi"]).format(n=n, label=label))
        keys = []
    if keys:
        parts.append(_leaf(keys, lang))
    return " — ".join(parts)
