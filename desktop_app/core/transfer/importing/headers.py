"""Recognise column headers: Chinese lead sheets, Google Contacts, Outlook, our own export.

``recognise(header)`` returns a ``Column`` (target field, phone label, pairing key) or None.
Targets: the seven naming-tag fields, ``tag`` (a whole naming tag), ``tag_extra``, ``phone``,
``phone_label``, ``email``, ``wechat``, ``notes``, ``stage``, the name parts ``name_family``,
``name_given``, ``name_middle``, and ``ignore`` (known but unused, e.g. Outlook's "Title" =
Mr./Ms. or our own "ID").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop_app.core.messages import msg

TARGETS = (
    "tag", "city", "company", "product", "deal_size", "name", "title", "source", "tag_extra",
    "phone", "phone_label", "email", "wechat", "notes", "stage",
    "name_family", "name_given", "name_middle", "ignore",
)


@dataclass(frozen=True)
class Column:
    target: str | None  # None: not mapped (the wizard shows it as "ignore")
    label: str = ""  # the phone label a phone column gives its numbers ("手机", "办公", ...);
    # for a notes column, what its text is prefixed with ("地址" -> "地址: 北京")
    pair: str = ""  # Google's "Phone 1 - Label" / "Phone 1 - Value" share pair "phone1"


def column_name(index: int) -> str:
    """The name of a column of a file without a header row: "Column 3" (translatable)."""
    return msg("Column {number}", number=index + 1)


MOBILE, WORK, HOME, FAX, OTHER = "手机", "办公", "家庭", "传真", "其他"

_WORDS: dict[str, tuple[str, str]] = {}


def _add(target: str, words: str, label: str = "") -> None:
    for w in words.split("|"):
        _WORDS[norm(w)] = (target, label)


def norm(header: str) -> str:
    text = unicodedata.normalize("NFKC", header or "").casefold()
    return re.sub(r"[\s_\-:：*·.()（）\[\]【】/\\'\"#]+", "", text)


def _table() -> None:
    _add("tag", "标签|命名|命名标签|备注名|标签名|tag|naming tag|contact tag|label name")
    _add("tag_extra", "附加标签|标签附加|tag extra")
    _add("city", "城市|所在城市|城市地区|地区|所在地|所在地区|区域|市|city|town|location|"
                 "business city|home city|other city|商务地址市县|住宅地址市县|address1city")
    _add("company", "公司|公司名称|公司名|公司关键词|单位|单位名称|工作单位|企业|企业名称|机构|组织|"
                    "客户公司|商家|店铺|company|company name|organization|organisation|org|"
                    "organization1name|organizationname|employer|account name")
    _add("product", "产品|意向产品|产品名称|需求|产品需求|项目|业务|product|products|interest")
    _add("deal_size", "销售额|金额|预算|成交金额|预计金额|合同金额|订单金额|销售金额|意向金额|规模|"
                      "deal size|deal|amount|budget|deal value|revenue")
    _add("name", "姓名|名字|联系人|联系人姓名|客户姓名|客户名称|客户|称呼|全名|姓名称呼|"
                 "name|full name|contact|contact name|display name|displayname")
    _add("title", "职位|职务|岗位|头衔|职称|title|job title|jobtitle|position|role|"
                  "organization1title|organizationtitle")
    _add("source", "来源|渠道|客户来源|线索来源|获客渠道|来源渠道|source|lead source|channel|origin")
    _add("phone", "电话|联系电话|电话号码|联系方式|号码|phone|telephone|tel|phone number|"
                  "primary phone|其他电话|other phone|callback|car phone|radio phone|telex|"
                  "assistant's phone|tty/tdd phone|isdn")
    _add("phone", "手机|手机号|手机号码|移动电话|移动手机|手机电话|mobile|mobile phone|cell|"
                  "cell phone|cellphone|mobilephone", MOBILE)
    _add("phone", "座机|固话|固定电话|办公电话|公司电话|工作电话|商务电话|商务电话2|单位电话|"
                  "business phone|business phone 2|work phone|office phone|company main phone",
         WORK)
    _add("phone", "住宅电话|住宅电话2|家庭电话|家里电话|home phone|home phone 2", HOME)
    _add("phone", "传真|商务传真|住宅传真|其他传真|fax|business fax|home fax|other fax", FAX)
    _add("phone", "寻呼机|pager", "寻呼机")
    _add("email", "邮箱|电子邮件|电子邮箱|邮件|邮箱地址|电子邮件地址|电子邮件2地址|电子邮件3地址|"
                  "email|e-mail|mail|email address|e-mail address|e-mail 2 address|"
                  "e-mail 3 address|e-mail1value|email1value")
    _add("wechat", "微信|微信号|微信id|微信账号|wechat|wechat id|weixin|wx")
    _add("notes", "备注|说明|描述|跟进记录|跟进|附注|备忘|备忘录|留言|notes|note|comment|comments|"
                  "remark|remarks|description|memo")
    _add("stage", "阶段|状态|跟进状态|客户阶段|销售阶段|客户状态|stage|status|lead status")
    _add("name_family", "姓|姓氏|last name|family name|surname|lastname")
    _add("name_given", "名|first name|given name|firstname")
    _add("name_middle", "中间名|middle name|additional name")
    _add("ignore", "id|编号|序号|创建时间|更新时间|created|updated|created at|updated at|"
                   "suffix|name prefix|name suffix|prefix|file as|labels|"
                   "group membership|photo|称谓|尊称|后缀")
    # kept in the notes under the vCard reader's words, as a phone's card keeps them (they
    # were "ignore": a list's 生日 column was lost)
    _add("notes", "birthday|生日|出生日期", "生日")
    _add("notes", "nickname|昵称", "昵称")


_table()

# Outlook's "Title" is the honorific; its job title is "Job Title". Recognised only when the
# file looks like Outlook (has "Job Title" too) — see guess().
_GOOGLE = re.compile(r"^(phone|e-?mail|organization|address|website|im|relation|event|"
                     r"custom field)\s*(\d+)\s*-\s*(.+)$", re.IGNORECASE)
# Google's numbered values without a field of their own go to the notes under the words the
# vCard reader gives them (a Google CSV dropped the addresses, web pages, messengers, relatives
# and dates that the vCard export of the same contacts keeps)
_GOOGLE_NOTES = {"website": "网址", "im": "即时通讯", "relation": "相关人", "event": "日期",
                 "customfield": "自定义"}
_PHONE_LABELS = {
    "mobile": MOBILE, "cell": MOBILE, "手机": MOBILE, "移动电话": MOBILE, "iphone": MOBILE,
    "work": WORK, "business": WORK, "办公": WORK, "工作": WORK, "company": WORK, "main": WORK,
    "home": HOME, "家庭": HOME, "住宅": HOME, "fax": FAX, "workfax": FAX, "homefax": FAX,
    "传真": FAX, "pager": "寻呼机", "other": OTHER, "其他": OTHER,
}


def phone_label(text: str) -> str:
    """A label from another program in our words: "Mobile", "CELL", "_$!<Mobile>!$_" -> 手机."""
    raw = (text or "").strip()
    inner = re.sub(r"^_\$!<(.*)>!\$_$", r"\1", raw).strip()
    key = norm(inner).replace("phone", "") or norm(inner)
    return _PHONE_LABELS.get(key, _PHONE_LABELS.get(norm(inner), inner))


def recognise(header: str) -> Column | None:
    header = (header or "").strip()
    m = _GOOGLE.match(header)
    if m:
        kind, number, part = norm(m.group(1)), m.group(2), norm(m.group(3))
        if kind == "phone":
            if part in ("value", "值"):
                return Column("phone", pair=f"phone{number}")
            if part in ("type", "label"):
                return Column("phone_label", pair=f"phone{number}")
        if kind == "email" and part == "value":
            return Column("email")
        if kind == "organization":
            if part == "name":
                return Column("company")
            if part in ("title", "jobtitle"):
                return Column("title")
        if kind == "address" and part == "city":
            return Column("city")
        if kind == "address" and part == "formatted":  # its street, region, ... parts are in it
            return Column("notes", label="地址")
        if part == "value" and kind in _GOOGLE_NOTES:  # as the same card's vCard keeps them
            return Column("notes", label=_GOOGLE_NOTES[kind])
        return Column("ignore")
    hit = _WORDS.get(norm(header))
    if hit is None:
        # "手机1", "电话2", "Phone 3": a numbered variant of a known header
        stripped = re.sub(r"\d+$", "", norm(header))
        hit = _WORDS.get(stripped) if stripped != norm(header) else None
        if hit is None or hit[0] not in ("phone", "email", "notes"):
            return None
    target, label = hit
    return Column(target, label=label)


def find_header_row(rows: list[list[str]]) -> int | None:
    """Index (in ``rows``) of the header row: the one among the first rows with the most
    recognised headers (a title row such as "2024客户名单" above it is passed over). A row
    counts with two recognised headers, or one when it is the row's only cell ("姓名" above a
    single column). None: the file has no header row."""
    best, best_hits = None, 0
    for i, cells in enumerate(rows[:15]):
        filled = [c for c in cells if c and c.strip()]
        hits = sum(1 for c in filled if len(c) < 60 and (col := recognise(c)) is not None
                   and col.target != "ignore")
        if (hits >= 2 or (hits == 1 and len(filled) == 1)) and hits > best_hits:
            best, best_hits = i, hits
    return best
