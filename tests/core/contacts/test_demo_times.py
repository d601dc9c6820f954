"""The demo's interactions fall between each lead's creation and the demo's ``now``, on working
hours; none is stamped at ``now`` itself. A draw for later today (after ``now``) was clamped to
``now``: at 04:00 UTC, 38 and 117 of 6,000 interactions (seeds 1 and 2) read the moment the
command ran. It now falls at the same hour on the day before (or at the lead's creation)."""
from datetime import datetime, timedelta

import pytest

from desktop_app.core.contacts import demo
from desktop_app.core.when import to_local

NOW = datetime(2026, 12, 3, 4, 0)  # naive UTC


@pytest.mark.parametrize("seed", [1, 2])
def test_no_demo_interaction_is_stamped_at_the_moment_the_command_ran(db, seed):
    demo.generate(300, seed=seed, now=NOW)
    assert demo.generate_interactions(6000, seed=seed, now=NOW) == 6000
    rows = db.execute_sql("SELECT i.at, c.created_at FROM interaction i JOIN contact c ON "
                          "c.id = i.contact_id WHERE i.kind = 'interaction'").fetchall()
    assert len(rows) == 6000
    stamps = [(datetime.fromisoformat(at), datetime.fromisoformat(created))
              for at, created in rows]
    assert sum(at == NOW for at, _ in stamps) == 0
    assert all(created <= at <= NOW for at, created in stamps)
    # on working hours (9:00-20:00 local), or at the lead's creation on its first day
    off_hours = [at for at, created in stamps if at != created
                 and not 9 <= to_local(at).hour + to_local(at).minute / 60 <= 20]
    assert off_hours == []
    assert max(at for at, _ in stamps) > NOW - timedelta(days=1)  # yesterday is still busy
