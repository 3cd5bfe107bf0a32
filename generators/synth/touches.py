"""Renewal check-ins: whether a customer success manager met the customer before a renewal
was due. One named stream per renewal, so the RENEWAL row (rendered with revenue) and the
SUPPORT_INTERACTION row of the check-in (rendered with customer success) always agree."""

from __future__ import annotations

import datetime as dt

from generators.synth.entities import Renewal
from generators.synth.state import World

TOUCH_CHANCE = {"smb": 0.2, "mid_market": 0.6, "enterprise": 0.85}
TOUCH_WINDOW_DAYS = 120


def renewal_touch(w: World, r: Renewal) -> dt.datetime | None:
    """When the CSM held the renewal check-in (within 120 days before the due date), if at all."""
    rand = w.rng("renewal csm touch", r.id)
    touched = rand.chance(TOUCH_CHANCE.get(r.customer.tier, 0.5))
    lead = rand.uniform(10, TOUCH_WINDOW_DAYS - 5)
    if not touched:
        return None
    return rand.work_time(r.due - dt.timedelta(days=round(lead)))
