"""Interface languages: Qt translation files from resources/i18n."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from viewer.core.resources import resource_path

FILES = {"zh": "viewer_zh_CN.qm"}


class Translations:
    """Installs the translator for the chosen language (English needs none)."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.translator: QTranslator | None = None

    def use(self, lang: str) -> bool:
        if self.translator is not None:
            self.app.removeTranslator(self.translator)
            self.translator = None
        name = FILES.get(lang)
        if name is None:
            return True
        translator = QTranslator(self.app)
        if not translator.load(str(resource_path("i18n", name))):
            return False
        self.app.installTranslator(translator)
        self.translator = translator
        return True
