"""Choosing the address book and the calendar (the window's pickers): connect lists what the
server has, the one it made among them; a full address picks a collection; moving to another
calendar takes our follow-ups out of the old one and writes them into the new one."""
from desktop_app.core.followup import touchpoints
from desktop_app.core.sync import account
from desktop_app.core.sync.dav import DavClient
from tests.core.sync.conftest import TODAY, add, connect, device, run_sync
from tests.core.sync.phone import Phone

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"


def test_connect_lists_the_collections_with_the_one_it_made(radicale, user, tmp_path):
    with device(tmp_path / "a.sqlite3"):
        acct, _kept, found = account.connect_listing(radicale.url, user, "")
        assert found.addressbooks == [(acct.addressbook, "通讯录")]
        assert found.calendars == [(acct.calendar, "跟进")]
        home = acct.addressbook.rsplit("/", 2)[0] + "/"
        DavClient(radicale.url, user, "").mkcol(home + "work/", calendar=False, name="工作")
        DavClient(radicale.url, user, "").mkcol(home + "plans/", calendar=True, name="计划")
        acct2, _kept, found = account.connect_listing(radicale.url, user, "",
                                                      addressbook=home + "work/",
                                                      calendar=home + "plans/")
        assert acct2.addressbook == home + "work/" and acct2.calendar == home + "plans/"
        assert sorted(name for _, name in found.addressbooks) == ["工作", "通讯录"]
        assert sorted(name for _, name in found.calendars) == ["计划", "跟进"]
        # asking for a new one takes ours when it is there: nothing is made twice
        acct3, _kept, found = account.connect_listing(
            radicale.url, user, "", addressbook=account.NEW_ADDRESSBOOK,
            calendar=account.NEW_CALENDAR)
        assert (acct3.addressbook, acct3.calendar) == (acct.addressbook, acct.calendar)
        assert len(found.addressbooks) == 2 and len(found.calendars) == 2


def test_another_calendar_takes_the_follow_ups_along(radicale, user, tmp_path):
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
        cid = add(TAG, "13800000001")
        touchpoints.start([cid], "golden-week", TODAY)
        assert run_sync().todos_written == 1
        old = Phone(acct.calendar, user)
        assert len(old.hrefs()) == 1
        home = acct.calendar.rsplit("/", 2)[0] + "/"
        DavClient(radicale.url, user, "").mkcol(home + "plans/", calendar=True, name="计划")
        moved = connect(radicale.url, user, calendar="计划")
        assert moved.calendar == home + "plans/" and moved.addressbook == acct.addressbook
        assert old.hrefs() == []  # our follow-up left the old calendar
        report = run_sync()
        assert report.todos_written == 1 and report.created_there == 0  # the cards stay linked
        assert len(Phone(moved.calendar, user).hrefs()) == 1
