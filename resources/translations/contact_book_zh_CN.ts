<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/printing.py" line="112"/>
        <source>打印预览 · 每日电话清单</source>
        <translation>打印预览 · 每日电话清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="101"/>
        <source>共 %1 人</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="103"/>
        <source>逾期 %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="104"/>
        <source>今日 %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="106"/>
        <source>金额合计 %1</source>
        <translation>金额合计 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="302"/>
        <source>每日电话清单</source>
        <translation>每日电话清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="310"/>
        <source>销售：%1</source>
        <translation>销售：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="312"/>
        <source>分组：%1</source>
        <translation>分组：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="314"/>
        <source>今日跟进</source>
        <translation>今日跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="322"/>
        <source>只列出前 %1 人（共 %2 人）</source>
        <translation>只列出前 %1 人（共 %2 人）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="331"/>
        <source>客户 · 命名标签 · 跟进 · 上次联系</source>
        <translation>客户 · 命名标签 · 跟进 · 上次联系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="332"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="333"/>
        <source>结果 · 备注</source>
        <translation>结果 · 备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="341"/>
        <source>第 %1 / %2 页</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="365"/>
        <source>（无姓名）</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="381"/>
        <source>上次 %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="401"/>
        <source>另有 %1 个号码</source>
        <translation>另有 %1 个号码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="404"/>
        <source>（无电话）</source>
        <translation>（无电话）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="414"/>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="429"/>
        <source>逾期 %1 天</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="432"/>
        <source>今天</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="494"/>
        <source>这个分组里没有要联系的客户。</source>
        <translation>这个分组里没有要联系的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sheet_layout.py" line="495"/>
        <source>今天没有要联系的客户。</source>
        <translation>今天没有要联系的客户。</translation>
    </message>
