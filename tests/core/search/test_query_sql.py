"""Filters against a real database: what each term finds, and that writes keep the index current."""
import sqlite3

import pytest

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import listing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.search import facets
from desktop_app.core.storage import migrations, planner
from desktop_app.core.search import query
from desktop_app.core.search import sql as query_sql
from desktop_app.core.search import index as search_index
from desktop_app.core.storage.db import open_database

LEADS = [
    ("上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎", ["138 1234 5678"],
     {"email": "yehui@gmail.com", "wechat": "wx_yh88", "notes": "对价格敏感"}),
    ("北京-华信科技-软件-50万-王芳-CEO-抖音", ["021-8765 4321"],
     {"email": "wf@example.cn", "stage": "contacted"}),
    ("重庆-Acme Corp-SaaS-200w-李明-采购经理-B站", ["+86 139 0000 1111"],
     {"stage": "lost", "notes": "Follow up next week"}),
    ("上海-星河传媒-广告-面议-张三-市场总监-58同城", [], {"stage": "won"}),
    ("深圳--培训--赵四--知乎", ["13700001234"], {}),
    ("杭州-银行-咨询-80,000-吕布-行长-小红书", [], {"stage": "interested"}),
]
EVERYONE = {"叶辉", "王芳", "李明", "张三", "赵四", "吕布"}


@pytest.fixture
def leads(db):
    ids = {}
    for tag, phones, extra in LEADS:
        values = contacts.values_from_tag(tag)
        values.update(extra)
        cid, _ = contacts.create(values, phones)
        ids[values["name"]] = cid
    return ids


def names(text, *, in_trash=False):
    """Names found through every path: count, a page (both plans) and ids."""
    f = query.parse(text)
    assert f.errors == [], f.errors
    by_page = {r[1] for r in contacts.page(f.where, limit=1000, in_trash=in_trash)}
    by_ids = {contacts.get(i).name for i in contacts.ids(f.where, in_trash=in_trash)}
    assert by_page == by_ids
    assert contacts.count(f.where, in_trash=in_trash) == len(by_ids)
    return by_ids


