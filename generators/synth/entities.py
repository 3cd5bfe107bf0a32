"""The latent world: compact records of the hub entities every later model is derived from.
Only these are kept in memory; detail rows are rendered from them and streamed."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

TIERS = ("smb", "mid_market", "enterprise")
OPEN_STAGES = ("prospecting", "qualification", "discovery", "demo", "proposal", "negotiation")
STAGES = (*OPEN_STAGES, "closed_won", "closed_lost")
STAGE_PROBABILITY = {
    "prospecting": 0.1,
    "qualification": 0.2,
    "discovery": 0.3,
    "demo": 0.4,
    "proposal": 0.6,
    "negotiation": 0.8,
    "closed_won": 1.0,
    "closed_lost": 0.0,
}


@dataclass(slots=True)
class Market:
    id: str
    name: str
    kind: str
    region: str | None
    country: str | None
    vertical: str | None
    parent: str | None
    tam: float
    growth: float
    status: str
    entered: dt.date | None
    exited: dt.date | None = None


@dataclass(slots=True)
class Segment:
    id: str
    name: str
    tier: str
    motion: str
    min_employees: int
    max_employees: int | None
    min_revenue: float
    max_revenue: float | None
    min_acv: float
    effective: dt.date
    retired: dt.date | None = None


@dataclass(slots=True)
class Product:
    id: str
    name: str
    sku: str
    line: str
    family: str
    kind: str
    pricing: str
    is_subscription: bool
    is_add_on: bool
    list_price: float
    unit_cost: float
    features: int
    status: str
    launched: dt.datetime | None
    retired: dt.datetime | None = None
    market_id: str | None = None


@dataclass(slots=True)
class Competitor:
    id: str
    name: str
    tier: str
    strength: float
    product_name: str
    product_id: str | None
    market_id: str | None
    pricing: str
    country: str
    revenue: float
    share: float
    first_seen: dt.datetime


@dataclass(slots=True)
class Team:
    id: str
    name: str
    kind: str
    region: str | None
    tier: str | None
    segment_id: str | None
    parent: str | None
    created: dt.date
    budget: float
    manager: str | None = None
    headcount: int = 0


@dataclass(slots=True)
class Territory:
    id: str
    name: str
    kind: str
    region: str | None
    country: str | None
    market_id: str | None
    parent: str | None
    tier: str | None
    segment_id: str | None
    start: dt.date
    team_id: str | None = None
    owner: str | None = None
    potential: float = 0.0


@dataclass(slots=True)
class Rep:
    id: str
    name: str
    role: str
    team_id: str
    region: str | None
    tier: str | None
    territory_id: str | None
    segment_id: str | None
    manager: str | None
    hire: dt.date
    role_start: dt.date
    ramp_end: dt.date
    term: dt.date | None
    skill: float
    forecast_bias: float
    quota_carrying: bool
    ote: float
    remote: bool
    lifts: list[tuple[dt.date, float]] = field(default_factory=list)
    first_deal: dt.date | None = None
    certified: dt.date | None = None
    """Day the rep was first certified (enablement.py), from which certification lifts deals."""

    def active(self, day: dt.date) -> bool:
        return self.hire <= day and (self.term is None or day < self.term)

    def skill_at(self, day: dt.date) -> float:
        """Latent skill: base talent, plus what training and coaching added, minus ramp."""
        value = self.skill
        for when, lift in self.lifts:
            if when <= day:
                value += lift
        if day < self.ramp_end:
            ramp_days = max(1, (self.ramp_end - self.hire).days)
            value -= 0.9 * (self.ramp_end - day).days / ramp_days
        return value

    def win_factor(self, day: dt.date) -> float:
        return math.exp(0.28 * self.skill_at(day))


@dataclass(slots=True)
class Csm:
    id: str
    name: str
    team: str
    manager: str | None
    tier: str
    segment_id: str
    region: str
    level: str
    coverage: str
    hire: dt.date
    role_start: dt.date
    role_end: dt.date | None
    capacity: int
    cost: float


@dataclass(slots=True)
class Kam:
    id: str
    rep_id: str | None
    name: str
    team_id: str | None
    seniority: str
    hire: dt.date
    role_start: dt.date
    end: dt.date | None
    capacity: int
    target: float
    territory_id: str | None
    market_id: str | None


@dataclass(slots=True)
class Partner:
    id: str
    name: str
    kind: str
    tier: str
    region: str
    country: str
    territory_id: str | None
    market_id: str | None
    manager: str | None
    recruited: dt.datetime
    activated: dt.datetime | None
    terminated: dt.datetime | None
    parent: str | None
    certified: int
    discount: float
    target: float
    quality: float

    def active(self, moment: dt.datetime) -> bool:
        return (
            self.activated is not None
            and self.activated <= moment
            and (self.terminated is None or moment < self.terminated)
        )


@dataclass(slots=True)
class Agreement:
    id: str
    partner: Partner
    kind: str
    tier: str
    signed: dt.datetime | None
    start: dt.date
    end: dt.date | None
    terminated: dt.datetime | None
    reason: str | None
    first: bool
    auto_renew: bool
    discount: float
    margin: float
    mdf: float
    protection_days: int
    target: float
    renewed: bool | None = None
    """Whether a successor agreement followed at the end date; None while it runs or if terminated early."""


@dataclass(slots=True)
class Touch:
    """One prospecting touch on a lead (a call, an email, a LinkedIn message)."""

    kind: str
    at: dt.datetime
    outcome: str
    seconds: int
    step: int


@dataclass(slots=True)
class Lead:
    id: str
    created: dt.datetime
    source: str
    detail: str
    region: str
    country: str
    tier: str
    company: str
    industry: str
    owner: Rep | None
    product_id: str
    partner_id: str | None
    cost: float
    duplicate: bool
    score: int
    contacted: dt.datetime | None = None
    connected: dt.datetime | None = None
    mql: dt.datetime | None = None
    sal: dt.datetime | None = None
    sql: dt.datetime | None = None
    converted: dt.datetime | None = None
    disqualified: dt.datetime | None = None
    dq_reason: str | None = None
    recycled: bool = False
    touches: list[Touch] = field(default_factory=list)
    meeting: dt.datetime | None = None
    opp: Opp | None = None
    customer: Customer | None = None
    referral_customer: Customer | None = None


@dataclass(slots=True)
class Line:
    """A product line of a deal: recurring lines price per unit per month."""

    product_id: str
    quantity: int
    unit_price: float
    list_unit_price: float
    recurring: bool

    @property
    def monthly(self) -> float:
        return self.quantity * self.unit_price if self.recurring else 0.0


@dataclass(slots=True)
class Opp:
    id: str
    kind: str
    customer: Customer
    owner: Rep
    source: str
    created: dt.datetime
    lead: Lead | None = None
    sdr: Rep | None = None
    expansion_type: str | None = None
    is_new_logo: bool = False
    partner_id: str | None = None
    partner_role: str = "none"
    competitor_id: str | None = None
    accepted: dt.datetime | None = None
    path: list[tuple[str, dt.datetime]] = field(default_factory=list)
    won: bool = False
    closed: dt.datetime | None = None
    loss_reason: str | None = None
    lines: list[Line] = field(default_factory=list)
    term: int = 12
    discount: float = 0.0
    amount0: float = 0.0
    expected: list[tuple[dt.datetime, dt.date]] = field(default_factory=list)
    reg_submitted: dt.datetime | None = None
    reg_decided: dt.datetime | None = None
    reg_status: str = "not_registered"
    conflict: bool = False
    deal: Deal | None = None
    playbook: bool = False

    @property
    def acv(self) -> float:
        return 12 * sum(line.monthly for line in self.lines)

    @property
    def one_time(self) -> float:
        return sum(line.quantity * line.unit_price for line in self.lines if not line.recurring)

    @property
    def amount(self) -> float:
        return self.acv * self.term / 12 + self.one_time

    @property
    def list_amount(self) -> float:
        return self.amount / (1 - self.discount) if self.discount < 1 else self.amount

    @property
    def product_id(self) -> str:
        return self.lines[0].product_id

    def stage_at(self, moment: dt.datetime) -> tuple[str, dt.datetime] | None:
        current = None
        for stage, when in self.path:
            if when > moment:
                break
            current = (stage, when)
        return current


@dataclass(slots=True)
class Sub:
    id: str
    customer: Customer
    product_id: str
    change: str
    created: dt.datetime
    start: dt.date
    term_end: dt.date
    term_months: int
    billing: str
    seats: int
    unit_price: float
    discount: float
    auto_renew: bool
    deal: Deal | None = None
    prev: Sub | None = None
    end: dt.date | None = None
    ended_at: dt.datetime | None = None
    ended_by: str | None = None
    cancel_requested: dt.datetime | None = None
    cancel_reason: str | None = None
    contract: Contract | None = None

    @property
    def mrr(self) -> float:
        return self.seats * self.unit_price

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(slots=True)
class Deal:
    id: str
    opp: Opp
    booked: dt.datetime
    start: dt.date
    subs: list[Sub] = field(default_factory=list)
    contract: Contract | None = None


@dataclass(slots=True)
class Contract:
    id: str
    customer: Customer
    kind: str
    created: dt.datetime
    signed: dt.datetime
    start: dt.date
    end: dt.date
    term: int
    tcv: float
    acv: float
    one_time: float
    discount: float
    auto_renew: bool
    rep_id: str
    sub: Sub | None
    opp: Opp | None = None
    deal: Deal | None = None
    prev: Contract | None = None
    outcome: str | None = None
    decided: dt.datetime | None = None
    terminated: dt.datetime | None = None


@dataclass(slots=True)
class Renewal:
    id: str
    customer: Customer
    sub: Sub
    contract: Contract | None
    due: dt.date
    opened: dt.datetime
    decided: dt.datetime | None
    outcome: str
    prev_arr: float
    new_arr: float
    term: int
    auto: bool
    risk: str
    opp: Opp | None = None
    rep_id: str | None = None


@dataclass(slots=True)
class Churn:
    id: str
    customer: Customer
    sub: Sub | None
    renewal: Renewal | None
    outcome: str
    kind: str
    scope: str
    reason: str
    requested: dt.datetime | None
    saved: dt.datetime | None
    churned: dt.datetime | None
    mrr_lost: float
    health: int
    preventable: bool
    competitor_id: str | None = None
    won_back: dt.datetime | None = None
    reactivated_mrr: float = 0.0


@dataclass(slots=True)
class Expansion:
    """An expansion signal identified by customer success; some become sales opportunities."""

    id: str
    customer: Customer
    sub: Sub | None
    product_id: str
    kind: str
    source: str
    identified: dt.datetime
    expected_close: dt.date
    arr: float
    probability: float
    first: bool
    opp: Opp | None = None
    closed: dt.datetime | None = None
    status: str = "open"
    lost_reason: str | None = None


@dataclass(slots=True)
class Customer:
    id: str
    account_id: str
    name: str
    tier: str
    segment_id: str
    region: str
    country: str
    market_id: str
    territory_id: str
    industry: str
    employees: int
    revenue: float
    created: dt.datetime
    source: str
    health0: float
    health_slope: float
    phase: float
    base: bool = False
    since: dt.date | None = None
    churned: dt.datetime | None = None
    reactivated: dt.datetime | None = None
    owner: Rep | None = None
    am: Rep | None = None
    csm: Csm | None = None
    kam: Kam | None = None
    key_since: dt.datetime | None = None
    partner_id: str | None = None
    acq_cost: float = 0.0
    first_opp: Opp | None = None
    children: list[str] = field(default_factory=list)
    subs: list[Sub] = field(default_factory=list)
    contracts: list[Contract] = field(default_factory=list)
    renewals: list[Renewal] = field(default_factory=list)
    churns: list[Churn] = field(default_factory=list)
    expansions: list[Expansion] = field(default_factory=list)
    opps: list[Opp] = field(default_factory=list)

    def health(self, day: dt.date) -> float:
        """Latent health 0-100 on ``day``: a level, a drift and a slow wobble (no randomness)."""
        months = (day.year - 2020) * 12 + day.month
        value = self.health0 + self.health_slope * months + 9 * math.sin(self.phase + months / 2.3)
        return max(3.0, min(99.0, value))

    def mrr_on(self, day: dt.date) -> float:
        return sum(sub.mrr for sub in self.subs if sub.active_on(day))

    def paying_on(self, day: dt.date) -> bool:
        return any(sub.active_on(day) for sub in self.subs)
