"""listing.summaries (the CLI's list table) says what whole records say: the tag with its
extra parts, the phones in their order, stage, grade (and whether set by hand), score."""
from desktop_app.core.contacts import listing
from desktop_app.core.contacts import records
from desktop_app.core.grading import manual


def test_summaries_agree_with_whole_records(db):
    a, _ = records.create(records.values_from_tag("上海-壹点-咨询-1千万-叶辉-创始人-知乎-老客户-VIP"),
                          [("手机", "13800000003"), ("工作", "021 6123 4567"), ("", "95588")])
    b, _ = records.create({"name": "王芳", "stage": "interested"}, [])
    c, _ = records.create({"name": "李雷", "company": "Coca·Cola"}, [("", "13900000000")])
    manual.set_grade([c], "A")  # a grade set by hand
    ids = [c, 999_999, a, b]  # an id that is not there is left out; the order is kept
    got = listing.summaries(ids)
    want = [(r.id, r.tag, [p.raw for p in r.phones], r.stage, r.grade, bool(r.grade_manual),
             r.score) for r in records.get_many(ids)]
    assert got == want
    assert [g[0] for g in got] == [c, a, b]
    assert got[0][4:6] == ("A", True)
    assert got[1][1].endswith("-老客户-VIP") and got[1][2] == ["13800000003", "021 6123 4567",
                                                              "95588"]