@pytest.mark.parametrize("text, expected", [
    ("咨询", {"叶辉", "吕布"}),
    ("王", {"王芳"}),
    ("叶辉 咨询", {"叶辉"}),
    ("yh", {"叶辉", "吕布"}),  # 叶辉, and 银行 read yin-hang
    ("YH", {"叶辉", "吕布"}),
    ("yehui", {"叶辉"}),
    ("shanghai", {"叶辉", "张三"}),
    ("shangh", {"叶辉", "张三"}),
    ("chongqing", {"李明"}),
    ("lv", {"吕布"}),
    ("hangzhang", {"吕布"}),  # 行长
    ("city:sh", {"叶辉", "张三", "赵四"}),  # 上海 and 深圳 (shen)
    ("城市：上", {"叶辉", "张三"}),
    ("city:上,北", {"叶辉", "张三", "王芳"}),
    ("source:知乎", {"叶辉", "赵四"}),
    ("来源:知乎，抖音", {"叶辉", "赵四", "王芳"}),
    ("source:=知乎", {"叶辉", "赵四"}),
    ("source:=知", set()),
    ("source:zh", {"叶辉", "赵四", "李明"}),  # 知乎 zhi-hu, B站 zhan; not 58同城 tong-cheng
    ("company:\"Acme Corp\"", {"李明"}),
    ("公司:华信", {"王芳"}),
    ("“acme co”", {"李明"}),
    ("product:saas", {"李明"}),
    ("产品:咨询", {"叶辉", "吕布"}),
    ("name:叶", {"叶辉"}),
    ("姓名:yh", {"叶辉"}),
    ("title:ceo", {"王芳"}),
    ("职位:总", {"张三"}),
    ("deal>=100万", {"叶辉", "李明"}),
    ("deal:>=100万", {"叶辉", "李明"}),
    ("销售额>1千万", set()),
    ("deal<10万", {"吕布"}),
    ("deal<=50万", {"王芳", "吕布"}),
    ("deal:50万", {"王芳"}),
    ("deal:面议", {"张三"}),
    ("-deal>=100万", {"王芳", "张三", "赵四", "吕布"}),  # no amount: not >= 100万
    ("stage:lost", {"李明"}),
    ("阶段:流失", {"李明"}),
    ("stage:won,意向", {"张三", "吕布"}),
    ("-stage:流失", EVERYONE - {"李明"}),
    ("phone:1234", {"叶辉", "赵四"}),
    ("电话:8765-4321", {"王芳"}),
    ("phone:+8613900001111", {"李明"}),
    ("1381", {"叶辉"}),
    ("138-1234", {"叶辉"}),
    ("0000", {"李明", "赵四"}),
    ("email:gmail", {"叶辉"}),
    ("example", {"王芳"}),
    ("wechat:yh8", {"叶辉"}),
    ("wx_yh", {"叶辉"}),  # punctuation: narrowed by LIKE
    ("@", {"叶辉", "王芳"}),  # no letter or digit: LIKE alone
    ("notes:价格", {"叶辉"}),
    ("备注:follow", {"李明"}),
    ('"next week"', {"李明"}),
    ('"up next"', {"李明"}),
    ('"up  next"', set()),
    ("B站", {"李明"}),
    ("b站", {"李明"}),
    ("58同城", {"张三"}),
    ("8同", {"张三"}),
    ("5同", set()),
    ("同城5", set()),
    ("aas", {"李明"}),
    ("SaaS", {"李明"}),
    ("tag:incomplete", {"赵四"}),
    ("标签:完整", EVERYONE - {"赵四"}),
    ("-tag:incomplete", EVERYONE - {"赵四"}),
    ("-北京", EVERYONE - {"王芳"}),
    ("-咨询 -知乎", {"王芳", "李明", "张三"}),
    ("-yh source:知乎", {"赵四"}),
    ("source:知乎 city:上海 deal>=100万", {"叶辉"}),
    ("咨询 -stage:流失 deal<=1亿", {"叶辉", "吕布"}),
    ("不存在", set()),
])
def test_filter_finds(leads, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("factor", [0, 1e18])
def test_both_page_plans_agree(leads, monkeypatch, factor):
    monkeypatch.setattr(listing, "SCAN_FACTOR", factor)
    for text in ("咨询", "shanghai", "source:知乎 -stage:lost", "yh deal>=100万"):
        where = query.parse(text).where
        rows = contacts.page(where, sort="name", descending=False, limit=1000)
        assert [r[0] for r in rows] == contacts.ids(where, sort="name", descending=False)


def test_malformed_parts_do_not_stop_the_rest(leads):
    f = query.parse('foo:bar 咨询 deal>abc company:"壹点')
    assert {e.code for e in f.errors} == {"unknown_key", "bad_amount", "unclosed_quote"}
    assert {r[1] for r in contacts.page(f.where)} == {"叶辉"}


def test_trash_and_restore_move_matches_between_views(leads):
    contacts.trash([leads["叶辉"]])
    assert names("咨询") == {"吕布"}
    assert names("咨询", in_trash=True) == {"叶辉"}
    assert names("-北京", in_trash=True) == {"叶辉"}
    assert names("yh deal>=100万", in_trash=True) == {"叶辉"}
    contacts.restore([leads["叶辉"]])
    assert names("咨询") == {"叶辉", "吕布"}
    assert names("咨询", in_trash=True) == set()


def test_create_is_searchable_at_once(leads):
    contacts.create({"city": "西安", "name": "欧阳娜娜", "source": "视频号"}, ["186 0000 9999"])
    assert names("xian") == {"欧阳娜娜", "叶辉"}  # 西安, and 影响力 (xiang)
    assert names("city:xian") == {"欧阳娜娜"}
    assert names("oyn") == {"欧阳娜娜"}
    assert names("phone:869999") == set()
    assert names("phone:00009999") == {"欧阳娜娜"}


def test_update_replaces_the_document(leads):
    cid = leads["王芳"]
    editing.update(cid, {"name": "王小芳", "city": "南京"})
    assert names("王芳") == set()
    assert names("王小芳") == {"王小芳"}
    assert names("nanjing") == {"王小芳"}
    assert names("beijing") == set()
    editing.update(cid, {}, phones=["155 5555 0000"])
    assert names("87654321") == set()
    assert names("5555") == {"王小芳"}
    editing.update(cid, {}, phones=[])
    assert names("5555") == set()
    assert names("nanjing stage:contacted") == {"王小芳"}
    editing.update(cid, {"stage": "成交"})
    assert names("nanjing stage:contacted") == set()
    assert names("nanjing stage:won") == {"王小芳"}
    assert names("nanjing -stage:won") == set()


def test_purge_removes_the_document(db, leads):
    contacts.trash([leads["李明"]])
    contacts.purge([leads["李明"]])
    assert names("chongqing", in_trash=True) == set()
    rows = db.execute_sql("SELECT count(*) FROM contact_search").fetchone()[0]
    assert rows == len(LEADS) - 1
    assert db.execute_sql("SELECT count(*) FROM search_dirty").fetchone()[0] == 0


def test_a_raw_write_is_indexed_by_the_next_flush(db, leads):
    db.execute_sql("UPDATE contact SET city = '成都' WHERE id = ?", (leads["张三"],))
    search_index.flush()
    assert names("chengdu") == {"张三"}
    assert names("city:上海") == {"叶辉"}


def test_opening_indexes_rows_written_without_the_app(db_path):
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO contact (city, name, created_at, updated_at) VALUES "
                "('厦门', '林一', '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    con.commit()
    con.close()
    db = open_database(db_path)
    try:
        assert names("xiamen") == {"林一"}
    finally:
        db.close()


def test_rebuild_gives_the_same_answers(leads):
    before = {t: names(t) for t in ("yh", "咨询", "1234", "B站")}
    assert search_index.rebuild() == len(LEADS)
    assert {t: names(t) for t in before} == before


def test_migration_indexes_existing_contacts(tmp_path):
    from peewee import SqliteDatabase

    path = tmp_path / "v1.sqlite3"
    old = SqliteDatabase(str(path))
    old.connect()
    migrations.migrate(old, target=1)
    old.close()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO contact (id, city, company, name, source, stage, created_at, updated_at) "
        "VALUES (1, '上海', '壹点', '叶辉', '知乎', 'lead', '2026-01-01 00:00:00', "
        "'2026-01-01 00:00:00'), (2, '北京', '华信', '王芳', '抖音', 'won', "
        "'2026-01-02 00:00:00', '2026-01-02 00:00:00')")
    con.execute("INSERT INTO phone (contact_id, position, raw, digits) "
                "VALUES (2, 0, '139 1111 2222', '13911112222')")
    con.commit()
    con.close()
    db = open_database(path)
    try:
        assert migrations.current_version(db) == migrations.LATEST
        assert names("yh") == {"叶辉"}
        assert names("shanghai") == {"叶辉"}
        assert names("bj") == {"王芳"}
        assert names("1111") == {"王芳"}
    finally:
        db.close()