</context>
<context>
    <name>CadenceOps</name>
    <message>
        <location filename="../../desktop_app/ui/cadence_ops.py" line="43"/>
        <source>Start cadence for %1 lead(s)</source>
        <translation>为 %1 个线索开始跟进节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cadence_ops.py" line="49"/>
        <source>Stop cadence</source>
        <translation>停止跟进节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cadence_ops.py" line="55"/>
        <source>Mark done</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cadence_ops.py" line="61"/>
        <source>Skip step</source>
        <translation>跳过跟进步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cadence_ops.py" line="66"/>
        <source>Snooze</source>
        <translation>推迟跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cadence_ops.py" line="71"/>
        <source>Reschedule</source>
        <translation>跟进改期</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/calendar_view.py" line="202"/>
        <source>%1: %n touchpoint(s) due</source>
        <translation>
            <numerusform>%1：%n 个待跟进</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/calendar_view.py" line="204"/>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="76"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="76"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="76"/>
        <source>Company</source>
        <translation>公司关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="77"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="77"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="78"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="78"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="78"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="79"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="79"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="80"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="80"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="81"/>
        <source>Unanswered</source>
        <translation>未接通次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="81"/>
        <source>Next due</source>
        <translation>下次跟进</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="50"/>
        <source>This contact is in the trash. Restore it to edit.</source>
        <translation>此联系人在回收站中。恢复后才能编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="56"/>
        <source>City-Company-Product-Deal size-Name-Title-Source</source>
        <translation>城市-公司关键词-产品-销售额-姓名-职位-来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="58"/>
        <source>Paste or type a whole naming tag, e.g. 上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎; Enter saves.</source>
        <translation>粘贴或输入完整的命名标签，例如 上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎；按回车保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="60"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="60"/>
        <source>Company</source>
        <translation>公司关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="60"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="60"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="61"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="61"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="80"/>
        <source>Naming tag</source>
        <translation>命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="83"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="84"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="85"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="86"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="87"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="96"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="97"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="98"/>
        <source>Save the contact (Ctrl+S)</source>
        <translation>保存联系人 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="193"/>
        <source>Created %1 · Updated %2</source>
        <translation>创建于 %1 · 更新于 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="224"/>
        <source>New contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="225"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="239"/>
        <source>not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="240"/>
        <source>Write an amount such as 50万, 1千万, 200w or 80,000 so the list can sort by it.</source>
        <translation>请写成金额，例如 50万、1千万、200w 或 80,000，列表才能按金额排序。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="269"/>
        <source>This contact was deleted elsewhere. Save again to add it as a new contact.</source>
        <translation>此联系人已在别处被删除。再次保存将把它添加为新联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="280"/>
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是有效的邮箱地址。</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../desktop_app/ui/followup.py" line="41"/>
        <source>Start Cadence…</source>
        <translation>开始跟进节奏…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup.py" line="43"/>
        <source>Stop Cadence</source>
        <translation>停止跟进节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup.py" line="44"/>
        <source>Export Calendar (.ics)…</source>
        <translation>导出日历 (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup.py" line="45"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup.py" line="47"/>
        <location filename="../../desktop_app/ui/followup.py" line="56"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup.py" line="49"/>
        <location filename="../../desktop_app/ui/followup.py" line="57"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup.py" line="60"/>
        <source>F&amp;ollow-up</source>
        <translation>跟进(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup.py" line="110"/>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup.py" line="111"/>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="23"/>
        <location filename="../../desktop_app/ui/main_window.py" line="247"/>
        <location filename="../../desktop_app/ui/main_window.py" line="276"/>
        <source>Contact Book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="46"/>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="47"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="48"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="51"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="52"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="54"/>
        <source>Show Trash</source>
        <translation>显示回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="56"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="57"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="58"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="84"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="96"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="104"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="107"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="238"/>
        <source>1 contact</source>
        <translation>1 个联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="238"/>
        <source>%1 contacts</source>
        <translation>%1 个联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>1 contact in the trash</source>
        <translation>回收站中有 1 个联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="241"/>
        <source>%1 contacts in the trash</source>
        <translation>回收站中有 %1 个联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="277"/>
        <source>The contact could not be saved. Close anyway and lose the changes?</source>
        <translation>联系人无法保存。仍要关闭并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="25"/>
        <source>The database could not be written (%1). Try again in a moment; if it keeps failing, check the disk space.</source>
        <translation>无法写入数据库（%1）。请稍后重试；如果一直失败，请检查磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="66"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="86"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="101"/>
        <source>Move %1 contact(s) to the trash</source>
        <translation>将 %1 个联系人移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="115"/>
        <source>Restore %1 contact(s)</source>
        <translation>恢复 %1 个联系人</translation>
    </message>
</context>
<context>
    <name>PhoneEditor</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/phone_editor.py" line="46"/>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/search_box.py" line="21"/>
        <source>Search name, company, city, phone…</source>
        <translation>搜索姓名、公司、城市、电话…</translation>
    </message>
</context>
<context>
    <name>StartCadenceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="24"/>
        <source>Start Cadence</source>
        <translation>开始跟进节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="38"/>
        <source>Selected leads (%1)</source>
        <translation>选中的线索（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="40"/>
        <source>Everyone in the current list (%1)</source>
        <translation>当前列表中的全部（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="49"/>
        <source>Template</source>
        <translation>节奏模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="50"/>
        <source>Day 1</source>
        <translation>第1天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="51"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="53"/>
        <source>Touches on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="56"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="83"/>
        <source>%1 of the %2 leads already run a cadence. Replace theirs with this one, or leave them alone?</source>
        <translation>%2 个线索中有 %1 个已在跟进节奏中。用这个节奏替换，还是跳过它们？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="86"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_cadence.py" line="87"/>
        <source>Skip Them</source>
        <translation>跳过它们</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/today_view.py" line="70"/>
        <source>Today, %1: %2 due, %3 overdue</source>
        <translation>今日 %1：今天到期 %2 个，逾期 %3 个</translation>
    </message>
</context>
<context>
    <name>TouchpointModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/touchpoints.py" line="67"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/touchpoints.py" line="67"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/touchpoints.py" line="67"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/touchpoints.py" line="67"/>
        <source>Naming tag</source>
        <translation>命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/touchpoints.py" line="68"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/touchpoints.py" line="68"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/touchpoints.py" line="68"/>
        <source>Last interaction</source>
        <translation>上次互动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models/touchpoints.py" line="113"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchpointPanel</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="93"/>
        <source>1 Reached</source>
        <translation>1 接通</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="93"/>
        <source>2 No answer</source>
        <translation>2 未接</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="93"/>
        <source>3 Replied</source>
        <translation>3 已回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="94"/>
        <source>4 No reply</source>
        <translation>4 未回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="100"/>
        <source>Key %1 in the list</source>
        <translation>在列表中按 %1 键</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="110"/>
        <source>Note (what was said), Enter marks done</source>
        <translation>备注（聊了什么），回车完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="112"/>
        <source>Mark Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="115"/>
        <source>Skip Step</source>
        <translation>跳过此步</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="116"/>
        <source>+1 Day</source>
        <translation>推迟1天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="117"/>
        <source>+1 Week</source>
        <translation>推迟1周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="121"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="122"/>
        <source>Stop Cadence</source>
        <translation>停止节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="123"/>
        <source>Open Contact</source>
        <translation>打开联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="229"/>
        <source>Pick an outcome first: keys 1-4.</source>
        <translation>请先选择结果：按 1-4 键。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="249"/>
        <source>Done: %1. The cadence is finished.</source>
        <translation>已完成：%1。跟进节奏已结束。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/touchpoint_panel.py" line="251"/>
        <source>Done: %1. Next: %2 on %3.</source>
        <translation>已完成：%1。下一步：%2，%3。</translation>
    </message>
</context>
<context>
    <name>_PhoneRow</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/phone_editor.py" line="21"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/phone_editor.py" line="23"/>
        <source>Remove this number</source>
        <translation>删除此号码</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/app.py" line="135"/>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="137"/>
        <source>Your saved contacts are safe. The details were written to %1; please send that file with a note of what you were doing.</source>
        <translation>已保存的联系人不受影响。详细信息已写入 %1；请把该文件连同您当时的操作说明一起发给我们。</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../desktop_app/ui/models/touchpoints.py" line="35"/>
        <source>en</source>
        <translation>zh</translation>
    </message>
</context>
</TS>
