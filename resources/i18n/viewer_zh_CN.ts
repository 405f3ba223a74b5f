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
    <name>ExportDialog</name>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="70" />
      <source>Export timeline picture</source>
      <translation>导出时间线图片</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="71" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="71" />
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="72" />
      <source>Size</source>
      <translation>尺寸</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="72" />
      <source>Width × height (px)</source>
      <translation>宽 × 高(像素)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="73" />
      <source>Footer</source>
      <translation>页脚</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="73" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="75" />
      <source>Slide 16:9, 1920 × 1080</source>
      <translation>16:9 幻灯片,1920 × 1080</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="76" />
      <source>Slide 16:9, 3840 × 2160</source>
      <translation>16:9 幻灯片,3840 × 2160</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="77" />
      <source>A4 landscape (PDF)</source>
      <translation>A4 横向(PDF)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="77" />
      <source>Custom</source>
      <translation>自定义</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="80" />
      <source>List the sources under the picture</source>
      <translation>在图片下方列出来源</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="81" />
      <source>Print the date the picture was made</source>
      <translation>注明制图日期</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="116" />
      <source>Save picture</source>
      <translation>保存图片</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/export_dialog.py" line="123" />
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
  </context>
  <context>
    <name>Figure</name>
    <message>
      <location filename="../../viewer/ui/figure.py" line="66" />
      <source>Rare-earth and critical-minerals export dispute</source>
      <translation>稀土与关键矿产出口争端</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="154" />
      <source>All countries</source>
      <translation>全部国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="156" />
      <source>No country</source>
      <translation>未选国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="159" />
      <source>Countries: {0}</source>
      <translation>国家:{0}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="161" />
      <source>{0} to {1}</source>
      <translation>{0}至{1}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="164" />
      <source>Search: “{0}”</source>
      <translation>搜索:“{0}”</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="166" />
      <source>{0} events from {1} articles</source>
      <translation>{1} 篇文章中的 {0} 个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="213" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="213" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="213" />
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="214" />
      <source>Open-ended (from … on)</source>
      <translation>持续至今(自……起)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="214" />
      <source>Publication date</source>
      <translation>发布日期</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="302" />
      <source>{0} events did not fit: choose fewer countries or a shorter period</source>
      <translation>{0} 个事件未能画出:请减少国家或缩短时间段</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="317" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="338" />
      <source>No country named</source>
      <translation>未提及国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="366" />
      <source>Sources:</source>
      <translation>来源:</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="375" />
      <source>… and {0} more</source>
      <translation>……另有 {0} 篇</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="384" />
      <source>Sources: none</source>
      <translation>来源:无</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="386" />
      <source>Made {0} with the rare-earth dispute timeline</source>
      <translation>制图日期 {0} · 稀土争端时间线</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="195" />
      <source>Rare-earth dispute timeline</source>
      <translation>稀土争端时间线</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="196" />
      <source>Open files…</source>
      <translation>打开文件…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="197" />
      <source>Open folder…</source>
      <translation>打开文件夹…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="198" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="199" />
      <source>Export picture…</source>
      <translation>导出图片…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="200" />
      <source>Copy image</source>
      <translation>复制图片</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="201" />
      <source>Copy a 1920 × 1080 picture of this view (Ctrl+Shift+C)</source>
      <translation>复制当前视图的 1920 × 1080 图片(Ctrl+Shift+C)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="202" />
      <source>2010–2026</source>
      <translation>2010–2026</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="203" />
      <source>Show 2010 to 2026 (Home, or double-click the timeline)</source>
      <translation>显示 2010 至 2026 年(Home 键,或双击时间线)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="204" />
      <source>Last 12 months</source>
      <translation>最近 12 个月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="205" />
      <source>The 12 months up to the newest article</source>
      <translation>截至最新文章的 12 个月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="206" />
      <source>Fit all</source>
      <translation>显示全部</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="207" />
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="208" />
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="209" />
      <source>Previous event</source>
      <translation>上一个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="210" />
      <source>Next event</source>
      <translation>下一个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="211" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="212" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="213" />
      <source>Open recent</source>
      <translation>最近打开</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="214" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="215" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="216" />
      <source>Lanes</source>
      <translation>分栏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="217" />
      <source>Merge duplicates</source>
      <translation>合并重复事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="218" />
      <source>One event per happening, with all the articles that report it; off: every mention on its own</source>
      <translation>同一事件合并为一条,列出所有报道它的文章;关闭后每处提及单独显示</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="220" />
      <source>No lanes</source>
      <translation>不分栏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="221" />
      <source>Lanes by country</source>
      <translation>按国家分栏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="222" />
      <source>Lanes by article</source>
      <translation>按文章分栏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="223" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="227" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="244" />
      <source>Reading {0}…</source>
      <translation>正在读取 {0}…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="250" />
      <source>{0}/{1} files · {2} events</source>
      <translation>{0}/{1} 个文件 · {2} 个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="260" />
      <source>Loading cancelled: {0} files read</source>
      <translation>已取消读取:已读 {0} 个文件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="266" />
      <source>{0} files could not be read</source>
      <translation>{0} 个文件无法读取</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="309" />
      <source>No country named</source>
      <translation>未提及国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="341" />
      <source>all countries</source>
      <translation>全部国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="343" />
      <source>no country</source>
      <translation>未选国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="348" />
      <source>{0} of {1} events ({2} mentions) · {3}</source>
      <translation>{1} 个事件({2} 处提及)中显示 {0} 个 · {3}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="351" />
      <source>{0} of {1} events · {2}</source>
      <translation>{1} 个事件中显示 {0} 个 · {2}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="353" />
      <source> · {0} without a date (no publication date)</source>
      <translation> · {0} 个无法定日期(缺少发布日期)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="369" />
      <source>Cannot open the article</source>
      <translation>无法打开文章</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="448" />
      <source>Picture copied (1920 × 1080)</source>
      <translation>图片已复制(1920 × 1080)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="454" />
      <source>Open saved pages</source>
      <translation>打开保存的网页</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="455" />
      <source>Saved pages (*.txt *.md *.html *.htm);;All files (*)</source>
      <translation>保存的网页 (*.txt *.md *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="460" />
      <source>Open a folder of saved pages</source>
      <translation>打开保存网页的文件夹</translation>
    </message>
  </context>
  <context>
    <name>SourcePanel</name>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="90" />
      <source>Show in article</source>
      <translation>在全文中查看</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="91" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="143" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="144" />
      <source>Published {0} · {1}</source>
      <translation>发布于 {0} · {1}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="147" />
      <source>Reported in {0} places in {1} articles</source>
      <translation>{1} 篇文章中共 {0} 处提及</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="151" />
      <source>Whole article</source>
      <translation>全文</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="157" />
      <source>none named</source>
      <translation>未提及</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="158" />
      <source>Countries: {0}</source>
      <translation>国家:{0}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="229" />
      <source>day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="229" />
      <source>month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="229" />
      <source>year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="231" />
      <source>written in full</source>
      <translation>原文写明</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="232" />
      <source>resolved against the publication date</source>
      <translation>按发布日期推定</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="233" />
      <source>resolved against the date mentioned before it</source>
      <translation>按前文提到的日期推定</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="234" />
      <source>unresolved: no publication date</source>
      <translation>无法推定:缺少发布日期</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="239" />
      <source>{0}  ({1} precision, {2})</source>
      <translation>{0}  (精度:{1},{2})</translation>
    </message>
  </context>
</TS>
