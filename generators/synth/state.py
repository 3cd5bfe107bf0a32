"""The container of the latent world shared by the simulation and the renderers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generators.synth.calendar import Calendar
from generators.synth.entities import (
    Agreement,
    Competitor,
    Csm,
    Customer,
    Deal,
    Kam,
    Lead,
    Market,
    Opp,
    Partner,
    Product,
    Rep,
    Segment,
    Team,
    Territory,
)
from generators.synth.rand import Rng, rng

if TYPE_CHECKING:
    from generators.synth.enablement import Coaching, Content, Enrollment


@dataclass
class World:
    """Everything later models need to stay consistent with, and nothing more."""

    seed: int
    scale: float
    cal: Calendar
    horizon: dt.datetime
    markets: list[Market] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    products: dict[str, Product] = field(default_factory=dict)
    competitors: list[Competitor] = field(default_factory=list)
    teams: list[Team] = field(default_factory=list)
    territories: list[Territory] = field(default_factory=list)
    reps: list[Rep] = field(default_factory=list)
    csms: list[Csm] = field(default_factory=list)
    kams: list[Kam] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    enrollments: list[Enrollment] = field(default_factory=list)
    coaching: list[Coaching] = field(default_factory=list)
    content: list[Content] = field(default_factory=list)
    customers: list[Customer] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    opps: list[Opp] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    leaf_territories: dict[tuple[str, str], Territory] = field(default_factory=dict)
    rep_index: dict[tuple[str, str | None], list[Rep]] = field(default_factory=dict)
    rep_by_id: dict[str, Rep] = field(default_factory=dict)

    @property
    def until(self) -> dt.date:
        """The last visible day."""
        return self.horizon.date()

    def visible(self, moment: dt.datetime | dt.date | None) -> bool:
        """Whether something at ``moment`` has happened by the horizon."""
        if moment is None:
            return False
        if isinstance(moment, dt.datetime):
            return moment <= self.horizon
        return moment <= self.until

    def in_calendar(self, moment: dt.datetime) -> bool:
        """Whether an activity at ``moment`` falls inside the calendar (warm-start opportunities
        begin before it; their earlier activities are not recorded)."""
        return self.cal.first <= moment <= self.horizon

    def seen(self, moment: dt.datetime | None) -> dt.datetime | None:
        """``moment`` if it has happened by the horizon, else None."""
        return moment if moment is not None and moment <= self.horizon else None

    def seen_day(self, day: dt.date | None) -> dt.date | None:
        return day if day is not None and day <= self.until else None

    def rep_ref(self, rep: Rep | None) -> str | None:
        """``rep``'s id when the rep exists by the horizon (hired), else None."""
        return rep.id if rep is not None and rep.hire <= self.until else None

    def count(self, base: float, minimum: int = 1) -> int:
        """``base`` (the count at scale 1) scaled, never below ``minimum``."""
        return max(minimum, round(base * self.scale))

    def next_id(self, prefix: str) -> str:
        number = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = number
        return f"{prefix}-{number:06d}"

    def rng(self, *parts: object) -> Rng:
        return rng(self.seed, *parts)

    def segment(self, tier: str) -> Segment:
        for segment in self.segments:
            if segment.tier == tier and segment.retired is None:
                return segment
        raise KeyError(tier)

    def market_of_country(self, country: str) -> Market:
        for market in self.markets:
            if market.country == country and market.kind == "geography":
                return market
        raise KeyError(country)

    def territory_for(self, region: str, tier: str) -> Territory:
        return self.leaf_territories[(region, tier)]

    def team(self, team_id: str | None) -> Team | None:
        for team in self.teams:
            if team.id == team_id:
                return team
        return None

    def reps_in(self, roles: tuple[str, ...], day: dt.date, region: str | None = None) -> list[Rep]:
        if not self.rep_index:
            for rep in self.reps:
                self.rep_index.setdefault((rep.role, None), []).append(rep)
                self.rep_index.setdefault((rep.role, rep.region or "*"), []).append(rep)
        out: list[Rep] = []
        for role in roles:
            pool = self.rep_index.get((role, None), [])
            if region is not None:
                pool = self.rep_index.get((role, region), []) + self.rep_index.get((role, "*"), [])
            out.extend(rep for rep in pool if rep.active(day))
        return out

    def pick_rep(
        self,
        rand: Rng,
        roles: tuple[str, ...],
        day: dt.date,
        region: str | None = None,
        tier: str | None = None,
        stay_days: int = 0,
    ) -> Rep:
        """An active rep of one of ``roles`` (preferring the region and tier), who stays ``stay_days``."""
        later = day + dt.timedelta(days=stay_days)
        pool = [r for r in self.reps_in(roles, day, region) if r.term is None or r.term > later]
        if tier is not None:
            focused = [r for r in pool if r.tier in (tier, None)]
            pool = focused or pool
        if not pool:
            pool = self.reps_in(roles, day) or [r for r in self.reps if r.role in roles] or self.reps
        return rand.pick(pool)
