"""Consultations, dialogues, the two oversight boards and their work (issue 16): one section
of the window, a tab per kind (:class:`KindTabsPage`)."""

from __future__ import annotations

from desktop.ui.pages.kind_tabs import KindTabsPage

CIVIC_KINDS = ("consultation", "dialogue", "board", "oversight")


class CivicPage(KindTabsPage):
    """The four civic kinds as tabs."""

    kinds = CIVIC_KINDS
