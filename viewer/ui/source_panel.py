"""The side panel: where an event comes from, with its date expression highlighted.

Article text is always set as plain text (QPlainTextEdit); highlights are extra
selections over it, so nothing in an article is ever interpreted as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.core.article import Article
from viewer.core.events import Mention
from viewer.ui.fonts import ui_font

DATE_HIGHLIGHT = QColor("#ffe08a")
SENTENCE_HIGHLIGHT = QColor("#e4edfb")


@dataclass(frozen=True)
class Shown:
    """What the panel shows: a mention in its paragraph, or a whole article."""

    article: Article
    mention: Mention | None
    whole: bool


def _plain_label(bold: bool = False, size: float = 9.5) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFont(ui_font(size, bold))
    return label


class SourcePanel(QWidget):
    """Title, publication date, file, date and countries, and the source paragraph."""

    closed = Signal()

    def __init__(self, names, parent=None) -> None:
        super().__init__(parent)
        self.names = names  # callable: code -> display name
        self.shown: Shown | None = None
        self.title = _plain_label(bold=True, size=11.5)
        self.meta = _plain_label()
        self.meta.setStyleSheet("color: #6b7280")
        self.when = _plain_label(bold=True)
        self.countries = _plain_label()
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setFont(ui_font(11))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.text.setStyleSheet("QPlainTextEdit { background: #ffffff; }")
        self.toggle = QPushButton(checkable=True)
        self.toggle.toggled.connect(self._render)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.closed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        for w in (self.title, self.meta, self.when, self.countries):
            layout.addWidget(w)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Show in article"))
        self.close_button.setText(self.tr("Close"))
        if self.shown:
            self._render()

    # -- showing ---------------------------------------------------------------------------

    def show_mention(self, article: Article, mention: Mention) -> None:
        self.shown = Shown(article, mention, False)
        self.toggle.setEnabled(True)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(False)
        self.toggle.blockSignals(False)
        self._render()

    def show_article(self, article: Article) -> None:
        self.shown = Shown(article, None, True)
        self.toggle.setEnabled(False)
        self._render()

    def paragraph_text(self) -> str:
        return self.text.toPlainText()

    def highlighted(self) -> list[str]:
        """The texts under the highlights (date first), for tests and accessibility."""
        # painted in list order, so the date (on top) is the last selection
        return [sel.cursor.selectedText() for sel in reversed(self.text.extraSelections())]

    def _render(self, *_: object) -> None:
        s = self.shown
        if s is None:
            return
        art, m = s.article, s.mention
        self.title.setText(art.title or art.id)
        pub = art.published_date.isoformat() if art.published_date else self.tr("unknown")
        self.meta.setText(self.tr("Published {0} · {1}").format(pub, art.id))
        if m is None:
            self.when.setText(self.tr("Whole article"))
            self.countries.setText("")
        else:
            self.when.setText(self._when(m))
            names = ", ".join(self.names(c) for c in m.countries) or self.tr("none named")
            self.countries.setText(self.tr("Countries: {0}").format(names))
        whole = s.whole or self.toggle.isChecked()
        body = art.body
        if m is not None and not whole:
            para = next(p for p in art.paragraphs if p.index == m.paragraph)
            self.text.setPlainText(para.text)
            base = para.start
        else:
            pieces, starts = [], {}
            pos = 0
            for p in body:
                starts[p.index] = (pos, p.start)
                pieces.append(p.text)
                pos += len(p.text) + 2
            self.text.setPlainText("\n\n".join(pieces))
            base = None
            if m is not None:
                joined_start, para_start = starts[m.paragraph]
                base = para_start - joined_start
        if m is not None and base is not None:
            self._highlight(m.sentence_offset - base, len(m.sentence), SENTENCE_HIGHLIGHT, False)
            self._highlight(m.text_offset - base, m.text_length, DATE_HIGHLIGHT, True)
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(m.text_offset - base)
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
        else:
            self.text.setExtraSelections([])
            self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def _highlight(self, start: int, length: int, color: QColor, bold: bool) -> None:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        if bold:
            fmt.setFontWeight(700)
        else:
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        sel.cursor, sel.format = cursor, fmt
        self.text.setExtraSelections([*self.text.extraSelections(), sel])

    def _when(self, m: Mention) -> str:
        precision = {"day": self.tr("day"), "month": self.tr("month"), "year": self.tr("year")}
        anchor = {
            "explicit": self.tr("written in full"),
            "publication": self.tr("resolved against the publication date"),
            "context": self.tr("resolved against the date mentioned before it"),
            "unresolved": self.tr("unresolved: no publication date"),
        }
        if m.start is None:
            value = "?"
        elif m.start == m.end:
            value = m.start.isoformat()
        else:
            value = f"{m.start.isoformat()} – {m.end.isoformat()}"
        if m.open_ended:
            value += " →"
        return self.tr("{0}  ({1} precision, {2})").format(
            value, precision[m.precision], anchor[m.anchor])
