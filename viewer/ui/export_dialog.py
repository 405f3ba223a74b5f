"""File → Export…: the current view and filters as a PNG, SVG or PDF picture."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from viewer.ui import figure

SIZES = [("slide", "Slide 16:9, 1920 × 1080"), ("slide4k", "Slide 16:9, 3840 × 2160"),
         ("a4", "A4 landscape"), ("custom", "Custom")]
FORMATS = [(".png", "PNG"), (".svg", "SVG"), (".pdf", "PDF")]


class ExportDialog(QDialog):
    """Chooses title, format, size and footer; writes through :func:`figure.save`."""

    def __init__(self, spec: figure.FigureSpec, table, articles, start_dir: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.base, self.table, self.articles, self.start_dir = spec, table, articles, start_dir
        self.title = QLineEdit(spec.title or spec.default_title())
        self.format = QComboBox()
        for suffix, name in FORMATS:
            self.format.addItem(name, suffix)
        self.size = QComboBox()
        for key, _ in SIZES:
            self.size.addItem("", key)
        self.width_box = QSpinBox(minimum=200, maximum=10000, value=spec.width)
        self.height_box = QSpinBox(minimum=150, maximum=10000, value=spec.height)
        custom = QWidget()
        row = QHBoxLayout(custom)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.width_box)
        row.addWidget(self.height_box)
        self.footer = QCheckBox(checked=True)
        self.dated = QCheckBox(checked=True)
        self.footer.toggled.connect(self.dated.setEnabled)
        self.size.currentIndexChanged.connect(self._size_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        form = QFormLayout(self)
        self.rows = {}
        for key, widget in (("title", self.title), ("format", self.format), ("size", self.size),
                            ("custom", custom), ("footer", self.footer), ("dated", self.dated)):
            form.addRow(key, widget)
            self.rows[key] = form.labelForField(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._choose_and_save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.retranslate()
        self._size_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export timeline picture"))
        for key, text in (("title", self.tr("Title")), ("format", self.tr("Format")),
                          ("size", self.tr("Size")), ("custom", self.tr("Width × height (px)")),
                          ("footer", self.tr("Footer")), ("dated", self.tr("Date"))):
            self.rows[key].setText(text)
        names = {"slide": self.tr("Slide 16:9, 1920 × 1080"),
                 "slide4k": self.tr("Slide 16:9, 3840 × 2160"),
                 "a4": self.tr("A4 landscape (PDF)"), "custom": self.tr("Custom")}
        for i in range(self.size.count()):
            self.size.setItemText(i, names[self.size.itemData(i)])
        self.footer.setText(self.tr("List the sources under the picture"))
        self.dated.setText(self.tr("Print the date the picture was made"))

    def _size_changed(self) -> None:
        key = self.size.currentData()
        custom = key == "custom"
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if not custom:
            w, h = figure.PRESETS[key]
            self.width_box.setValue(w)
            self.height_box.setValue(h)
        if key == "a4":
            self.format.setCurrentIndex(self.format.findData(".pdf"))

    def _format_changed(self) -> None:
        if self.size.currentData() == "a4" and self.format.currentData() != ".pdf":
            self.size.setCurrentIndex(self.size.findData("slide"))

    def spec(self) -> figure.FigureSpec:
        title = self.title.text().strip()
        return dataclasses.replace(
            self.base, width=self.width_box.value(), height=self.height_box.value(),
            title=title if title and title != self.base.default_title() else None,
            footer=self.footer.isChecked(),
            made_on=self.base.made_on if self.dated.isChecked() else None)

    def export_to(self, path: Path) -> Path:
        """Write the picture to ``path`` (its extension is set from the chosen format)."""
        path = Path(path).with_suffix(self.format.currentData())
        figure.save(self.spec(), self.table, self.articles, path)
        return path

    def _choose_and_save(self) -> None:
        suffix = self.format.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save picture"), str(Path(self.start_dir) / f"timeline{suffix}"),
            f"{self.format.currentText()} (*{suffix})")
        if not name:
            return
        try:
            self.saved = self.export_to(Path(name))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        self.accept()
