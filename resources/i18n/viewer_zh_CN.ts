<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Chinese (simplified) interface strings, Qt Linguist format: one <message>
     per source string, grouped by widget class (<context>). Extracted by
     pyside6-lupdate, translated by tools/translate_zh.py, compiled to
     viewer_zh_CN.qm by pyside6-lrelease. -->
<TS version="2.1" language="zh_CN">
  <context>
    <name>CountryFilter</name>
    <message>
      <location filename="../../viewer/ui/country_filter.py" line="54" />
      <source>Search sentences (Ctrl+F)</source>
      <translation>搜索句子 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/country_filter.py" line="55" />
      <source>Countries</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/country_filter.py" line="56" />
      <source>All</source>
      <translation>全选</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/country_filter.py" line="57" />
      <source>None</source>
      <translation>全不选</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="166" />
      <source>Rare-earth dispute timeline</source>
      <translation>稀土争端时间线</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="167" />
      <source>Open files…</source>
      <translation>打开文件…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="168" />
      <source>Open folder…</source>
      <translation>打开文件夹…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="169" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="170" />
      <source>2010–2026</source>
      <translation>2010–2026</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="171" />
      <source>Show 2010 to 2026 (Home, or double-click the timeline)</source>
      <translation>显示 2010 至 2026 年(Home 键,或双击时间线)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="172" />
      <source>Last 12 months</source>
      <translation>最近 12 个月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="173" />
      <source>The 12 months up to the newest article</source>
      <translation>截至最新文章的 12 个月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="174" />
      <source>Fit all</source>
      <translation>显示全部</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="175" />
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="176" />
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="177" />
      <source>Previous event</source>
      <translation>上一个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="178" />
      <source>Next event</source>
      <translation>下一个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="179" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="180" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="181" />
      <source>Open recent</source>
      <translation>最近打开</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="182" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="183" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="184" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="188" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="204" />
      <source>Reading {0}…</source>
      <translation>正在读取 {0}…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="210" />
      <source>{0}/{1} files · {2} events</source>
      <translation>{0}/{1} 个文件 · {2} 个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="226" />
      <source>{0} files could not be read</source>
      <translation>{0} 个文件无法读取</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="252" />
      <source>all countries</source>
      <translation>全部国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="254" />
      <source>no country</source>
      <translation>未选国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="257" />
      <source>{0} of {1} events · {2}</source>
      <translation>{1} 个事件中显示 {0} 个 · {2}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="259" />
      <source> · {0} without a date (no publication date)</source>
      <translation> · {0} 个无法定日期(缺少发布日期)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="275" />
      <source>Cannot open the article</source>
      <translation>无法打开文章</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="322" />
      <source>Open saved pages</source>
      <translation>打开保存的网页</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="323" />
      <source>Saved pages (*.txt *.md *.html *.htm);;All files (*)</source>
      <translation>保存的网页 (*.txt *.md *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="328" />
      <source>Open a folder of saved pages</source>
      <translation>打开保存网页的文件夹</translation>
    </message>
  </context>
  <context>
    <name>SourcePanel</name>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="85" />
      <source>Show in article</source>
      <translation>在全文中查看</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="86" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="121" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="122" />
      <source>Published {0} · {1}</source>
      <translation>发布于 {0} · {1}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="124" />
      <source>Whole article</source>
      <translation>全文</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="128" />
      <source>none named</source>
      <translation>未提及</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="129" />
      <source>Countries: {0}</source>
      <translation>国家:{0}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="176" />
      <source>day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="176" />
      <source>month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="176" />
      <source>year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="178" />
      <source>written in full</source>
      <translation>原文写明</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="179" />
      <source>resolved against the publication date</source>
      <translation>按发布日期推定</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="180" />
      <source>resolved against the date mentioned before it</source>
      <translation>按前文提到的日期推定</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="181" />
      <source>unresolved: no publication date</source>
      <translation>无法推定:缺少发布日期</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="191" />
      <source>{0}  ({1} precision, {2})</source>
      <translation>{0}  (精度:{1},{2})</translation>
    </message>
  </context>
</TS>
