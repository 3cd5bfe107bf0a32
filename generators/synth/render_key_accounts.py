"""Rows of key account management: key accounts, annual account plans, stakeholders,
strategic reviews, account risks and quarterly account penetration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterator

from generators.synth.calendar import add_months
from generators.synth.entities import Customer, Rep
from generators.synth.rand import Rng
from generators.synth.render_customers import churned_at
from generators.synth.render_org import recognised
from generators.synth.render_revenue import sub_visible
from generators.synth.render_success import core_sub
from generators.synth.state import World
from generators.synth.values import clamp, ds, money, ratio, ts

Row = tuple[str, dict[str, object]]

ROLES = (
    "economic_buyer",
    "technical_buyer",
    "user_buyer",
    "champion",
    "influencer",
    "blocker",
    "procurement",
    "executive_sponsor",
)
SENIORITY = ("c_level", "vp", "director", "manager", "individual_contributor")
TITLES = {
    "c_level": "Chief Revenue Officer",
    "vp": "VP Sales Operations",
    "director": "Director of Sales",
    "manager": "Sales Manager",
    "individual_contributor": "Revenue Analyst",
}


def key_accounts(w: World) -> list[Customer]:
    return [c for c in w.customers if c.key_since is not None and c.kam is not None]


def ka_id(c: Customer) -> str:
    return f"KA-{c.id.split('-')[1]}"


def render_key_accounts(w: World) -> Iterator[Row]:
    accounts = key_accounts(w)
    yield from _key_accounts(w, accounts)
    plans = yield from _plans(w, accounts)
    people = yield from _stakeholders(w, accounts)
    yield from _reviews(w, accounts, plans)
    yield from _risks(w)
    yield from _penetration(w, accounts, people)


SPONSOR_CHANCE = {"strategic": 0.9, "key": 0.7, "growth": 0.4}
"""Chance that a key account of the tier has an executive sponsor on our side."""


def _sponsor_draw(w: World, rand: Rng) -> tuple[Rep, float]:
    """A candidate executive sponsor (a sales manager, or the first rep) and a uniform draw deciding if there is one."""
    managers = [r for r in w.reps if r.role == "sales_manager"] or w.reps[:1]
    return rand.pick(managers), rand.random()


def wallet(w: World, c: Customer) -> tuple[float, float]:
    """Annual category spend of a key account (its wallet) and the revenue we could capture from it if fully
    penetrated, both stable over time: the wallet is set so that the account's ARR when first seen paying in the
    calendar (at its start, designation or first contract) is an 18-60 % share of it; the potential adds spend
    not yet bought from anyone (15-60 % more)."""
    rand = w.rng("render", "KEY_ACCOUNT_WALLET", c.id)
    share = rand.uniform(0.18, 0.6)
    headroom = rand.uniform(1.15, 1.6)
    days = sorted(d for d in (w.cal.start, c.key_since.date() if c.key_since else None, c.since) if d is not None)
    arr = next((12 * c.mrr_on(d) for d in days if d >= w.cal.start and c.mrr_on(d) > 0), 0.0)
    spend = arr / share if arr > 0 else c.revenue * 0.003
    return spend, spend * headroom


def _key_accounts(w: World, accounts: list[Customer]) -> Iterator[Row]:
    team = next((t.id for t in w.teams if t.kind == "key_accounts"), None)
    sponsors = w.rng("render", "KEY_ACCOUNT_SPONSOR")
    for c in accounts:
        assert c.key_since is not None and c.kam is not None
        candidate, draw = _sponsor_draw(w, sponsors)
        if c.key_since > w.horizon:
            continue
        churned = churned_at(w, c)
        arr = 12 * c.mrr_on(min(w.until, churned.date() - dt.timedelta(days=1) if churned else w.until))
        potential = c.revenue * 0.003
        tier = "strategic" if arr > 350000 else "key" if arr > 120000 else "growth"
        sponsor = w.rep_ref(candidate) if draw < SPONSOR_CHANCE[tier] else None
        if churned:
            status = "exited"
        elif c.health(w.until) < 55:
            status = "at_risk"
        else:
            status = "active"
        yield (
            "KEY_ACCOUNT",
            {
                "key_account_id": ka_id(c),
                "account_id": c.account_id,
                "customer_id": c.id,
                "key_account_manager_id": c.kam.id,
                "executive_sponsor_rep_id": sponsor,
                "tier": tier,
                "status": status,
                "designated_at": ts(c.key_since),
                "undesignated_at": ts(churned),
                "undesignation_reason": "churned" if churned else None,
                "target_revenue": money(arr * 1.25),
                "total_spend_potential": money(potential),
                "share_of_wallet_estimate": ratio(min(1.0, arr / potential) if potential else None),
                "target_stakeholder_roles": 7,
                "segment_id": c.segment_id,
                "market_id": c.market_id,
                "territory_id": c.territory_id,
                "team_id": team,
            },
        )


def _plans(w: World, accounts: list[Customer]) -> Generator[Row, None, dict[tuple[str, int], tuple[str, dt.datetime]]]:
    rand = w.rng("render", "ACCOUNT_PLAN")
    plans: dict[tuple[str, int], tuple[str, dt.datetime]] = {}
    years = sorted({m.year for m in w.cal.months()})
    for c in accounts:
        assert c.key_since is not None and c.kam is not None
        for year in years:
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            created = max(c.key_since + dt.timedelta(days=3), rand.work_time(dt.date(year - 1, 12, 1)))
            approve_lag = rand.uniform(5, 30)
            review_lag = rand.uniform(20, 80)
            goals = rand.randint(3, 7)
            actions = rand.randint(8, 20)
            diligence = rand.uniform(0.5, 1.0)
            if created.date() > end or created > w.horizon or start > w.until:
                continue
            churned = churned_at(w, c)
            if churned and churned < created:
                continue
            approved = created + dt.timedelta(days=approve_lag)
            plan_id = f"APL-{c.id.split('-')[1]}-{year}"
            plans[(c.id, year)] = (plan_id, created)
            progress = clamp((w.until - start).days / 365, 0, 1)
            natural = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0)) if end < w.until else None
            ended = min(churned, natural) if churned and natural else churned or natural
            if churned:
                status = "abandoned"
            elif end < w.until:
                status = "completed"
            elif w.visible(approved) and start <= w.until:
                status = "active"
            elif w.visible(approved):
                status = "approved"
            else:
                status = "in_review" if (w.horizon - created).days > 3 else "draft"
            arr = 12 * c.mrr_on(max(start, c.since or start))
            reviewed = created + dt.timedelta(days=review_lag + 90 * int(progress * 3))
            yield (
                "ACCOUNT_PLAN",
                {
                    "account_plan_id": plan_id,
                    "key_account_id": ka_id(c),
                    "account_id": c.account_id,
                    "customer_id": c.id,
                    "key_account_manager_id": c.kam.id,
                    "plan_year": year,
                    "period_start_date": ds(start),
                    "period_end_date": ds(end),
                    "status": status,
                    "created_at": ts(created),
                    "approved_at": ts(w.seen(approved)),
                    "last_reviewed_at": ts(w.seen(reviewed) if w.visible(approved) else None),
                    "revenue_target": money(arr * 1.2),
                    "revenue_achieved": money(recognised(c, start, min(end, w.until))),
                    "expansion_target": money(arr * 0.2),
                    "whitespace_identified": money(c.revenue * 0.001),
                    "goals_count": goals,
                    "goals_achieved": int(goals * progress * diligence * c.health(w.until) / 100),
                    "actions_count": actions,
                    "actions_completed": int(actions * progress * diligence),
                    "ended_at": ts(ended),
                },
            )
    return plans


Person = tuple[dt.datetime, dt.datetime | None, str, int, str]
"""A mapped stakeholder as the world knows it: added, left (or None), seniority, relationship strength, role."""

TARGET_ROLES = tuple(role for role in ROLES if role != "blocker")
"""The buying-centre roles a key account team aims to cover (seven)."""


def _stakeholders(w: World, accounts: list[Customer]) -> Generator[Row, None, dict[str, list[Person]]]:
    rand = w.rng("render", "STAKEHOLDER")
    people: dict[str, list[Person]] = {}
    for c in accounts:
        assert c.key_since is not None and c.kam is not None
        for i in range(rand.randint(5, 9)):
            role = ROLES[i] if i < len(ROLES) else rand.pick(ROLES)
            seniority = rand.weighted(SENIORITY, (0.15, 0.25, 0.3, 0.2, 0.1))
            added = c.key_since - dt.timedelta(days=rand.uniform(0, 200))
            added = max(added, c.created + dt.timedelta(hours=2))
            leaves = rand.chance(0.12)
            left = added + dt.timedelta(days=rand.uniform(90, 600)) if leaves else None
            strength = rand.randint(1, 5)
            sentiment = rand.weighted(
                ("advocate", "supportive", "neutral", "skeptical", "detractor"), (0.15, 0.35, 0.3, 0.15, 0.05)
            )
            gap = rand.uniform(0, 45)
            engagements = rand.poisson(4 if strength >= 3 else 1.5)
            unit = rand.pick(("Sales", "Revenue Operations", "Finance", "IT", "Procurement"))
            people.setdefault(c.id, []).append((added, left, seniority, strength, role))
            if added > w.horizon:
                continue
            left_seen = w.seen(left)
            last = (left_seen or w.horizon) - dt.timedelta(days=gap)
            yield (
                "STAKEHOLDER",
                {
                    "stakeholder_id": f"STK-{c.id.split('-')[1]}-{i + 1}",
                    "key_account_id": ka_id(c) if c.key_since <= w.horizon else None,
                    "account_id": c.account_id,
                    "customer_id": c.id,
                    "key_account_manager_id": c.kam.id if c.key_since <= w.horizon else None,
                    "job_title": TITLES[seniority],
                    "business_unit": unit,
                    "buying_role": role,
                    "seniority": seniority,
                    "influence": "high"
                    if seniority in ("c_level", "vp")
                    else "medium"
                    if seniority == "director"
                    else "low",
                    "is_decision_maker": role in ("economic_buyer", "executive_sponsor"),
                    "is_key_role": role in ("economic_buyer", "champion", "technical_buyer", "executive_sponsor"),
                    "relationship_strength": strength,
                    "sentiment": sentiment,
                    "added_at": ts(added),
                    "last_engaged_at": ts(max(added, last)),
                    "engagements_last_90_days": 0 if left_seen else engagements,
                    "left_at": ts(left_seen),
                },
            )
    return people


def _reviews(
    w: World, accounts: list[Customer], plans: dict[tuple[str, int], tuple[str, dt.datetime]]
) -> Iterator[Row]:
    rand = w.rng("render", "STRATEGIC_REVIEW")
    for c in accounts:
        assert c.key_since is not None and c.kam is not None
        for quarter in w.cal.quarters():
            scheduled = rand.work_time(quarter + dt.timedelta(days=rand.randint(15, 80)))
            status = rand.weighted(("held", "postponed", "cancelled"), (0.85, 0.1, 0.05))
            minutes = rand.choice((60, 90, 120))
            attendees = rand.randint(4, 10)
            exec_present = rand.chance(0.55)
            sponsor = rand.chance(0.6)
            actions = rand.randint(3, 9)
            satisfaction = clamp(rand.gauss(3.5 + (c.health(quarter) - 60) / 35, 0.6), 1, 5)
            if scheduled < c.key_since or scheduled.date() > w.cal.end or not c.paying_on(quarter):
                continue
            if scheduled > w.horizon:
                continue
            renewal_due = any(quarter <= r.due < add_months(quarter, 3) for r in c.renewals)
            if quarter.month == 1:
                kind = "annual_planning"
            elif renewal_due:
                kind = "renewal_review"
            elif quarter.month == 7:
                kind = "executive_business_review"
            else:
                kind = "quarterly_review"
            held = status == "held" and scheduled <= w.horizon
            final = status if scheduled <= w.horizon else "scheduled"
            plan = plans.get((c.id, quarter.year))
            yield (
                "STRATEGIC_REVIEW",
                {
                    "strategic_review_id": f"SRV-{c.id.split('-')[1]}-{quarter:%Y%m}",
                    "key_account_id": ka_id(c),
                    "account_id": c.account_id,
                    "customer_id": c.id,
                    "key_account_manager_id": c.kam.id,
                    "account_plan_id": plan[0] if plan and plan[1] <= scheduled else None,
                    "review_type": kind,
                    "scheduled_at": ts(scheduled),
                    "held_at": ts(scheduled if held else None),
                    "status": final,
                    "duration_minutes": minutes if held else None,
                    "attendees_count": attendees if held else None,
                    "customer_attendees_count": attendees // 2 if held else None,
                    "customer_executive_present": exec_present if held else None,
                    "exec_sponsor_present": sponsor if held else None,
                    "actions_agreed": actions if held else None,
                    "actions_completed": int(actions * c.health(quarter) / 105) if held else None,
                    "customer_satisfaction": ratio(satisfaction, 1) if held else None,
                },
            )


def _risks(w: World) -> Iterator[Row]:
    rand = w.rng("render", "ACCOUNT_RISK")
    kinds = (
        "churn",
        "contraction",
        "competitive_threat",
        "champion_loss",
        "budget_cut",
        "executive_change",
        "product_gap",
        "service_issue",
        "payment",
        "merger_acquisition",
    )
    seq = 0
    for c in w.customers:
        if c.since is None or c.tier == "smb":
            continue
        key = c.key_since is not None
        for quarter in w.cal.quarters():
            health = c.health(quarter)
            chance = (0.5 if key else 0.25) * (1.0 if health < 55 else 0.15)
            hit = rand.chance(chance)
            kind = rand.pick(kinds)
            identified = rand.work_time(rand.day_between(quarter, add_months(quarter, 3) - dt.timedelta(days=1)))
            likelihood = clamp((70 - health) / 60 + rand.gauss(0, 0.1), 0.05, 0.95)
            resolve = rand.lognorm(45, 0.6, 5, 300)
            accepted = rand.chance(0.1)
            competitor = rand.pick(w.competitors).id if kind == "competitive_threat" else None
            if not hit or not c.paying_on(quarter):
                continue
            seq += 1
            if identified > w.horizon:
                continue
            churn = next((e for e in c.churns if e.churned and e.churned > identified and e.outcome == "churned"), None)
            materialised = (
                churn is not None
                and churn.churned is not None
                and churn.churned <= w.horizon
                and (churn.churned - identified).days < 270
            )
            resolved = identified + dt.timedelta(days=resolve)
            if materialised and churn is not None:
                status, closed = "materialised", churn.churned
            elif accepted:
                status, closed = "accepted", None
            elif resolved <= w.horizon and not (churn and churn.churned and churn.churned <= resolved):
                status, closed = "resolved", resolved
            else:
                status, closed = ("mitigating" if (w.horizon - identified).days > 14 else "open"), None
            sub = core_sub(c, identified.date())
            arr = 12 * c.mrr_on(identified.date())
            yield (
                "ACCOUNT_RISK",
                {
                    "account_risk_id": f"RSK-{seq:05d}",
                    "key_account_id": ka_id(c) if key and c.key_since and c.key_since <= identified else None,
                    "account_id": c.account_id,
                    "customer_id": c.id,
                    "key_account_manager_id": c.kam.id
                    if key and c.kam and c.key_since and c.key_since <= identified
                    else None,
                    "subscription_id": sub.id if sub is not None and sub_visible(w, sub) else None,
                    "competitor_id": competitor,
                    "risk_type": kind,
                    "severity": "critical"
                    if health < 35
                    else "high"
                    if health < 45
                    else "medium"
                    if health < 55
                    else "low",
                    "likelihood": ratio(likelihood, 2),
                    "status": status,
                    "identified_at": ts(identified),
                    "target_resolution_date": ds(identified.date() + dt.timedelta(days=60)),
                    "resolved_at": ts(closed),
                    "arr_at_risk": money(arr * (0.4 if kind == "contraction" else 1.0)),
                    "arr_lost": money(arr) if status == "materialised" else None,
                    "mitigation_plan": f"{kind.replace('_', ' ')}: executive alignment and success plan",
                },
            )


def _engaged(
    rand: Rng,
    c: Customer,
    people: list[Person],
    month: dt.date,
    end: dt.date,
    diligence: float,
    last: dict[int, dt.date],
) -> tuple[int, bool, int]:
    """Stakeholders in place in the month that we engaged, whether one of them was a VP or C-level, and the
    target buying-centre roles covered by a stakeholder in place engaged in the trailing three months (``last``
    keeps each person's last engaged month). Stronger relationships and healthier accounts are engaged more
    often; one draw per person and month."""
    engaged, executive = 0, False
    roles: set[str] = set()
    for i, (added, left, seniority, strength, role) in enumerate(people):
        draw = rand.random()
        in_place = added.date() <= end and (left is None or left.date() >= month)
        if in_place and draw < diligence * (0.3 + 0.11 * strength) * (0.6 + c.health(month) / 250):
            engaged += 1
            executive = executive or seniority in ("c_level", "vp")
            last[i] = month
        if in_place and i in last and last[i] >= add_months(month, -2):
            roles.add(role)
    return engaged, executive, len(roles & set(TARGET_ROLES))


def _penetration(w: World, accounts: list[Customer], people: dict[str, list[Person]]) -> Iterator[Row]:
    """One row per key account and month: products, units, seats, roles, wallet share (annualised ARR at month
    end over the account's wallet), revenue potential and the stakeholders engaged in the month."""
    products = [p.id for p in w.products.values() if p.is_subscription and p.status == "active"]
    for c in accounts:
        assert c.key_since is not None and c.kam is not None
        rand = w.rng("render", "ACCOUNT_PENETRATION_ENGAGEMENT", c.id)
        diligence = rand.uniform(0.55, 1.0)
        spend, potential = wallet(w, c)
        seats_potential = int(c.employees * 0.35) + 1
        last: dict[int, dt.date] = {}
        for month in w.cal.months():
            end = add_months(month, 1) - dt.timedelta(days=1)
            engaged, executive, covered = _engaged(rand, c, people.get(c.id, []), month, end, diligence, last)
            if month > w.until or end < c.key_since.date() or not c.paying_on(min(end, w.until)):
                continue
            asof = min(end, w.until)
            owned = {s.product_id for s in c.subs if s.active_on(asof)}
            core = core_sub(c, asof)
            captured = 12 * c.mrr_on(asof)
            units_total = 4 + len(c.children) * 2
            yield (
                "ACCOUNT_PENETRATION",
                {
                    "account_penetration_id": f"APN-{c.id.split('-')[1]}-{month:%Y%m}",
                    "key_account_id": ka_id(c) if c.key_since <= w.horizon else None,
                    "account_id": c.account_id,
                    "customer_id": c.id,
                    "key_account_manager_id": c.kam.id if c.key_since <= w.horizon else None,
                    "period_type": "month",
                    "period_start_date": ds(month),
                    "period_end_date": ds(end),
                    "products_owned": len(owned),
                    "products_available": len(products),
                    "business_units_penetrated": min(units_total, 1 + len(c.children) + len(owned) // 2),
                    "business_units_total": units_total,
                    "seats_licensed": core.seats if core else 0,
                    "seats_potential": seats_potential,
                    "roles_covered": covered,
                    "roles_target": len(TARGET_ROLES),
                    "revenue_captured": money(captured),
                    "total_spend_potential": money(spend),
                    "wallet_share": ratio(min(1.0, captured / spend) if spend else None),
                    "whitespace_value": money(max(0.0, spend - captured)),
                    "revenue_potential": money(max(potential, captured)),
                    "stakeholders_engaged": engaged,
                    "executive_engaged": executive,
                },
            )
