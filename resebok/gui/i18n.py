"""The user interface language: Swedish (the language of the source code) or English.

Every user-facing string in resebok/gui goes through Qt's translation (``self.tr`` in QObject
subclasses, ``QCoreApplication.translate`` with a fixed context elsewhere). English is
``resources/translations/resebok_en.qm``, built from ``resebok_en.ts`` by
``python -m resebok.gui.i18n_tools update``; Swedish, the language of the code, has a small
``resebok_sv.qm`` with the singular of counted messages ("1 resa" beside "%n resor").
Numbers, dates and money in the GUI follow the same language (resebok.gui.formatting); the
PDFs, CSV and payroll files that resebok/core writes stay Swedish whatever the screen shows.

The chosen language is kept on the QApplication (a dynamic property) next to the translators
it installed, so that nothing else holds global state and a test can switch back.
"""

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resebok.core.resources import resource_path
from resebok.core.user_config import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "sv"  # the strings in the code are Swedish
TRANSLATIONS_DIR = "translations"
LANGUAGE_PROPERTY = "resebokLanguage"
TRANSLATOR_NAME = "resebokTranslator"

_LOCALES = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    # British English: 1,234.50, day before month, weeks start on Monday as in Sweden.
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def supported(language: str | None) -> str:
    """*language* if Resebok has it, else the default (Swedish)."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def locale_for(language: str) -> QLocale:
    lang, country = _LOCALES[supported(language)]
    return QLocale(lang, country)


def ui_language() -> str:
    """The language the running application shows ("sv" before any was applied)."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return supported(value if isinstance(value, str) else None)


def ui_locale() -> QLocale:
    return locale_for(ui_language())


def translation_file(language: str) -> str:
    """The path of Resebok's compiled translation into *language* (it may not exist)."""
    return str(resource_path(TRANSLATIONS_DIR) / f"resebok_{language}.qm")


def apply_language(app: QCoreApplication, language: str | None) -> str:
    """Show *app* in *language* from now on; returns the language used.

    Replaces the translators an earlier call installed, sets the default QLocale (Qt's own
    widgets such as date edits and spin boxes follow it) and loads Qt's translation of its
    standard dialogs. Windows that are already open keep their texts: a new language shows
    in windows opened afterwards, in practice after a restart.
    """
    language = supported(language)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(locale_for(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _install(app, f"qtbase_{language}", qt_dir)
    if not _install(app, translation_file(language)):
        log.warning("Resebok's translation into %r was not found", language)
    app.setProperty(LANGUAGE_PROPERTY, language)
    return language


def _install(app: QCoreApplication, name: str, directory: str = "") -> bool:
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if translator.load(name, directory):
        app.installTranslator(translator)
        return True
    translator.deleteLater()
    return False
