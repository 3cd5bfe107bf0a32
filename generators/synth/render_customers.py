"""Rows of customers and their accounts, as they stand at the horizon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generators.synth.entities import Customer, Rep
from generators.synth.names import INDUSTRIES
from generators.synth.state import World
from generators.synth.values import ds, money, ts

Row = tuple[str, dict[str, object]]


def status_at(w: World, c: Customer) -> str:
    """prospect, active or churned at the horizon."""
    if c.since is None or c.since > w.until:
        return "prospect"
    if c.paying_on(w.until) or not any(s.end is not None and s.ended_at and s.ended_at <= w.horizon for s in c.subs):
        return "active"
    return "churned"


def churned_at(w: World, c: Customer) -> dt.datetime | None:
    """The last full logo churn by the horizon, unless the customer came back after it."""
    last = None
    for event in c.churns:
        if event.scope == "full" and event.outcome == "churned" and event.churned and event.churned <= w.horizon:
            last = event.churned
    return last


def render_customers(w: World) -> Iterator[Row]:
    draws = customer_draws(w)
    assigned = field_assignments(w)
    for c in w.customers:
        margin, target, touch, child_gaps = draws[c.id]
        if c.created > w.horizon:
            continue
        status = status_at(w, c)
        since = w.seen_day(c.since)
        churned = churned_at(w, c)
        reactivated = w.seen(c.reactivated)
        key = c.key_since is not None and c.key_since <= w.horizon
        owner = c.owner.id if c.owner is not None and c.owner.hire <= w.until else None
        am = w.rep_ref(c.am) if since else None
        csm = c.csm.id if c.csm and since else None
        kam = c.kam.id if c.kam and key else None
        first_opp = c.first_opp if c.first_opp is not None and c.first_opp.created <= w.horizon else None
        yield (
            "CUSTOMER",
            {
                "customer_id": c.id,
                "customer_name": c.name,
                "lifecycle_status": status,
                "created_at": ts(c.created),
                "customer_since_date": ds(since),
                "churned_at": ts(churned),
                "reactivated_at": ts(reactivated if reactivated and churned and reactivated > churned else None),
                "first_opportunity_id": first_opp.id if first_opp else None,
                "segment_id": c.segment_id,
                "market_id": c.market_id,
                "territory_id": c.territory_id,
                "account_manager_rep_id": am or (owner if since else None),
                "customer_success_manager_id": csm,
                "key_account_manager_id": kam,
                "is_key_account": key,
                "industry": c.industry,
                "country": c.country,
                "employee_count": c.employees,
                "annual_revenue": money(c.revenue),
                "acquisition_source": c.source,
                "acquisition_partner_id": c.partner_id,
                "acquisition_cost": money(c.acq_cost) if since else None,
                "gross_margin_percent": round(margin, 3) if since else None,
                "is_icp_fit": is_icp_fit(c),
            },
        )
        account_status = {"prospect": "prospect", "active": "active", "churned": "churned"}[status]
        last = _last_activity(w, c, touch)
        if status == "prospect" and last is not None and (w.horizon - last).days > 180:
            account_status = "inactive"
        team = None
        if c.owner is not None and owner:
            team = c.owner.team_id
        named = assigned.get(c.account_id)
        if c.owner is None and named is not None and w.rep_ref(named):
            owner, team = named.id, named.team_id
        account: dict[str, object] = {
            "account_id": c.account_id,
            "account_name": c.name,
            "customer_id": c.id,
            "parent_account_id": None,
            "status": account_status,
            "created_at": ts(c.created),
            "first_contract_date": ds(since),
            "churned_at": ts(churned if status == "churned" else None),
            "last_activity_at": ts(last),
            "owner_rep_id": owner,
            "team_id": team,
            "territory_id": c.territory_id,
            "segment_id": c.segment_id,
            "market_id": c.market_id,
            "customer_success_manager_id": csm,
            "key_account_manager_id": kam,
            "is_key_account": key,
            "is_target_account": target or c.tier == "enterprise",
            "industry": c.industry,
            "country": c.country,
            "employee_count": c.employees,
            "annual_revenue": money(c.revenue),
            "estimated_category_spend": money(c.revenue * 0.0025),
            "potential_revenue": money(c.employees * 0.35 * 65 * 12),
            "licensed_seat_potential": int(c.employees * 0.35) + 1,
        }
        yield "ACCOUNT", account
        for i, child in enumerate(c.children):
            created = c.created + dt.timedelta(days=child_gaps[i])
            if created > w.horizon:
                continue
            yield (
                "ACCOUNT",
                {
                    **account,
                    "account_id": child,
                    "account_name": f"{c.name} ({['Europe', 'Asia', 'Americas'][i % 3]} subsidiary)",
                    "parent_account_id": c.account_id,
                    "created_at": ts(created),
                    "first_contract_date": ds(max(since, created.date()) if since else None),
                    "employee_count": c.employees // (3 + i),
                    "annual_revenue": money(c.revenue / (3 + i)),
                    "licensed_seat_potential": int(c.employees * 0.35 / (3 + i)) + 1,
                    "is_key_account": False,
                    "key_account_manager_id": None,
                },
            )


ICP_INDUSTRIES = frozenset(INDUSTRIES[:5])
"""The verticals we run vertical markets for: the industries of the ideal customer profile."""


def is_icp_fit(c: Customer) -> bool:
    """The ideal customer profile: a target industry and 200 to 10,000 employees."""
    return c.industry in ICP_INDUSTRIES and 200 <= c.employees <= 10_000


def customer_draws(w: World) -> dict[str, tuple[float, bool, float, list[float]]]:
    """Per customer, in world order, the render draws of the CUSTOMER stream: gross margin,
    whether the account is on the target list (before the enterprise rule), days since the
    last activity, and the creation gaps of its child accounts."""
    rand = w.rng("render", "CUSTOMER")
    draws: dict[str, tuple[float, bool, float, list[float]]] = {}
    for c in w.customers:
        margin = rand.uniform(0.68, 0.86)
        target = rand.chance(0.3)
        touch = rand.uniform(0, 12)
        draws[c.id] = (margin, target, touch, [rand.uniform(0, 400) for _ in c.children])
    return draws


def field_assignments(w: World) -> dict[str, Rep]:
    """Named-account assignment of the unowned accounts of field territories: each goes, in
    world order, round-robin to the territory's field reps employed at the end of the calendar
    (independent of the horizon, so earlier loads see the same world)."""
    reps: dict[str, list[Rep]] = {}
    for r in sorted(w.reps, key=lambda r: r.id):
        if r.role == "field_ae" and r.territory_id is not None and r.active(w.cal.end):
            reps.setdefault(r.territory_id, []).append(r)
    seen: dict[str, int] = {}
    out: dict[str, Rep] = {}
    for c in w.customers:
        pool = reps.get(c.territory_id)
        if c.owner is not None or not pool:
            continue
        k = seen.get(c.territory_id, 0)
        seen[c.territory_id] = k + 1
        out[c.account_id] = pool[k % len(pool)]
    return out


def target_accounts(w: World) -> set[str]:
    """Account ids (top-level and child accounts) on the target list, as ACCOUNT rows flag them."""
    draws = customer_draws(w)
    out: set[str] = set()
    for c in w.customers:
        if draws[c.id][1] or c.tier == "enterprise":
            out.add(c.account_id)
            out.update(c.children)
    return out


def _last_activity(w: World, c: Customer, gap_days: float) -> dt.datetime | None:
    if c.since is not None and c.since <= w.until:
        churned = churned_at(w, c)
        if churned is not None and not c.paying_on(w.until):
            return max(c.created, churned - dt.timedelta(days=gap_days))
        return max(c.created, w.horizon - dt.timedelta(days=gap_days))
    last = None
    for opp in c.opps:
        state = opp.stage_at(w.horizon)
        if state is not None:
            last = state[1] if last is None else max(last, state[1])
    return last or c.created
