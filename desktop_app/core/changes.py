"""What a write changed, so each view refreshes only what it must."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    contacts: frozenset[int] = frozenset()  # ids whose row changed, appeared or vanished
    rows_added_or_removed: bool = False  # the list's membership changed: counts and pages reload
    timeline: frozenset[int] = frozenset()  # contact ids whose timeline changed
    touchpoints: frozenset[int] = frozenset()  # contact ids whose cadence or touchpoints changed

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            contacts=self.contacts | other.contacts,
            rows_added_or_removed=self.rows_added_or_removed or other.rows_added_or_removed,
            timeline=self.timeline | other.timeline,
            touchpoints=self.touchpoints | other.touchpoints,
        )

    def __bool__(self) -> bool:
        return (bool(self.contacts) or self.rows_added_or_removed or bool(self.timeline)
                or bool(self.touchpoints))
