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


def test_a_closed_demo_lead_was_worked_before_it_closed(db):
    """The interactions fell anywhere from creation to now: a lead won in its first weeks had
    its touches after the win (59 of 204 won leads had none before; the sources report's
    "touches per won deal" read 0.00 for some cities). Most now fall up to the closing day."""
    demo.generate(1000, seed=4, now=NOW)
    assert demo.generate_interactions(12000, seed=4, now=NOW) == 12000
    rows = db.execute_sql(
        "SELECT c.id, SUM(date(i.at) <= COALESCE(c.won_on, c.lost_on)), COUNT(*) FROM contact c "
        "JOIN interaction i ON i.contact_id = c.id AND i.kind = 'interaction' "
        "WHERE COALESCE(c.won_on, c.lost_on) IS NOT NULL GROUP BY c.id").fetchall()
    assert len(rows) > 50
    none_before = sum(1 for _, before, _ in rows if not before)
    assert none_before <= len(rows) // 10, (none_before, len(rows))
    assert sum(r[1] for r in rows) >= 0.7 * sum(r[2] for r in rows)
