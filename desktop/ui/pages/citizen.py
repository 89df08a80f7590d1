"""Citizen reception, the register of letters and the complaints and denunciations
accepted (issue 15): one section of the window, a tab per kind (:class:`KindTabsPage`).

A denouncer's identity is typed and shown only in the record's form on this installation
(the officer's own); the lists, search and everything sent up never show it
(``FieldSpec.confidential``, docs/records.md)."""

from __future__ import annotations

from desktop.ui.pages.kind_tabs import KindTabsPage


class CitizenPage(KindTabsPage):
    """The citizen section's kinds (Tiếp công dân / Sổ đơn thư / Vụ việc) as tabs."""

    section = "citizen"
