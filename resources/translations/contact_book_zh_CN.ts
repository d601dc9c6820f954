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
    <name>BulkLogDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_log.py" line="14"/>
        <source>Log for the Group</source>
        <translation>为整组记录跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_log.py" line="20"/>
        <source>(no outcome)</source>
        <translation>(无结果)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_log.py" line="24"/>
        <source>What was said or sent (optional)</source>
        <translation>沟通内容(可选)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_log.py" line="26"/>
        <source>One interaction for each of %1 contacts.</source>
        <translation>为 %1 位联系人各记录一条跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_log.py" line="28"/>
        <source>Channel:</source>
        <translation>渠道:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_log.py" line="29"/>
        <source>Outcome:</source>
        <translation>结果:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_log.py" line="30"/>
        <source>Note:</source>
        <translation>备注:</translation>
    </message>
</context>
<context>
    <name>BulkOperations</name>
    <message>
        <location filename="../../desktop_app/ui/bulk_undo.py" line="44"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_undo.py" line="90"/>
        <source>Set %1 to “%2” for %3 contact(s)</source>
        <translation>将 %3 位联系人的%1设为“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_undo.py" line="108"/>
        <source>Log an interaction for %1 contact(s)</source>
        <translation>为 %1 位联系人记录跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_undo.py" line="128"/>
        <source>Restore %1 contact(s)</source>
        <translation>恢复 %1 位联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_undo.py" line="129"/>
        <source>Move %1 contact(s) to the trash</source>
        <translation>将 %1 位联系人移到回收站</translation>
    </message>
</context>
<context>
    <name>BulkSetDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="14"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="14"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="15"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="16"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="16"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="17"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="17"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="18"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="24"/>
        <source>Set for the Group</source>
        <translation>批量修改整组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="32"/>
        <source>Change %1 contacts at once (Undo puts every value back).</source>
        <translation>一次修改 %1 位联系人(撤销可恢复每一个原值)。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="34"/>
        <source>Field:</source>
        <translation>字段:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bulk_set.py" line="35"/>
        <source>New value:</source>
        <translation>新值:</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/chips.py" line="29"/>
        <source>Remove this condition</source>
        <translation>去掉这个条件</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="75"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="75"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="75"/>
        <source>Company</source>
        <translation>公司关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="76"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="76"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="77"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="77"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="77"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="78"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="78"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="79"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="79"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/contact_table.py" line="80"/>
        <source>Unanswered</source>
        <translation>未接通次数</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="54"/>
        <source>This contact is in the trash. Restore it to edit.</source>
        <translation>此联系人在回收站中。恢复后才能编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="60"/>
        <source>City-Company-Product-Deal size-Name-Title-Source</source>
        <translation>城市-公司关键词-产品-销售额-姓名-职位-来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="62"/>
        <source>Paste or type a whole naming tag, e.g. 上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎; Enter saves.</source>
        <translation>粘贴或输入完整的命名标签，例如 上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎；按回车保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="64"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="64"/>
        <source>Company</source>
        <translation>公司关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="64"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="64"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="65"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="65"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="65"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="84"/>
        <source>Naming tag</source>
        <translation>命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="87"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="88"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="89"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="90"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="91"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="100"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="101"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="102"/>
        <source>Save the contact (Ctrl+S)</source>
        <translation>保存联系人 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="119"/>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="120"/>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="305"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="212"/>
        <source>Created %1 · Updated %2</source>
        <translation>创建于 %1 · 更新于 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="250"/>
        <source>New contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="251"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="265"/>
        <source>not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="266"/>
        <source>Write an amount such as 50万, 1千万, 200w or 80,000 so the list can sort by it.</source>
        <translation>请写成金额，例如 50万、1千万、200w 或 80,000，列表才能按金额排序。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="304"/>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="326"/>
        <source>This contact was deleted elsewhere. Save again to add it as a new contact.</source>
        <translation>此联系人已在别处被删除。再次保存将把它添加为新联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/detail_pane.py" line="337"/>
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是有效的邮箱地址。</translation>
    </message>
