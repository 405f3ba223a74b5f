"""A date axis whose ticks go from years to months to days, labelled in Chinese or English."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING,
    MONTH_SPACING,
    YEAR_SPACING,
    TickSpec,
    ZoomLevel,
    makeMStepper,
    makeSStepper,
    makeYStepper,
)

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# The format field of each TickSpec names the unit; tickStrings formats it.
_YEARS = ZoomLevel([
    TickSpec(YEAR_SPACING, makeYStepper(1), "year", autoSkip=[1, 2, 5, 10, 25]),
    TickSpec(MONTH_SPACING, makeMStepper(1), "month", autoSkip=[1, 3, 6]),
], "2025年")
_MONTHS = ZoomLevel([
    TickSpec(MONTH_SPACING, makeMStepper(1), "month-year"),
    TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "day", autoSkip=[1, 2, 5, 10, 15]),
], "2025年12月")
_DAYS = ZoomLevel([
    TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "day-month", autoSkip=[1, 2, 7, 14]),
], "12月31日")


def tick_label(d: dt.date, unit: str, lang: str) -> str:
    """The text of one tick: ``unit`` is year, month, month-year, day or day-month."""
    zh = lang == "zh"
    if unit == "year":
        return f"{d.year}年" if zh else str(d.year)
    if unit == "month" and d.month != 1:
        return f"{d.month}月" if zh else _MONTHS_EN[d.month - 1]
    if unit in ("month", "month-year"):
        return f"{d.year}年{d.month}月" if zh else f"{_MONTHS_EN[d.month - 1]} {d.year}"
    if unit == "day" and d.day != 1:
        return f"{d.day}日" if zh else str(d.day)
    return f"{d.month}月{d.day}日" if zh else f"{_MONTHS_EN[d.month - 1]} {d.day}"


class DateAxis(pg.DateAxisItem):
    """pyqtgraph's DateAxisItem with day as the finest level and localised labels."""

    def __init__(self, lang: str = "en", **kwargs) -> None:
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)
        self.lang = lang
        self.zoomLevels = OrderedDict([
            (np.inf, _YEARS),
            (40 * DAY_SPACING, _MONTHS),
            (4 * DAY_SPACING, _DAYS),
        ])

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):
        """pyqtgraph's ticks, less the finer ones that would print over a coarser label."""
        levels = super().tickValues(minVal, maxVal, size)
        if len(levels) < 2:
            return levels
        room = self.minSpacing * 1.1
        coarse = np.array(levels[0][1], dtype=float)
        out = [levels[0]]
        for spacing, values in levels[1:]:
            keep = [v for v in values if not coarse.size or np.abs(coarse - v).min() >= room]
            out.append((spacing, keep))
            coarse = np.concatenate([coarse, np.array(keep, dtype=float)])
        return out

    def tickStrings(self, values, scale, spacing):
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        unit = spec.format if spec else "day-month"
        out = []
        for v in values:
            try:
                d = dt.date(1970, 1, 1) + dt.timedelta(days=int(v // DAY_SPACING))
            except (OverflowError, ValueError):
                out.append("")
                continue
            out.append(tick_label(d, unit, self.lang))
        return out
