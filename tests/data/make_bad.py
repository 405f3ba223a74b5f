"""Write the hostile corpus the robustness tests read.

    python tests/data/make_bad.py OUT_DIR [--large]

The small files are also committed in tests/data/bad/ (this script re-creates
them byte for byte); --large adds the big ones (a 50 MB text file, a page with
10,000 dates), and the tests add what cannot live in git themselves (a file
without read permission, a symlink loop).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NEWS = "发布时间:2025-12-15\n越南于2025年12月11日通过新修订的地质矿产法,对稀土实行出口管制。\n"
TRAD = "發布時間:2025-12-15\n越南於2025年12月11日通過新修訂的地質礦產法,對稀土實行出口管制。\n"
HOSTILE = """<!DOCTYPE html><html><head><title>Hostile page</title>
<script>document.write('2020年1月1日'); fetch('http://example.com/track');</script>
<style>body{background:url(http://example.com/bg.png)}</style>
<meta property="article:published_time" content="2025-12-15T08:00:00+08:00"></head>
<body onload="alert(1)"><iframe src="http://example.com/frame.html">2019年1月1日</iframe>
<article><h1>Hostile page</h1>
<p>2025年12月12日,<b>美国</b>与<i>日本</i>签署联合宣言。<img src="http://example.com/a.png" onerror="alert(2)">
<a href="javascript:alert(3)">链接</a> &lt;script&gt;alert(4)&lt;/script&gt; 是文字,不是代码。</p>
</article></body></html>
"""
IMPOSSIBLE = ("发布时间:2025-12-15\n公告称2月30日生效,13月5日召开会议,0年签署协议,"
              "2025年2月29日不存在。真正的日期是2025年12月11日。\n")


def small_files() -> dict[str, bytes]:
    return {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 40,
        "gbk.txt": NEWS.encode("gbk"),
        "big5.txt": TRAD.encode("big5"),
        "utf16.txt": NEWS.encode("utf-16"),
        "hostile.html": HOSTILE.encode("utf-8"),
        "impossible dates.txt": IMPOSSIBLE.encode("utf-8"),
        "稀土 新闻 (副本).txt": NEWS.encode("utf-8"),
    }


def large_files() -> dict[str, bytes]:
    line = "稀土出口数据持续波动,市场人士表示需要观察。" * 20 + "\n"
    big = ("发布时间:2025-12-15\n" + line * (50 * 1024 * 1024 // len(line.encode()) + 1)).encode()
    days = [f"{2000 + k % 26}年{k % 12 + 1}月{k % 28 + 1}日" for k in range(10000)]
    dates = "发布时间:2025-12-15\n" + "\n".join(f"{d},中国发布稀土公告。" for d in days) + "\n"
    return {"fifty-megabytes.txt": big, "ten-thousand-dates.txt": dates.encode("utf-8")}


def write(out: Path, large: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    files = small_files() | (large_files() if large else {})
    for name, data in files.items():
        (out / name).write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--large", action="store_true")
    args = ap.parse_args(argv)
    write(args.out, args.large)
    return 0


if __name__ == "__main__":
    sys.exit(main())
