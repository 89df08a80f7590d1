"""The words of the §4.10 indicators on the Reports page (the printed report words them
in its template's ``[indicator_labels]``; keys: desktop.documents.period_citizen)."""

from __future__ import annotations

from desktop.core.unit_figures import CitizenCivicFigures
from desktop.documents.period_citizen import CITIZEN_SECTIONS, indicators
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

SECTION_TITLES = {
    "reception": QT_TRANSLATE_NOOP("ReportsPage", "Citizen reception (Law on Citizen Reception)"),
    "letters": QT_TRANSLATE_NOOP("ReportsPage", "Letters received, classified and handled"),
    "cases": QT_TRANSLATE_NOOP("ReportsPage", "Complaints and denunciations in jurisdiction"),
    "civic": QT_TRANSLATE_NOOP("ReportsPage", "Consultations, dialogues and the two boards"),
}
NAMES = {
    "reception.sessions": QT_TRANSLATE_NOOP("ReportsPage", "Reception sessions"),
    "reception.visits": QT_TRANSLATE_NOOP("ReportsPage", "Visits"),
    "reception.people": QT_TRANSLATE_NOOP("ReportsPage", "People received"),
    "reception.cases": QT_TRANSLATE_NOOP("ReportsPage", "Matters"),
    "reception.cases_first_time": QT_TRANSLATE_NOOP(
        "ReportsPage", "Matters received the first time"
    ),
    "reception.cases_repeated": QT_TRANSLATE_NOOP("ReportsPage", "Matters received again"),
    "reception.groups": QT_TRANSLATE_NOOP("ReportsPage", "Groups of many people"),
    "reception.group_people": QT_TRANSLATE_NOOP("ReportsPage", "People in those groups"),
    "reception.chairman_required": QT_TRANSLATE_NOOP(
        "ReportsPage", "Chairman's reception days required"
    ),
    "reception.chairman_held": QT_TRANSLATE_NOOP("ReportsPage", "Chairman's reception days held"),
    "reception.chairman_rate": QT_TRANSLATE_NOOP("ReportsPage", "Chairman's days held, rate"),
    "letters.received": QT_TRANSLATE_NOOP("ReportsPage", "Letters in all"),
    "letters.carried_over": QT_TRANSLATE_NOOP("ReportsPage", "Carried over"),
    "letters.new": QT_TRANSLATE_NOOP("ReportsPage", "Received in the period"),
    "letters.eligible": QT_TRANSLATE_NOOP("ReportsPage", "Eligible for handling"),
    "letters.type_complaint": QT_TRANSLATE_NOOP("ReportsPage", "Complaints"),
    "letters.type_denunciation": QT_TRANSLATE_NOOP("ReportsPage", "Denunciations"),
    "letters.type_petition": QT_TRANSLATE_NOOP("ReportsPage", "Petitions and feedback"),
    "letters.jurisdiction_ours": QT_TRANSLATE_NOOP("ReportsPage", "In our jurisdiction"),
    "letters.jurisdiction_lower": QT_TRANSLATE_NOOP(
        "ReportsPage", "In a lower body's jurisdiction"
    ),
    "letters.jurisdiction_other": QT_TRANSLATE_NOOP("ReportsPage", "Not in our jurisdiction"),
    "letters.handling_proposed": QT_TRANSLATE_NOOP("ReportsPage", "Acceptance proposed"),
    "letters.handling_accepted": QT_TRANSLATE_NOOP("ReportsPage", "Accepted"),
    "letters.handling_guided": QT_TRANSLATE_NOOP("ReportsPage", "Guided"),
    "letters.handling_forwarded": QT_TRANSLATE_NOOP("ReportsPage", "Forwarded"),
    "letters.handling_filed": QT_TRANSLATE_NOOP("ReportsPage", "Filed"),
    "letters.handling_not_processed": QT_TRANSLATE_NOOP("ReportsPage", "Not processed"),
    "letters.handling_answered": QT_TRANSLATE_NOOP("ReportsPage", "Petitions answered"),
    "cases.in_jurisdiction": QT_TRANSLATE_NOOP("ReportsPage", "Cases in jurisdiction"),
    "cases.carried_over": QT_TRANSLATE_NOOP("ReportsPage", "Cases carried over"),
    "cases.accepted": QT_TRANSLATE_NOOP("ReportsPage", "Cases accepted in the period"),
    "cases.type_complaint": QT_TRANSLATE_NOOP("ReportsPage", "Complaint cases"),
    "cases.type_denunciation": QT_TRANSLATE_NOOP("ReportsPage", "Denunciation cases"),
    "cases.settled": QT_TRANSLATE_NOOP("ReportsPage", "Cases settled"),
    "cases.settled_complaint": QT_TRANSLATE_NOOP("ReportsPage", "Complaints settled"),
    "cases.settled_denunciation": QT_TRANSLATE_NOOP("ReportsPage", "Denunciations settled"),
    "cases.rate": QT_TRANSLATE_NOOP("ReportsPage", "Settlement rate (settled ÷ in jurisdiction)"),
    "cases.on_time": QT_TRANSLATE_NOOP("ReportsPage", "Settled on time"),
    "cases.late": QT_TRANSLATE_NOOP("ReportsPage", "Settled late"),
    "civic.consultations": QT_TRANSLATE_NOOP("ReportsPage", "Consultations"),
    "civic.topic_1": QT_TRANSLATE_NOOP("ReportsPage", "Topic: socio-economic plans (Art. 25.1)"),
    "civic.topic_2": QT_TRANSLATE_NOOP("ReportsPage", "Topic: land-use planning (Art. 25.2)"),
    "civic.topic_3": QT_TRANSLATE_NOOP(
        "ReportsPage", "Topic: compensation and resettlement (Art. 25.3)"
    ),
    "civic.topic_4": QT_TRANSLATE_NOOP("ReportsPage", "Topic: investment projects (Art. 25.4)"),
    "civic.topic_5": QT_TRANSLATE_NOOP("ReportsPage", "Topic: administrative units (Art. 25.5)"),
    "civic.topic_6": QT_TRANSLATE_NOOP(
        "ReportsPage", "Topic: draft documents and policies (Art. 25.6)"
    ),
    "civic.topic_7": QT_TRANSLATE_NOOP(
        "ReportsPage", "Topic: grassroots democracy rules (Art. 25.7)"
    ),
    "civic.topic_8": QT_TRANSLATE_NOOP("ReportsPage", "Topic: decisions on citizens (Art. 25.8)"),
    "civic.topic_9": QT_TRANSLATE_NOOP("ReportsPage", "Topic: other matters (Art. 25.9)"),
    "civic.form_a": QT_TRANSLATE_NOOP("ReportsPage", "Form: conferences, meetings, dialogues"),
    "civic.form_b": QT_TRANSLATE_NOOP("ReportsPage", "Form: village meetings"),
    "civic.form_c": QT_TRANSLATE_NOOP("ReportsPage", "Form: opinion papers to households"),
    "civic.form_d": QT_TRANSLATE_NOOP("ReportsPage", "Form: suggestion box"),
    "civic.form_dd": QT_TRANSLATE_NOOP("ReportsPage", "Form: portal or website"),
    "civic.form_e": QT_TRANSLATE_NOOP("ReportsPage", "Form: telecoms, social networks, apps"),
    "civic.form_g": QT_TRANSLATE_NOOP(
        "ReportsPage", "Form: through the Front and mass organisations"
    ),
    "civic.form_h": QT_TRANSLATE_NOOP("ReportsPage", "Form: other"),
    "civic.opinions": QT_TRANSLATE_NOOP("ReportsPage", "Opinions received"),
    "civic.dialogues": QT_TRANSLATE_NOOP("ReportsPage", "Dialogues held"),
    "civic.dialogues_ubnd_residents": QT_TRANSLATE_NOOP(
        "ReportsPage", "UBND–resident dialogues (Art. 32)"
    ),
    "civic.dialogues_leaders": QT_TRANSLATE_NOOP(
        "ReportsPage", "Leaders' dialogues with residents"
    ),
    "civic.attendance": QT_TRANSLATE_NOOP("ReportsPage", "Attendance at dialogues"),
    "civic.inspections": QT_TRANSLATE_NOOP("ReportsPage", "People's Inspection Board: inspections"),
    "civic.cases_verified": QT_TRANSLATE_NOOP(
        "ReportsPage", "People's Inspection Board: cases verified"
    ),
    "civic.inspection_violations": QT_TRANSLATE_NOOP(
        "ReportsPage", "People's Inspection Board: violations"
    ),
    "civic.ttnd_made": QT_TRANSLATE_NOOP(
        "ReportsPage", "People's Inspection Board: recommendations"
    ),
    "civic.ttnd_answered": QT_TRANSLATE_NOOP("ReportsPage", "Recommendations answered"),
    "civic.ttnd_on_time": QT_TRANSLATE_NOOP(
        "ReportsPage", "Recommendations answered within 15 days"
    ),
    "civic.gsdtcd_boards": QT_TRANSLATE_NOOP("ReportsPage", "Investment supervision boards"),
    "civic.projects": QT_TRANSLATE_NOOP("ReportsPage", "Projects supervised"),
    "civic.supervision_violations": QT_TRANSLATE_NOOP(
        "ReportsPage", "Violations found by supervision"
    ),
    "civic.gsdtcd_made": QT_TRANSLATE_NOOP("ReportsPage", "Supervision boards: recommendations"),
    "civic.gsdtcd_answered": QT_TRANSLATE_NOOP(
        "ReportsPage", "Supervision recommendations answered"
    ),
    "civic.gsdtcd_on_time": QT_TRANSLATE_NOOP(
        "ReportsPage", "Supervision recommendations answered in 15 days"
    ),
}


def indicator_tables(
    f: CitizenCivicFigures, lang: str
) -> list[tuple[tuple[str, ...], list[tuple[str, object]]]]:
    """One (header, rows) per §4.10 section, rows worded (topics, forms and handlings
    left out when zero, as the printed report does)."""
    header = (translate("ReportsPage", "Indicator"), translate("ReportsPage", "Number"))
    return [
        (
            header,
            [
                (translate("ReportsPage", NAMES[k]), v)
                for k, v in indicators(s, f, lang, sparse=True)
            ],
        )
        for s in CITIZEN_SECTIONS
    ]
