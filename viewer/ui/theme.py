"""Colours and sizes of the timeline, shared by the window and exported pictures."""

from __future__ import annotations

from PySide6.QtGui import QColor

BACKGROUND = QColor("#ffffff")
GRID = QColor("#e6e9ef")
AXIS = QColor("#4a4f5a")
TEXT = QColor("#1f2430")
MUTED = QColor("#6b7280")
SELECTED = QColor("#d92d20")
SOURCE = QColor("#8a94a6")
BADGE = QColor("#374151")  # the number of articles reporting an event

# One colour per precision (day, month, year); open-ended events add an arrow.
PRECISION_COLORS = (QColor("#1f5fbf"), QColor("#0f8a7e"), QColor("#c2410c"))
BAR_ALPHA = 70

ROW_HEIGHT = 24.0  # pixels per row
MARKER_SIZE = 10.0  # day marker, pixels
BAR_HEIGHT = 10.0
LABEL_GAP = 6.0  # pixels between glyph and label, and between neighbours
LABEL_POINT_SIZE = 9.0
