"""The side panel: where an event comes from, with its date expressions highlighted.

Article text is always set as plain text (QPlainTextEdit); highlights are extra
selections over it, so nothing in an article is ever interpreted as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
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
from viewer.core.timeline import format_span
from viewer.ui.fonts import ui_font

DATE_HIGHLIGHT = QColor("#ffe08a")
SENTENCE_HIGHLIGHT = QColor("#e4edfb")
NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class Source:
    """One source of the shown event: a mention and the article it is in."""

    article: Article
    mention: Mention | None  # None: the whole article is shown, no event


def _plain_label(bold: bool = False, size: float = 9.5) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFont(ui_font(size, bold))
    return label


class SourcePanel(QWidget):
    """Title, publication, date and countries, and every source paragraph of an event."""

    closed = Signal()
    correctRequested = Signal(object)  # Mention
    publicationRequested = Signal(object)  # Article
    addRequested = Signal(object, int, str)  # Article, paragraph index, selected words

    def __init__(self, names, parent=None) -> None:
        super().__init__(parent)
        self.names = names  # callable: code -> display name
        self.sources: list[Source] = []
        self._marks: list[tuple[str, int, int]] = []  # (kind, start, length) in the text
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
        self.chooser = QComboBox()  # which source "Show in article" opens
        self.chooser.currentIndexChanged.connect(self._render)
        self.toggle = QPushButton(checkable=True)
        self.toggle.toggled.connect(self._render)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.closed)
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self._correct)
        self.publication_button = QPushButton()
        self.publication_button.clicked.connect(self._publication)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.add_button.setEnabled(False)
        self.text.selectionChanged.connect(self._selection_changed)
        self._paragraph_at: list[tuple[int, int, int]] = []  # (start in text, index, length)
        edits = QHBoxLayout()
        for b in (self.correct_button, self.publication_button, self.add_button):
            edits.addWidget(b)
        edits.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle)
        buttons.addWidget(self.chooser, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        for w in (self.title, self.meta, self.when, self.countries):
            layout.addWidget(w)
        layout.addWidget(self.text, 1)
        layout.addLayout(edits)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Show in article"))
        self.close_button.setText(self.tr("Close"))
        self.correct_button.setText(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("Change this event's date, label or countries, "
                                               "or hide it"))
        self.publication_button.setText(self.tr("Publication date…"))
        self.publication_button.setToolTip(self.tr("Set the article's publication date; its "
                                                   "partial dates are resolved again"))
        self.add_button.setText(self.tr("Add event from selection"))
        self.add_button.setToolTip(self.tr("Select words of the article, then add them as an "
                                           "event"))
        if self.sources:
            self._fill_chooser()
            self._render()

    # -- showing ---------------------------------------------------------------------------

    def show_event(self, sources: list[Source]) -> None:
        """Show an event through its sources (most precise first)."""
        self.sources = sources
        self.toggle.blockSignals(True)
        self.toggle.setChecked(False)
        self.toggle.blockSignals(False)
        self.toggle.setEnabled(True)
        self._fill_chooser()
        self._render()

    def show_article(self, article: Article) -> None:
        self.sources = [Source(article, None)]
        self.toggle.setEnabled(False)
        self._fill_chooser()
        self._render()

    def _chosen(self) -> Source | None:
        if not self.sources:
            return None
        return self.sources[max(self.chooser.currentIndex(), 0)]

    def _correct(self) -> None:
        s = self._chosen()
        if s is not None and s.mention is not None:
            self.correctRequested.emit(s.mention)

    def _publication(self) -> None:
        s = self._chosen()
        if s is not None:
            self.publicationRequested.emit(s.article)

    def _selection_changed(self) -> None:
        cursor = self.text.textCursor()
        self.add_button.setEnabled(cursor.hasSelection() and bool(self._paragraph_at))

    def _add(self) -> None:
        s = self._chosen()
        cursor = self.text.textCursor()
        if s is None or not cursor.hasSelection():
            return
        pos = cursor.selectionStart()
        for start, index, length in self._paragraph_at:
            if start <= pos <= start + length:
                words = cursor.selectedText().replace("\u2029", " ").strip()
                self.addRequested.emit(s.article, index, words)
                return

    def _fill_chooser(self) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for k, s in enumerate(self.sources):
            pub = s.article.published_date.isoformat() if s.article.published_date else "?"
            self.chooser.addItem(f"{NUMBERS[k % len(NUMBERS)]} {pub} {s.article.title[:24]}")
        self.chooser.setVisible(len(self.sources) > 1)
        self.chooser.blockSignals(False)

    def paragraph_text(self) -> str:
        return self.text.toPlainText()

    def highlighted(self) -> list[str]:
        """The highlighted texts: the date expressions in order, then their sentences."""
        text = self.text.toPlainText()
        dates = [text[a : a + n] for kind, a, n in self._marks if kind == "date"]
        sentences = [text[a : a + n] for kind, a, n in self._marks if kind == "sentence"]
        return dates + sentences

    def _render(self, *_: object) -> None:
        if not self.sources:
            return
        chosen = self.sources[max(self.chooser.currentIndex(), 0)]
        first = self.sources[0]
        art, m = first.article, first.mention
        self.title.setText(art.title or art.id)
        pub = art.published_date.isoformat() if art.published_date else self.tr("unknown")
        meta = self.tr("Published {0} · {1}").format(pub, art.id)
        if len(self.sources) > 1:
            others = len({s.article.id for s in self.sources})
            reported = (self.tr("Reported in {0} places in one article") if others == 1
                        else self.tr("Reported in {0} places in {1} articles"))
            meta = reported.format(len(self.sources), others) + "\n" + meta
        self.meta.setText(meta)
        if m is None:
            self.when.setText(self.tr("Whole article"))
            self.countries.setText("")
        else:
            self.when.setText(self._when(m))
            codes = list(dict.fromkeys(c for s in self.sources if s.mention
                                       for c in s.mention.countries))
            names = ", ".join(self.names(c) for c in codes) or self.tr("none named")
            self.countries.setText(self.tr("Countries: {0}").format(names))
        if chosen.mention is None or self.toggle.isChecked():
            self._show_article(chosen)
        else:
            self._show_paragraphs()

    def _show_paragraphs(self) -> None:
        pieces: list[str] = []
        marks: list[tuple[str, int, int]] = []
        pos = 0
        many = len(self.sources) > 1
        for k, s in enumerate(self.sources):
            m = s.mention
            if many:
                pub = s.article.published_date.isoformat() if s.article.published_date else "?"
                head = f"{NUMBERS[k % len(NUMBERS)]} {s.article.title} · {pub} · {s.article.id}"
                pieces.append(head)
                pos += len(head) + 1
            para = next(p for p in s.article.paragraphs if p.index == m.paragraph)
            marks.append(("sentence", pos + m.sentence_offset - para.start, len(m.sentence)))
            marks.append(("date", pos + m.text_offset - para.start, m.text_length))
            pieces.append(para.text)
            pos += len(para.text) + 1
            if many and k < len(self.sources) - 1:
                pieces.append("")
                pos += 1
        self._set_text("\n".join(pieces), marks)

    def _show_article(self, s: Source) -> None:
        pieces, starts = [], {}
        pos = 0
        paragraph_at = []
        for p in s.article.body:
            starts[p.index] = pos - p.start
            paragraph_at.append((pos, p.index, len(p.text)))
            pieces.append(p.text)
            pos += len(p.text) + 2
        marks = []
        m = s.mention
        if m is not None and m.paragraph in starts:
            shift = starts[m.paragraph]
            marks = [("sentence", m.sentence_offset + shift, len(m.sentence)),
                     ("date", m.text_offset + shift, m.text_length)]
        self._set_text("\n\n".join(pieces), marks)
        self._paragraph_at = paragraph_at

    def _set_text(self, text: str, marks: list[tuple[str, int, int]]) -> None:
        self._paragraph_at = []
        self.text.setPlainText(text)
        self._marks = marks
        selections = []
        # sentences first, so that the dates are painted on top of them
        for kind in ("sentence", "date"):
            for k, start, length in marks:
                if k != kind:
                    continue
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(start)
                cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setBackground(DATE_HIGHLIGHT if kind == "date" else SENTENCE_HIGHLIGHT)
                if kind == "date":
                    fmt.setFontWeight(700)
                sel.cursor, sel.format = cursor, fmt
                selections.append(sel)
        self.text.setExtraSelections(selections)
        first_date = next((a for k, a, _ in marks if k == "date"), None)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(first_date or 0)
        self.text.setTextCursor(cursor)
        if first_date is not None:
            self.text.centerCursor()

    def _when(self, m: Mention) -> str:
        precision = {"day": self.tr("day"), "month": self.tr("month"), "year": self.tr("year")}
        anchor = {
            "explicit": self.tr("written in full"),
            "publication": self.tr("resolved against the publication date"),
            "context": self.tr("resolved against the date mentioned before it"),
            "unresolved": self.tr("unresolved: no publication date"),
        }
        value = format_span(m.start, m.end, m.precision, m.open_ended)
        if m.precision != "day" and m.start is not None:
            value += f"  ({m.start.isoformat()} – {m.end.isoformat()})"
        return self.tr("{0}  ({1} precision, {2})").format(
            value, precision[m.precision], anchor[m.anchor])
