<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Chinese (simplified) interface strings, Qt Linguist format: one <message>
     per source string, grouped by widget class (<context>). Extracted by
     pyside6-lupdate, translated by tools/translate_zh.py, compiled to
     viewer_zh_CN.qm by pyside6-lrelease. -->
<TS version="2.1" language="zh_CN">
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="65" />
      <source>Correct this event</source>
      <translation>更正此事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="66" />
      <source>From</source>
      <translation>起</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="66" />
      <source>To</source>
      <translation>止</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="67" />
      <source>Precision</source>
      <translation>精度</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="67" />
      <source>Label</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="68" />
      <source>Countries (codes or names)</source>
      <translation>国家(代码或名称)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="69" />
      <source>Hide</source>
      <translation>隐藏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="71" />
      <source>Not an event: hide it everywhere</source>
      <translation>不是事件:在所有地方隐藏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="86" />
      <source>Unknown country in the list.</source>
      <translation>列表中有未知国家。</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/correction_dialog.py" line="89" />
      <source>The end is before the start.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
  </context>
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
      <location filename="../../viewer/ui/figure.py" line="69" />
      <source>Rare-earth and critical-minerals export dispute</source>
      <translation>稀土与关键矿产出口争端</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="160" />
      <source>All countries</source>
      <translation>全部国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="162" />
      <source>No country</source>
      <translation>未选国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="165" />
      <source>Countries: {0}</source>
      <translation>国家:{0}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="167" />
      <source>{0} to {1}</source>
      <translation>{0}至{1}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="170" />
      <source>Search: “{0}”</source>
      <translation>搜索:“{0}”</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="173" />
      <source>{0} events from {1} articles</source>
      <translation>{1} 篇文章中的 {0} 个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="174" />
      <source>{0} events from 1 article</source>
      <translation>1 篇文章中的 {0} 个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="221" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="221" />
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="221" />
      <source>Day, days</source>
      <translation>日、数日</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="222" />
      <source>Open-ended (from … on)</source>
      <translation>持续至今(自……起)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="222" />
      <source>Publication date</source>
      <translation>发布日期</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="320" />
      <source>{0} events did not fit: choose fewer countries or a shorter period</source>
      <translation>{0} 个事件未能画出:请减少国家或缩短时间段</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="335" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="356" />
      <source>No country named</source>
      <translation>未提及国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="384" />
      <source>Sources:</source>
      <translation>来源:</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="393" />
      <source>… and {0} more</source>
      <translation>……另有 {0} 篇</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="402" />
      <source>Sources: none</source>
      <translation>来源:无</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/figure.py" line="404" />
      <source>Made {0} with the rare-earth dispute timeline</source>
      <translation>制图日期 {0} · 稀土争端时间线</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="235" />
      <source>Rare-earth dispute timeline</source>
      <translation>稀土争端时间线</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="236" />
      <source>Open files…</source>
      <translation>打开文件…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="237" />
      <source>Open folder…</source>
      <translation>打开文件夹…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="238" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="239" />
      <source>Export picture…</source>
      <translation>导出图片…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="240" />
      <source>Copy image</source>
      <translation>复制图片</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="241" />
      <source>Copy a 1920 × 1080 picture of this view (Ctrl+Shift+C)</source>
      <translation>复制当前视图的 1920 × 1080 图片(Ctrl+Shift+C)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="242" />
      <source>2010–2026</source>
      <translation>2010–2026</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="243" />
      <source>Show 2010 to 2026 (Home, or double-click the timeline)</source>
      <translation>显示 2010 至 2026 年(Home 键,或双击时间线)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="244" />
      <source>Last 12 months</source>
      <translation>最近 12 个月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="245" />
      <source>The 12 months up to the newest article</source>
      <translation>截至最新文章的 12 个月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="246" />
      <source>Fit all</source>
      <translation>显示全部</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="247" />
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="248" />
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="249" />
      <source>Previous event</source>
      <translation>上一个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="250" />
      <source>Next event</source>
      <translation>下一个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="251" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="252" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="253" />
      <source>Open recent</source>
      <translation>最近打开</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="254" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="255" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="256" />
      <source>Undo correction</source>
      <translation>撤销更正</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="257" />
      <source>Redo correction</source>
      <translation>重做更正</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="258" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="259" />
      <source>Lanes</source>
      <translation>分栏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="260" />
      <source>Merge duplicates</source>
      <translation>合并重复事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="261" />
      <source>One event per happening, with all the articles that report it; off: every mention on its own</source>
      <translation>同一事件合并为一条,列出所有报道它的文章;关闭后每处提及单独显示</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="263" />
      <source>No lanes</source>
      <translation>不分栏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="264" />
      <source>Lanes by country</source>
      <translation>按国家分栏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="265" />
      <source>Lanes by article</source>
      <translation>按文章分栏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="266" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="267" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="271" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="288" />
      <source>Reading {0}…</source>
      <translation>正在读取 {0}…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="295" />
      <source>{0}/{1} files · {2} events</source>
      <translation>{0}/{1} 个文件 · {2} 个事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="312" />
      <source>Loading cancelled: {0} files read</source>
      <translation>已取消读取:已读 {0} 个文件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="342" />
      <source>Updating the events…</source>
      <translation>正在更新事件…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="396" />
      <source>The corrections file is read-only: its corrections are shown, new ones are not saved.</source>
      <translation>更正文件为只读:已显示其中的更正,新的更正不会保存。</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="401" />
      <source>{0} corrections no longer match their article (its text changed); they are kept in the file.</source>
      <translation>{0} 条更正已与文章对不上(文章内容已改变);它们仍保留在文件中。</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="411" />
      <source>The corrections file could not be used: {0}. It is left untouched (a copy is in {1}); corrections made now are not saved.</source>
      <translation>无法使用更正文件:{0}。原文件保持不变(副本为 {1});现在所做的更正不会保存。</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="415" />
      <source>The corrections file could not be used: {0}. A copy was kept as {1}; new corrections start a fresh file.</source>
      <translation>无法使用更正文件:{0}。已保留副本 {1};新的更正将写入新文件。</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="456" />
      <source>The corrections could not be saved ({0}).</source>
      <translation>更正未能保存({0})。</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="509" />
      <source>Publication date</source>
      <translation>发布日期</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="513" />
      <source>Published on</source>
      <translation>发布于</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="536" />
      <source>Add an event</source>
      <translation>添加事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="574" />
      <source>No country named</source>
      <translation>未提及国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="592" />
      <source>{0} files could not be read: see Problems</source>
      <translation>{0} 个文件无法读取:见“问题”面板</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="619" />
      <source>all countries</source>
      <translation>全部国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="621" />
      <source>no country</source>
      <translation>未选国家</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="626" />
      <source>{0} of {1} events ({2} mentions) · {3}</source>
      <translation>{1} 个事件({2} 处提及)中显示 {0} 个 · {3}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="629" />
      <source>{0} of {1} events · {2}</source>
      <translation>{1} 个事件中显示 {0} 个 · {2}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="631" />
      <source> · {0} without a date (no publication date)</source>
      <translation> · {0} 个无法定日期(缺少发布日期)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="647" />
      <source>Cannot open the article</source>
      <translation>无法打开文章</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="726" />
      <source>Picture copied (1920 × 1080)</source>
      <translation>图片已复制(1920 × 1080)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="732" />
      <source>Open saved pages</source>
      <translation>打开保存的网页</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="733" />
      <source>Saved pages (*.txt *.md *.html *.htm);;All files (*)</source>
      <translation>保存的网页 (*.txt *.md *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/main_window.py" line="738" />
      <source>Open a folder of saved pages</source>
      <translation>打开保存网页的文件夹</translation>
    </message>
  </context>
  <context>
    <name>SourcePanel</name>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="107" />
      <source>Show in article</source>
      <translation>在全文中查看</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="108" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="109" />
      <source>Correct…</source>
      <translation>更正…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="110" />
      <source>Change this event's date, label or countries, or hide it</source>
      <translation>修改此事件的日期、标签或国家,或将其隐藏</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="112" />
      <source>Publication date…</source>
      <translation>发布日期…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="113" />
      <source>Set the article's publication date; its partial dates are resolved again</source>
      <translation>设置文章的发布日期;文中不完整的日期将重新推定</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="115" />
      <source>Add event from selection</source>
      <translation>用选中文字添加事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="116" />
      <source>Select words of the article, then add them as an event</source>
      <translation>先选中文章中的文字,再将其添加为事件</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="197" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="198" />
      <source>Published {0} · {1}</source>
      <translation>发布于 {0} · {1}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="201" />
      <source>Reported in {0} places in one article</source>
      <translation>同一篇文章中 {0} 处提及</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="202" />
      <source>Reported in {0} places in {1} articles</source>
      <translation>{1} 篇文章中共 {0} 处提及</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="206" />
      <source>Whole article</source>
      <translation>全文</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="212" />
      <source>none named</source>
      <translation>未提及</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="213" />
      <source>Countries: {0}</source>
      <translation>国家:{0}</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="288" />
      <source>day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="288" />
      <source>month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="288" />
      <source>year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="290" />
      <source>written in full</source>
      <translation>原文写明</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="291" />
      <source>resolved against the publication date</source>
      <translation>按发布日期推定</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="292" />
      <source>resolved against the date mentioned before it</source>
      <translation>按前文提到的日期推定</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="293" />
      <source>unresolved: no publication date</source>
      <translation>无法推定:缺少发布日期</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/source_panel.py" line="298" />
      <source>{0}  ({1} precision, {2})</source>
      <translation>{0}  (精度:{1},{2})</translation>
    </message>
  </context>
</TS>
