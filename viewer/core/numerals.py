"""Read Arabic and Chinese numerals (二〇一〇, 十二, 二十三) as integers."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from viewer.core.resources import resource_path


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, int], dict[str, int], frozenset[str],
                       dict[str, int]]:
    with resource_path("grammar", "numerals.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return (data["digits"], data["units"], data.get("tens", {}),
            frozenset(data["approximate"]["chars"]), data.get("words_en", {}))


def parse_number(text: str) -> int | None:
    """The value of a numeral, or None if it is not an exact one.

    ``"2025"`` -> 2025, ``"二〇一〇"`` -> 2010 (digit by digit), ``"十二"`` -> 12,
    ``"二十三"`` -> 23, ``"三十"`` -> 30, ``"廿一"`` -> 21; ``"几十"`` -> None.
    """
    text = text.strip()
    if not text:
        return None
    if text.isascii():
        if text.isdigit():
            return int(text)
        return _tables()[4].get(text.lower())  # eight
    digits, units, tens, approximate, _ = _tables()
    if any(ch in approximate for ch in text):
        return None
    if tens and text[0] in tens:  # 廿一: twenty, then the digit that follows
        rest = text[1:]
        if not rest:
            return tens[text[0]]
        return tens[text[0]] + digits[rest] if len(rest) == 1 and rest in digits else None
    if not any(ch in units for ch in text):
        # Positional: 二〇一〇, or a single digit 五.
        if not all(ch in digits for ch in text):
            return None
        return int("".join(str(digits[ch]) for ch in text))
    total = 0
    pending: int | None = None
    for ch in text:
        if ch in digits:
            pending = digits[ch]
        elif ch in units:
            total += (1 if pending is None else pending) * units[ch]
            pending = None
        else:
            return None
    return total + (pending or 0)
