<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulkLogDialog</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/bulk_log_dialog.py" line="22"/>
        <source>Log for the Group</source>
        <translation>为整组记录跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/bulk_log_dialog.py" line="29"/>
        <source>(no outcome)</source>
        <translation>（无结果）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/bulk_log_dialog.py" line="33"/>
        <source>What was said or sent (optional)</source>
        <translation>沟通内容（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/bulk_log_dialog.py" line="35"/>
        <source>One interaction for 1 contact.</source>
        <translation>为 1 位联系人记录一条跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/bulk_log_dialog.py" line="36"/>
        <source>One interaction for each of %1 contacts.</source>
        <translation>为 %1 位联系人各记录一条跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/bulk_log_dialog.py" line="37"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/bulk_log_dialog.py" line="38"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/bulk_log_dialog.py" line="39"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>BulkOperations</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_undo.py" line="44"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_undo.py" line="90"/>
        <source>Set %1 to “%2” for %3 contact(s)</source>
        <translation>将 %3 位联系人的%1设为“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_undo.py" line="109"/>
        <source>Log an interaction for %1 contact(s)</source>
        <translation>为 %1 位联系人记录跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_undo.py" line="129"/>
        <source>Restore %1 contact(s)</source>
        <translation>恢复 %1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_undo.py" line="130"/>
        <source>Move %1 contact(s) to the trash</source>
        <translation>将 %1 位联系人移到回收站</translation>
    </message>
