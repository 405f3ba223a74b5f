"""The main window: wires the filter list, the timeline and the source panel together.

It owns no extraction or filtering logic: the core's EventTable answers every
question (which events are visible, how many per country, which one is next).
"""

from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolBar,
)

from viewer.core import corrections as cr
from viewer.core import gazetteer
from viewer.core import timeline as tl
from viewer.core.article import Article
from viewer.core.ingest import IngestError
from viewer.core.pipeline import Corpus, load_article
from viewer.ui import figure
from viewer.ui.correction_dialog import CorrectionDialog
from viewer.ui.country_filter import CountryFilter
from viewer.ui.export_dialog import ExportDialog
from viewer.ui.figure import FigureSpec
from viewer.ui.loader import CorpusLoader, Loaded, TableBuilder, cache_file
from viewer.ui.source_panel import Source as PanelSource
from viewer.ui.source_panel import SourcePanel
from viewer.ui.timeline_view import TimelineView

MAX_RECENT = 8


@lru_cache(maxsize=64)
def _article(path: str, ident: str, digest: str) -> Article:
    """The article as read now (``digest`` keys the cache: an edited file is read again)."""
    return load_article(path, ident)


class MainWindow(QMainWindow):
    """Emits ``corpusShown`` once a corpus is on screen (used by --screenshot and tests)."""

    corpusShown = Signal()
    languageRequested = Signal(str)
    BACKGROUND_ABOVE = 20_000  # mentions: above this, events are rebuilt in a thread
    MERGES_KEPT = 6  # recent merges kept (about 1 MB each at 10,000 pages) for undo and relabelling

    def __init__(self, settings: QSettings, lang: str = "en", restore: bool = True,
                 cache: bool = True) -> None:
        super().__init__()
        self.settings = settings
        self.lang = lang
        self.gaz = gazetteer.default()
        self.corpus = Corpus()
        self.paths: list[str] = []
        self.table = tl.EventTable([])
        self.unresolved: list = []
        self.merges: list[tl.PackedMerge] = []  # the last merges shown, for undo and relabelling
        self.loading = False
        self.history = cr.History(cr.Corrections())
        self._seen_on_disk: str | None = None
        self.project_file: Path | None = None
        self.project_writable = True
        self.data_dir = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation))
        self.setAcceptDrops(True)

        self.filter = CountryFilter(self.gaz.name)
        self.timeline = TimelineView(lang)
        self.timeline.country_name = lambda code: self.gaz.name(code, self.lang)
        self.panel = SourcePanel(lambda code: self.gaz.name(code, self.lang))
        self.panel.hide()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.filter)
        split.addWidget(self.timeline)
        split.addWidget(self.panel)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 900, 380])
        split.setChildrenCollapsible(False)
        self.splitter = split
        self.setCentralWidget(split)

        self.loader = CorpusLoader(self, cache_file() if cache else None)
        self.builder = TableBuilder(self)
        self.builder.built.connect(self._on_built)
        self._after_build: tuple = ()  # (keep, then) of the rebuild the builder is doing
        self.loader.progress.connect(self._on_progress)
        self.loader.loaded.connect(self._on_loaded)
        self.filter.changed.connect(self.apply_filter)
        self.timeline.eventActivated.connect(self.open_event)
        self.timeline.sourceActivated.connect(self.open_source)
        self.panel.closed.connect(self.close_panel)
        self.panel.correctRequested.connect(self.correct_mention)
        self.panel.publicationRequested.connect(self.set_publication)
        self.panel.addRequested.connect(self.add_event)

        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems_dock = QDockWidget()
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self._build_actions()
        self._build_status()
        self.retranslate()
        self.resize(1440, 860)
        if restore:
            self._restore()

    # -- actions, menus, toolbar ---------------------------------------------------------

    def _action(self, slot, shortcut=None, widget_only: bool = False) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if widget_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.timeline.addAction(action)
        else:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_open_files = a(self.choose_files, QKeySequence.StandardKey.Open)
        self.act_open_folder = a(self.choose_folder, "Ctrl+Shift+O")
        self.act_export = a(self.export_picture, "Ctrl+E")
        self.act_copy = a(self.copy_image, "Ctrl+Shift+C")
        self.act_quit = a(self.close, QKeySequence.StandardKey.Quit)
        self.act_home = a(self.timeline.home, "Home")
        self.act_year = a(self.last_twelve_months)
        self.act_fit = a(self.timeline.fit_all, "Ctrl+0")
        self.act_zoom_in = a(lambda: self.timeline.zoom(0.7), ["+", "=", "Ctrl++"], True)
        self.act_zoom_out = a(lambda: self.timeline.zoom(1 / 0.7), ["-", "Ctrl+-"], True)
        self.act_prev = a(lambda: self.timeline.step(-1), "Left", True)
        self.act_next = a(lambda: self.timeline.step(+1), "Right", True)
        self.act_enter = a(self.open_selected, ["Return", "Enter"], True)
        self.act_escape = a(self.clear_selection, "Esc", True)
        self.act_find = a(self.focus_search, QKeySequence.StandardKey.Find)
        self.act_undo = a(self.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = a(self.redo, QKeySequence.StandardKey.Redo)
        self.act_merged = a(self.rebuild)
        self.act_merged.setCheckable(True)
        self.act_merged.setChecked(self.settings.value("view/merged", "true") != "false")
        lane_group = QActionGroup(self)
        self.lane_actions = {}
        saved_lanes = self.settings.value("view/lanes", "none")
        for mode in tl.LANE_MODES:
            act = QAction(self, checkable=True, checked=mode == saved_lanes)
            act.triggered.connect(self._lanes_changed)
            lane_group.addAction(act)
            self.lane_actions[mode] = act
        if not any(a.isChecked() for a in self.lane_actions.values()):
            self.lane_actions["none"].setChecked(True)

        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.file_menu.addAction(self.act_open_files)
        self.file_menu.addAction(self.act_open_folder)
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_export)
        self.file_menu.addAction(self.act_copy)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = menu.addMenu("")
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)
        self.view_menu = menu.addMenu("")
        for act in (self.act_home, self.act_year, self.act_fit, None, self.act_zoom_in,
                    self.act_zoom_out, None, self.act_find, None, self.act_merged):
            self.view_menu.addAction(act) if act else self.view_menu.addSeparator()
        self.act_problems = self.problems_dock.toggleViewAction()
        self.view_menu.addAction(self.act_problems)
        self.lanes_menu = self.view_menu.addMenu("")
        for mode in tl.LANE_MODES:
            self.lanes_menu.addAction(self.lane_actions[mode])
        self.lang_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.lang_actions = {}
        for code, name in (("en", "English"), ("zh", "中文")):
            act = QAction(name, self, checkable=True, checked=code == self.lang)
            act.triggered.connect(lambda _c=False, c=code: self.languageRequested.emit(c))
            group.addAction(act)
            self.lang_menu.addAction(act)
            self.lang_actions[code] = act

        bar = QToolBar()
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        for act in (self.act_open_folder, self.act_export, self.act_copy, None, self.act_home,
                    self.act_year, self.act_fit, None, self.act_zoom_in, self.act_zoom_out, None,
                    self.act_merged, *self.lane_actions.values()):
            bar.addAction(act) if act else bar.addSeparator()
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_status(self) -> None:
        self.status_text = QLabel()
        self.status_text.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(maximumWidth=220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.loader.stop)
        sb = self.statusBar()
        sb.addWidget(self.status_text, 1)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rare-earth dispute timeline"))
        self.act_open_files.setText(self.tr("Open files…"))
        self.act_open_folder.setText(self.tr("Open folder…"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_export.setText(self.tr("Export picture…"))
        self.act_copy.setText(self.tr("Copy image"))
        self.act_copy.setToolTip(self.tr("Copy a 1920 × 1080 picture of this view (Ctrl+Shift+C)"))
        self.act_home.setText(self.tr("2010–2026"))
        self.act_home.setToolTip(self.tr("Show 2010 to 2026 (Home, or double-click the timeline)"))
        self.act_year.setText(self.tr("Last 12 months"))
        self.act_year.setToolTip(self.tr("The 12 months up to the newest article"))
        self.act_fit.setText(self.tr("Fit all"))
        self.act_zoom_in.setText(self.tr("Zoom in"))
        self.act_zoom_out.setText(self.tr("Zoom out"))
        self.act_prev.setText(self.tr("Previous event"))
        self.act_next.setText(self.tr("Next event"))
        self.act_find.setText(self.tr("Search"))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open recent"))
        self.view_menu.setTitle(self.tr("&View"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.act_undo.setText(self.tr("Undo correction"))
        self.act_redo.setText(self.tr("Redo correction"))
        self.lang_menu.setTitle(self.tr("Language"))
        self.lanes_menu.setTitle(self.tr("Lanes"))
        self.act_merged.setText(self.tr("Merge duplicates"))
        self.act_merged.setToolTip(self.tr("One event per happening, with all the articles that "
                                           "report it; off: every mention on its own"))
        self.lane_actions["none"].setText(self.tr("No lanes"))
        self.lane_actions["country"].setText(self.tr("Lanes by country"))
        self.lane_actions["article"].setText(self.tr("Lanes by article"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.filter.retranslate()
        self.filter.set_language(self.lang)
        self.panel.retranslate()
        self.timeline.set_language(self.lang, self.tr("Sources"))
        self._fill_recent()
        self._update_status()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.lang_actions[lang].setChecked(True)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------

    def load(self, paths: list[str]) -> None:
        self.paths = [str(p) for p in paths]
        self.loading = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status_text.setText(self.tr("Reading {0}…").format(", ".join(self.paths)))
        self.loader.start(self.paths, merged=self.act_merged.isChecked(),
                          project=cr.project_path(self.paths, self.data_dir))

    def _on_progress(self, done: int, total: int, events: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{0}/{1} files · {2} events").format(done, total, events))

    def _on_loaded(self, loaded: Loaded, paths: list[str]) -> None:
        self.loading = False
        self.progress.hide()
        self.cancel_button.hide()
        self.corpus = corpus = loaded.corpus
        problems = [(p.path, p.reason) for p in corpus.problems]
        problems += self._open_project(paths)
        prepared = loaded.prepared
        if loaded.corrections != self.history.current \
                or loaded.merged != self.act_merged.isChecked():
            prepared = None  # the file changed since the loader read it, or the setting did

        def shown() -> None:
            self._remember(paths)
            if corpus.cancelled:
                self.statusBar().showMessage(self.tr("Loading cancelled: {0} files read").format(
                    len(corpus.articles)), 8000)
            self.timeline.setFocus()  # ←/→ work at once
            self.show_problems(problems)
            self.corpusShown.emit()

        # a load is shown at once, whole (corpus, corrections and events together)
        self.rebuild(keep=self._saved_countries(), prepared=prepared, then=shown,
                     background=False)

    def rebuild(self, *_: object, keep: set[str] | None | bool = False, prepared=None,
                then=None, background: bool = True) -> None:
        """(Re)build the events from the corpus, merged or not, keeping the filters.

        ``prepared`` (tl.Prepared), when given, was made by the loader thread for the
        current setting.
        After a correction or a merge toggle (``background``), a large corpus is merged
        in a thread (seconds at 10,000 pages) while the window stays usable; ``then``
        runs once the new events are shown.
        """
        merged = self.act_merged.isChecked()
        self.settings.setValue("view/merged", "true" if merged else "false")
        if keep is False:
            keep = self.filter.checked()
        if prepared is None and background and len(self.corpus.mentions) > self.BACKGROUND_ABOVE:
            self._after_build = (keep, then)
            # corrections are applied here (they also set articles' dates); only the
            # merge, the slow part, runs in the thread
            mentions = self.mentions()  # first: it sets the dates the analyst gave articles
            self.builder.start(self.corpus.articles, mentions, merged, tuple(self.merges))
            self.status_text.setText(self.tr("Updating the events…"))
            return
        self.builder.drop()  # whatever it is still building is out of date now
        if prepared is None:
            prepared = self._prepare()
        self._show_table(prepared, keep, then)

    def _prepare(self) -> tl.Prepared:
        mentions = self.mentions()  # first: it sets the dates the analyst gave articles
        return tl.prepare(self.corpus.articles, mentions, merged=self.act_merged.isChecked(),
                          known=tuple(self.merges))

    def _on_built(self, prepared, token: int) -> None:
        if token != self.builder.token:
            return  # a later change is being built
        keep, then = self._after_build
        if prepared is None:  # the thread failed: build here rather than show nothing
            prepared = self._prepare()
        self._show_table(prepared, keep)
        if then is not None:  # in a turn of its own: showing 100,000 events took this one
            QTimer.singleShot(0, lambda: then() if self.builder.token == token else None)

    def _show_table(self, prepared: tl.Prepared, keep, then=None) -> None:
        self.timeline.select(None)
        self.panel.hide()
        self.table = prepared.table
        self.unresolved = prepared.unresolved
        if prepared.merge is not None:  # the newest first; undo finds the one before
            self.merges = [prepared.merge] + [m for m in self.merges
                                              if m.key != prepared.merge.key][:self.MERGES_KEPT - 1]
        self.filter.set_countries(self._country_order(), keep)
        with self.timeline.held():
            self.timeline.set_events(self.table, prepared.sources, prepared.source_x)
            self.apply_filter()
        if then is not None:
            then()

    # -- corrections ---------------------------------------------------------------------------

    def mentions(self) -> list:
        """The corpus's mentions with the analyst's corrections applied (articles' dates too)."""
        return cr.corrected(self.corpus, self.history.current)

    def _open_project(self, paths: list[str]) -> list[tuple[str, str]]:
        """Read the corrections kept for this corpus; problems with the file, as (path, reason)."""
        self.project_file = cr.project_path(paths, self.data_dir)
        self.project_writable = True
        self._seen_on_disk = self._disk_state()
        try:
            self.history = cr.History(cr.load(self.project_file))
            notes = []
            if self.project_file.exists() and not os.access(self.project_file, os.W_OK):
                self.project_writable = False
                notes.append((str(self.project_file), self.tr(
                    "The corrections file is read-only: its corrections are shown, new ones "
                    "are not saved.")))
            orphans = self.history.current.orphans(self.corpus.mentions)
            if orphans:
                notes.append((str(self.project_file), self.tr(
                    "{0} corrections no longer match their article (its text changed); they "
                    "are kept in the file.").format(len(orphans))))
            return notes
        except cr.ProjectError as exc:
            self.history = cr.History(cr.Corrections())
            kept = cr.keep_aside(self.project_file)
            # never write over a file we could not read safely or could not copy aside
            self.project_writable = not exc.newer and kept is not None
            copy = kept.name if kept is not None else "-"
            if not self.project_writable:
                note = self.tr("The corrections file could not be used: {0}. It is left "
                               "untouched (a copy is in {1}); corrections made now are not "
                               "saved.").format(exc, copy)
            else:
                note = self.tr("The corrections file could not be used: {0}. A copy was kept "
                               "as {1}; new corrections start a fresh file.").format(exc, copy)
            return [(str(self.project_file), note)]
        finally:
            self.act_undo.setEnabled(self.history.can_undo())
            self.act_redo.setEnabled(self.history.can_redo())

    def _disk_state(self) -> str | None:
        try:
            return cr.digest(self.project_file.read_bytes().decode("utf-8", "replace"))
        except (OSError, AttributeError):
            return None

    def _changed(self, apply, reopen: str | None = None) -> None:
        """Record a correction, save it, and show its effect everywhere.

        If another window saved this project since we last read or wrote it, its
        corrections are read first and ours is made on top of them, so neither is lost.
        """
        self.history.current = self._latest()
        self.history.change(apply)
        self._after_change(reopen)

    def _latest(self) -> cr.Corrections:
        """The corrections as last saved, by this window or by another one on this project."""
        if self.project_writable and self.project_file is not None:
            on_disk = self._disk_state()
            if on_disk is not None and on_disk != self._seen_on_disk:
                try:
                    return cr.load(self.project_file)
                except cr.ProjectError:
                    pass  # keep ours; the file's trouble was reported when it was opened
        return self.history.current

    def _after_change(self, reopen: str | None = None) -> None:
        if self.project_file is not None and self.project_writable:
            try:
                cr.save(self.project_file, self.history.current)
                self._seen_on_disk = self._disk_state()
            except OSError as exc:
                self.show_problems([(str(self.project_file),
                                     self.tr("The corrections could not be saved ({0}).").format(
                                         exc.strerror or exc))])
        self.act_undo.setEnabled(self.history.can_undo())
        self.act_redo.setEnabled(self.history.can_redo())

        def reopen_event() -> None:
            i = self.table.event_with(reopen)
            if i is not None:
                self.open_event(i)

        self.rebuild(then=reopen_event if reopen else None)

    def undo(self) -> None:
        """Take back this window's last change (another window's changes stay)."""
        if self.history.can_undo():
            self.history.undo(self._latest())
            self._after_change()

    def redo(self) -> None:
        if self.history.can_redo():
            self.history.redo(self._latest())
            self._after_change()

    def correct_mention(self, m) -> None:
        if m.start is None:
            return
        dialog = CorrectionDialog(m.start, m.end, m.precision, m.label, m.countries,
                                  self.gaz.lookup, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_edit(m, dialog.edit())

    def apply_edit(self, m, edit: cr.Edit) -> None:
        """Apply one edit to mention ``m`` (an added event is edited or removed in place)."""
        def change(c: cr.Corrections) -> None:
            if m.rule == "manual":
                added = next((a for a in c.added if a.id == m.key), None)
                if added is None:
                    return
                if edit.hidden:
                    c.added.remove(added)
                else:
                    added.start, added.end = edit.start, edit.end
                    added.precision, added.label = edit.precision, edit.label
                    added.countries = list(edit.countries or [])
            else:
                c.edits[m.key] = edit

        self._changed(change, None if edit.hidden else m.key)

    def set_publication(self, article) -> None:
        current = article.published_date or dt.date(2025, 1, 1)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Publication date"))
        form = QFormLayout(dialog)
        edit = QDateEdit(QDate(current.year, current.month, current.day), calendarPopup=True,
                         displayFormat="yyyy-MM-dd")
        form.addRow(self.tr("Published on"), edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            q = edit.date()
            self.apply_publication(article.id, dt.date(q.year(), q.month(), q.day()))

    def apply_publication(self, article_id: str, when: dt.date) -> None:
        self._changed(lambda c: c.published.__setitem__(article_id, when.isoformat()))

    def add_event(self, article, paragraph: int, words: str) -> None:
        from viewer.core.dates import find_dates

        found = find_dates(words, article.published_date)
        first = next((d.value for d in found if d.value.start), None)
        start = first.start if first else (article.published_date or dt.date(2025, 1, 1))
        end = first.end if first else start
        precision = first.precision if first else "day"
        dialog = CorrectionDialog(start, end, precision, words[:40], [], self.gaz.lookup,
                                  allow_hide=False, parent=self)
        dialog.setWindowTitle(self.tr("Add an event"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_added(article, paragraph, words, dialog.edit())

    def apply_added(self, article, paragraph: int, words: str, edit: cr.Edit) -> str:
        para = next(p for p in article.paragraphs if p.index == paragraph)
        ident = f"manual-{cr.digest(article.id + para.text + words + edit.start)}"
        added = cr.Added(id=ident, article=article.id, paragraph_digest=cr.digest(para.text),
                         text=words, start=edit.start, end=edit.end, precision=edit.precision,
                         label=edit.label or words[:40], countries=list(edit.countries or []))
        self._changed(lambda c: c.add(added), ident)
        return ident

    def lane_mode(self) -> str:
        return next(m for m, a in self.lane_actions.items() if a.isChecked())

    def set_lane_mode(self, mode: str) -> None:
        self.lane_actions[mode].setChecked(True)
        self._lanes_changed()

    def _lanes_changed(self, *_: object) -> None:
        self.settings.setValue("view/lanes", self.lane_mode())
        self._apply_lanes()

    def _apply_lanes(self) -> None:
        mode = self.lane_mode()
        only = None
        order: list[str] = []
        if mode == "country":
            order = self.filter.codes()
            only = self.filter.checked()  # the lanes are the checked countries
        elif mode == "article":
            order = [a.id for a in sorted(self.corpus.articles,
                                          key=lambda a: (a.published or dt.date.max, a.id))]
        self.timeline.set_lanes(mode, order, self.lane_caption, only)

    def lane_caption(self, key: str) -> str:
        if self.lane_mode() == "country":
            return self.tr("No country named") if key == tl.NO_COUNTRY else self.gaz.name(
                key, self.lang)
        info = self.corpus.article(key)
        if info is None:
            return key
        title = info.title if len(info.title) <= 22 else info.title[:21] + "…"
        return f"{title} ({info.published.isoformat() if info.published else '?'})"

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """List what could not be read (file and one-sentence reason) in the Problems panel."""
        self.problems.clear()
        for path, reason in problems:
            item = QListWidgetItem(f"{path}: {reason}" if path else reason)
            item.setToolTip(path)
            self.problems.addItem(item)
        if problems:
            self.problems_dock.show()
            self.statusBar().showMessage(
                self.tr("{0} files could not be read: see Problems").format(len(problems)), 8000)

    def _country_order(self) -> list[str]:
        counts = self.table.counts()
        return sorted(counts, key=lambda c: (-counts[c], self.gaz.name(c, "en")))

    # -- filtering and status -------------------------------------------------------------

    def apply_filter(self) -> None:
        search = self.filter.search_text()
        visible = self.table.mask(self.filter.checked(), search)
        with self.timeline.held():
            self.timeline.visible = visible
            self._apply_lanes()
            self.timeline.set_visible(visible)
        self.filter.set_counts(self.table.counts(self.table.mask(None, search)))
        self._update_status()
        self.settings.setValue("filter/search", search)
        checked = self.filter.checked()
        self.settings.setValue("filter/countries", "*" if checked is None else sorted(checked))

    def _update_status(self) -> None:
        if not hasattr(self, "status_text") or self.loading:
            return
        shown = int(self.timeline.visible.sum()) if len(self.table) else 0
        checked = self.filter.checked()
        if checked is None:
            who = self.tr("all countries")
        elif not checked:
            who = self.tr("no country")
        else:
            who = ", ".join(self.gaz.name(c, self.lang) for c in self.filter.codes() if c in checked)
        mentions = int(self.table.sources.sum())
        if mentions != len(self.table):
            text = self.tr("{0} of {1} events ({2} mentions) · {3}").format(
                shown, len(self.table), mentions, who)
        else:
            text = self.tr("{0} of {1} events · {2}").format(shown, len(self.table), who)
        if self.unresolved:
            text += self.tr(" · {0} without a date (no publication date)").format(
                len(self.unresolved))
        self.status_text.setText(text)

    def visible_count(self) -> int:
        return int(self.timeline.visible.sum())

    # -- events and the panel -------------------------------------------------------------

    def _article_of(self, article_id: str) -> Article | None:
        info = self.corpus.article(article_id)
        if info is None:
            return None
        try:
            return _article(info.path, info.id, info.digest)
        except IngestError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the article"), str(exc))
            return None

    def open_event(self, i: int) -> None:
        event = self.table.events[i]
        sources = []
        for m in event.mentions:
            art = self._article_of(m.article)
            if art is not None:
                sources.append(PanelSource(art, m))
        if not sources:
            return
        self.timeline.select(i)
        self.panel.show_event(sources)
        self.panel.show()

    def open_matching(self, text: str) -> bool:
        """Open the first event (in time order) whose date text or sentence contains ``text``."""
        for i in self.table.order:
            e = self.table.events[i]
            m = e.primary
            when = (e.start.isoformat(), tl.format_span(e.start, e.end, e.precision))
            if text in m.text or text in m.sentence or text in when:
                self.open_event(int(i))
                self.timeline.ensure_visible(int(i))
                return True
        return False

    def open_source(self, article_id: str) -> None:
        art = self._article_of(article_id)
        if art is not None:
            self.panel.show_article(art)
            self.panel.show()

    def open_selected(self) -> None:
        i = self.timeline.selected()
        if i is not None:
            self.open_event(i)

    def clear_selection(self) -> None:
        self.timeline.select(None)
        self.close_panel()

    def close_panel(self) -> None:
        self.panel.hide()
        self.timeline.setFocus()

    def focus_search(self) -> None:
        self.filter.search.setFocus()
        self.filter.search.selectAll()

    def last_twelve_months(self) -> None:
        dates = [a.published for a in self.corpus.articles if a.published]
        if not dates:
            return
        end = max(dates)
        self.timeline.set_range(end - dt.timedelta(days=364), end)

    # -- pictures ----------------------------------------------------------------------------

    def figure_spec(self) -> FigureSpec:
        """The picture of what the window shows: its date range, countries and search."""
        x0, x1 = self.timeline.x_range()
        checked = self.filter.checked()
        countries = None if checked is None else [c for c in self.filter.codes() if c in checked]
        return FigureSpec(start=tl.date_of(x0), end=tl.date_of(max(x1 - 1, x0)),
                          countries=countries, search=self.filter.search_text().strip(),
                          lang=self.lang, made_on=dt.date.today(), lanes=self.lane_mode())

    def export_dialog(self) -> ExportDialog:
        return ExportDialog(self.figure_spec(), self.table, self.corpus.articles,
                            self._start_dir(), self)

    def export_picture(self) -> None:
        self.export_dialog().exec()

    def copy_image(self) -> None:
        image = figure.to_image(self.figure_spec(), self.table, self.corpus.articles)
        QGuiApplication.clipboard().setImage(image)
        self.statusBar().showMessage(self.tr("Picture copied (1920 × 1080)"), 4000)

    # -- opening files ---------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open saved pages"), self._start_dir(),
            self.tr("Saved pages (*.txt *.md *.html *.htm);;All files (*)"))
        if files:
            self.load(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of saved pages"),
                                                  self._start_dir())
        if folder:
            self.load([folder])

    def _start_dir(self) -> str:
        return str(Path(self.paths[0]).parent) if self.paths else str(Path.cwd())

    def dragEnterEvent(self, ev) -> None:
        if ev.mimeData().hasUrls():
            ev.acceptProposedAction()

    def dropEvent(self, ev) -> None:
        paths = [QUrl(u).toLocalFile() for u in ev.mimeData().urls() if QUrl(u).isLocalFile()]
        if paths:
            self.load(paths)

    # -- remembering -----------------------------------------------------------------------

    def _remember(self, paths: list[str]) -> None:
        self.settings.setValue("corpus/last", paths)
        recent = [r for r in self._recent() if r != paths]
        self.settings.setValue("corpus/recent", [paths, *recent][:MAX_RECENT])
        self._fill_recent()

    def _recent(self) -> list[list[str]]:
        value = self.settings.value("corpus/recent", [])
        return [list(r) if isinstance(r, list) else [r] for r in (value or [])]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for paths in self._recent():
            act = self.recent_menu.addAction(" + ".join(paths))
            act.triggered.connect(lambda _c=False, p=paths: self.load(p))
        self.recent_menu.setEnabled(bool(self._recent()))

    def _saved_countries(self) -> set[str] | None:
        value = self.settings.value("filter/countries", "*")
        if value == "*" or value is None:
            return None
        return set(value if isinstance(value, list) else [value])

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.filter.search.blockSignals(True)
        self.filter.search.setText(self.settings.value("filter/search", "") or "")
        self.filter.search.blockSignals(False)
        view = self.settings.value("view/range")
        if view:
            try:
                x0, x1 = (float(v) for v in view)
                self.timeline.getPlotItem().getViewBox().setXRange(x0, x1, padding=0)
            except (TypeError, ValueError):
                pass

    def last_corpus(self) -> list[str]:
        value = self.settings.value("corpus/last", [])
        return list(value) if isinstance(value, list) else ([value] if value else [])

    def closeEvent(self, ev) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("view/range", list(self.timeline.x_range()))
        self.settings.setValue("ui/language", self.lang)
        self.settings.sync()
        self.loader.shutdown()
        super().closeEvent(ev)