</context>
<context>
    <name>EditInteractionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/edit_interaction.py" line="33"/>
        <source>Edit timeline entry</source>
        <translation>编辑时间线记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/edit_interaction.py" line="65"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/edit_interaction.py" line="66"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/edit_interaction.py" line="67"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/edit_interaction.py" line="68"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/edit_interaction.py" line="69"/>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/edit_interaction.py" line="70"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/edit_interaction.py" line="88"/>
        <source>no outcome</source>
        <translation>无结果</translation>
    </message>
</context>
<context>
    <name>FacetTree</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/facet_sidebar.py" line="42"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/facet_sidebar.py" line="42"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/facet_sidebar.py" line="43"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/facet_sidebar.py" line="43"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/facet_sidebar.py" line="44"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/facet_sidebar.py" line="44"/>
        <source>Deal size</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/facet_sidebar.py" line="66"/>
        <source>(none)</source>
        <translation>(空)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="30"/>
        <source>“%1” is not a field. Fields: %2.</source>
        <translation>“%1”不是字段。可用字段:城市 公司 产品 销售额 姓名 职位 来源 阶段 电话 邮箱 微信 备注 标签 上次 未接通(或 %2)。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="31"/>
        <source>The quote in “%1” is not closed.</source>
        <translation>“%1”中的引号没有闭合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="32"/>
        <source>“%1” is not an amount (e.g. 100万, 1.5亿).</source>
        <translation>“%1”不是金额(例如 100万、1.5亿)。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="33"/>
        <source>“%1”: this field cannot be compared with &gt; or &lt;.</source>
        <translation>“%1”:这个字段不能用 &gt; 或 &lt; 比较。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="34"/>
        <source>“%1”: unknown stage (线索 已联系 意向 报价 成交 流失).</source>
        <translation>“%1”:没有这个阶段(线索 已联系 意向 报价 成交 流失)。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="35"/>
        <source>“%1”: tag: takes complete or incomplete.</source>
        <translation>“%1”:标签: 只能是 完整 或 不完整。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="36"/>
        <source>“%1”: a phone search needs digits.</source>
        <translation>“%1”:电话搜索需要数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="37"/>
        <source>“%1”: use e.g. &gt;7d, today, never, or a number.</source>
        <translation>“%1”:请写成 &gt;7d、今天、never 或一个数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="38"/>
        <source>“%1” needs a value after the colon.</source>
        <translation>“%1”冒号后面需要一个值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="39"/>
        <source>A “-” with nothing after it is ignored.</source>
        <translation>“-”后面没有内容,已忽略。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="41"/>
        <source>“%1” was not understood.</source>
        <translation>无法理解“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="76"/>
        <source>Filter: words, or city:上海 source:知乎 deal&gt;=100万 last:&gt;7d -stage:流失</source>
        <translation>筛选:关键词,或 城市:上海 来源:知乎 销售额&gt;=100万 上次:&gt;7d -阶段:流失</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="173"/>
        <source>%1 of %2</source>
        <translation>%1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="22"/>
        <source>Select All in Filter</source>
        <translation>全选筛选结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="23"/>
        <source>Log Interaction for Group…</source>
        <translation>为整组记录跟进…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="24"/>
        <source>Set Field for Group…</source>
        <translation>批量修改整组…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="25"/>
        <source>Move Group to Trash…</source>
        <translation>整组移到回收站…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="26"/>
        <source>Restore Group</source>
        <translation>恢复整组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="27"/>
        <source>&amp;Group</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="33"/>
        <source>Group actions</source>
        <translation>整组操作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="55"/>
        <source>Select all %1 in this filter</source>
        <translation>全选筛选出的 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="113"/>
        <source>Move Group to Trash</source>
        <translation>整组移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/group_actions.py" line="114"/>
        <source>Move all %1 contacts of this filter to the trash? Undo brings them back.</source>
        <translation>把筛选出的 %1 位联系人全部移到回收站?撤销可恢复。</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="29"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="34"/>
        <source>+ Save filter</source>
        <translation>+ 保存筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="35"/>
        <source>Save the current filter as a group</source>
        <translation>把当前筛选保存为分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="98"/>
        <source>Type a filter first; a group saves the current filter.</source>
        <translation>请先输入筛选条件;分组保存的是当前筛选。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="100"/>
        <source>Save Group</source>
        <translation>保存分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="100"/>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="117"/>
        <source>Group name:</source>
        <translation>分组名称:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="111"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="112"/>
        <source>Replace with the current filter</source>
        <translation>改为当前筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="113"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/groups.py" line="117"/>
        <source>Rename Group</source>
        <translation>重命名分组</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="24"/>
        <location filename="../../desktop_app/ui/main_window.py" line="253"/>
        <location filename="../../desktop_app/ui/main_window.py" line="282"/>
        <source>Contact Book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="48"/>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="49"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="50"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="53"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="54"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="56"/>
        <source>Show Trash</source>
        <translation>显示回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="58"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="61"/>
        <source>Log Interaction</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="101"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="105"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>1 contact</source>
        <translation>1 个联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>%1 contacts</source>
        <translation>%1 个联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="242"/>
        <source>1 contact in the trash</source>
        <translation>回收站中有 1 个联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="243"/>
        <source>%1 contacts in the trash</source>
        <translation>回收站中有 %1 个联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="283"/>
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
    <name>QuickLogBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="108"/>
        <source>Channel: type its number</source>
        <translation>渠道：按对应数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="113"/>
        <source>Outcome: type its number</source>
        <translation>结果：按对应数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="115"/>
        <source>Direction: type its number</source>
        <translation>方向：按对应数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="119"/>
        <source>What happened? Enter logs it</source>
        <translation>发生了什么？按回车记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="122"/>
        <source>Next step (optional)</source>
        <translation>下一步（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="123"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="124"/>
        <source>Log it on the timeline (Enter)</source>
        <translation>记到时间线上（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="125"/>
        <source>Ctrl+L, then a number in each box, type the note, Enter</source>
        <translation>Ctrl+L，每个框按一个数字，输入内容，回车</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="191"/>
        <source>Type the note first</source>
        <translation>请先输入备注内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/quick_log.py" line="200"/>
        <source>no outcome</source>
        <translation>无结果</translation>
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
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/ui/timeline_labels.py" line="26"/>
        <source>en</source>
        <comment>language of the channel, outcome and stage labels: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline_labels.py" line="44"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline_labels.py" line="46"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline_labels.py" line="48"/>
        <source>ddd, MMM d</source>
        <comment>a day of this year, as a QDate format</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline_labels.py" line="51"/>
        <source>MMM d, yyyy</source>
        <comment>a day of another year, as a QDate format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline_labels.py" line="78"/>
        <source>%1: %2</source>
        <comment>an event kind and its detail</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline_labels.py" line="83"/>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
</context>
<context>
    <name>TimelineOperations</name>
    <message>
        <location filename="../../desktop_app/ui/timeline_undo.py" line="24"/>
        <source>Log %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline_undo.py" line="42"/>
        <source>Edit timeline entry</source>
        <translation>编辑时间线记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline_undo.py" line="58"/>
        <source>Delete timeline entry</source>
        <translation>删除时间线记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline_undo.py" line="59"/>
        <source>Delete %1 timeline entries</source>
        <translation>删除 %1 条时间线记录</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_view.py" line="184"/>
        <source>Show one channel only</source>
        <translation>只看一个渠道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_view.py" line="185"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_view.py" line="253"/>
        <source>Nothing on this channel yet.</source>
        <translation>这个渠道还没有记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_view.py" line="255"/>
        <source>Nothing logged yet. Ctrl+L logs a call, a message or a note.</source>
        <translation>还没有记录。按 Ctrl+L 记录电话、消息或备注。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_view.py" line="260"/>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_view.py" line="260"/>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_view.py" line="65"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_view.py" line="67"/>
        <source>Delete</source>
        <translation>删除</translation>
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
</TS>
