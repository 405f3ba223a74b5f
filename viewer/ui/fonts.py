"""Register the bundled CJK font so every machine renders Chinese the same way."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from viewer.core.resources import resource_path

FAMILY = "Noto Sans CJK SC"
# Where a picture names its font for another program to find (an SVG opened in a slide
# editor): the bundled family first, then the same design under its Adobe name, then the
# usual Chinese system fonts of macOS, Windows and Linux, so that Chinese never falls back
# to boxes or to a font much wider than the one the labels were measured in.
FALLBACKS = ("Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
             "sans-serif")


@lru_cache(maxsize=1)
def register() -> str:
    """Load resources/fonts/*.otf into Qt's font database; returns the family name."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if FAMILY not in families:
        raise RuntimeError("the bundled CJK font could not be loaded from resources/fonts")
    return FAMILY


def ui_font(point_size: float = 9.5, bold: bool = False) -> QFont:
    """The application's font: the bundled CJK family, which also covers Latin text."""
    font = QFont(register())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
