"""The filter list: countries with checkboxes and counts, all/none, and text search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CODE_ROLE = Qt.ItemDataRole.UserRole


class CountryFilter(QWidget):
    """Emits ``changed`` whenever the checked countries or the search text change."""

    changed = Signal()

    def __init__(self, names, parent=None) -> None:
        super().__init__(parent)
        self.names = names  # callable: (code, lang) -> name
        self.lang = "en"
        self.search = QLineEdit(clearButtonEnabled=True)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.all_button = QPushButton()
        self.none_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.all_button.clicked.connect(lambda: self.set_checked(None))
        self.none_button.clicked.connect(lambda: self.set_checked(set()))
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search sentences (Ctrl+F)"))
        self.heading.setText(self.tr("Countries"))
        self.all_button.setText(self.tr("All"))
        self.none_button.setText(self.tr("None"))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._relabel()

    def set_countries(self, codes: list[str], keep: set[str] | None = None) -> None:
        """Fill the list (all checked, or ``keep``); counts come later via set_counts."""
        self.list.blockSignals(True)
        self.list.clear()
        for code in codes:
            item = QListWidgetItem()
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = keep is None or code in keep
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._counts: dict[str, int] = {}
        self._relabel()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self._relabel()

    def _relabel(self) -> None:
        self.list.blockSignals(True)
        counts = getattr(self, "_counts", {})
        for row in range(self.list.count()):
            item = self.list.item(row)
            code = item.data(CODE_ROLE)
            en, zh = self.names(code, "en"), self.names(code, "zh")
            first, second = (zh, en) if self.lang == "zh" else (en, zh)
            item.setText(f"{first} · {second}  ({counts.get(code, 0)})")
        self.list.blockSignals(False)

    def codes(self) -> list[str]:
        return [self.list.item(r).data(CODE_ROLE) for r in range(self.list.count())]

    def checked(self) -> set[str] | None:
        """The checked countries, or None when all are checked (no country filter)."""
        items = [self.list.item(r) for r in range(self.list.count())]
        on = {i.data(CODE_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked}
        return None if len(on) == len(items) else on

    def set_checked(self, codes: set[str] | None) -> None:
        self.list.blockSignals(True)
        for r in range(self.list.count()):
            item = self.list.item(r)
            on = codes is None or item.data(CODE_ROLE) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()

    def search_text(self) -> str:
        return self.search.text()