</context>
<context>
    <name>BulkSetDialog</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="15"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="15"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="16"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="17"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="17"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="18"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="18"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="19"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="20"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="26"/>
        <source>Set for the Group</source>
        <translation>批量修改整组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="35"/>
        <source>Change 1 contact (Undo puts the value back).</source>
        <translation>修改 1 位联系人（撤销可恢复原值）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="36"/>
        <source>Change %1 contacts at once (Undo puts every value back).</source>
        <translation>一次修改 %1 位联系人（撤销可恢复每一个原值）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="37"/>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="38"/>
        <source>New &amp;value:</source>
        <translation>新值(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/bulk_set_dialog.py" line="57"/>
        <source>Automatic (from the score)</source>
        <translation>自动（按分数）</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/common/busy_dialog.py" line="12"/>
        <source>Contact Book</source>
        <translation>通讯录</translation>
    </message>
</context>
<context>
    <name>CadenceOps</name>
    <message>
        <location filename="../../desktop_app/ui/followup/cadence_ops.py" line="45"/>
        <location filename="../../desktop_app/ui/followup/cadence_ops.py" line="55"/>
        <source>Start cadence for %1 lead(s)</source>
        <translation>为 %1 个线索开始跟进节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/cadence_ops.py" line="72"/>
        <source>Start nurture from the won date</source>
        <translation>从成交日开始长期培育</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/cadence_ops.py" line="85"/>
        <source>Stop cadence</source>
        <translation>停止跟进节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/cadence_ops.py" line="91"/>
        <source>Mark done</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/cadence_ops.py" line="97"/>
        <source>Skip step</source>
        <translation>跳过跟进步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/cadence_ops.py" line="102"/>
        <source>Snooze</source>
        <translation>推迟跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/cadence_ops.py" line="107"/>
        <source>Reschedule</source>
        <translation>跟进改期</translation>
    </message>
</context>
<context>
    <name>CadenceTemplatesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="31"/>
        <source>Cadence Templates</source>
        <translation>跟进节奏模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="36"/>
        <source>Touch days</source>
        <translation>跟进日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="36"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="42"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="43"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="44"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="45"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="55"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="62"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="206"/>
        <source>Added %1.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="209"/>
        <source>Saved %1.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="215"/>
        <source>%n lead(s) run it: their next touch keeps its date, the steps after it follow the new days.</source>
        <translation>
            <numerusform>有 %n 个线索正在使用：下一次跟进的日期不变，之后的步骤按新的天数安排。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/templates_dialog.py" line="233"/>
        <source>Deleted %1. Edit › Undo brings it back.</source>
        <translation>已删除“%1”。可用“编辑 › 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop_app/ui/followup/calendar_view.py" line="198"/>
        <source>Nothing is due on this day.</source>
        <translation>这一天没有待跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/calendar_view.py" line="279"/>
        <source>Red, with a bar on the left: overdue · blue: due · grey +N: projected (the running cadences&apos; later steps, if every touch is done on its day) · orange bar ⚠: more than %1 first touches (the daily capacity)</source>
        <translation>红色（左侧竖条）：逾期 · 蓝色：到期 · 灰色 +N：预计（进行中节奏的后续步骤，假设每次跟进都按日完成）· 橙色横条 ⚠：首次跟进超过 %1 个（每日上限）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/calendar_view.py" line="293"/>
        <source>%2: 1 follow-up due</source>
        <translation>%2：1 个待跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/calendar_view.py" line="294"/>
        <source>%2: %1 follow-ups due</source>
        <translation>%2：%1 个待跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/calendar_view.py" line="296"/>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/calendar_view.py" line="299"/>
        <source>; %1 projected</source>
        <translation>；预计 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/calendar_view.py" line="301"/>
        <source>; over the daily capacity</source>
        <translation>；超过每日上限</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="48"/>
        <source>Call sheet</source>
        <translation>电话清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="49"/>
        <source>Daily call sheet</source>
        <translation>每日电话清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="54"/>
        <source>dddd, d MMMM yyyy</source>
        <comment>the sheet&apos;s day, as a QDate format</comment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="60"/>
        <source>1 lead</source>
        <translation>共 1 人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="61"/>
        <source>%1 leads</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="63"/>
        <source>%1 overdue</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="64"/>
        <source>%1 due today</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="66"/>
        <source>total %1</source>
        <translation>金额合计 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="272"/>
        <source>Salesperson: %1</source>
        <translation>销售：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="274"/>
        <source>Group: %1</source>
        <translation>分组：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="276"/>
        <source>Today&apos;s follow-ups</source>
        <translation>今日跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="284"/>
        <source>Only the first %1 of %2 leads</source>
        <translation>只列出前 %1 人（共 %2 人）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="293"/>
        <source>Lead · naming tag · follow-up · last contact</source>
        <translation>客户 · 命名标签 · 跟进 · 上次联系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="295"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="296"/>
        <source>Outcome · notes</source>
        <translation>结果 · 备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="305"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/row_parts.py" line="30"/>
        <source>Grade %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/row_parts.py" line="31"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/row_parts.py" line="36"/>
        <source>d MMM</source>
        <comment>a day of the sheet&apos;s year, as a QDate format</comment>
        <translation>M-dd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/row_parts.py" line="33"/>
        <source>Last %1: %2</source>
        <translation>上次 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/row_parts.py" line="32"/>
        <source>Last %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/row_parts.py" line="34"/>
        <source>%1 more</source>
        <translation>另有 %1 个号码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/row_parts.py" line="53"/>
        <source>(no phone)</source>
        <translation>（无电话）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/row_parts.py" line="63"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="414"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="415"/>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/row_parts.py" line="35"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="481"/>
        <source>No leads to call in this group.</source>
        <translation>这个分组里没有要联系的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="482"/>
        <source>No leads to call today.</source>
        <translation>今天没有要联系的客户。</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../desktop_app/ui/search/chips.py" line="32"/>
        <source>Remove this condition</source>
        <translation>去掉这个条件</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="27"/>
        <source>City-Company-Product-Deal size-Name-Title-Source</source>
        <translation>城市-公司关键词-产品-销售额-姓名-职位-来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="29"/>
        <source>Paste or type a whole naming tag, e.g. 上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎; Enter saves.</source>
        <translation>粘贴或输入完整的命名标签，例如 上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎；按回车保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="31"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="31"/>
        <source>Company</source>
        <translation>公司关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="31"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="31"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="32"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="32"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="32"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="51"/>
        <source>Naming tag</source>
        <translation>命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="54"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="55"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="56"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="57"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="58"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="69"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="71"/>
        <source>Save the contact (Ctrl+S)</source>
        <translation>保存联系人 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_form.py" line="97"/>
        <source>Saved. “%1” does not look like a mobile or landline number: check it.</source>
        <translation>已保存。“%1”不像手机号或座机号，请检查。</translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_list.py" line="194"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_list.py" line="196"/>
        <source>No contact matches this filter.
Change or clear the filter (Esc in the filter bar) to see the others.</source>
        <translation>没有符合这个筛选条件的联系人。
修改或清除筛选（在筛选栏按 Esc）即可看到其他联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_list.py" line="198"/>
        <source>No contacts yet.
Import a file (File › Import…, Ctrl+I, or drop a CSV, Excel or vCard file here) or add one (File › New Contact, Ctrl+N).</source>
        <translation>还没有联系人。
导入一个文件（文件 › 导入…，Ctrl+I，或把 CSV、Excel、vCard 文件拖到这里），或新建一个（文件 › 新建联系人，Ctrl+N）。</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="110"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="110"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="110"/>
        <source>Company</source>
        <translation>公司关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="111"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="111"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="112"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="112"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="112"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="113"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="113"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="114"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="114"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="115"/>
        <source>Unanswered</source>
        <translation>未接通次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="115"/>
        <source>Next due</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="116"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/table_model.py" line="116"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
</context>
<context>
    <name>ContentReport</name>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="41"/>
        <source>Content Report</source>
        <translation>内容报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="47"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="47"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="47"/>
        <source>Sent</source>
        <translation>发送次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="47"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="48"/>
        <source>Reply rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="48"/>
        <source>Won deals</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="48"/>
        <source>Won value</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="52"/>
        <source>Name, e.g. Huaxin case study</source>
        <translation>名称，如 华信案例</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="54"/>
        <source>Kind: case study, article, quote</source>
        <translation>类型：案例、文章、报价</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="56"/>
        <source>Link or file path</source>
        <translation>链接或文件路径</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="57"/>
        <source>Add Content</source>
        <translation>添加内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="62"/>
        <source>A reply: the touch was answered, or the lead wrote or called within %1 days.</source>
        <translation>回复：该次跟进得到回应，或客户在 %1 天内主动来信或来电。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="66"/>
        <source>No content yet. Add below what you send to leads (a case study, an article, a quote); then name it when you log a touch (the content box beside the note), and this table shows which pieces get replies and deals.</source>
        <translation>还没有内容。在下方添加你发给客户的内容（案例、文章、报价单）；记录跟进时在备注旁的内容框里选中它，这张表就会显示哪些内容带来了回复和成交。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="78"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="80"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/content_report.py" line="123"/>
        <source>Saved the report to %1.</source>
        <translation>报表已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../desktop_app/ui/safety/monitor.py" line="188"/>
        <source>The automatic backup could not be written. Your contacts are saved, but there is no fresh backup of them.</source>
        <translation>自动备份没能写入。你的联系人都已保存，但目前没有它们的最新备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/monitor.py" line="200"/>
        <source>Backing up before the change…</source>
        <translation>修改前正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/monitor.py" line="208"/>
        <source>Nothing was changed: the backup before the change could not be written.</source>
        <translation>没有做任何修改：修改前的备份没能写入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/monitor.py" line="230"/>
        <source>%1 is the database itself or one of its files. Choose another name.</source>
        <translation>%1 是数据库本身或它的文件之一。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/monitor.py" line="233"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/monitor.py" line="247"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/monitor.py" line="260"/>
        <source>The backup was not restored.</source>
        <translation>备份没有恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/monitor.py" line="264"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="30"/>
        <source>empty</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="37"/>
        <source>When the app started</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="38"/>
        <source>Automatic, while you worked</source>
        <translation>使用中自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="39"/>
        <source>When the app quit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="40"/>
        <source>Backed up by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="41"/>
        <source>Before a restore</source>
        <translation>恢复备份前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="42"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="43"/>
        <source>Before a change to many contacts</source>
        <translation>批量修改前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="44"/>
        <source>Before emptying the trash</source>
        <translation>清空回收站前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="45"/>
        <source>The damaged file, kept for rescue</source>
        <translation>损坏的原文件（留作抢救）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="51"/>
        <source>Before upgrading the database (version %1)</source>
        <translation>升级数据库前（版本 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="62"/>
        <source>The database file is damaged, so it was opened read-only and nothing in it will be changed.</source>
        <translation>数据库文件已损坏，因此以只读方式打开，里面的内容不会被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="66"/>
        <source>The newest good backup is from %1, with %2 contacts.</source>
        <translation>最新的完好备份是 %1 的，包含 %2 位联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="70"/>
        <source>No good backup was found: keep a copy of %1 before trying repairs.</source>
        <translation>没有找到完好的备份：尝试修复之前，请先复制保存 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="74"/>
        <source>Another Contact Book has it open: restore it from there.</source>
        <translation>另一个通讯录窗口正打开着它：请在那里恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="79"/>
        <source>This database is open in another Contact Book (process %1), so here you can look but not change anything. Close the other one, then open this again to make changes.</source>
        <translation>这个数据库已在另一个通讯录中打开（进程 %1），所以这里只能查看，不能修改。关闭另一个后，再重新打开这里即可修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="84"/>
        <source>This database is open in another Contact Book, so here you can look but not change anything. Close the other one, then open this again to make changes.</source>
        <translation>这个数据库已在另一个通讯录中打开，所以这里只能查看，不能修改。关闭另一个后，再重新打开这里即可修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="89"/>
        <source>The folder of %1 cannot be written, so the database is open read-only. To make changes, move the file to a folder of yours or fix the folder&apos;s permissions.</source>
        <translation>%1 所在的文件夹不可写入，因此数据库以只读方式打开。要修改，请把文件移到你自己的文件夹，或修改该文件夹的权限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="94"/>
        <source>The file %1 is read-only, so the database is open read-only. To make changes, fix the file&apos;s permissions.</source>
        <translation>文件 %1 是只读的，因此数据库以只读方式打开。要修改，请修改该文件的权限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="97"/>
        <source>The database is open read-only.</source>
        <translation>数据库以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="103"/>
        <source>The disk holding %1 is full, so nothing was changed. Free some space (empty the trash or Downloads, or move old files away) and try again.</source>
        <translation>%1 所在的磁盘已满，所以什么都没有改动。请腾出一些空间（清空回收站或下载文件夹，或移走旧文件）后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="108"/>
        <source>%1 cannot be written: the folder or file is read-only or not yours, so nothing was changed. Choose another folder or fix its permissions.</source>
        <translation>无法写入 %1：文件夹或文件是只读的或不属于你，所以什么都没有改动。请换一个文件夹或修改它的权限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="113"/>
        <source>The database is open read-only, so nothing was saved.</source>
        <translation>数据库以只读方式打开，所以没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="115"/>
        <source>The database is open in another Contact Book. Close it and try again.</source>
        <translation>数据库已在另一个通讯录中打开。请关闭它后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="118"/>
        <source>The database is damaged, so it was not changed. Restore a backup with File › Restore…. (%1)</source>
        <translation>数据库已损坏，所以没有改动它。请用“文件 › 从备份恢复…”恢复一个备份。（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="122"/>
        <source>The backup could not be used or written: %1</source>
        <translation>备份无法使用或写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="125"/>
        <source>The database could not be upgraded, so nothing was changed: %1</source>
        <translation>数据库无法升级，所以什么都没有改动：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="132"/>
        <source>The database could not be read or written (%1). Try again in a moment; if it keeps failing, check the disk.</source>
        <translation>数据库无法读取或写入（%1）。请稍后再试；如果一直失败，请检查磁盘。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="135"/>
        <source>Something went wrong: %1</source>
        <translation>出了点问题：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="142"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="143"/>
        <source>your disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="144"/>
        <source>you may not write in that folder</source>
        <translation>没有写入该文件夹的权限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="145"/>
        <source>the folder is read-only</source>
        <translation>该文件夹是只读的</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="146"/>
        <source>the folder does not exist (any more)</source>
        <translation>该文件夹不存在（或已被删除）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="147"/>
        <source>there is a folder of that name</source>
        <translation>已有同名的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="148"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/text.py" line="152"/>
        <source>Could not write %1: %2.

Nothing was written and no half-written file was left behind. Choose another folder or name and try again.</source>
        <translation>无法写入 %1：%2。

什么都没有写入，也没有留下写了一半的文件。请换一个文件夹或文件名再试。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="75"/>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="193"/>
        <source>This contact is in the trash. Restore it to edit.</source>
        <translation>此联系人在回收站中。恢复后才能编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="98"/>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="99"/>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="357"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="101"/>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="244"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="105"/>
        <source>No contact selected. Pick one in the list, or add one with File › New Contact (Ctrl+N).</source>
        <translation>未选择联系人。请在列表中选择，或用 文件 › 新建联系人（Ctrl+N）添加。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="233"/>
        <source>Created %1 · Updated %2</source>
        <translation>创建于 %1 · 更新于 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="243"/>
        <source>Grade %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="292"/>
        <source>New contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="293"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="307"/>
        <source>not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="308"/>
        <source>Write an amount such as 50万, 1千万, 200w or 80,000 so the list can sort by it.</source>
        <translation>请写成金额，例如 50万、1千万、200w 或 80,000，列表才能按金额排序。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="356"/>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="384"/>
        <source>This contact was deleted elsewhere. Save again to add it as a new contact.</source>
        <translation>此联系人已在别处被删除。再次保存将把它添加为新联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/detail_pane.py" line="421"/>
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是有效的邮箱地址。</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/capture.py" line="34"/>
        <source>Open It</source>
        <translation>打开它</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/capture.py" line="35"/>
        <source>Merge Into It</source>
        <translation>合并到它</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/capture.py" line="36"/>
        <source>Save Anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/capture.py" line="61"/>
        <source>“%1” has the same phone %2.</source>
        <translation>“%1”的电话同为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/capture.py" line="64"/>
        <source>“%1” has the same name and company.</source>
        <translation>“%1”的姓名和公司相同。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/capture.py" line="65"/>
        <source>This lead may already be in your list:</source>
        <translation>这条线索可能已在列表中：</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="21"/>
        <source>Duplicates</source>
        <translation>重复联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="22"/>
        <source>A row is a duplicate when its phone number, its e-mail, or its name and company match a contact you have (or an earlier row).</source>
        <translation>当某行的电话号码、邮箱，或姓名加公司，与已有联系人（或文件中前面的行）相同时，即视为重复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="25"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="34"/>
        <source>If a row is a duplicate</source>
        <translation>遇到重复行时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="34"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="35"/>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="35"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="84"/>
        <source>Reading the whole file to count what would happen (nothing is written yet)…</source>
        <translation>正在读取整个文件，统计导入结果（尚未写入任何数据）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="126"/>
        <source>1 card read. Nothing has been written yet.</source>
        <translation>已读取 1 张名片，尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="127"/>
        <source>%1 cards read. Nothing has been written yet.</source>
        <translation>已读取 %1 张名片，尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="129"/>
        <source>1 row read. Nothing has been written yet.</source>
        <translation>已读取 1 行，尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="130"/>
        <source>%1 rows read. Nothing has been written yet.</source>
        <translation>已读取 %1 行，尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="133"/>
        <source>None matches a contact you have or an earlier one: all are new.</source>
        <translation>没有与现有联系人或前面各行重复的：全部是新联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="139"/>
        <source>1 row matches a contact you have or an earlier row (%2 by phone number, %4 by e-mail, %3 by name and company).</source>
        <translation>有 1 行与已有联系人或前面的行重复（按电话号码 %2 行，按邮箱 %4 行，按姓名加公司 %3 行）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="141"/>
        <source>%1 rows match a contact you have or an earlier row (%2 by phone number, %4 by e-mail, %3 by name and company).</source>
        <translation>有 %1 行与已有联系人或前面的行重复（按电话号码 %2 行，按邮箱 %4 行，按姓名加公司 %3 行）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="154"/>
        <source>1 row has the phone number, e-mail, or name and company of a contact but is another lead (a naming-tag field differs): it is imported as a new contact whatever you choose; the report names the contact.</source>
        <translation>另有 1 行与某位联系人的电话、邮箱或姓名加公司相同，但命名标签的字段不同，是另一条线索：无论选哪种方式都会作为新联系人导入，导入报告会写明是哪位联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="157"/>
        <source>%1 rows have the phone number, e-mail, or name and company of a contact but are other leads (a naming-tag field differs): they are imported as new contacts whatever you choose; the report names each contact.</source>
        <translation>另有 %1 行与某位联系人的电话、邮箱或姓名加公司相同，但命名标签的字段不同，是另外的线索：无论选哪种方式都会作为新联系人导入，导入报告会逐一写明是哪位联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/duplicates_page.py" line="169"/>
        <source>The file could not be read to the end: %1</source>
        <translation>无法读完此文件：%1</translation>
    </message>
</context>
<context>
    <name>EditInteractionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/edit_dialog.py" line="33"/>
        <source>Edit Timeline Entry</source>
        <translation>编辑时间线记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/edit_dialog.py" line="65"/>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/edit_dialog.py" line="66"/>
        <source>&amp;Direction</source>
        <translation>方向(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/edit_dialog.py" line="67"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/edit_dialog.py" line="68"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/edit_dialog.py" line="69"/>
        <source>&amp;Summary</source>
        <translation>内容(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/edit_dialog.py" line="70"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/edit_dialog.py" line="88"/>
        <source>No outcome</source>
        <translation>无结果</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="68"/>
        <source>Export Contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="71"/>
        <source>1 contact</source>
        <translation>1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="71"/>
        <source>%1 contacts</source>
        <translation>%1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="72"/>
        <source>Export %1 (%2)</source>
        <translation>导出 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="75"/>
        <source>Export the %1 selected contacts</source>
        <translation>导出选中的 %1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="87"/>
        <source>CSV – opens in Excel and WPS</source>
        <translation>CSV（用 Excel、WPS 打开）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="88"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="89"/>
        <source>vCard 3.0 (.vcf) – for the phone&apos;s address book</source>
        <translation>vCard 3.0 名片 .vcf（导入手机通讯录）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="90"/>
        <source>Their follow-ups of the next 30 days (.ics calendar)</source>
        <translation>未来 30 天的跟进计划 .ics（导入日历）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="94"/>
        <source>UTF-8 with BOM (Excel 2016 and later, WPS)</source>
        <translation>UTF-8 带 BOM（Excel 2016 及以后版本、WPS）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="96"/>
        <source>GB18030 (older Excel)</source>
        <translation>GB18030（旧版 Excel）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="98"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="102"/>
        <source>The file is written completely or not at all: Cancel or an error leaves no half-written file.</source>
        <translation>文件要么完整写好，要么完全不写：取消或出错都不会留下写了一半的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="106"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="156"/>
        <source>the current filter: %1</source>
        <translation>当前筛选：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="157"/>
        <source>all contacts, no filter</source>
        <translation>全部联系人，未筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="159"/>
        <source>in the trash, %1</source>
        <translation>回收站中，%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="167"/>
        <source>%1 selected</source>
        <translation>选中%1位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="169"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="170"/>
        <source>follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="172"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="172"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="173"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="173"/>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="174"/>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="192"/>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="236"/>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="255"/>
        <source>Export Contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="188"/>
        <source>Exporting 1 contact…</source>
        <translation>正在导出 1 位联系人…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="189"/>
        <source>Exporting %1 contacts…</source>
        <translation>正在导出 %1 位联系人…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="191"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="203"/>
        <source>Cancelling the export…</source>
        <translation>正在取消导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="220"/>
        <source>Export cancelled: no file was written.</source>
        <translation>已取消导出：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="223"/>
        <source>Exported 1 follow-up to %2</source>
        <translation>已导出 1 条跟进计划到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="224"/>
        <source>Exported %1 follow-ups to %2</source>
        <translation>已导出 %1 条跟进计划到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="225"/>
        <source>Exported 1 contact to %2</source>
        <translation>已导出 1 位联系人到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="226"/>
        <source>Exported %1 contacts to %2</source>
        <translation>已导出 %1 位联系人到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="232"/>
        <source>1 cell was longer than Excel allows (32,767 characters) and was cut.</source>
        <translation>有 1 个单元格超出 Excel 的长度上限（32,767 个字符），已被截断。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="233"/>
        <source>%1 cells were longer than Excel allows (32,767 characters) and were cut.</source>
        <translation>有 %1 个单元格超出 Excel 的长度上限（32,767 个字符），已被截断。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/export_dialog.py" line="238"/>
        <source>Open Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>FacetTree</name>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="72"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="72"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="73"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="73"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="74"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="74"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="75"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="104"/>
        <source>(none)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="116"/>
        <source>more…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/facet_sidebar.py" line="116"/>
        <source>fewer</source>
        <translation>收起</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="24"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="25"/>
        <source>CSV or TSV text (any encoding, e.g. from Excel or WPS), an Excel .xlsx workbook, or a vCard .vcf from a phone.</source>
        <translation>CSV 或 TSV 文本（任意编码，例如 Excel 或 WPS 导出的）、Excel .xlsx 工作簿，或手机导出的 vCard .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="31"/>
        <source>Choose a file or drop it here</source>
        <translation>选择文件，或将文件拖放到这里</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="32"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="38"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="46"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="47"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="48"/>
        <source>Read as:</source>
        <translation>读取编码：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="49"/>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="50"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="51"/>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="52"/>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="70"/>
        <source>Import Contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="71"/>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;CSV or text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;vCard (*.vcf);;All files (*)</source>
        <translation>联系人文件 (*.csv *.tsv *.txt *.xlsx *.vcf);;CSV 或文本 (*.csv *.tsv *.txt);;Excel 工作簿 (*.xlsx);;vCard (*.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="95"/>
        <source>This file cannot be imported: it is empty.</source>
        <translation>无法导入此文件：文件是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="101"/>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="111"/>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="143"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="144"/>
        <source>none (the columns are numbered)</source>
        <translation>无（按列号编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="146"/>
        <source>not needed (vCard)</source>
        <translation>不需要（vCard）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="147"/>
        <source>up to %1</source>
        <translation>最多 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/file_page.py" line="151"/>
        <source>Exported by Contact Book: every column is recognised.</source>
        <translation>由 Contact Book 导出：所有列均已识别。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="42"/>
        <source>“%1” is not a field. Fields: %2.</source>
        <translation>“%1”不是字段。可用字段：城市 公司 产品 销售额 姓名 职位 来源 阶段 电话 邮箱 微信 备注 标签 上次 未接通 下次 等级 分数 节奏（或 %2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="43"/>
        <source>The quote in “%1” is not closed.</source>
        <translation>“%1”中的引号没有闭合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="44"/>
        <source>“%1” is not an amount (e.g. 100万, 1.5亿).</source>
        <translation>“%1”不是金额（例如 100万、1.5亿）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="45"/>
        <source>“%1”: this field cannot be compared with &gt; or &lt;.</source>
        <translation>“%1”：这个字段不能用 &gt; 或 &lt; 比较。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="46"/>
        <source>“%1”: unknown stage (线索 已联系 意向 报价 成交 流失).</source>
        <translation>“%1”：没有这个阶段（线索 已联系 意向 报价 成交 流失）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="47"/>
        <source>“%1”: tag: takes complete or incomplete.</source>
        <translation>“%1”：标签只能是 完整 或 不完整。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="48"/>
        <source>“%1”: a phone search needs digits.</source>
        <translation>“%1”：电话搜索需要数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="49"/>
        <source>“%1” needs a value after the colon.</source>
        <translation>“%1”冒号后面需要一个值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="50"/>
        <source>A “-” with nothing after it is ignored.</source>
        <translation>“-”后面没有内容，已忽略。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="51"/>
        <source>“%1” is out of range.</source>
        <translation>“%1”超出了可用范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="55"/>
        <source>“%1” was not understood.</source>
        <translation>无法理解“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="125"/>
        <source>Filter: words, or city:上海 source:知乎 deal&gt;=100万 last:&gt;7d -stage:lost</source>
        <translation>筛选：关键词，或 城市:上海 来源:知乎 销售额&gt;=100万 上次:&gt;7d -阶段:流失</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/filter_bar.py" line="251"/>
        <source>%1 of %2</source>
        <translation>%1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="49"/>
        <source>&amp;Start Cadence…</source>
        <translation>开始跟进节奏(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="51"/>
        <source>Start &amp;Nurture from the Won Date</source>
        <translation>从成交日开始长期培育(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="52"/>
        <source>S&amp;top Cadence</source>
        <translation>停止跟进节奏(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="53"/>
        <source>&amp;Cadence Templates…</source>
        <translation>跟进节奏模板(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="54"/>
        <source>&amp;First Touches per Day…</source>
        <translation>每日首次跟进上限(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="55"/>
        <source>E&amp;xport Calendar (.ics)…</source>
        <translation>导出日历 (.ics)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="56"/>
        <source>&amp;Print Today&apos;s Call Sheet…</source>
        <translation>打印今日电话清单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="58"/>
        <source>Print Call Sheet of This &amp;Group…</source>
        <translation>打印本组电话清单(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="59"/>
        <source>Your Na&amp;me on Call Sheets…</source>
        <translation>电话单上的姓名(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="62"/>
        <source>C&amp;ontacts</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="64"/>
        <source>To&amp;day</source>
        <translation>今日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="66"/>
        <source>C&amp;alendar</source>
        <translation>日历(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="73"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="74"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="119"/>
        <source>F&amp;ollow-up</source>
        <translation>跟进(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="192"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="224"/>
        <source>None of the %1 selected leads runs a cadence; nothing was stopped.</source>
        <translation>选中的 %1 位线索都没有进行中的节奏，没有停止任何节奏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="227"/>
        <source>Stopped the cadence of %1 lead(s) (Edit › Undo brings it back).</source>
        <translation>已停止 %1 位线索的节奏（编辑 › 撤销可恢复）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="230"/>
        <source>Stopped the cadence of %1 of the %2 selected leads; the others ran none (Edit › Undo brings them back).</source>
        <translation>已停止选中的 %2 位线索中 %1 位的节奏，其余没有进行中的节奏（编辑 › 撤销可恢复）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="246"/>
        <source>All leads</source>
        <translation>全部线索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="271"/>
        <source>First Touches per Day</source>
        <translation>每日首次跟进上限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="272"/>
        <source>Start at most this many leads a day; a bigger group is spread over the next working days:</source>
        <translation>每天最多开始这么多个线索；人数更多的分组会顺延到之后的工作日：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="282"/>
        <source>From now on at most %1 first touches a day.</source>
        <translation>此后每天最多 %1 个首次跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="296"/>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/window_part.py" line="297"/>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../desktop_app/ui/reports/funnel_chart.py" line="48"/>
        <source>step %1</source>
        <translation>阶段转化 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/funnel_chart.py" line="48"/>
        <source>to the stage before %1</source>
        <translation>与上一阶段之比 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/funnel_chart.py" line="51"/>
        <source>of all %1</source>
        <translation>占全部 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/funnel_chart.py" line="51"/>
        <source>per new lead %1</source>
        <translation>占本期新线索 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/funnel_chart.py" line="54"/>
        <source>lost here %1</source>
        <translation>在此流失 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/funnel_chart.py" line="98"/>
        <source>Click to list these leads</source>
        <translation>点击列出这些线索</translation>
    </message>
</context>
<context>
    <name>GradePanel</name>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="41"/>
        <source>Automatic (from the score)</source>
        <translation>自动（按分数）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="44"/>
        <source>A grade set by hand overrides the computed one until you set it back to automatic</source>
        <translation>手动设置的等级优先于计算结果，直到改回“自动”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="48"/>
        <source>Nothing in the window counts yet: log what the lead does (a direct message, an inquiry ...) and how touches went.</source>
        <translation>统计期内还没有计分记录：记下客户的行为（私信、咨询……）和每次跟进的结果。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="55"/>
        <source>Start the grade&apos;s cadence for this lead (Undo takes it back)</source>
        <translation>为这位客户启动该等级的跟进节奏（可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="60"/>
        <source>Manual grade</source>
        <translation>手动等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="69"/>
        <source>What the score is made of:</source>
        <translation>分数构成：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="97"/>
        <source>&lt;span style=&apos;font-size:22px; font-weight:bold; color:%1&apos;&gt;%2&lt;/span&gt;&amp;nbsp;&amp;nbsp; score %3</source>
        <translation>&lt;span style=&apos;font-size:22px; font-weight:bold; color:%1&apos;&gt;%2&lt;/span&gt;&amp;nbsp;&amp;nbsp; 分数 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="100"/>
        <source>Grade %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="103"/>
        <source>By score: %1 (A ≥ %2, B ≥ %3, C ≥ %4; the last %5 days, older than %6 days count half)</source>
        <translation>按分数：%1（A ≥ %2，B ≥ %3，C ≥ %4；统计最近 %5 天，超过 %6 天的记一半）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="109"/>
        <source>Stage %1: at least %2</source>
        <translation>阶段 %1：至少 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="112"/>
        <source>Set by hand to %1; computed: %2</source>
        <translation>手动设为 %1；计算结果：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="127"/>
        <source>(older than %1 days: half)</source>
        <translation>（超过 %1 天：记一半）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="144"/>
        <source>Grade %1 has no procedure (Grades › Behaviours and Grades…).</source>
        <translation>等级 %1 没有设置流程（等级 › 行为与等级规则…）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="147"/>
        <source>Procedure for grade %1: %2.</source>
        <translation>等级 %1 的流程：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="151"/>
        <source>Runs %1; next touch %2.</source>
        <translation>正在进行 %1，下次跟进 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="154"/>
        <source>No cadence runs.</source>
        <translation>尚未开始跟进节奏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="157"/>
        <source>Start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="169"/>
        <source>Start the grade&apos;s procedure</source>
        <translation>启动等级流程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/grade_panel.py" line="186"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="43"/>
        <source>&amp;Behaviours and Grades…</source>
        <translation>行为与等级规则(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="44"/>
        <source>&amp;Content Report…</source>
        <translation>内容报告(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="45"/>
        <source>&amp;Apply the Grade&apos;s Procedure to the Group</source>
        <translation>对当前分组执行等级流程(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="46"/>
        <source>Start each lead&apos;s cadence for its grade; a lead that runs one keeps it</source>
        <translation>按每个客户的等级启动对应的跟进节奏；已有节奏的客户保持不变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="50"/>
        <source>Gra&amp;des</source>
        <translation>等级(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="113"/>
        <source>Apply the grade&apos;s procedure to %1 lead(s)</source>
        <translation>为 %1 个客户启动等级流程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="119"/>
        <source>Procedures started for %1 leads; %2 already run a cadence and were left alone; %3 have a grade without a procedure.</source>
        <translation>已为 %1 个客户启动流程；%2 个已有跟进节奏，未改动；%3 个所在等级没有设置流程。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="125"/>
        <source>First touches from %1 to %2, at most %3 a day.</source>
        <translation>首次跟进从 %1 到 %2，每天最多 %3 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="129"/>
        <source>First touches on %1.</source>
        <translation>首次跟进在 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="132"/>
        <source>Left out %1 closed lead(s) (won, lost).</source>
        <translation>另有 %1 个已结束的客户（成交、流失）未启动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="153"/>
        <source>no procedure, left alone</source>
        <translation>无流程，不处理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="154"/>
        <source>Grade %1: %2 → %3</source>
        <translation>%1 级：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="155"/>
        <source>No grade: %2 → %3</source>
        <translation>未评级：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="157"/>
        <source>Start the grade&apos;s procedure for the %1 leads of the group?</source>
        <translation>为本组 %1 个线索执行其等级流程？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="161"/>
        <source>%1 already run a cadence and keep it.</source>
        <translation>%1 个已在跟进节奏中，保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="164"/>
        <source>%1 closed lead(s) (won, lost) are left out.</source>
        <translation>%1 个已成交/已流失的线索不计入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="166"/>
        <source>At most %1 first touches a day; Edit › Undo takes it back.</source>
        <translation>每天最多 %1 个首次跟进；可用 编辑 › 撤销 撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/window_part.py" line="170"/>
        <source>Apply the Grade&apos;s Procedure</source>
        <translation>执行等级流程</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="20"/>
        <source>Select &amp;All in Filter</source>
        <translation>全选筛选结果(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="21"/>
        <source>&amp;Log Interaction for Group…</source>
        <translation>为整组记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="22"/>
        <source>&amp;Set Field for Group…</source>
        <translation>批量修改整组(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="23"/>
        <source>&amp;Move Group to Trash…</source>
        <translation>整组移到回收站(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="24"/>
        <source>&amp;Restore Group</source>
        <translation>恢复整组(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="25"/>
        <source>&amp;Export Group…</source>
        <translation>导出本组(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="26"/>
        <source>&amp;Group</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="36"/>
        <source>Group actions</source>
        <translation>整组操作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="72"/>
        <source>Select &amp;all %1 in this filter</source>
        <translation>全选筛选出的 %1 位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="134"/>
        <source>Move Group to Trash</source>
        <translation>整组移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="135"/>
        <source>Move the 1 contact of this filter to the trash? Undo brings it back.</source>
        <translation>把筛选出的 1 位联系人移到回收站？撤销可恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/group_actions.py" line="137"/>
        <source>Move all %1 contacts of this filter to the trash? Undo brings them back.</source>
        <translation>把筛选出的 %1 位联系人全部移到回收站？撤销可恢复。</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="59"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="64"/>
        <source>+ Save filter</source>
        <translation>+ 保存筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="65"/>
        <source>Save the current filter as a group</source>
        <translation>把当前筛选保存为分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="75"/>
        <source>No groups yet: filter the list, then + Save filter.</source>
        <translation>还没有分组：先筛选列表，再点“+ 保存筛选”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="140"/>
        <source>Type a filter first; a group saves the current filter.</source>
        <translation>请先输入筛选条件；分组保存的是当前筛选。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="142"/>
        <source>Save Group</source>
        <translation>保存分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="142"/>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="161"/>
        <source>Group name:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="155"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="156"/>
        <source>Replace with the current filter</source>
        <translation>改为当前筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="157"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/groups.py" line="161"/>
        <source>Rename Group</source>
        <translation>重命名分组</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="22"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="23"/>
        <source>Your contacts are backed up first. Cancel leaves them exactly as they were.</source>
        <translation>导入前会先备份您的联系人。取消导入后，联系人会完全保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="32"/>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="54"/>
        <source>The database is read-only now, so nothing can be imported.</source>
        <translation>数据库当前为只读，无法导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="59"/>
        <source>Backing up your contacts before the import…</source>
        <translation>导入前正在备份您的联系人…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="74"/>
        <source>Nothing was imported: the backup before the import could not be written.</source>
        <translation>未导入任何内容：导入前的备份无法写入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="80"/>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="115"/>
        <source>Cancelled: nothing was imported. Your contacts are as they were before.</source>
        <translation>已取消：未导入任何内容，您的联系人保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="85"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="94"/>
        <source>Importing %1: %2 rows read…</source>
        <translation>正在导入 %1：已读取 %2 行…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="103"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="122"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="130"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/import_page.py" line="132"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/wizard.py" line="26"/>
        <source>Import Contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/wizard.py" line="40"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/wizard.py" line="110"/>
        <source>The database is read-only, so nothing can be imported.</source>
        <translation>数据库为只读，无法导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="15"/>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="16"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="17"/>
        <source>Naming tag (all 7 parts)</source>
        <translation>命名标签（全部 7 段）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="18"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="19"/>
        <source>Company keyword</source>
        <translation>公司关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="20"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="21"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="22"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="23"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="24"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="25"/>
        <source>Extra tag</source>
        <translation>附加标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="26"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="27"/>
        <source>Phone label</source>
        <translation>电话类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="28"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="29"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="30"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="31"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="32"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="33"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="34"/>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="68"/>
        <source>CSV text</source>
        <translation>CSV 文本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="69"/>
        <source>Tab-separated text</source>
        <translation>制表符分隔文本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="70"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="71"/>
        <source>vCard (.vcf)</source>
        <translation>vCard 名片 (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="77"/>
        <source>comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="78"/>
        <source>semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="79"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="80"/>
        <source>vertical bar (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="86"/>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="87"/>
        <source>No contact data</source>
        <translation>没有联系人信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="88"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="89"/>
        <source>Invalid values</source>
        <translation>数据无效</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="90"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="96"/>
        <source>Merge into the existing contact (fill in what is missing)</source>
        <translation>合并到已有联系人（只补全缺少的信息）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="98"/>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/labels.py" line="99"/>
        <source>Create a new contact anyway</source>
        <translation>仍然新建联系人</translation>
    </message>
</context>
<context>
    <name>LeadKeys</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/lead_keys.py" line="16"/>
        <source>&amp;Next Contact</source>
        <translation>下一位联系人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/lead_keys.py" line="17"/>
        <source>&amp;Previous Contact</source>
        <translation>上一位联系人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/lead_keys.py" line="19"/>
        <source>Show the next contact of the list, wherever the cursor is</source>
        <translation>显示列表中的下一位联系人（光标在哪里都可以）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/lead_keys.py" line="48"/>
        <source>That was the last contact of the list.</source>
        <translation>已经是列表中的最后一位联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/lead_keys.py" line="49"/>
        <source>This is the first contact of the list.</source>
        <translation>已经是列表中的第一位联系人。</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="21"/>
        <source>&amp;New Contact</source>
        <translation>新建联系人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="22"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="23"/>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="26"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="27"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="29"/>
        <source>Show &amp;Trash</source>
        <translation>显示回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="31"/>
        <source>Re&amp;store</source>
        <translation>恢复(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="32"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="33"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="34"/>
        <source>&amp;Log Interaction</source>
        <translation>记录跟进(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="35"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="36"/>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="37"/>
        <source>&amp;Restore a Backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="38"/>
        <source>&amp;Check Database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="39"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="40"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="41"/>
        <source>Save a copy of the database to a file of your choice, e.g. on a USB stick</source>
        <translation>把数据库另存一份到你选择的文件，例如 U 盘上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="43"/>
        <source>Go back to one of the backups</source>
        <translation>回到某个备份的状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="44"/>
        <source>Check every page and every reference of the database file</source>
        <translation>检查数据库文件的每一页和每一处引用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="51"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="64"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="70"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="77"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_actions.py" line="111"/>
        <source>Read-only: see the message at the top of the window.</source>
        <translation>只读：请看窗口顶部的说明。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="71"/>
        <location filename="../../desktop_app/ui/printing/sheet_layout.py" line="306"/>
        <source>Contact Book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="163"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183"/>
        <source>Checking database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="292"/>
        <source>Restored the backup from %1.</source>
        <translation>已恢复 %1 的备份。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="46"/>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="47"/>
        <source>Choose which field each column of the file fills. Below, the first rows appear as they will be stored.</source>
        <translation>为文件的每一列选择对应的字段。下方显示前几行导入后的样子。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="62"/>
        <source>The file (first %1 rows):</source>
        <translation>文件内容（前 %1 行）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="68"/>
        <source>As they will be stored:</source>
        <translation>导入后的样子：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="172"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="56"/>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="95"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="118"/>
        <source>A vCard&apos;s fields are known: the mapping cannot be changed.</source>
        <translation>vCard 的字段是固定的，无需也无法更改对应关系。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="120"/>
        <source>This file was exported by Contact Book; its columns are recognised.</source>
        <translation>此文件由 Contact Book 导出，所有列均已识别。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/mapping_page.py" line="146"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop_app/ui/common/undo.py" line="28"/>
        <source>The database could not be written (%1). Try again in a moment; if it keeps failing, check the disk space.</source>
        <translation>无法写入数据库（%1）。请稍后重试；如果一直失败，请检查磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/undo.py" line="69"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/undo.py" line="95"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/undo.py" line="121"/>
        <source>Move %1 contact(s) to the trash</source>
        <translation>将 %1 位联系人移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/undo.py" line="139"/>
        <source>Restore %1 contact(s)</source>
        <translation>恢复 %1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/undo_command.py" line="18"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/undo_command.py" line="34"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
</context>
<context>
    <name>PhoneEditor</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/phone_editor.py" line="48"/>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop_app/ui/printing/printer.py" line="126"/>
        <source>Print Preview · Call Sheet</source>
        <translation>打印预览 · 每日电话清单</translation>
    </message>
</context>
<context>
    <name>ProcedureOps</name>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="123"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="124"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="128"/>
        <source>First touches over the daily capacity of %1: %2. The A leads and a lead started on its own go before the earlier starts, which keep their days.</source>
        <translation>首次跟进超出每日容量 %1 个：%2。A 级线索和单独启动的线索排在之前安排的线索前面，之前安排的日期不变。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/common/qt_texts.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/qt_texts.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuickLogBar</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="152"/>
        <source>Channel: type its number</source>
        <translation>渠道：按对应数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="160"/>
        <source>Outcome: type its number</source>
        <translation>结果：按对应数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="162"/>
        <source>Direction: type its number</source>
        <translation>方向：按对应数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="166"/>
        <source>The content sent with this touch (a case study, an article, a quote)</source>
        <translation>本次跟进发送的内容（案例、文章、报价）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="172"/>
        <source>What happened? Enter logs it</source>
        <translation>发生了什么？按回车记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="175"/>
        <source>Next step (optional)</source>
        <translation>下一步（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="176"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="177"/>
        <source>Log it on the timeline (Enter; Ctrl+Enter logs and shows the next lead)</source>
        <translation>记录到时间线（回车；Ctrl+回车：记录后转到下一位联系人）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="179"/>
        <source>Ctrl+L, then a number in each box, type the note, Enter (Ctrl+Enter: log and next lead; Esc: back to the list)</source>
        <translation>Ctrl+L，每个框按一个数字，输入内容，回车（Ctrl+回车：记录并转到下一位联系人；Esc：回到列表）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="230"/>
        <source>no content</source>
        <translation>无内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="268"/>
        <source>Type the note first</source>
        <translation>请先输入备注内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/quick_log.py" line="296"/>
        <source>No outcome</source>
        <translation>无结果</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="18"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="19"/>
        <source>What was imported, and every row that was skipped with its line in the file.</source>
        <translation>导入了哪些内容，以及每个被跳过的行及其在文件中的行号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="25"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="25"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="26"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="35"/>
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="36"/>
        <source>Undo This Import…</source>
        <translation>撤销本次导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="56"/>
        <source>New contacts: %1 · merged into contacts you had: %2 · skipped: %3 (of %4 rows in the file).</source>
        <translation>新建联系人 %1 位 · 合并到已有联系人 %2 行 · 跳过 %3 行（文件共 %4 行）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="61"/>
        <source>%1 of the merged rows added nothing new.</source>
        <translation>其中 %1 个合并行没有带来新信息。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="75"/>
        <source>Nothing was created or changed: there is nothing to undo.</source>
        <translation>没有新建或更改任何联系人，无需撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="79"/>
        <source>Changed your mind? Undo This Import (or Edit › Undo) removes the contacts it created and reverts what it merged. Import #%1.</source>
        <translation>想反悔？点击“撤销本次导入”（或“编辑 › 撤销”）会删除本次新建的联系人，并还原合并所做的修改。导入编号 #%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="93"/>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="94"/>
        <source>Text (*.txt);;CSV for Excel (*.csv)</source>
        <translation>文本 (*.txt);;CSV，供 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="102"/>
        <source>The report could not be saved: %1</source>
        <translation>报告无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="105"/>
        <source>Report saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="112"/>
        <source>Remove the contacts this import created (%1) and revert those it merged into (%2)? Contacts you changed since keep your changes.</source>
        <translation>删除本次导入新建的联系人（%1 位），并还原合并过的联系人（%2 位）吗？之后您修改过的联系人会保留您的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="116"/>
        <source>Revert the 1 contact this import merged into? If you changed it since, it keeps your changes.</source>
        <translation>还原本次导入合并过的 1 位联系人吗？如果之后您修改过它，会保留您的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="118"/>
        <source>Revert the %1 contacts this import merged into? Contacts you changed since keep your changes.</source>
        <translation>还原本次导入合并过的 %1 位联系人吗？之后您修改过的联系人会保留您的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="120"/>
        <source>Remove the 1 contact this import created? If you changed it since, it stays.</source>
        <translation>删除本次导入新建的 1 位联系人吗？如果之后您修改过它，它会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="122"/>
        <source>Remove the %1 contacts this import created? Contacts you changed since keep your changes.</source>
        <translation>删除本次导入新建的 %1 位联系人吗？之后您修改过的联系人会保留您的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="127"/>
        <source>Undo This Import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transfer/import_wizard/report_page.py" line="136"/>
        <source>The import was undone: removed %1, reverted %2, kept %3 (changed since).</source>
        <translation>已撤销导入：删除 %1 位，还原 %2 位，保留 %3 位（之后被修改过）。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop_app/ui/reports/window_part.py" line="33"/>
        <source>S&amp;pend per Source…</source>
        <translation>各来源投入(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window_part.py" line="55"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/window_part.py" line="31"/>
        <location filename="../../desktop_app/ui/reports/window_part.py" line="58"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/table_model.py" line="166"/>
        <source>The best ROI of this report</source>
        <translation>本报表投入产出比最高</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/table_model.py" line="168"/>
        <source>The worst ROI of this report</source>
        <translation>本报表投入产出比最低</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/table_model.py" line="171"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/table_model.py" line="174"/>
        <source>Double-click to list these leads</source>
        <translation>双击列出这些线索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/report_output.py" line="97"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/report_output.py" line="98"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/report_output.py" line="99"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/report_output.py" line="101"/>
        <source>Export Report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/report_output.py" line="118"/>
        <source>Saved the report to %1.</source>
        <translation>报表已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/report_output.py" line="142"/>
        <source>Print Preview · Report</source>
        <translation>打印预览 · 报表</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="90"/>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="90"/>
        <source>Sources and ROI</source>
        <translation>来源与投入产出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="91"/>
        <source>Activity</source>
        <translation>跟进活动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="95"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="95"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="95"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="96"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="96"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="96"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="97"/>
        <source>Other period…</source>
        <translation>其他时段…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="101"/>
        <source>2026Q4, 2026-11, 2026-10-01..2026-11-15</source>
        <translation>2026Q4、2026-11、2026-10-01..2026-11-15</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="103"/>
        <source>Activity in the period</source>
        <translation>按时段内发生的活动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="105"/>
        <source>Off: the leads created in the period, followed to today (a cohort). On: what happened in the period, whenever the leads came.</source>
        <translation>不勾选：时段内新建的线索，一直跟踪到今天（同期群）。勾选：时段内发生的事，不论线索何时进来。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="107"/>
        <source>By</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="109"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="109"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="109"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="110"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="110"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="112"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="113"/>
        <source>Only the list&apos;s filter</source>
        <translation>只统计列表当前筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="114"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="115"/>
        <source>Spend…</source>
        <translation>投入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="116"/>
        <source>Money spent per source and month (ROI = won amount / spend)</source>
        <translation>各来源每月的投入（投入产出比 = 成交金额 ÷ 投入）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="118"/>
        <source>Content…</source>
        <translation>内容…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="119"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="120"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="122"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="122"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="162"/>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="201"/>
        <source>Click a bar or double-click a number (or Enter on it) to list those leads.</source>
        <translation>点击漏斗条或双击数字（或选中后按回车），即可在联系人列表中列出这些线索。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="203"/>
        <source>Double-click a number (or Enter on it) to list those leads.</source>
        <translation>双击数字（或选中后按回车），即可在联系人列表中列出这些线索。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="205"/>
        <source>Click the number of won leads to list them.</source>
        <translation>点击成交数，即可在联系人列表中列出这些线索。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="208"/>
        <source>The list has no filter</source>
        <translation>列表当前没有筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="233"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/reports_view.py" line="253"/>
        <source>No leads yet: the reports fill in as you add leads (File › New Contact) or import them (File › Import…).</source>
        <translation>还没有线索：新建（文件 › 新建联系人）或导入（文件 › 导入…）线索后，报表就会有数字。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="25"/>
        <source>Replace all your contacts with the backup from %1 (%2 contacts)?</source>
        <translation>要用 %1 的备份（%2 位联系人）替换你现在的全部联系人吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="29"/>
        <source>Replace all your contacts with the backup %1?</source>
        <translation>要用备份 %1 替换你现在的全部联系人吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="31"/>
        <source>What you have now is backed up first, so you can go back to it.</source>
        <translation>现在的内容会先备份，所以之后还能回到现在的状态。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="34"/>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="51"/>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="139"/>
        <source>Restore a Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="53"/>
        <source>Choose the state to go back to. What you have now is backed up first, so a restore can itself be undone.</source>
        <translation>选择要回到的状态。恢复前会先备份现在的内容，所以恢复本身也可以撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="60"/>
        <source>Taken</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="60"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="60"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="61"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="67"/>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="70"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="73"/>
        <source>Other File…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="74"/>
        <source>Restore a backup kept elsewhere, e.g. on a USB stick</source>
        <translation>恢复保存在别处的备份，例如 U 盘上的</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="99"/>
        <source>Damaged: cannot be restored</source>
        <translation>已损坏：无法恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="112"/>
        <source>1 backup in %2</source>
        <translation>%2 中有 1 个备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="112"/>
        <source>%1 backups in %2</source>
        <translation>%2 中有 %1 个备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="116"/>
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="140"/>
        <source>Contact Book backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>通讯录备份 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="35"/>
        <source>Behaviours and Grades</source>
        <translation>行为与等级规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="42"/>
        <source>Behaviours</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="43"/>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="50"/>
        <source>Save and Regrade</source>
        <translation>保存并重新评级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="66"/>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="66"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="67"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="81"/>
        <source>Add Behaviour</source>
        <translation>添加行为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="82"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="83"/>
        <source>A behaviour that was logged is archived: its entries keep their name and weight</source>
        <translation>已记录过的行为会被归档：原有记录保留名称和权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="93"/>
        <source>What leads do beside the channels, and what each adds to the score (e.g. a direct message +5, asking for a quote +10, unsubscribing −10).</source>
        <translation>渠道之外客户的行为，以及每种行为的加分（如 私信 +5、索要报价 +10、退订 −10）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="123"/>
        <source>For the command line: %1</source>
        <translation>命令行中的代号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="155"/>
        <source>Days that count</source>
        <translation>统计天数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="156"/>
        <source>Full weight for (days; older ones count half)</source>
        <translation>全额计分天数（更早的记一半）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="161"/>
        <source>else D</source>
        <translation>否则 D</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="163"/>
        <source>Thresholds</source>
        <translation>等级门槛</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="170"/>
        <source>Channel and outcome weights</source>
        <translation>渠道与结果权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="181"/>
        <source>Least grade per stage</source>
        <translation>各阶段最低等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="184"/>
        <source>(none)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="189"/>
        <source>Procedure for %1</source>
        <translation>%1 级流程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="248"/>
        <source>Regrading every lead…</source>
        <translation>正在重新评级所有客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grading/rules_dialog.py" line="248"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="45"/>
        <source>Restore This Backup</source>
        <translation>恢复这个备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="46"/>
        <source>Choose a Backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="77"/>
        <location filename="../../desktop_app/ui/safety/actions.py" line="85"/>
        <location filename="../../desktop_app/ui/safety/actions.py" line="118"/>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="78"/>
        <source>Contact Book backups (*.sqlite3)</source>
        <translation>通讯录备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="86"/>
        <source>%1 already exists. Replace it with the backup?</source>
        <translation>%1 已存在。要用备份替换它吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="139"/>
        <location filename="../../desktop_app/ui/safety/actions.py" line="170"/>
        <location filename="../../desktop_app/ui/safety/actions.py" line="179"/>
        <source>Contact Book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="133"/>
        <source>Backed up %1 contacts to %2.</source>
        <translation>已把 %1 位联系人备份到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="110"/>
        <source>%1 is a backup of another Contact Book database (another profile, or someone else&apos;s file), not of this one. Replacing it loses the contacts it holds.

Replace it with a backup of this database?</source>
        <translation>%1 是另一个通讯录数据库的备份（另一个账户的，或别人的文件），不是本数据库的。替换它会丢失其中的联系人。

要用本数据库的备份替换它吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="114"/>
        <source>%1 is a Contact Book backup, but whether it is of this database cannot be told. Replacing it may lose the contacts it holds.

Replace it with a backup of this database?</source>
        <translation>%1 是一个通讯录备份，但无法判断它是否是本数据库的备份。替换它可能会丢失其中的联系人。

要用本数据库的备份替换它吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="132"/>
        <source>Backed up 1 contact to %2.</source>
        <translation>已把 1 位联系人备份到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="136"/>
        <source>Backed up 1 contact to %2; it replaced the backup of %3.</source>
        <translation>已把 1 位联系人备份到 %2；它替换了 %3 的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="137"/>
        <source>Backed up %1 contacts to %2; it replaced the backup of %3.</source>
        <translation>已把 %1 位联系人备份到 %2；它替换了 %3 的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="171"/>
        <source>The database is in good health: every page and every reference was checked (%1 s).</source>
        <translation>数据库完好：每一页和每一处引用都已检查（%1 秒）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="177"/>
        <source>… and %1 more</source>
        <translation>…… 还有 %1 处</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="180"/>
        <source>The database has problems:</source>
        <translation>数据库有问题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="181"/>
        <source>Nothing in it will be changed. Restore a backup with File › Restore….</source>
        <translation>里面的内容不会被改动。请用“文件 › 从备份恢复…”恢复一个备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="189"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="190"/>
        <source>Contact Book databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>通讯录数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="199"/>
        <source>%1 is not a Contact Book database.</source>
        <translation>%1 不是通讯录数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/actions.py" line="202"/>
        <source>Could not start a window for %1.</source>
        <translation>无法为 %1 打开新窗口。</translation>
    </message>
</context>
<context>
    <name>Salesperson</name>
    <message>
        <location filename="../../desktop_app/ui/printing/salesperson.py" line="14"/>
        <source>Your Name on Call Sheets</source>
        <translation>电话单上的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/printing/salesperson.py" line="15"/>
        <source>Your name, printed in the header of each call sheet (leave empty for none):</source>
        <translation>你的姓名，打印在每张电话单的页眉（留空则不打印）：</translation>
    </message>
</context>
<context>
    <name>SelectionSync</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="152"/>
        <source>Some contacts cannot be shown: the file is damaged.</source>
        <translation>有些联系人无法显示：文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="154"/>
        <source>Some contacts could not be read: %1</source>
        <translation>有些联系人无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="189"/>
        <source>Saved “%1”. It is not in the list: the filter hides it (Esc in the filter bar shows every contact).</source>
        <translation>已保存“%1”。它不在列表中：当前筛选把它隐藏了（在筛选栏按 Esc 显示全部联系人）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="216"/>
        <source>1 contact</source>
        <translation>1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="216"/>
        <source>%1 contacts</source>
        <translation>%1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="218"/>
        <source>1 contact in the trash</source>
        <translation>回收站中有 1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="219"/>
        <source>%1 contacts in the trash</source>
        <translation>回收站中有 %1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="237"/>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="249"/>
        <source>Contact Book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/selection_sync.py" line="250"/>
        <source>The database is read-only now, so your changes to this contact cannot be saved. Discard them? (Cancel keeps them on screen so you can copy them.)</source>
        <translation>数据库现在是只读的，你对这位联系人的修改无法保存。要放弃这些修改吗？（选“取消”会把它们留在屏幕上，方便你复制。）</translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reports/spend_dialog.py" line="24"/>
        <source>Spend per Source</source>
        <translation>各来源投入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/spend_dialog.py" line="37"/>
        <source>Another source, e.g. 抖音</source>
        <translation>其他来源，例如 抖音</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/spend_dialog.py" line="38"/>
        <source>Add Source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/spend_dialog.py" line="43"/>
        <source>Amounts in yuan (20000, 2万, 1.5万). Clear a cell or type 0 to remove an amount.</source>
        <translation>金额单位为元（20000、2万、1.5万）。清空单元格或输入 0 即删除该金额。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/spend_dialog.py" line="47"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>StartCadenceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="45"/>
        <source>Start Cadence</source>
        <translation>开始跟进节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="62"/>
        <source>&amp;Selected leads (%1)</source>
        <translation>选中的线索(&amp;S)（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="64"/>
        <source>&amp;Everyone in the current list (%1)</source>
        <translation>当前列表中的全部(&amp;E)（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="73"/>
        <source>&amp;Include closed leads (won, lost)</source>
        <translation>包括已成交、已流失的线索(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="83"/>
        <source>&amp;Template</source>
        <translation>节奏模板(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="84"/>
        <source>&amp;Day 1</source>
        <translation>第1天(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="85"/>
        <source>&amp;For</source>
        <translation>对象(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="89"/>
        <source>Touches on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="93"/>
        <source>First touches per day</source>
        <translation>每日首次跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="130"/>
        <source>(the first touches start on %1: the days before are full)</source>
        <translation>（首次跟进从 %1 开始：之前的日子已排满）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="185"/>
        <source>The first touches of %1 leads over %2 working days, at most %3 a day</source>
        <translation>%1 个线索的首次跟进分布在 %2 个工作日，每天最多 %3 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="191"/>
        <source>A leads first (%1): %2</source>
        <translation>A 级线索优先（%1 个）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="192"/>
        <source>A leads first (%1): %2 to %3</source>
        <translation>A 级线索优先（%1 个）：%2 至 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="197"/>
        <source>Day 1 of these leads: %1</source>
        <translation>这些线索的第1天：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="198"/>
        <source>Day 1 of these leads: %1 to %2</source>
        <translation>这些线索的第1天：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="98"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="166"/>
        <source>1 closed lead (won or lost) will be left out.</source>
        <translation>将排除 1 个已成交/流失的线索。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="168"/>
        <source>%1 closed leads (won, lost) will be left out.</source>
        <translation>将排除 %1 个已成交/流失的线索。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="177"/>
        <source>Nobody to start: every lead here is closed. Tick &quot;Include closed leads&quot; to start them anyway.</source>
        <translation>没有可开始的线索：这里的线索都已成交或流失。要照样开始，请勾选“包括已成交、已流失的线索”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="180"/>
        <source>%1: 1 lead</source>
        <translation>%1：1 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="180"/>
        <source>%1: %2 leads</source>
        <translation>%1：%2 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="183"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="205"/>
        <source>%1 of the %2 leads already run a cadence. Replace theirs with this one, or leave them alone?</source>
        <translation>%2 个线索中有 %1 个已在跟进节奏中。用这个节奏替换，还是跳过它们？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="208"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/start_dialog.py" line="209"/>
        <source>Skip Them</source>
        <translation>跳过它们</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="131"/>
        <source>First touches over the daily capacity of %1: %2. The A leads go before the earlier starts, which keep their days.</source>
        <translation>首次跟进超出每日容量 %1 个：%2。A 级线索排在之前安排的线索前面，之前安排的日期不变。</translation>
    </message>
</context>
<context>
    <name>StartOnSave</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/capture.py" line="75"/>
        <source>Start Golden week on save</source>
        <translation>保存后开始黄金七天</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop_app/ui/sync/window_part.py" line="35"/>
        <source>S&amp;ync with the Phone…</source>
        <translation>与手机同步(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/window_part.py" line="82"/>
        <source>Sync with the phone stopped: the address book on the server is empty, but %1 contacts were synced with it. Nothing was changed; choose what to do in File › Sync with the Phone… (Sync Now).</source>
        <translation>与手机同步已停止：服务器上的通讯录是空的，但有 %1 位联系人曾与它同步。本机什么都没有改；请在 文件 › 与手机同步…（立即同步）中选择怎么处理。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/window_part.py" line="91"/>
        <source>Synced with the phone: %1 conflicts (the local values were kept; see the leads&apos; timelines).</source>
        <translation>已与手机同步：%1 处冲突（保留了本机的值；详见各线索的时间线）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/window_part.py" line="98"/>
        <source>Sync with the phone failed; everything is kept here and the next sync tries again (File › Sync with the Phone…).</source>
        <translation>与手机同步失败；所有数据都保留在本机，下次同步会再试（文件 › 与手机同步…）。</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="32"/>
        <source>-stage:lost</source>
        <comment>the default sync filter: every lead not lost; keep the key stage: and write the stage as the filter reads it</comment>
        <translation>-stage:流失</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="91"/>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="235"/>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="358"/>
        <source>Sync with the Phone</source>
        <translation>与手机同步</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="101"/>
        <source>Which leads go to the phone: a filter as in the list</source>
        <translation>哪些线索同步到手机：与列表相同的筛选写法</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="106"/>
        <source>Connect to list what the server has</source>
        <translation>连接后列出服务器上的通讯录和日历</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="111"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="112"/>
        <source>Sync Now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="113"/>
        <source>Cancel Sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="125"/>
        <source>&amp;Server address</source>
        <translation>服务器地址(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="126"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="127"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="128"/>
        <source>&amp;Leads to sync</source>
        <translation>同步的线索(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="129"/>
        <source>Address &amp;book</source>
        <translation>通讯录(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="130"/>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="136"/>
        <source>On the phone, add the same server as a CardDAV account (DAVx⁵ on Android, Settings › Contacts › Accounts on iPhone): searching 知乎 in its address book then finds the group.</source>
        <translation>在手机上把同一服务器添加为 CardDAV 账户（安卓用 DAVx⁵，iPhone 在 设置 › 通讯录 › 账户）：之后在手机通讯录里搜索“知乎”就能找到这一组。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="163"/>
        <source>No server yet: fill in the address, the user name and the password, then Connect.</source>
        <translation>还没有服务器：填写地址、用户名和密码，然后点“连接”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="182"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="182"/>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="195"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="190"/>
        <source>Last sync: %1, it stopped before the end (what was done is kept; the next sync goes on from there)</source>
        <translation>上次同步：%1，同步中断（已完成的部分保留，下次同步从这里继续）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="193"/>
        <source>Last sync: %1, cancelled before the end (what was done is kept)</source>
        <translation>上次同步：%1，已取消（已完成的部分保留）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="203"/>
        <source>New address book “通讯录”</source>
        <translation>新建通讯录“通讯录”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="204"/>
        <source>New calendar “跟进”</source>
        <translation>新建日历“跟进”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="229"/>
        <source>Sync with the address book %2 instead of %1?

The next sync puts the leads there. The cards already in %1 stay there (delete that address book on the server if the phone shows them twice).</source>
        <translation>改为与通讯录 %2 同步（不再用 %1）？

下次同步会把线索放到那里。%1 中已有的名片仍留在原处（若手机上显示两遍，请在服务器上删除该通讯录）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="233"/>
        <source>Put the follow-ups in the calendar %2 instead of %1?

Those this computer wrote in %1 are removed from it now.</source>
        <translation>把跟进任务改放到日历 %2（不再用 %1）？

本机写入 %1 的跟进任务现在会从中删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="270"/>
        <source>Untrusted Certificate</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="271"/>
        <source>This computer does not trust the certificate of %1 (a self-signed certificate, as on many home servers).

SHA-256 fingerprint:
%2

Trust exactly this certificate only if the server&apos;s owner confirms the same fingerprint. Any other certificate will then be refused.</source>
        <translation>这台电脑不信任 %1 的证书（自签名证书，很多家用服务器都是这样）。

SHA-256 指纹：
%2

只有在服务器的主人确认是同一个指纹时，才信任这张证书。之后其他任何证书都会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="283"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="307"/>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="308"/>
        <source>This computer has no keyring: the password is kept until the app closes, never on disk.</source>
        <translation>这台电脑没有密钥环：密码只保留到应用关闭，不会写入磁盘。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="313"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="359"/>
        <source>The address book on the server is empty, but %1 contacts were synced with it: was it reset, or is it another account&apos;s? Nothing was changed.

Upload them to it again? Or, if it was emptied on purpose, move them to the trash here as well?</source>
        <translation>服务器上的通讯录是空的，但有 %1 位联系人曾与它同步：它被重置了，还是换成了别人的账户？本机什么都没有改。

把他们重新上传到这个通讯录？还是说它是被有意清空的，本机也把他们移到回收站？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="363"/>
        <source>Upload Again</source>
        <translation>重新上传</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/sync_dialog.py" line="364"/>
        <source>Move to the Trash Here</source>
        <translation>本机也移到回收站</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="26"/>
        <source>, </source>
        <comment>between day numbers</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="27"/>
        <source>Day %1</source>
        <translation>第%1天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="28"/>
        <source>Days %1</source>
        <translation>第%1天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="30"/>
        <source>, then every day</source>
        <translation>，之后每天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="32"/>
        <source>, then every %1 days</source>
        <translation>，之后每%1天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="40"/>
        <source>Type the touch days, e.g. 1,3,7.</source>
        <translation>请填写跟进日，例如 1,3,7。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="41"/>
        <source>Days are whole numbers separated by commas, e.g. 1,3,7.</source>
        <translation>跟进日是用逗号分隔的整数，例如 1,3,7。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="43"/>
        <source>Days start at 1 and go up, each once, e.g. 1,3,7.</source>
        <translation>跟进日从 1 开始、逐个增大且不重复，例如 1,3,7。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="45"/>
        <source>A day number can be at most %1 (ten years).</source>
        <translation>天数最大为 %1（十年）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="48"/>
        <source>Give the template a name.</source>
        <translation>请填写模板名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="49"/>
        <source>Another template has this name.</source>
        <translation>已有同名的模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="50"/>
        <source>Give the template a key.</source>
        <translation>请填写模板代号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="51"/>
        <source>A key is letters a-z, digits and dashes, e.g. golden-week.</source>
        <translation>代号只能由字母 a-z、数字和短横线组成，例如 golden-week。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="53"/>
        <source>Another template has this key.</source>
        <translation>已有模板使用这个代号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="80"/>
        <source>e.g. Reorder week</source>
        <translation>例如：复购七天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="82"/>
        <source>A short key in letters a-z for the command line</source>
        <translation>在命令行中使用的英文短代号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="85"/>
        <source>Day 1 is the day the cadence starts: 1,3,7 means the start day, two days later and six days later.</source>
        <translation>第1天就是开始跟进的当天：1,3,7 表示当天、两天后和六天后。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="89"/>
        <source>No repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="90"/>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="91"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="92"/>
        <source>Skip &amp;weekends</source>
        <translation>跳过周末(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="93"/>
        <source>Skip China&apos;s public &amp;holidays</source>
        <translation>跳过中国法定节假日(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="106"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="107"/>
        <source>&amp;Key</source>
        <translation>代号(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="108"/>
        <source>Touch &amp;days</source>
        <translation>跟进日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="109"/>
        <source>&amp;After the last day</source>
        <translation>最后一天之后(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="112"/>
        <source>&amp;Retries after no answer</source>
        <translation>未接通重拨次数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="113"/>
        <source>If started today</source>
        <translation>若今天开始</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="146"/>
        <source>%n lead(s) run this template. Saving keeps the date of each one&apos;s next touch; the steps after it follow the new days, counted from the lead&apos;s day 1.</source>
        <translation>
            <numerusform>有 %n 个线索正在使用这个模板。保存后，它们下一次跟进的日期不变；之后的步骤按新的天数安排，从各自的第1天算起。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="207"/>
        <source>en</source>
        <comment>language of the preview&apos;s dates: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="210"/>
        <source>ddd M/d</source>
        <comment>a date of the preview, as a QDate format</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="189"/>
        <location filename="../../desktop_app/ui/followup/template_editor.py" line="195"/>
        <source>, </source>
        <comment>between the preview&apos;s dates</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TemplateOps</name>
    <message>
        <location filename="../../desktop_app/ui/followup/template_ops.py" line="50"/>
        <source>Add cadence template %1</source>
        <translation>添加节奏模板“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_ops.py" line="56"/>
        <source>Change cadence template %1</source>
        <translation>修改节奏模板“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/template_ops.py" line="63"/>
        <source>Delete cadence template %1</source>
        <translation>删除节奏模板“%1”</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="29"/>
        <location filename="../../desktop_app/ui/timeline/labels.py" line="26"/>
        <source>en</source>
        <comment>language of the channel, outcome and stage labels: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/labels.py" line="39"/>
        <source>Sent: %1</source>
        <translation>发送：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/labels.py" line="50"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/labels.py" line="52"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/labels.py" line="54"/>
        <source>ddd, MMM d</source>
        <comment>a day of this year, as a QDate format</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/labels.py" line="57"/>
        <source>MMM d, yyyy</source>
        <comment>a day of another year, as a QDate format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/labels.py" line="86"/>
        <source>%1: %2</source>
        <comment>an event kind and its detail</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/labels.py" line="91"/>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
</context>
<context>
    <name>TimelineOperations</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/undo_commands.py" line="25"/>
        <source>Log %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/undo_commands.py" line="43"/>
        <source>Edit timeline entry</source>
        <translation>编辑时间线记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/undo_commands.py" line="59"/>
        <source>Delete timeline entry</source>
        <translation>删除时间线记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/undo_commands.py" line="60"/>
        <source>Delete %1 timeline entries</source>
        <translation>删除 %1 条时间线记录</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/view.py" line="188"/>
        <source>Show one channel only</source>
        <translation>只看一个渠道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/view.py" line="189"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/view.py" line="260"/>
        <source>Nothing on this channel yet.</source>
        <translation>这个渠道还没有记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/view.py" line="262"/>
        <source>Nothing logged yet. Ctrl+L logs a call, a message or a note.</source>
        <translation>还没有记录。按 Ctrl+L 记录电话、消息或备注。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/view.py" line="268"/>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/view.py" line="268"/>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/view.py" line="65"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/view.py" line="67"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop_app/ui/followup/today_view.py" line="42"/>
        <source>Nothing is due today.
Follow-ups appear here once leads run a cadence: select leads (or filter a group) in Contacts, then Follow-up › Start Cadence…</source>
        <translation>今天没有待跟进。
线索开始跟进节奏后，待跟进会出现在这里：在“联系人”中选中线索（或筛选出一组），然后选择 跟进 › 开始跟进节奏…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/today_view.py" line="49"/>
        <source>Show Them in the List</source>
        <translation>在列表中显示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/today_view.py" line="97"/>
        <source>Cadence ended without a deal: %1 (re-plan them)</source>
        <translation>节奏结束未成交：%1（请重新安排）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/today_view.py" line="105"/>
        <source>%1 — %2 ended %3</source>
        <translation>%1 — %2 于 %3 结束</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/today_view.py" line="121"/>
        <source>Today, %1: %2 due, %3 overdue</source>
        <translation>今日 %1：今天到期 %2 个，逾期 %3 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/today_view.py" line="133"/>
        <source>Nothing is due today.
Next: 1 follow-up on %1 (the Calendar tab shows every day).</source>
        <translation>今天没有待跟进。
下一次跟进：%1，1 个（“日历”页可看每一天）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/today_view.py" line="135"/>
        <source>Nothing is due today.
Next: %2 follow-ups on %1 (the Calendar tab shows every day).</source>
        <translation>今天没有待跟进。
下一次跟进：%1，%2 个（“日历”页可看每一天）。</translation>
    </message>
</context>
<context>
    <name>TouchpointModel</name>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="69"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="69"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="69"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="69"/>
        <source>Naming tag</source>
        <translation>命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="70"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="70"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="70"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="71"/>
        <source>Last interaction</source>
        <translation>上次互动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="113"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="113"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>TouchpointPanel</name>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="163"/>
        <source>1 Reached</source>
        <translation>1 接通</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="163"/>
        <source>2 No answer</source>
        <translation>2 未接</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="163"/>
        <source>3 Replied</source>
        <translation>3 已回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="164"/>
        <source>4 No reply</source>
        <translation>4 未回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="170"/>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="196"/>
        <source>Key %1 in the list</source>
        <translation>在列表中按 %1 键</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="180"/>
        <source>Note (what was said), Enter marks done</source>
        <translation>备注（聊了什么），回车完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="182"/>
        <source>Mark Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="185"/>
        <source>Skip Step</source>
        <translation>跳过此步</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="186"/>
        <source>+1 Day</source>
        <translation>推迟1天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="187"/>
        <source>+1 Week</source>
        <translation>推迟1周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="191"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="192"/>
        <source>Stop Cadence</source>
        <translation>停止节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="193"/>
        <source>Open Contact</source>
        <translation>打开联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="197"/>
        <source>R in the list comes here; Enter reschedules, Esc goes back to the list</source>
        <translation>在列表中按 R 来到这里；回车改期，Esc 回到列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="338"/>
        <source>Pick an outcome first: keys 1-4.</source>
        <translation>请先选择结果：按 1-4 键。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="359"/>
        <source>Skipped: %1. The cadence is finished.</source>
        <translation>已跳过：%1。节奏已结束。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="360"/>
        <source>Done: %1. The cadence is finished.</source>
        <translation>已完成：%1。跟进节奏已结束。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="363"/>
        <source>Skipped: %1. Next: %2 on %3.</source>
        <translation>已跳过：%1。下一步：%2，%3。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="364"/>
        <source>Done: %1. Next: %2 on %3.</source>
        <translation>已完成：%1。下一步：%2，%3。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="378"/>
        <source>Skipped %1 steps; each lead&apos;s next step is scheduled.</source>
        <translation>已跳过 %1 步；每位线索的下一步已排好。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="403"/>
        <source>Stopped the cadence of %1.</source>
        <translation>已停止 %1 的节奏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="406"/>
        <source>Stopped the cadence of %1 leads.</source>
        <translation>已停止 %1 位线索的节奏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="425"/>
        <source>Moved: %1, now due %2.</source>
        <translation>已改期：%1，现在 %2 到期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="428"/>
        <source>Moved %1 follow-ups, now due %2.</source>
        <translation>已改期 %1 个跟进，现在 %2 到期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_panel.py" line="431"/>
        <source>Moved %1 follow-ups, now due %2 to %3.</source>
        <translation>已改期 %1 个跟进，现在 %2 至 %3 到期。</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="59"/>
        <source>Contact Book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="60"/>
        <source>The contact could not be saved. Close anyway and lose the changes?</source>
        <translation>联系人无法保存。仍要关闭并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>_PhoneRow</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/phone_editor.py" line="23"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/phone_editor.py" line="25"/>
        <source>Remove this number</source>
        <translation>删除此号码</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/app.py" line="179"/>
        <source>The database %1 is too damaged to open, and no backup of it was found in %2. Nothing was changed.</source>
        <translation>数据库 %1 损坏严重，无法打开，并且在 %2 中没有找到它的备份。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="184"/>
        <source>The database %1 is too damaged to open; it was not restored, and nothing was changed. Start Contact Book again to be offered its newest backup again.</source>
        <translation>数据库 %1 损坏严重，无法打开；没有恢复备份，也没有做任何更改。再次启动 Contact Book，会再次提供它最新的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="188"/>
        <source>Keep a copy of the damaged file. If you saved a backup elsewhere (File › Back up now… to a USB stick), restore it with:
    contact-book restore BACKUP_FILE --db &quot;%1&quot;
To start afresh with an empty database, move the damaged file to another folder and start Contact Book again.</source>
        <translation>请保留一份损坏文件的副本。如果你在别处保存过备份（文件 › 立即备份… 到 U 盘），用下面的命令恢复：
    contact-book restore 备份文件 --db &quot;%1&quot;
要用一个空数据库重新开始，把损坏的文件移到别的文件夹，然后再次启动 Contact Book。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="207"/>
        <source>The database %1 is too damaged to open. Restore its newest good backup, from %2 with %3 contacts? The damaged file is kept in the backups folder.</source>
        <translation>数据库 %1 损坏严重，无法打开。要恢复它最新的完好备份（%2，%3 位联系人）吗？损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="226"/>
        <source>The backup was not restored.</source>
        <translation>备份没有恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="362"/>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="364"/>
        <source>Your saved contacts are safe. The details were written to %1; please send that file with a note of what you were doing.</source>
        <translation>已保存的联系人不受影响。详细信息已写入 %1；请把该文件连同您当时的操作说明一起发给我们。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="59"/>
        <source>Unknown comparison {op!r}; use &gt; &gt;= &lt; &lt;= or =.</source>
        <translation>不认识的比较符 {op!r}；请用 &gt; &gt;= &lt; &lt;= 或 =。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="60"/>
        <source>due:{value} takes no comparison.</source>
        <translation>due:{value} 不能加比较符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="61"/>
        <source>due:{value} is not understood; write due:today, due:overdue, due:week, due:tomorrow, due:none or a date like due:2026-12-01.</source>
        <translation>看不懂 due:{value}；请写 due:today、due:overdue、due:week、due:tomorrow、due:none，或日期如 due:2026-12-01。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="254"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="255"/>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>无法写入 {path}：这是一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="41"/>
        <source>The copy of {source} failed its check ({problem}); it was not kept.</source>
        <translation>{source} 的副本没通过检查（{problem}），已丢弃。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="42"/>
        <source>Cannot back up {path}: {error}.</source>
        <translation>无法备份 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="32"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="33"/>
        <source>{path} cannot be restored: it is not a readable Contact Book backup ({problem}).</source>
        <translation>无法恢复 {path}：它不是可读取的通讯录备份（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="34"/>
        <source>{path} is damaged ({problem}); choose another backup.</source>
        <translation>{path} 已损坏（{problem}），请选择另一个备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="35"/>
        <source>{path} was written by a newer Contact Book (schema {schema}); update the app to restore it.</source>
        <translation>{path} 是由更新版本的通讯录写入的（结构版本 {schema}），请先升级本软件再恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="39"/>
        <source>{path} is the open database itself.</source>
        <translation>{path} 就是当前打开的数据库本身。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="38"/>
        <source>Cannot restore {path}: {error}. The database was not changed.</source>
        <translation>无法恢复 {path}：{error}。数据库没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="25"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="24"/>
        <source>Cannot back up to {path}: it is not a file (a folder, a device or a pipe); give a file name.</source>
        <translation>无法备份到 {path}：它不是文件（而是文件夹、设备或管道）；请给出一个文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="10"/>
        <source>the file is empty: 0 bytes</source>
        <translation>文件是空的：0 字节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="11"/>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="12"/>
        <source>it is neither a Contact Book backup nor a database</source>
        <translation>它既不是通讯录备份，也不是数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="13"/>
        <source>it is damaged: cut short or overwritten</source>
        <translation>它已损坏：不完整或被覆盖过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="14"/>
        <source>it is another program&apos;s database</source>
        <translation>它是别的程序的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="15"/>
        <source>it cannot be read as a database</source>
        <translation>无法作为数据库读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="18"/>
        <source>it is cut short</source>
        <translation>它不完整</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="19"/>
        <source>it is compressed, but not by Contact Book</source>
        <translation>它是压缩文件，但不是通讯录生成的</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="20"/>
        <source>its header is damaged</source>
        <translation>它的文件头已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="21"/>
        <source>its compressed data is damaged</source>
        <translation>它的压缩数据已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="22"/>
        <source>it is cut short: {got} of {size} bytes</source>
        <translation>它不完整：只有 {size} 字节中的 {got} 字节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="26"/>
        <source>Cannot back up to {path}: it is the database itself or one of its files; choose another file name.</source>
        <translation>无法备份到 {path}：它就是数据库本身或其附属文件；请选择另一个文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="27"/>
        <source>Cannot write {path}: it is a Contact Book database, not a backup, and its contacts would be lost; nothing was changed. Choose another file name.</source>
        <translation>无法写入 {path}：它是一个通讯录数据库，不是备份，覆盖会丢失其中的联系人；未做任何更改。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="29"/>
        <source>Cannot write {path}: it is a backup of another Contact Book database (another profile, or someone else&apos;s file), and its contacts would be lost; nothing was changed. Choose a new file name, or add --force to replace it.</source>
        <translation>无法写入 {path}：它是另一个通讯录数据库的备份（另一个账户的，或别人的文件），覆盖会丢失其中的联系人；未做任何更改。请换一个新文件名，或加上 --force 以替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="30"/>
        <source>Cannot write {path}: it is a Contact Book backup, but whether it is of this same database cannot be told; nothing was changed. Choose a new file name, or add --force to replace it.</source>
        <translation>无法写入 {path}：它是一个通讯录备份，但无法判断它是否是本数据库的备份；未做任何更改。请换一个新文件名，或加上 --force 以替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="44"/>
        <source>Cannot set {field!r} for a group; use one of {choices}.</source>
        <translation>不能批量修改 {field!r}；可修改的有：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="87"/>
        <source>A cadence needs a key and a name.</source>
        <translation>跟进节奏需要填写代号和名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="88"/>
        <source>A cadence needs at least one day.</source>
        <translation>跟进节奏至少要有一天。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="89"/>
        <source>Days must start at 1 or later and increase.</source>
        <translation>天数要从 1 或更大开始，并且逐个递增。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="90"/>
        <source>The repeat interval must be 1 day or more.</source>
        <translation>重复间隔至少为 1 天。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="91"/>
        <source>Retries cannot be negative.</source>
        <translation>重试次数不能是负数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="63"/>
        <source>Unknown cadence {name!r}; use one of {choices}.</source>
        <translation>没有跟进节奏 {name!r}；可选：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="64"/>
        <source>Snooze by one day or more.</source>
        <translation>至少推迟一天。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="66"/>
        <source>cadence:{value} is not understood; write cadence:ended or cadence:running.</source>
        <translation>无法理解 节奏:{value}；请写 节奏:结束 或 节奏:进行中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="68"/>
        <source>The daily capacity is a whole number, 1 or more.</source>
        <translation>每日上限须为 1 或更大的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="69"/>
        <source>Started {name} for no lead</source>
        <translation>{name} 未为任何线索开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="70"/>
        <source>Started {name} for {count:,} lead(s); first touch on {first}</source>
        <translation>已为 {count:,} 个线索开始{name}；首次跟进在 {first}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="71"/>
        <source>Started {name} for {count:,} lead(s); first touches from {first} to {last}, at most {per_day} a day</source>
        <translation>已为 {count:,} 个线索开始{name}；首次跟进从 {first} 到 {last}，每天最多 {per_day} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="72"/>
        <source>the {count:,} A lead(s) first, from {first}</source>
        <translation>{count:,} 个 A 级线索优先，从 {first} 开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="73"/>
        <source>the {count:,} A lead(s) first</source>
        <translation>{count:,} 个 A 级线索优先</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="74"/>
        <source>first touches over the daily capacity of {per_day:,} on {days} (the A leads go before the earlier starts, which keep their days)</source>
        <translation>首次跟进超出每日容量 {per_day:,} 个：{days}（A 级线索排在之前安排的线索前面，之前安排的日期不变）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="75"/>
        <source>left out {count:,} closed lead(s) (won, lost)</source>
        <translation>排除了 {count:,} 个已成交/流失的线索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="76"/>
        <source>replaced the cadence of {count:,} lead(s)</source>
        <translation>替换了 {count:,} 个线索的节奏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="77"/>
        <source>skipped {count:,} lead(s) that already run one</source>
        <translation>跳过了 {count:,} 个已有节奏的线索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="78"/>
        <source>At most N first touches a day: N is 1 or more.</source>
        <translation>每天最多 N 个首次跟进：N 须为 1 或更大。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="80"/>
        <source>Every lead chosen is closed (won or lost) or runs a cadence; tick &quot;include closed leads&quot; to start them.</source>
        <translation>所选线索都已成交/流失或已有节奏；勾选“包括已成交、已流失的线索”即可开始。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="81"/>
        <source>Started {name} from the won date for {count:,} customer(s)</source>
        <translation>已从成交日为 {count:,} 个客户开始{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="82"/>
        <source>left out {count:,} lead(s) that are not won</source>
        <translation>排除了 {count:,} 个未成交的线索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="83"/>
        <source>{count:,} customer(s) had no step left</source>
        <translation>{count:,} 个客户已无剩余步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="84"/>
        <source>None of these leads is won with a won date.</source>
        <translation>这些线索都不是有成交日期的已成交客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="86"/>
        <source>{text!r} is not a list of day numbers like 1,3,7.</source>
        <translation>{text!r} 不是天数列表，请写成 1,3,7 这样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="93"/>
        <source>No cadence template with id {id}.</source>
        <translation>没有编号为 {id} 的节奏模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="94"/>
        <source>Unknown cadence template {name!r}; use one of {choices}.</source>
        <translation>没有节奏模板 {name!r}；可选：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="95"/>
        <source>A cadence template with key {key!r} exists.</source>
        <translation>代号为 {key!r} 的节奏模板已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="96"/>
        <source>Grade {grades}&apos;s procedure is this template; give that grade another procedure first (the grading rules).</source>
        <translation>等级 {grades} 的标准流程就是这个模板；请先在等级规则里为该等级换一个流程。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="97"/>
        <source>{running:,} running cadence(s) use this template; stop them first.</source>
        <translation>有 {running:,} 个进行中的跟进节奏在用这个模板，请先停止它们。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="99"/>
        <source>Type the touch days, e.g. 1,3,7.</source>
        <translation>请填写跟进日，例如 1,3,7。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="100"/>
        <source>Days are whole numbers separated by commas, e.g. 1,3,7.</source>
        <translation>跟进日是用逗号分隔的整数，例如 1,3,7。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="101"/>
        <source>Days start at 1 and go up, each once, e.g. 1,3,7.</source>
        <translation>跟进日从 1 开始、逐个增大且不重复，例如 1,3,7。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="102"/>
        <source>A day number can be at most 3660 (ten years).</source>
        <translation>跟进日最大为 3660（十年）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="103"/>
        <source>A template needs a name.</source>
        <translation>模板需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="104"/>
        <source>Another template has this name.</source>
        <translation>已有同名的模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="105"/>
        <source>A template needs a key.</source>
        <translation>模板需要一个代号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="106"/>
        <source>A key is letters a-z, digits and dashes, e.g. golden-week.</source>
        <translation>代号只能由字母 a-z、数字和短横线组成，例如 golden-week。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="107"/>
        <source>Another template has this key.</source>
        <translation>已有模板使用这个代号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="108"/>
        <source>Repeat every 1 to 3660 days, or not at all.</source>
        <translation>每隔 1 到 3660 天重复一次，或不重复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="109"/>
        <source>Retries after no answer: 0 to 5.</source>
        <translation>未接通重拨次数：0 到 5。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="110"/>
        <source>No such cadence template.</source>
        <translation>没有这个跟进节奏模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="121"/>
        <source>No behaviour {key!r}.</source>
        <translation>没有行为 {key!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="122"/>
        <source>The weight {text!r} is not a whole number; write e.g. 5, +2 or -10.</source>
        <translation>权重 {text!r} 不是整数；请写 5、+2 或 -10 这样的数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="123"/>
        <source>A weight lies between -{max} and {max}.</source>
        <translation>权重须在 -{max} 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="124"/>
        <source>The key {key!r} must be 1-40 lowercase letters, digits or &apos;-&apos; (e.g. zhihu-comment).</source>
        <translation>键 {key!r} 须为 1-40 个小写字母、数字或“-”（如 zhihu-comment）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="125"/>
        <source>A behaviour needs a name of 1-{max} characters.</source>
        <translation>行为名称须为 1-{max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="126"/>
        <source>{text!r} is a built-in channel; choose another.</source>
        <translation>{text!r} 是内置渠道，请换一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="127"/>
        <source>A behaviour named {name} already exists; names are unique.</source>
        <translation>已有名为 {name} 的行为；行为名称不能重复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="128"/>
        <source>A behaviour {key!r} ({name}) already exists; keys and names are unique.</source>
        <translation>行为 {key!r}（{name}）已存在；键和名称不能重复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="129"/>
        <source>A colour is written #rrggbb.</source>
        <translation>颜色请写成 #rrggbb。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="130"/>
        <source>The behaviour {name} is archived.</source>
        <translation>行为 {name} 已归档。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="131"/>
        <source>Unknown channel or behaviour {text!r}; use a channel (电话, 微信 ...) or a behaviour ({names}).</source>
        <translation>未知的渠道或行为 {text!r}；请用渠道（电话、微信……）或行为（{names}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="133"/>
        <source>A content piece needs a name of 1-{max} characters.</source>
        <translation>内容名称须为 1-{max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="134"/>
        <source>A content piece named {name!r} already exists.</source>
        <translation>名为 {name!r} 的内容已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="135"/>
        <source>No content piece {text!r}; see contact-book content list.</source>
        <translation>没有内容 {text!r}；见 contact-book content list。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="137"/>
        <source>A grade is A, B, C or D (or auto to clear), not {text!r}.</source>
        <translation>等级须为 A、B、C 或 D（auto 表示清除），不能是 {text!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="139"/>
        <source>{what}: {value!r} is not a whole number.</source>
        <translation>{what}：{value!r} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="140"/>
        <source>{what} lies between {low} and {high}.</source>
        <translation>{what} 须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="141"/>
        <source>Give three thresholds: A, B and C.</source>
        <translation>请给出三个门槛：A、B 和 C。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="142"/>
        <source>Thresholds out of order: A ({a}) must be above B ({b}), and B above C ({c}).</source>
        <translation>门槛顺序不对：A（{a}）须高于 B（{b}），B 须高于 C（{c}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="143"/>
        <source>A grade is A, B, C or D, not {grade!r}.</source>
        <translation>等级须为 A、B、C 或 D，不能是 {grade!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="145"/>
        <source>Regrading was cancelled; nothing was changed.</source>
        <translation>已取消重新评级；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="147"/>
        <source>grade: takes A, B, C or D, not {value!r}.</source>
        <translation>grade: 只能是 A、B、C 或 D，不能是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="148"/>
        <source>score:{value} is not a number; write e.g. score:&gt;=10.</source>
        <translation>score:{value} 不是数字；请写如 score:&gt;=10。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="150"/>
        <source>Cannot export a report as {fmt!r}; use csv or xlsx.</source>
        <translation>不能把报表导出为 {fmt!r}；请用 csv 或 xlsx。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="152"/>
        <source>Leads that skipped a stage, or were imported at a later stage, are counted as having passed the earlier stages.</source>
        <translation>跳过某个阶段、或导入时已在较后阶段的线索，算作已经过前面的阶段。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="153"/>
        <source>Cohort: the leads created from {start} to {end}, followed to today.</source>
        <translation>同期群：{start} 至 {end} 新建的线索，一直跟踪到今天。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="154"/>
        <source>Activity: the leads that reached each stage from {start} to {end}, whenever they came.</source>
        <translation>期间活动：{start} 至 {end} 期间到达各阶段的线索，不论何时新建。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="156"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>期间的结束日（{end}）早于开始日（{start}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="157"/>
        <source>{text!r} is not a date; write e.g. 2026-10-01.</source>
        <translation>{text!r} 不是日期；请写成 2026-10-01 这样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="158"/>
        <source>Unknown period {text!r}; use e.g. 2026Q4, 2026-11, 2026, 2026-11-03, this-month, last-month, this-quarter, last-quarter, this-year.</source>
        <translation>不认识的期间 {text!r}；请用 2026Q4、2026-11、2026、2026-11-03、本月、上月、本季度、上季度、今年等。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="160"/>
        <source>A reason cannot be empty.</source>
        <translation>原因不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="162"/>
        <source>Unknown report {kind!r}; use funnel, sources or activity.</source>
        <translation>没有报表 {kind!r}；可选 funnel、sources 或 activity。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="164"/>
        <source>Cannot group by {by!r}; use one of {choices}.</source>
        <translation>不能按 {by!r} 分组；可选：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="165"/>
        <source>Unknown mode {mode!r}; use cohort or activity.</source>
        <translation>不认识的方式 {mode!r}；请用 cohort 或 activity。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="166"/>
        <source>filter: {error}</source>
        <translation>筛选条件：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="168"/>
        <source>{text!r} is not a month; write e.g. 2026-10.</source>
        <translation>{text!r} 不是月份；请写成 2026-10 这样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="169"/>
        <source>The amount cannot be negative: {text!r}.</source>
        <translation>金额不能是负数：{text!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="170"/>
        <source>{text!r} is not an amount in yuan (e.g. 20000 or 2万).</source>
        <translation>{text!r} 不是以元计的金额（例如 20000 或 2万）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="171"/>
        <source>Give a source (来源), e.g. 抖音.</source>
        <translation>请填写来源，例如 抖音。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="173"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="174"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="175"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="176"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="177"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="178"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="179"/>
        <source>Leads reached</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="181"/>
        <source>Ratio to the stage before</source>
        <translation>与上一阶段之比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="183"/>
        <source>Per new lead</source>
        <translation>占本期新线索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="186"/>
        <source>Activity: each rate compares two counts of the period, not the same leads (it may pass 100%); conversion is the cohort&apos;s (leave activity off).</source>
        <translation>按活动统计：每个比率比较的是本时段的两个数量，并非同一批线索（可能超过 100%）；转化率请看同期群（不勾选“按时段内发生的活动”）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="187"/>
        <source>Won in the period per new lead of the period: {rate} ({won} / {leads}); won amount {amount} yuan; median days from lead to won: {days}.</source>
        <translation>本时段成交数 ÷ 本时段新线索数：{rate}（{won} / {leads}）；成交金额 {amount}元；从线索到成交的天数中位数：{days}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="204"/>
        <source>Spend is entered per source: the spend, cost and ROI columns fill in when the report is grouped by source.</source>
        <translation>投入按来源录入：按来源分组时，投入、成本和投入产出比各列才有数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="205"/>
        <source>Total: the cost per lead, cost per won deal and ROI count only the sources with spend entered (no spend for {sources}).</source>
        <translation>合计：单线索成本、单成交成本和投入产出比只统计录入了投入的来源（{sources} 未录入投入）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="206"/>
        <source>ROI = won amount / spend; spend is entered per source and month.</source>
        <translation>投入产出比 = 成交金额 ÷ 投入；投入按来源和月份录入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="210"/>
        <source>Reached</source>
        <translation>接通</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="222"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="223"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="224"/>
        <source>Sent</source>
        <translation>发送次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="225"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="226"/>
        <source>Reply rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="227"/>
        <source>Won deals</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="228"/>
        <source>Won value</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="229"/>
        <source>No content pieces yet: add what you send to leads (contact-book content add 华信案例 --kind 案例), then name it when logging a touch (log ... --content 华信案例).</source>
        <translation>还没有内容：先添加发给客户的资料（contact-book content add 华信案例 --kind 案例），记录跟进时再注明所发内容（log ... --content 华信案例）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="230"/>
        <source>A reply: the touch was answered, or the lead wrote or called within {days} days. Won value: the amounts the deals were won at.</source>
        <translation>回复：该次跟进得到回应，或客户在 {days} 天内主动发消息或来电。成交金额：按成交时的金额计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="231"/>
        <source>Content report</source>
        <translation>内容报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="232"/>
        <source>No touches were logged from {start} to {end}.</source>
        <translation>{start} 至 {end} 没有记录任何跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="233"/>
        <source>No leads were created from {start} to {end}, so every count is 0; choose another period, or count what happened in this one (activity).</source>
        <translation>{start} 至 {end} 没有新建线索，所以各项均为 0；请换一个时段，或勾选“按时段内发生的活动”统计这段时间里发生的事。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="234"/>
        <source>No lead was created, reached a stage or was lost from {start} to {end}, so every count is 0.</source>
        <translation>{start} 至 {end} 没有线索新建、进入某个阶段或流失，所以各项均为 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="235"/>
        <source>The spend entered for these months is shown: with no leads, its ROI is 0.</source>
        <translation>这些月份录入的投入照常列出：没有线索，其投入产出比为 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="236"/>
        <source>Counted among the leads the filter lists: {filter}</source>
        <translation>只统计筛选条件列出的线索：{filter}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="256"/>
        <source>Cannot write {path}: it is a database or one of its files, which this would replace; choose another file name.</source>
        <translation>无法写入 {path}：它是数据库或其附属文件，写入会把它替换掉；请选择另一个文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="259"/>
        <source>{path} is not a Contact Book database: it is another program&apos;s SQLite file (schema {version}, tables: {tables}). It was not changed; choose a Contact Book database or a new file name.</source>
        <translation>{path} 不是通讯录数据库：它是另一个程序的 SQLite 文件（结构版本 {version}，表：{tables}）。文件未被改动；请选择通讯录数据库或新的文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="266"/>
        <source>Cannot upgrade the database to schema {number} ({error}); nothing was changed.</source>
        <translation>无法把数据库升级到结构版本 {number}（{error}）；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="273"/>
        <source>No CardDAV account found at {url}: it answers with a web page, not WebDAV. Check the address (your provider&apos;s CardDAV address), or log in to the network first.</source>
        <translation>在 {url} 没有找到 CardDAV 账户：这个地址返回的是网页，不是 WebDAV。请检查地址（服务商提供的 CardDAV 地址），或先登录所在网络。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="288"/>
        <source>The answer of {host} broke off; try again.</source>
        <translation>{host} 的应答中途断开了；请再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="294"/>
        <source>The server answered {method} with something other than WebDAV (a web page?). Check the server&apos;s address, or log in to the network first.</source>
        <translation>服务器对 {method} 的回答不是 WebDAV（可能是一个网页）。请检查服务器地址，或先登录所在网络。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="295"/>
        <source>The server said it saved {path}, but it is not there.</source>
        <translation>服务器说已保存 {path}，但它并不在服务器上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="296"/>
        <source>The server said it deleted {path}, but it is still there.</source>
        <translation>服务器说已删除 {path}，但它仍在服务器上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="302"/>
        <source>On the phone: {ticked} follow-ups ticked (done here), {moved} moved (rescheduled here), {deleted} deleted (still due here).</source>
        <translation>手机上：勾选完成跟进 {ticked} 条（本机已完成），改期 {moved} 条（本机已改期），删除 {deleted} 条（本机仍待跟进）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="303"/>
        <source>On the phone: {count} follow-ups cancelled (skipped here, the next step scheduled).</source>
        <translation>手机上：取消跟进 {count} 条（本机已跳过，已安排下一步）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="304"/>
        <source>{count} follow-ups cancelled on the phone had been rescheduled here since: they stay due on the date set here and go back to the phone.</source>
        <translation>{count} 条在手机上取消的跟进此前已在本机改期：仍按本机设定的日期待跟进，并重新写回手机。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="305"/>
        <source>{count} follow-ups moved on the phone were rescheduled here too: the date set here was kept.</source>
        <translation>{count} 条跟进在手机上改了日期，本机也改了：保留本机的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="312"/>
        <source>The address book on the server is empty, but {count} contacts were synced with it (was it reset, or is it another account&apos;s?). Nothing was changed.</source>
        <translation>服务器上的通讯录是空的，但有 {count} 位联系人曾与它同步（它被重置了，还是换成了别人的账户？）。本机什么都没有改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="317"/>
        <source>it is not iCalendar text</source>
        <translation>不是 iCalendar 文本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="318"/>
        <source>it is an event or something else, not a to-do</source>
        <translation>是日程或其他内容，不是待办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="319"/>
        <source>its due date {value!r} is not a date</source>
        <translation>截止日期 {value!r} 不是日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="320"/>
        <source>Reading the follow-ups on the calendar</source>
        <translation>正在读取日历上的跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="321"/>
        <source>The follow-up {what} on the calendar: {problem}</source>
        <translation>日历上的跟进 {what}：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="343"/>
        <source>{name} holds only its header row (line {line}): no contacts below it, nothing to import.</source>
        <translation>{name} 只有表头行（第 {line} 行），下面没有联系人，没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="344"/>
        <source>{name} holds no contacts, nothing to import.</source>
        <translation>{name} 里没有联系人，没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="350"/>
        <source>The file mixes two encodings: line {lines} is {other}, the rest {name}. Each line was read in its own encoding; check that row.</source>
        <translation>文件混用了两种编码：第 {lines} 行是 {other}，其余是 {name}。每一行都按它自己的编码读取；请核对这一行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="351"/>
        <source>The file mixes two encodings: {count} lines are {other} ({lines}), the rest {name}. Each line was read in its own encoding; check those rows.</source>
        <translation>文件混用了两种编码：有 {count} 行是 {other}（第 {lines} 行），其余是 {name}。每一行都按它自己的编码读取；请核对这些行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="374"/>
        <source>same phone as &quot;{contact}&quot;, but a different lead ({field} {value}, not {other}): imported as a new contact</source>
        <translation>电话号码与“{contact}”相同，但不是同一条线索（{field}为 {value}，不是 {other}）：已作为新联系人导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="375"/>
        <source>same e-mail as &quot;{contact}&quot;, but a different lead ({field} {value}, not {other}): imported as a new contact</source>
        <translation>邮箱与“{contact}”相同，但不是同一条线索（{field}为 {value}，不是 {other}）：已作为新联系人导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="376"/>
        <source>same name and company as &quot;{contact}&quot;, but a different lead ({field} {value}, not {other}): imported as a new contact</source>
        <translation>姓名和公司与“{contact}”相同，但不是同一条线索（{field}为 {value}，不是 {other}）：已作为新联系人导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="385"/>
        <source>same phone as &quot;{contact}&quot;</source>
        <translation>电话号码与“{contact}”相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="386"/>
        <source>same e-mail as &quot;{contact}&quot;</source>
        <translation>邮箱与“{contact}”相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="387"/>
        <source>same name and company as &quot;{contact}&quot;</source>
        <translation>姓名和公司与“{contact}”相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="390"/>
        <source>{name} is a database (a Contact Book database or backup?), not a contact list: a backup is restored, not imported; import a CSV, an Excel .xlsx or a vCard .vcf.</source>
        <translation>{name} 是一个数据库（通讯录的数据库或备份？），不是联系人列表：备份要用“恢复”，不能导入；请导入 CSV、Excel .xlsx 或 vCard .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="391"/>
        <source>{name} is a {kind} file, not a contact list: import a CSV, an Excel .xlsx or a vCard .vcf.</source>
        <translation>{name} 是 {kind} 文件，不是联系人列表：请导入 CSV、Excel .xlsx 或 vCard .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="392"/>
        <source>{name} holds only zero bytes (a file that was never written out?), nothing to import.</source>
        <translation>{name} 里只有零字节（文件没有写完整？），没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="404"/>
        <source>no &apos;:&apos; in “{text}”, ignored</source>
        <translation>“{text}” 中没有 &apos;:&apos;，已忽略</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="405"/>
        <source>{name} over {mb} MB, skipped</source>
        <translation>{name} 超过 {mb} MB，已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="406"/>
        <source>{name} over {mb} MB, dropped</source>
        <translation>{name} 超过 {mb} MB，已丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="407"/>
        <source>unknown CHARSET {charset!r} in {name}; read as UTF-8</source>
        <translation>{name} 的 CHARSET {charset!r} 无法识别，已按 UTF-8 读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="408"/>
        <source>bad quoted-printable in {name}; the text may read wrong: {text}</source>
        <translation>{name} 的 quoted-printable 编码有误，文字可能显示不正确：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="180"/>
        <source>Step conversion</source>
        <translation>阶段转化率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="28"/>
        <source>Cannot write {path}: the file already exists and is not a Contact Book backup; nothing was changed. Choose a new file name, or add --force to replace it.</source>
        <translation>无法写入 {path}：文件已存在，且不是 Contact Book 的备份；未做任何更改。请换一个新文件名，或加上 --force 以替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="57"/>
        <source>{path} is locked by another program that is writing to it (not a Contact Book: a sqlite3 shell or a sync tool, say), so it could not be opened or changed now. Try again when it has finished.</source>
        <translation>{path} 正被另一个程序写入而锁定（不是通讯录本身，可能是 sqlite3 命令行或同步工具），所以现在无法打开或修改。请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="182"/>
        <source>Of all leads</source>
        <translation>占全部线索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="184"/>
        <source>Lost here</source>
        <translation>在此流失</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="185"/>
        <source>Lead to won: {rate}; won amount {amount} yuan; median days from lead to won: {days}.</source>
        <translation>线索→成交：{rate}；成交金额 {amount}元；从线索到成交的天数中位数：{days}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="188"/>
        <source>Funnel {period}</source>
        <translation>销售漏斗 {period}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="189"/>
        <source>New leads</source>
        <translation>新线索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="190"/>
        <source>Contacted %</source>
        <translation>已联系率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="191"/>
        <source>Interested %</source>
        <translation>意向率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="192"/>
        <source>Proposal %</source>
        <translation>报价率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="193"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="194"/>
        <source>Won %</source>
        <translation>成交率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="195"/>
        <source>Won amount</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="196"/>
        <source>Median days to close</source>
        <translation>成交天数中位数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="197"/>
        <source>Touches per won deal</source>
        <translation>每单跟进次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="198"/>
        <source>Spend</source>
        <translation>投入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="199"/>
        <source>Cost per lead</source>
        <translation>单线索成本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="200"/>
        <source>Cost per won deal</source>
        <translation>单成交成本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="201"/>
        <source>ROI</source>
        <translation>投入产出比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="202"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="203"/>
        <source>(none)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="207"/>
        <source>Touches: calls, messages and visits of the won leads up to their won day.</source>
        <translation>跟进次数：成交线索在成交日之前的电话、消息和拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="208"/>
        <source>Sources {period}</source>
        <translation>来源分析 {period}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="209"/>
        <source>No outcome</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="211"/>
        <source>No answer</source>
        <translation>未接</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="212"/>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="213"/>
        <source>No reply</source>
        <translation>未回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="214"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="215"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="216"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="217"/>
        <source>Touches</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="218"/>
        <source>Touches {touches}; reach rate {reach}; reply rate {reply}; touches per lead before won {before} ({won} won).</source>
        <translation>跟进 {touches} 次；接通率 {reach}；回复率 {reply}；成交前每个线索跟进 {before} 次（成交 {won} 个）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="219"/>
        <source>Notes in the table: {notes}, with Touches left empty: a note is not a touch.</source>
        <translation>表中的备注：{notes} 条，“跟进次数”一栏留空：备注不算跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="220"/>
        <source>Actions of leads in the table: {count} ({names}), with Touches left empty: what a lead did is not a touch.</source>
        <translation>表中的客户行为：{count} 条（{names}），“跟进次数”一栏留空：客户自己的行为不算跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="221"/>
        <source>Activity {period}</source>
        <translation>跟进活动 {period}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="238"/>
        <source>--filter needs some text; an empty filter lists every contact.</source>
        <translation>--filter 需要填写内容；空的筛选条件会列出所有联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="239"/>
        <source>No contact matches {text!r}.</source>
        <translation>没有联系人符合 {text!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="247"/>
        <source>{value!r} is out of range.</source>
        <translation>{value!r} 超出了可用范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="252"/>
        <source>Unknown key {key!r}.</source>
        <translation>不认识的键 {key!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="274"/>
        <source>No CardDAV account found at {url}.</source>
        <translation>在 {url} 没有找到 CardDAV 账户。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="276"/>
        <source>not one readable vCard ({problem})</source>
        <translation>不是一张可读的 vCard（{problem}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="277"/>
        <source>the card has no name (FN or N)</source>
        <translation>名片没有名字（FN 或 N）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="279"/>
        <source>{host} asks for a password, and none is stored on this computer.</source>
        <translation>{host} 需要密码，但这台电脑上没有保存密码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="280"/>
        <source>The certificate of {host} is not trusted by this computer (SHA-256 {fingerprint}). Trust it only if the server&apos;s owner confirms this fingerprint.</source>
        <translation>这台电脑不信任 {host} 的证书（SHA-256 {fingerprint}）。只有在服务器的主人确认这个指纹后才信任它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="281"/>
        <source>{url} is not an http(s) address.</source>
        <translation>“{url}”不是 http(s) 地址。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="282"/>
        <source>Give the user name with --user, not inside the address.</source>
        <translation>请用 --user 给出用户名，不要写在地址里。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="283"/>
        <source>Plain http:// is refused for {host}: the password and the contacts would cross the network unencrypted. Use https://.</source>
        <translation>拒绝以明文 http:// 连接 {host}：密码和联系人会不加密地经过网络。请使用 https://。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="284"/>
        <source>{host} did not answer within {seconds:g} s.</source>
        <translation>{host} 在 {seconds:g} 秒内没有应答。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="285"/>
        <source>The certificate of {host} is not the one you confirmed; the connection was refused.</source>
        <translation>{host} 的证书不是你确认过的那一张；已拒绝连接。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="286"/>
        <source>The certificate of {host} could not be verified; the connection was refused.</source>
        <translation>无法验证 {host} 的证书，已拒绝连接。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="287"/>
        <source>Cannot reach {host} (offline, or the server is down).</source>
        <translation>无法连接 {host}（离线，或服务器已停止）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="289"/>
        <source>{path} changed on the server meanwhile.</source>
        <translation>{path} 在此期间已在服务器上被修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="290"/>
        <source>The server refused the user name or password ({status}).</source>
        <translation>服务器拒绝了用户名或密码（{status}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="291"/>
        <source>The server no longer knows the sync token.</source>
        <translation>服务器已不认识同步令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="292"/>
        <source>The server answered {status} {reason} to {method} {path}.</source>
        <translation>服务器对 {method} {path} 的应答是 {status} {reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="293"/>
        <source>The server&apos;s answer to {method} is not XML.</source>
        <translation>服务器对 {method} 的应答不是 XML。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="298"/>
        <source>Dry run: nothing was changed; this is what a sync would do.</source>
        <translation>试运行：没有做任何更改；以下是同步将会做的事。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="299"/>
        <source>Here: {created} new, {updated} updated, {trashed} moved to the trash (deleted on the server), {linked} linked by phone number.</source>
        <translation>本机：新增 {created}，更新 {updated}，移入回收站 {trashed}（服务器上已删除），按电话号码关联 {linked}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="300"/>
        <source>On the server: {created} new, {updated} updated, {deleted} deleted.</source>
        <translation>服务器：新增 {created}，更新 {updated}，删除 {deleted}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="301"/>
        <source>Calendar: {written} follow-ups written, {removed} removed.</source>
        <translation>日历：写入跟进 {written} 条，移除 {removed} 条。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="306"/>
        <source>Conflicts: {count} (the local value was kept; the phone&apos;s value is in the lead&apos;s timeline).</source>
        <translation>冲突：{count}（保留了本机的值；手机上的值记在客户的时间线里）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="307"/>
        <source>  {tag}: {field} here {local!r}, on the server {server!r}</source>
        <translation>  {tag}：{field} 本机为 {local!r}，服务器上为 {server!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="308"/>
        <source>Skipped: {problem}</source>
        <translation>跳过：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="309"/>
        <source>The sync stopped: {problem} What was done is kept; the next sync goes on from there.</source>
        <translation>同步中断：{problem}已完成的部分保留，下次同步从这里继续。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="310"/>
        <source>Cancelled. What was done is kept; the next sync goes on from there.</source>
        <translation>已取消。已完成的部分保留，下次同步从这里继续。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="313"/>
        <source>Reading the address book</source>
        <translation>正在读取通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="314"/>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="315"/>
        <source>Writing to the server</source>
        <translation>正在写入服务器</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="322"/>
        <source>Writing the follow-ups to the calendar</source>
        <translation>正在把跟进写入日历</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="324"/>
        <source>Unknown channel {text!r}; use one of {choices}.</source>
        <translation>没有渠道 {text!r}；可选：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="325"/>
        <source>Unknown direction {text!r}; use one of {choices}.</source>
        <translation>没有方向 {text!r}；可选：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="326"/>
        <source>Unknown outcome {text!r}; use one of {choices} or none.</source>
        <translation>没有结果 {text!r}；可选：{choices} 或 none（无）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="50"/>
        <source>Unknown field {field!r}.</source>
        <translation>没有字段 {field!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="51"/>
        <source>{email!r} is not an email address.</source>
        <translation>{email!r} 不是邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="52"/>
        <source>No contact with id {id}.</source>
        <translation>没有编号为 {id} 的联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="53"/>
        <source>A contact with id {id} already exists.</source>
        <translation>编号为 {id} 的联系人已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="258"/>
        <source>Cannot open {path}: {error}.</source>
        <translation>无法打开 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="268"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>无法读取 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="269"/>
        <source>Cannot open {path} as a Contact Book database: it is not an SQLite file.</source>
        <translation>无法把 {path} 作为通讯录数据库打开：它不是 SQLite 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="262"/>
        <source>Cannot open {path} as a Contact Book database: {error}.</source>
        <translation>无法把 {path} 作为通讯录数据库打开：{error}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="260"/>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="261"/>
        <source>Cannot create the database {path}: {error}.</source>
        <translation>无法创建数据库 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="263"/>
        <source>This database was written by a newer Contact Book (schema {version}; this app knows up to {latest}). Please update the app; the file was not changed.</source>
        <translation>这个数据库由更新版本的通讯录写入（结构版本 {version}，本软件最高只支持 {latest}）。请升级本软件；文件没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="339"/>
        <source>Unknown export format {fmt!r}; use csv, xlsx or vcf.</source>
        <translation>不支持导出格式 {fmt!r}；请用 csv、xlsx 或 vcf。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="340"/>
        <source>CSV encoding must be one of {choices}.</source>
        <translation>CSV 编码只能是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="46"/>
        <source>A group needs a name.</source>
        <translation>分组需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="47"/>
        <source>A group named {name!r} already exists.</source>
        <translation>已经有名为 {name!r} 的分组了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="48"/>
        <source>No group with id {id}.</source>
        <translation>没有编号为 {id} 的分组。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="346"/>
        <source>{name} is {mb:.0f} MB; files over {cap:.0f} MB are not imported.</source>
        <translation>{name} 有 {mb:.0f} MB；超过 {cap:.0f} MB 的文件不能导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="347"/>
        <source>unreadable CSV row ({error})</source>
        <translation>无法读取的 CSV 行（{error}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="353"/>
        <source>unknown encoding {name!r}; guessed instead</source>
        <translation>不认识编码 {name!r}，已自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="368"/>
        <source>phone {number} is in scientific notation: the spreadsheet has lost its last digits</source>
        <translation>电话 {number} 是科学计数法：表格已丢失末尾几位数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="369"/>
        <source>not an e-mail address, kept in the notes: {email}</source>
        <translation>不是邮箱地址，已放进备注：{email}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="370"/>
        <source>unknown stage {stage!r}, kept in the notes</source>
        <translation>不认识的阶段 {stage!r}，已放进备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="372"/>
        <source>no name, phone, e-mail or other contact data</source>
        <translation>没有姓名、电话、邮箱等任何联系信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="373"/>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="377"/>
        <source>merged into {contact} (same phone); its name {name} was kept, the file&apos;s name {new_name} is in its notes</source>
        <translation>已合并到 {contact}（电话号码相同）；保留原姓名 {name}，文件中的姓名 {new_name} 已写入备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="378"/>
        <source>duplicates must be one of {choices}.</source>
        <translation>重复处理方式只能是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="396"/>
        <source>No import #{id}.</source>
        <translation>没有第 #{id} 次导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="397"/>
        <source>Import #{id} was already undone.</source>
        <translation>导入 #{id} 已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="379"/>
        <source>same phone as line {line}</source>
        <translation>电话号码与第 {line} 行相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="17"/>
        <source>{path} is not a readable Contact Book backup ({problem}).</source>
        <translation>{path} 不是可读取的联系人簿备份（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="36"/>
        <source>{path} cannot be restored: {error}. The database was not changed.</source>
        <translation>无法恢复 {path}：{error}。数据库未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="37"/>
        <source>{path} is damaged ({problem}); the database was not changed. Choose another backup.</source>
        <translation>{path} 已损坏（{problem}）；数据库未被改动。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="342"/>
        <source>The sheet &quot;{sheet}&quot; of {name} holds only its header row: no contacts below it, nothing to import.</source>
        <translation>{name} 的工作表“{sheet}”只有表头行，下面没有联系人，没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="348"/>
        <source>bytes that are not valid {encoding} were replaced by �</source>
        <translation>不是有效 {encoding} 的字节已替换为 �</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="355"/>
        <source>Naming tag</source>
        <translation>命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="356"/>
        <source>Company keyword</source>
        <translation>公司关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="357"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="358"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="359"/>
        <source>Extra tag</source>
        <translation>附加标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="360"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="361"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="362"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="363"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="380"/>
        <source>same e-mail as line {line}</source>
        <translation>邮箱与第 {line} 行相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="381"/>
        <source>same name and company as line {line}</source>
        <translation>姓名和公司与第 {line} 行相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="382"/>
        <source>same phone as contact #{id}</source>
        <translation>电话号码与已有联系人 #{id} 相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="383"/>
        <source>same e-mail as contact #{id}</source>
        <translation>邮箱与已有联系人 #{id} 相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="384"/>
        <source>same name and company as contact #{id}</source>
        <translation>姓名和公司与已有联系人 #{id} 相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="389"/>
        <source>{name} is an old Excel .xls file; please save it as .xlsx or CSV in Excel or WPS first.</source>
        <translation>{name} 是旧版 Excel .xls 文件；请先在 Excel 或 WPS 中另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="393"/>
        <source>Unknown import format {fmt!r} (one of {choices}).</source>
        <translation>不支持导入格式 {fmt!r}（可选：{choices}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="394"/>
        <source>{name} is too large to import.</source>
        <translation>{name} 太大，无法导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="399"/>
        <source>no END:VCARD before the next card</source>
        <translation>下一张名片之前缺少 END:VCARD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="400"/>
        <source>cards nested more than {depth} deep (AGENT); card refused</source>
        <translation>名片嵌套超过 {depth} 层（AGENT），已拒绝该名片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="401"/>
        <source>more than {count} properties; card refused</source>
        <translation>属性超过 {count} 个，已拒绝该名片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="402"/>
        <source>the file ends before END:VCARD</source>
        <translation>文件在 END:VCARD 之前就结束了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="403"/>
        <source>the file ends inside an empty card</source>
        <translation>文件结束在一张空名片中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="410"/>
        <source>{name} holds no vCard: no line BEGIN:VCARD (a contact exported from a phone starts so).</source>
        <translation>{name} 里没有名片：没有 BEGIN:VCARD 这一行（从手机导出的联系人都以它开头）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="411"/>
        <source>card {number}: {problem}</source>
        <translation>第 {number} 张名片：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="412"/>
        <source>card {number}: unreadable ({kind}: {error})</source>
        <translation>第 {number} 张名片：无法读取（{kind}: {error}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="416"/>
        <source>{name} has {parts} parts; refused as unsafe.</source>
        <translation>{name} 包含 {parts} 个部件，不安全，已拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="417"/>
        <source>{name}: {part} unpacks to {mb:.0f} MB from {kb:.0f} KB; refused as a zip bomb.</source>
        <translation>{name}：{part} 从 {kb:.0f} KB 解压后有 {mb:.0f} MB，疑似压缩炸弹，已拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="418"/>
        <source>{name} unpacks to {mb:.0f} MB; files over {cap:.0f} MB are not imported.</source>
        <translation>{name} 解压后有 {mb:.0f} MB；超过 {cap:.0f} MB 的文件不能导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="419"/>
        <source>Reading .xlsx needs the defusedxml package (XML attack guard).</source>
        <translation>读取 .xlsx 需要 defusedxml 组件（防御 XML 攻击）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="420"/>
        <source>{name} has no sheet {sheet!r} (sheets: {sheets}).</source>
        <translation>{name} 中没有工作表 {sheet!r}（现有工作表：{sheets}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="265"/>
        <source>Migration to schema {number} would leave {count} broken reference(s) (e.g. row {rowid} of {table} -&gt; {parent}); nothing was changed.</source>
        <translation>升级到结构版本 {number} 会留下 {count} 个断开的引用（例如 {table} 的第 {rowid} 行 -&gt; {parent}），所以没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="241"/>
        <source>Quote not closed; it runs to the end.</source>
        <translation>引号没有闭合，一直延续到末尾。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="242"/>
        <source>Nothing follows &apos;-&apos;.</source>
        <translation>&apos;-&apos; 后面没有内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="243"/>
        <source>Empty quotes.</source>
        <translation>引号里是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="244"/>
        <source>Unknown key {name!r}; use one of {keys}.</source>
        <translation>没有字段 {name!r}；可用：{keys}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="245"/>
        <source>{name} cannot use {op!r}.</source>
        <translation>{name} 不能用 {op!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="246"/>
        <source>{name}: needs a value.</source>
        <translation>{name}：需要一个值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="248"/>
        <source>{value!r} is not an amount (e.g. 100万, 1.5亿).</source>
        <translation>{value!r} 不是金额（例如 100万、1.5亿）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="249"/>
        <source>tag: takes complete or incomplete (完整/不完整).</source>
        <translation>tag: 只能是 complete 或 incomplete（完整/不完整）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="250"/>
        <source>phone: needs digits.</source>
        <translation>phone: 需要数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="55"/>
        <source>Unknown stage {text!r}; use one of {choices}.</source>
        <translation>没有阶段 {text!r}；可选：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="328"/>
        <source>Choose at least one contact to log for.</source>
        <translation>请至少选择一位联系人来记录跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="329"/>
        <source>Unknown event kind {kind!r}.</source>
        <translation>没有事件类型 {kind!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="330"/>
        <source>No timeline entry with id {id}.</source>
        <translation>没有编号为 {id} 的时间线记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="331"/>
        <source>last:never takes no comparison.</source>
        <translation>last:never 不能加比较符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="332"/>
        <source>last:{value} is not a number of days; write e.g. last:&gt;7d, last:&lt;3d, last:today or last:never.</source>
        <translation>last:{value} 不是天数；请写成 last:&gt;7d、last:&lt;3d、last:today 或 last:never 这样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="333"/>
        <source>unanswered:{value} is not a whole number; write e.g. unanswered:&gt;=2.</source>
        <translation>unanswered:{value} 不是整数；请写成 unanswered:&gt;=2 这样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="334"/>
        <source>A note has no outcome.</source>
        <translation>备注没有结果。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="335"/>
        <source>That time is in the future; log what happened.</source>
        <translation>这个时间还没到；请记录已经发生的事。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="271"/>
        <source>Contact {id} is in the trash.</source>
        <translation>联系人 {id} 在回收站中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="336"/>
        <source>No interaction with id {id}.</source>
        <translation>没有编号为 {id} 的跟进记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="337"/>
        <source>System events are history: they cannot be changed.</source>
        <translation>系统事件是历史记录，不能修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="114"/>
        <source>{n:,} of these leads already has a running cadence; replace it (--replace) or skip them (--skip-existing).</source>
        <translation>其中 {n:,} 个线索已在跟进节奏中；请替换（--replace）或跳过（--skip-existing）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="115"/>
        <source>{n:,} of these leads already have a running cadence; replace it (--replace) or skip them (--skip-existing).</source>
        <translation>其中 {n:,} 个线索已在跟进节奏中；请替换（--replace）或跳过（--skip-existing）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="112"/>
        <source>Touchpoint {id} is not pending (done, skipped or stopped).</source>
        <translation>待跟进事项 {id} 已不在待办中（已完成、已跳过或已停止）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="117"/>
        <source>The template {name} was deleted.</source>
        <translation>节奏模板 {name} 已被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="79"/>
        <source>Choose at least one lead to start a cadence for.</source>
        <translation>请至少选择一个线索来开始跟进节奏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="118"/>
        <source>A note is not a touch; pick a call or a message.</source>
        <translation>备注不算一次跟进；请选择电话或消息。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="119"/>
        <source>{day} has passed; pick today or a later day.</source>
        <translation>{day} 已经过去了；请选择今天或以后的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="352"/>
        <source>{count} bytes are not valid {name} (the first on line {line}); they were replaced by �</source>
        <translation>{count} 个字节不是有效的 {name}（第一个在第 {line} 行），已替换为 �</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="365"/>
        <source>Column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="367"/>
        <source>{field}: cut to {max} characters (it had {length})</source>
        <translation>{field}：已截断为 {max} 个字符（原有 {length} 个）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="414"/>
        <source>{name} is not a readable .xlsx workbook: it is damaged (cut short?) or another kind of file. Open it in Excel or WPS and save it again as .xlsx, or export a CSV.</source>
        <translation>{name} 不是可读取的 .xlsx 工作簿：文件已损坏（不完整？）或是别的类型的文件。请在 Excel 或 WPS 中打开并重新另存为 .xlsx，或导出为 CSV。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="415"/>
        <source>{name} is a zip archive but not an Excel workbook (no sheets in it); import a CSV, an Excel .xlsx or a vCard .vcf.</source>
        <translation>{name} 是 zip 压缩包，但不是 Excel 工作簿（里面没有工作表）；请导入 CSV、Excel .xlsx 或 vCard .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="421"/>
        <source>cells right of column {max} were not read</source>
        <translation>第 {max} 列右侧的单元格未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="422"/>
        <source>column {column}: a character that cannot be stored (a lone surrogate) was replaced by �</source>
        <translation>第 {column} 列：无法保存的字符（孤立代理项）已替换为 �</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="423"/>
        <source>{name}: the sheet cannot be read past row {row}: the file is damaged. Open it in Excel or WPS and save it again as .xlsx, or export a CSV.</source>
        <translation>{name}：工作表第 {row} 行之后无法读取：文件已损坏。请在 Excel 或 WPS 中打开并重新另存为 .xlsx，或导出为 CSV。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/core_messages.py" line="425"/>
        <source>Cannot read the time {text!r}; write e.g. 2026-11-20 14:30, 2026-11-20, yesterday 15:00 or 2h ago.</source>
        <translation>看不懂时间 {text!r}；请写成 2026-11-20 14:30、2026-11-20、yesterday 15:00 或 2h ago 这样。</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../desktop_app/ui/followup/touchpoint_model.py" line="37"/>
        <source>en</source>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="19"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="20"/>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="21"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="22"/>
        <source>Home</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="23"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="53"/>
        <source>%1 · Day %2</source>
        <translation>%1 · 第%2天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="56"/>
        <source>%1 · retry %2</source>
        <translation>%1 · 重拨%2</translation>
    </message>
</context>
</TS>
