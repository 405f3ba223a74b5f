"""Fill resources/i18n/viewer_zh_CN.ts from the table below, then compile the .qm.

    python tools/translate_zh.py

Run `pyside6-lupdate viewer/ui/*.py -ts resources/i18n/viewer_zh_CN.ts -no-obsolete`
first when interface strings change; this script fails on any string it has no
translation for, so the Chinese interface is never half-translated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "viewer_zh_CN.ts"

ZH = {
    "Search sentences (Ctrl+F)": "搜索句子 (Ctrl+F)",
    "Countries": "国家",
    "All": "全选",
    "None": "全不选",
    "Reading {0}…": "正在读取 {0}…",
    "Updating the events…": "正在更新事件…",
    "{0}/{1} files · {2} events": "{0}/{1} 个文件 · {2} 个事件",
    "{0} files could not be read": "{0} 个文件无法读取",
    "all countries": "全部国家",
    "no country": "未选国家",
    "{0} of {1} events · {2}": "{1} 个事件中显示 {0} 个 · {2}",
    " · {0} without a date (no publication date)": " · {0} 个无法定日期(缺少发布日期)",
    "Cannot open the article": "无法打开文章",
    "Open saved pages": "打开保存的网页",
    "Saved pages (*.txt *.md *.html *.htm);;All files (*)":
        "保存的网页 (*.txt *.md *.html *.htm);;所有文件 (*)",
    "Open a folder of saved pages": "打开保存网页的文件夹",
    "Show in article": "在全文中查看",
    "Close": "关闭",
    "unknown": "未知",
    "Published {0} · {1}": "发布于 {0} · {1}",
    "Whole article": "全文",
    "none named": "未提及",
    "Countries: {0}": "国家:{0}",
    "day": "日",
    "month": "月",
    "year": "年",
    "written in full": "原文写明",
    "resolved against the publication date": "按发布日期推定",
    "resolved against the date mentioned before it": "按前文提到的日期推定",
    "unresolved: no publication date": "无法推定:缺少发布日期",
    "{0}  ({1} precision, {2})": "{0}  (精度:{1},{2})",
    "Rare-earth dispute timeline": "稀土争端时间线",
    "Open files…": "打开文件…",
    "Open folder…": "打开文件夹…",
    "Quit": "退出",
    "2010–2026": "2010–2026",
    "Show 2010 to 2026 (Home, or double-click the timeline)": "显示 2010 至 2026 年(Home 键,或双击时间线)",
    "Last 12 months": "最近 12 个月",
    "The 12 months up to the newest article": "截至最新文章的 12 个月",
    "Fit all": "显示全部",
    "Zoom in": "放大",
    "Zoom out": "缩小",
    "Previous event": "上一个事件",
    "Next event": "下一个事件",
    "Search": "搜索",
    "&File": "文件(&F)",
    "Open recent": "最近打开",
    "&View": "视图(&V)",
    "Language": "语言",
    "Cancel": "取消",
    "Sources": "来源",
    "Rare-earth and critical-minerals export dispute": "稀土与关键矿产出口争端",
    "All countries": "全部国家",
    "No country": "未选国家",
    "{0} to {1}": "{0}至{1}",
    "Search: “{0}”": "搜索:“{0}”",
    "{0} events from {1} articles": "{1} 篇文章中的 {0} 个事件",
    "Day, days": "日、数日",
    "Month": "月",
    "Year": "年",
    "Open-ended (from … on)": "持续至今(自……起)",
    "Publication date": "发布日期",
    "Sources:": "来源:",
    "… and {0} more": "……另有 {0} 篇",
    "Sources: none": "来源:无",
    "Made {0} with the rare-earth dispute timeline": "制图日期 {0} · 稀土争端时间线",
    "no date": "无日期",
    "Export timeline picture": "导出时间线图片",
    "Title": "标题",
    "Format": "格式",
    "Size": "尺寸",
    "Width × height (px)": "宽 × 高(像素)",
    "Footer": "页脚",
    "Date": "日期",
    "Slide 16:9, 1920 × 1080": "16:9 幻灯片,1920 × 1080",
    "Slide 16:9, 3840 × 2160": "16:9 幻灯片,3840 × 2160",
    "A4 landscape (PDF)": "A4 横向(PDF)",
    "Custom": "自定义",
    "List the sources under the picture": "在图片下方列出来源",
    "Print the date the picture was made": "注明制图日期",
    "Save picture": "保存图片",
    "Export failed": "导出失败",
    "Export picture…": "导出图片…",
    "Copy image": "复制图片",
    "Copy a 1920 × 1080 picture of this view (Ctrl+Shift+C)": "复制当前视图的 1920 × 1080 图片(Ctrl+Shift+C)",
    "Picture copied (1920 × 1080)": "图片已复制(1920 × 1080)",
    "{0} events did not fit: choose fewer countries or a shorter period": "{0} 个事件未能画出:请减少国家或缩短时间段",
    "No country named": "未提及国家",
    "Lanes": "分栏",
    "Merge duplicates": "合并重复事件",
    "One event per happening, with all the articles that report it; off: every mention on its own": "同一事件合并为一条,列出所有报道它的文章;关闭后每处提及单独显示",
    "No lanes": "不分栏",
    "Lanes by country": "按国家分栏",
    "Lanes by article": "按文章分栏",
    "{0} of {1} events ({2} mentions) · {3}": "{1} 个事件({2} 处提及)中显示 {0} 个 · {3}",
    "Reported in {0} places in {1} articles": "{1} 篇文章中共 {0} 处提及",
    "Reported in {0} places in one article": "同一篇文章中 {0} 处提及",
    "Loading cancelled: {0} files read": "已取消读取:已读 {0} 个文件",
    "{0} events from 1 article": "1 篇文章中的 {0} 个事件",
    "The corrections file is read-only: its corrections are shown, new ones are not saved.": "更正文件为只读:已显示其中的更正,新的更正不会保存。",
    "{0} corrections no longer match their article (its text changed); they are kept in the file.": "{0} 条更正已与文章对不上(文章内容已改变);它们仍保留在文件中。",
    "Correct this event": "更正此事件",
    "From": "起",
    "To": "止",
    "Precision": "精度",
    "Label": "标签",
    "Countries (codes or names)": "国家(代码或名称)",
    "Hide": "隐藏",
    "Not an event: hide it everywhere": "不是事件:在所有地方隐藏",
    "Unknown country in the list.": "列表中有未知国家。",
    "The end is before the start.": "结束日期早于开始日期。",
    "&Edit": "编辑(&E)",
    "Undo correction": "撤销更正",
    "Redo correction": "重做更正",
    "Problems": "问题",
    "The corrections file could not be used: {0}. It is left untouched (a copy is in {1}); corrections made now are not saved.": "无法使用更正文件:{0}。原文件保持不变(副本为 {1});现在所做的更正不会保存。",
    "The corrections file could not be used: {0}. A copy was kept as {1}; new corrections start a fresh file.": "无法使用更正文件:{0}。已保留副本 {1};新的更正将写入新文件。",
    "The corrections could not be saved ({0}).": "更正未能保存({0})。",
    "Published on": "发布于",
    "Add an event": "添加事件",
    "{0} files could not be read: see Problems": "{0} 个文件无法读取:见“问题”面板",
    "Correct…": "更正…",
    "Change this event's date, label or countries, or hide it": "修改此事件的日期、标签或国家,或将其隐藏",
    "Publication date…": "发布日期…",
    "Set the article's publication date; its partial dates are resolved again": "设置文章的发布日期;文中不完整的日期将重新推定",
    "Add event from selection": "用选中文字添加事件",
    "Select words of the article, then add them as an event": "先选中文章中的文字,再将其添加为事件",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source not in ZH:
            missing.append(source)
            continue
        translation.text = ZH[source]
        translation.attrib.pop("type", None)
    if missing:
        print("no translation for: " + "; ".join(missing), file=sys.stderr)
        return 1
    ET.indent(tree)
    with TS.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(b"<!-- Chinese (simplified) interface strings, Qt Linguist format: one <message>\n"
                 b"     per source string, grouped by widget class (<context>). Extracted by\n"
                 b"     pyside6-lupdate, translated by tools/translate_zh.py, compiled to\n"
                 b"     viewer_zh_CN.qm by pyside6-lrelease. -->\n")
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
