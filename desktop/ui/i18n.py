"""Loading the window's translations and switching language while it runs.

Source strings are English; ``i18n/sodanchu_<lang>.qm`` (built from the ``.ts``
files by ``pyside6-lrelease``) hold the translations. Qt's own strings (dialog
buttons, the wizard's buttons) come from ``qtbase_<lang>.qm`` when Qt ships it;
PySide6 ships no ``qtbase_vi``, so ``sodanchu_vi`` carries those few strings too
(see :mod:`desktop.ui.qt_strings`).

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget;
widgets re-word themselves in ``changeEvent`` (see :func:`is_language_change`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from desktop.core.resources import i18n_dir
from desktop.core.warning_words import word_warning
from desktop.core.warnings import RecordWarning

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
# Each language is named in its own words: the officer must find it whatever is shown.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
APP_NAME = "Sổ Dân Chủ"  # a proper name: the same in every language


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``; ``pyside6-lupdate`` finds calls by this name."""
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``pyside6-lupdate`` in ``context``; translated later by ``translate``.

    Qt's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; this one keeps ``str``.
    """
    del context
    return text


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


class I18n(QObject):
    """The translators installed in the application and the language in force.

    Handed to the widgets that need the language (error wording from
    :mod:`desktop.core.messages` takes it as an argument).
    """

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, qm_dir: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._qm_dir = qm_dir if qm_dir is not None else i18n_dir()
        self._translators: list[QTranslator] = []
        self._lang = "en"  # the source strings, until a language is applied

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def qm_dir(self) -> Path:
        return self._qm_dir

    def apply(self, lang: str) -> bool:
        """Switch to ``lang``; False when its translation file is missing.

        A missing file is logged and the window stays in English, the source
        language, rather than failing to start.
        """
        if lang not in LANGUAGES:
            log.warning("unknown interface language %r; using %s", lang, DEFAULT_LANGUAGE)
            lang = DEFAULT_LANGUAGE
        self.remove()

        # Installed later means searched first: ours must win over Qt's own.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_ok = self._install(f"qtbase_{lang}", Path(qt_dir))
        if not qt_ok and lang != "en":
            log.info("qtbase_%s not shipped with Qt; using the copies in sodanchu_%s", lang, lang)
        ours_ok = self._install(f"sodanchu_{lang}", self._qm_dir)
        if not ours_ok:
            log.warning(
                "translation %s missing in %s: the window shows English source strings",
                f"sodanchu_{lang}.qm",
                self._qm_dir,
            )
        self._lang = lang
        QLocale.setDefault(locale_for(lang))
        self.language_changed.emit(lang)
        return ours_ok

    def remove(self) -> None:
        """Uninstall this object's translators (back to the English source strings)."""
        for old in self._translators:
            self._app.removeTranslator(old)
            old.deleteLater()
        self._translators = []

    def _install(self, name: str, directory: Path) -> bool:
        translator = QTranslator(self)
        if not (directory / f"{name}.qm").is_file() or not translator.load(name, str(directory)):
            translator.deleteLater()
            return False
        self._app.installTranslator(translator)
        self._translators.append(translator)
        return True


def locale_for(lang: str) -> QLocale:
    """The locale dates and numbers are shown in for an interface language."""
    if lang == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def current_lang() -> str:
    """The interface language now applied (from the default locale :meth:`I18n.apply` sets),
    for the places that word core codes without a language handed to them."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def warning_lines(kind: str, warnings: Iterable[RecordWarning], lang: str | None = None) -> str:
    """A record's warnings worded by core's catalog in the interface language, one a line."""
    language = lang or current_lang()
    return "\n".join(f"⚠ {word_warning(kind, w, language)}" for w in warnings)