def test_facet_counts(leads):
    assert facets.facet_counts("source")[:1] == [("知乎", 2)]
    assert dict(facets.facet_counts("city")) == {"上海": 2, "北京": 1, "重庆": 1, "深圳": 1,
                                                 "杭州": 1}
    where = query.parse("咨询").where
    assert facets.facet_counts("city", where) == [("上海", 1), ("杭州", 1)]
    assert facets.facet_counts("stage", query.parse("-stage:lost").where, limit=2) == [
        ("lead", 2), ("contacted", 1)]
    assert facets.facet_counts("company", query.parse("tag:incomplete").where) == [("", 1)]
    contacts.trash([leads["叶辉"]])
    assert facets.facet_counts("city", where) == [("杭州", 1)]
    assert facets.facet_counts("city", where, in_trash=True) == [("上海", 1)]
    with pytest.raises(ValueError):
        facets.facet_counts("notes")


def test_facet_value_term_selects_exactly_the_counted_contacts(leads):
    for value, n in facets.facet_counts("source"):
        text = query.format_term("source", [value], "=")
        assert contacts.count(query.parse(text).where) == n


def test_words_match_only_where_the_text_touches(db):
    contacts.create({"name": "甲", "notes": "上 海 AB 站 acme-corp"})
    contacts.create({"name": "乙", "notes": "上海AB站"})
    assert names("上海") == {"乙"}
    assert names("b站") == {"乙"}
    assert names("海a") == {"乙"}
    assert names('"b 站"') == {"甲"}
    assert names("acmecorp") == set()
    assert names("acme-corp") == {"甲"}
    assert names("e-c") == {"甲"}


def test_statistics_are_refreshed_when_missing_or_stale(db):
    assert planner.analyze_if_stale() is False  # nothing to measure
    for i in range(3):
        contacts.create({"name": f"n{i}"})
    assert planner.analyze_if_stale() is True
    assert planner.analyze_if_stale() is False
    for i in range(4):
        contacts.create({"name": f"m{i}"})
    assert planner.analyze_if_stale() is True


