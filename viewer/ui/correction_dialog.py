"""Edit an event by hand: its dates, precision, label, countries, or hide it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from viewer.core import corrections as cr

PRECISIONS = ("day", "month", "year")


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class CorrectionDialog(QDialog):
    """Prefilled with the event as shown; ``edit()`` or ``added()`` gives the correction."""

    def __init__(self, start: dt.date, end: dt.date, precision: str, label: str,
                 countries: list[str], lookup, allow_hide: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.lookup = lookup  # name or code -> code | None
        self.start = QDateEdit(_qdate(start), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(_qdate(end), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.precision = QComboBox()
        for p in PRECISIONS:
            self.precision.addItem(p, p)
        self.precision.setCurrentIndex(PRECISIONS.index(precision))
        self.label = QLineEdit(label)
        self.countries = QLineEdit(", ".join(countries))
        self.hidden = QCheckBox()
        self.hidden.setVisible(allow_hide)
        self.error = QLabel()
        self.error.setStyleSheet("color: #d92d20")
        self.form = QFormLayout(self)
        self.rows = {}
        for key, widget in (("start", self.start), ("end", self.end),
                            ("precision", self.precision), ("label", self.label),
                            ("countries", self.countries), ("hidden", self.hidden)):
            self.form.addRow(key, widget)
            self.rows[key] = self.form.labelForField(widget)
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        self.rows["hidden"].setVisible(allow_hide)
        self.setWindowTitle(self.tr("Correct this event"))
        for key, text in (("start", self.tr("From")), ("end", self.tr("To")),
                          ("precision", self.tr("Precision")), ("label", self.tr("Label")),
                          ("countries", self.tr("Countries (codes or names)")),
                          ("hidden", self.tr("Hide"))):
            self.rows[key].setText(text)
        self.hidden.setText(self.tr("Not an event: hide it everywhere"))

    def codes(self) -> list[str] | None:
        """The countries typed, as codes; None when one of them is unknown."""
        out = []
        for part in self.countries.text().replace("，", ",").replace("、", ",").split(","):
            if part.strip():
                code = self.lookup(part.strip())
                if code is None:
                    return None
                out.append(code)
        return out

    def _check(self) -> None:
        if self.codes() is None:
            self.error.setText(self.tr("Unknown country in the list."))
            return
        if _date(self.end.date()) < _date(self.start.date()):
            self.error.setText(self.tr("The end is before the start."))
            return
        self.accept()

    def edit(self) -> cr.Edit:
        return cr.Edit(start=_date(self.start.date()).isoformat(),
                       end=_date(self.end.date()).isoformat(),
                       precision=self.precision.currentData(), label=self.label.text().strip(),
                       countries=self.codes() or [], hidden=self.hidden.isChecked())
