"""Consultations, dialogues, the two oversight boards and their work (issue 16): one section
of the window, a tab per kind (:class:`KindTabsPage`)."""

from __future__ import annotations

from desktop.ui.pages.kind_tabs import KindTabsPage


class CivicPage(KindTabsPage):
    """The civic section's kinds (consultations, dialogues, boards, oversight) as tabs."""

    section = "civic"