def test_an_expression_built_on_where_still_means_the_same(leads):
    from desktop_app.core.storage.schema import Contact

    where = query.parse("咨询").where & (Contact.stage == "interested")
    assert not hasattr(where, "search_plan")
    assert [r[1] for r in contacts.page(where)] == ["吕布"]
    assert contacts.count(where) == 1


@pytest.mark.parametrize("full, half", [
    ("ｃｉｔｙ：上海", "city:上海"),
    ("ＳＨ", "SH"),  # pinyin initials of 上海, 深圳 ...
    ("ｙｈ", "yh"),  # 叶辉
    ("ｓｈａｎｇｈａｉ", "shanghai"),
    ("ｄｅａｌ＞＝１００万", "deal>=100万"),
    ("－ｓｔａｇｅ：ｌｏｓｔ", "-stage:lost"),
    ("ｓｏｕｒｃｅ：知乎，Ｂ站", "source:知乎,B站"),
    ("１３８１", "1381"),
    ("ｗｘ＿ｙｈ", "wx_yh"),
    ("ＧＭＡＩＬ　ｃｏｍ", "GMAIL com"),  # the ideographic space separates words
    ("ｔａｇ：ｉｎｃｏｍｐｌｅｔｅ", "tag:incomplete"),
    ("ｎａｍｅ：\uf9d1辉", "name:\u516d辉"),  # a compatibility ideograph: its unified one
])
def test_a_filter_typed_in_full_width_means_the_same_as_in_half_width(leads, full, half):
    assert query.half_width(full) == half
    assert query.parse(full).errors == []
    assert names(full) == names(half)


def test_full_width_keeps_chinese_and_positions_and_finds_full_width_values(leads):
    chinese = "".join(chr(c) for c in range(0x4E00, 0xA000)) + "。、《》【】“”‘’…—·"
    assert query.half_width(chinese) == chinese  # every unified ideograph, CJK punctuation
    assert query.half_width("上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎") == \
        "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"
    text = "ｓｏｕｒｃｅ：知乎 ㎏ ｆｏｏ：ｂａｒ"
    assert len(query.half_width(text)) == len(text)  # ㎏ (two letters in NFKC) stays
    f = query.parse(text)
    assert [(e.code, e.part) for e in f.errors] == [("unknown_key", "ｆｏｏ：ｂａｒ")]
    assert text[f.terms[0].start:f.terms[0].end] == "ｓｏｕｒｃｅ：知乎"  # chips: as typed
    # a value stored in full width is still found by what was typed, and exactly (a facet)
    cid, _ = contacts.create(contacts.values_from_tag("广州-ＡＢＣ科技-设备-5万-钱七-经理-展会"), [])
    assert "钱七" in names("ＡＢＣ") and "钱七" in names("company:ＡＢＣ")
    assert names("company:=ＡＢＣ科技") == {"钱七"}
    assert query.parse("company:=ＡＢＣ科技").terms[0].values == ("ＡＢＣ科技",)
    assert names("ＡＢＣ") == names("ABC") | {"钱七"}


def test_two_letters_look_up_their_prefix_once_in_text_and_pinyin(db):
    """``sh`` is a prefix both of ASCII text (a trigram or a word's tail) and of a pinyin
    syllable: one prefix phrase over both sets of columns (FTS5 walks a prefix's terms once
    per phrase: -12% for ``sh`` at 100,000 leads), which still finds each kind of lead."""
    contacts.create({"name": "甲", "notes": "push"})  # ASCII tail
    contacts.create({"name": "乙", "company": "fresh-ideas"})  # ASCII inside a word
    contacts.create({"name": "丙", "city": "上海"})  # pinyin syllable shang
    contacts.create({"name": "丁", "title": "市场"})  # pinyin syllable shi
    contacts.create({"name": "戊", "city": "北京"})
    fts, exact = search_index.word_query("sh")
    assert exact and fts.count('"sh" *') == 1
    assert names("sh") == {"甲", "乙", "丙", "丁"}
    assert names("zh") == set()
    contacts.create({"name": "己", "company": "中华"})  # pinyin syllable zhong
    assert names("zh") == {"己"}
    assert names("SH") == names("sh")
