"""What happens to a paying customer after the first deal: expansion signals and expansion
deals, renewals at each term end (renewed, upgraded, downgraded or churned, decided by
health), saves, involuntary churn, win-backs, and key-account renewal opportunities."""

from __future__ import annotations

import datetime as dt
import math

from generators.synth.calendar import add_months, month_end
from generators.synth.customers import contract_for, initial_lines, start_subscriptions
from generators.synth.entities import Churn, Customer, Deal, Expansion, Line, Opp, Renewal, Rep, Sub
from generators.synth.opportunities import open_opportunity
from generators.synth.rand import Rng
from generators.synth.state import World

ANNUAL_CHURN = {"smb": 0.27, "mid_market": 0.16, "enterprise": 0.08}
INVOLUNTARY = {"smb": 0.0022, "mid_market": 0.0008, "enterprise": 0.0002}
MONTHLY_CANCEL = 0.014
EXPANSION_RATE = 0.03
CHURN_REASONS = (
    "price",
    "product_fit",
    "missing_features",
    "poor_support",
    "low_adoption",
    "competitor",
    "budget_cuts",
    "business_closed",
    "merger_acquisition",
    "champion_left",
    "other",
)
CHURN_WEIGHTS = (0.14, 0.1, 0.08, 0.07, 0.16, 0.12, 0.12, 0.05, 0.04, 0.08, 0.04)
SUB_REASON = {
    "price": "price",
    "product_fit": "product_fit",
    "missing_features": "product_fit",
    "poor_support": "poor_support",
    "low_adoption": "low_usage",
    "competitor": "competitor",
    "budget_cuts": "budget_cut",
    "business_closed": "business_closed",
    "merger_acquisition": "merger_acquisition",
}
ADD_ONS = ("PRD-ANLT", "PRD-INTG", "PRD-AI", "PRD-SUPP")


def health_factor(health: float) -> float:
    """Churn multiplier: 1 at health 65, lower when healthy, higher when not."""
    return math.exp((65 - health) / 18)


def build_lifecycles(w: World) -> None:
    for customer in list(w.customers):
        if customer.since is not None:
            _simulate(w, customer)


def _simulate(w: World, c: Customer) -> None:
    rand = w.rng("life", c.id)
    last_day = w.cal.end
    renewal_window = w.cal.end + dt.timedelta(days=120)
    current = [s for s in c.subs if s.end is None]
    if not current:
        return
    term_end = current[0].term_end
    month = max(c.since or w.cal.start, w.cal.start).replace(day=1)
    while True:
        # monthly events inside the live term
        while month < term_end and month <= last_day:
            day0 = max(month, current[0].start)
            health = c.health(month)
            if rand.chance(INVOLUNTARY[c.tier]):
                when = rand.work_time(rand.day_between(day0, min(month_end(month), last_day)))
                if when.date() < term_end:
                    _churn_now(w, rand, c, current, when, "involuntary", "payment_failure", None)
                    if not _win_back(w, rand, c, when):
                        return
                    current = [s for s in c.subs if s.end is None]
                    term_end = current[0].term_end
                    month = _next_month(month)
                    continue
            if current[0].billing == "monthly" and rand.chance(MONTHLY_CANCEL * health_factor(health)):
                requested = rand.work_time(rand.day_between(day0, min(month_end(month), last_day)))
                effective = dt.datetime.combine(month_end(month) + dt.timedelta(days=1), dt.time())
                if effective.date() < term_end and effective > requested:
                    _churn_now(w, rand, c, current, effective, "voluntary", _reason(rand, c, month), requested)
                    if not _win_back(w, rand, c, effective):
                        return
                    current = [s for s in c.subs if s.end is None]
                    term_end = current[0].term_end
                    month = _next_month(month)
                    continue
            remaining = (term_end - month).days
            factor = 1.6 if health > 75 else 0.4 if health < 50 else 1.0
            if remaining > 150 and rand.chance(EXPANSION_RATE * factor):
                _expansion(w, rand, c, current, month, term_end)
            month = _next_month(month)
        if term_end > renewal_window:
            return
        current = _renew(w, rand, c, current, term_end)
        if not current:
            return
        term_end = current[0].term_end


def _next_month(month: dt.date) -> dt.date:
    return add_months(month, 1)


def _reason(rand: Rng, c: Customer, day: dt.date) -> str:
    weights = list(CHURN_WEIGHTS)
    if c.health(day) < 50:
        weights[CHURN_REASONS.index("low_adoption")] *= 2
        weights[CHURN_REASONS.index("poor_support")] *= 2
    return rand.weighted(CHURN_REASONS, weights)


def _owner(w: World, rand: Rng, c: Customer, day: dt.date) -> Rep:
    if c.kam is not None and c.key_since is not None and c.key_since.date() <= day and c.kam.rep_id:
        rep = w.rep_by_id[c.kam.rep_id]
        if rep.active(day):
            return rep
    if c.am is not None and c.am.active(day):
        return c.am
    roles = ("field_ae",) if c.tier == "enterprise" else ("account_manager",)
    c.am = w.pick_rep(rand, roles, day, c.region, c.tier, stay_days=60)
    return c.am


def _expansion(w: World, rand: Rng, c: Customer, current: list[Sub], month: dt.date, term_end: dt.date) -> None:
    identified = rand.work_time(rand.day_between(max(month, current[0].start), month_end(month)))
    day = identified.date()
    held = {s.product_id for s in current}
    main = next((s for s in current if s.product_id == "PRD-CORE"), current[0])
    launch = w.products["PRD-AI"].launched
    options = [p for p in ADD_ONS if p not in held and (p != "PRD-AI" or (launch and identified > launch))]
    kind = rand.weighted(("upsell", "seat_expansion", "cross_sell"), (0.3, 0.35, 0.35 if options else 0.0))
    if kind == "cross_sell":
        product = rand.pick(options)
        list_price = w.products[product].list_price
        quantity = 1 if product in ("PRD-INTG", "PRD-SUPP") else max(1, int(main.seats * rand.uniform(0.3, 0.7)))
        line = Line(product, quantity, round(list_price * (1 - main.discount), 2), list_price, True)
    else:
        product = "PRD-CORE" if kind == "seat_expansion" or "PRD-ANLT" not in held else "PRD-ANLT"
        base = next((s for s in current if s.product_id == product), main)
        quantity = max(1, int(base.seats * rand.uniform(0.1, 0.45)))
        line = Line(product, quantity, base.unit_price, w.products[product].list_price, True)
    source = rand.weighted(
        ("csm", "usage_signal", "qbr", "account_plan", "sales_rep", "customer_request"),
        (0.35, 0.2, 0.15, 0.05, 0.15, 0.1),
    )
    if source == "account_plan" and c.key_since is None:
        source = "csm"
    expansion = Expansion(
        id=w.next_id("EXP"),
        customer=c,
        sub=main,
        product_id=product,
        kind=kind,
        source=source,
        identified=identified,
        expected_close=day + dt.timedelta(days=rand.randint(30, 90)),
        arr=round(line.monthly * 12, 2),
        probability=round(rand.uniform(0.2, 0.7), 2),
        first=not c.expansions,
    )
    c.expansions.append(expansion)
    remaining_months = max(1, round((term_end - day).days / 30.44))
    if rand.chance(0.62):
        created = rand.after(identified, rand.uniform(2, 20))
        opp = open_opportunity(
            w,
            rand,
            customer=c,
            kind="expansion",
            owner=_owner(w, rand, c, created.date()),
            created=created,
            source="customer_success" if source in ("csm", "usage_signal", "qbr") else "ae_sourced",
            lines=[line],
            term=remaining_months,
            expansion_type="cross_sell" if kind == "cross_sell" else "upsell",
            cycle={"smb": 24.0, "mid_market": 38.0, "enterprise": 58.0}[c.tier],
            max_days=(term_end - created.date()).days - 25,
            close_by=dt.datetime.combine(term_end - dt.timedelta(days=20), dt.time(17)),
        )
        expansion.opp = opp
        expansion.closed = opp.closed
        expansion.status = "won" if opp.won else "lost"
        if not opp.won:
            expansion.lost_reason = {
                "budget": "budget",
                "competitor": "competitor",
                "timing": "timing",
                "product_gap": "product_gap",
                "no_decision": "no_need",
            }.get(opp.loss_reason or "", "other")
        else:
            _book_expansion(w, rand, c, opp, current, term_end)
    elif rand.chance(0.6):
        expansion.status = "lost"
        expansion.closed = rand.after(identified, rand.uniform(10, 70))
        expansion.lost_reason = rand.weighted(("no_need", "budget", "timing", "other"), (0.4, 0.3, 0.2, 0.1))


def _book_expansion(w: World, rand: Rng, c: Customer, opp: Opp, current: list[Sub], term_end: dt.date) -> None:
    closed = opp.closed
    assert closed is not None
    booked = rand.after(closed, rand.uniform(0.002, 0.1))
    start = min(booked.date() + dt.timedelta(days=rand.randint(0, 7)), term_end - dt.timedelta(days=10))
    deal = Deal(w.next_id("DEAL"), opp, booked, start)
    opp.deal = deal
    w.deals.append(deal)
    subs = start_subscriptions(w, rand, c, opp.lines, deal, start, opp.term, booked, "expansion", term_end)
    for sub in subs:
        sub.prev = next((s for s in current if s.product_id == sub.product_id), None)
        sub.billing = current[0].billing
    contract_for(
        w, rand, c, subs, opp, deal, booked, start, opp.term, opp.lines, "expansion", c.contracts[-1], term_end
    )
    current.extend(subs)
    if opp.owner.first_deal is None or booked.date() < opp.owner.first_deal:
        opp.owner.first_deal = booked.date()


def _churn_now(
    w: World,
    rand: Rng,
    c: Customer,
    current: list[Sub],
    when: dt.datetime,
    kind: str,
    reason: str,
    requested: dt.datetime | None,
) -> None:
    mrr = sum(s.mrr for s in current)
    for sub in current:
        sub.end = when.date()
        sub.ended_at = when
        sub.ended_by = "churn"
        sub.cancel_requested = requested or when
        sub.cancel_reason = SUB_REASON.get(reason, "other")
    contract = c.contracts[-1]
    contract.terminated = when
    contract.outcome = "churned"
    contract.decided = requested or when
    c.churned = when
    c.churns.append(
        Churn(
            id=w.next_id("CHN"),
            customer=c,
            sub=current[0],
            renewal=None,
            outcome="churned",
            kind=kind,
            scope="full",
            reason=reason,
            requested=requested,
            saved=None,
            churned=when,
            mrr_lost=mrr,
            health=int(c.health(when.date())),
            preventable=reason in ("low_adoption", "poor_support", "product_fit", "champion_left", "payment_failure"),
            competitor_id=rand.pick(w.competitors).id if reason == "competitor" else None,
        )
    )


def _win_back(w: World, rand: Rng, c: Customer, churned: dt.datetime) -> bool:
    """Some churned customers come back; returns True when a new term starts."""
    if not rand.chance(0.08):
        return False
    back = rand.after(churned, rand.uniform(45, 300))
    if back.date() > w.cal.end:
        return False
    lines = [line for line in initial_lines(w, rand, c.tier, back.date(), c) if line.recurring][:2]
    start = back.date()
    subs = start_subscriptions(w, rand, c, lines, None, start, 12, back, "reactivation")
    contract_for(w, rand, c, subs, None, None, back, start, 12, lines, "new", c.contracts[-1])
    c.reactivated = back
    event = c.churns[-1]
    event.won_back = back
    event.reactivated_mrr = sum(s.mrr for s in subs)
    return True


def _renew(w: World, rand: Rng, c: Customer, current: list[Sub], due: dt.date) -> list[Sub]:
    """The renewal at a term end; returns the subscriptions of the next term (empty on churn)."""
    start = min(s.start for s in current)
    opened = rand.work_time(max(due - dt.timedelta(days=90), start + dt.timedelta(days=1), w.cal.start))
    health = c.health(due - dt.timedelta(days=60))
    term = current[0].term_months
    p_churn = min(0.85, ANNUAL_CHURN[c.tier] * health_factor(health) * math.sqrt(max(1, term) / 12))
    roll = rand.random()
    outcome = "churned" if roll < p_churn else "downgraded" if roll < p_churn + 0.08 else "renewed"
    if outcome == "renewed" and rand.chance(0.14 * health / 70):
        outcome = "upgraded"
    prev_arr = 12 * sum(s.mrr for s in current)
    risk = "high" if health < 50 else "medium" if health < 65 else "low"
    contract = current[0].contract or c.contracts[-1]
    renewal = Renewal(
        id=w.next_id("RNW"),
        customer=c,
        sub=next((s for s in current if s.product_id == "PRD-CORE"), current[0]),
        contract=contract,
        due=due,
        opened=opened,
        decided=None,
        outcome=outcome,
        prev_arr=prev_arr,
        new_arr=0.0,
        term=term,
        auto=current[0].auto_renew and outcome == "renewed" and rand.chance(0.6),
        risk=risk,
        rep_id=_owner(w, rand, c, opened.date()).id,
    )
    c.renewals.append(renewal)
    if outcome == "churned":
        requested = rand.work_time(due - dt.timedelta(days=rand.randint(15, 80)))
        requested = max(requested, opened)
        decided = requested
    elif rand.chance(0.15):
        decided = rand.work_time(due + dt.timedelta(days=rand.randint(1, 25)))
    else:
        decided = rand.work_time(due - dt.timedelta(days=rand.randint(0, 60)))
        decided = max(decided, rand.after(opened, 0.5))
    if c.key_since is not None and c.key_since <= opened:
        lines = [Line(s.product_id, s.seats, s.unit_price, w.products[s.product_id].list_price, True) for s in current]
        opp = open_opportunity(
            w,
            rand,
            customer=c,
            kind="renewal",
            owner=_owner(w, rand, c, opened.date()),
            created=opened,
            source="customer_success",
            lines=lines,
            term=term,
            force=outcome != "churned",
            cycle=max(10.0, (decided - opened).total_seconds() / 86400),
            close_by=dt.datetime.combine(due - dt.timedelta(days=1), dt.time(17)),
        )
        renewal.opp = opp
        if opp.closed is not None:
            decided = max(opp.closed, rand.after(opened, 0.5))
            if outcome == "churned":
                opp.loss_reason = rand.pick(("price", "competitor", "budget", "product_gap"))
    renewal.decided = decided
    if outcome == "churned":
        reason = _reason(rand, c, due)
        when = dt.datetime.combine(due, dt.time())
        for sub in current:
            sub.end = due
            sub.ended_at = when
            sub.ended_by = "churn"
            sub.cancel_requested = decided
            sub.cancel_reason = SUB_REASON.get(reason, "other")
        contract.outcome = "churned"
        contract.decided = decided
        c.churned = when
        c.churns.append(
            Churn(
                id=w.next_id("CHN"),
                customer=c,
                sub=renewal.sub,
                renewal=renewal,
                outcome="churned",
                kind="voluntary",
                scope="full",
                reason=reason,
                requested=decided,
                saved=None,
                churned=when,
                mrr_lost=prev_arr / 12,
                health=int(health),
                preventable=reason in ("low_adoption", "poor_support", "product_fit", "champion_left", "price"),
                competitor_id=rand.pick(w.competitors).id if reason == "competitor" else None,
            )
        )
        if _win_back(w, rand, c, when):
            return [s for s in c.subs if s.end is None]
        return []
    if health < 58 and rand.chance(0.35):
        requested = rand.work_time(due - dt.timedelta(days=rand.randint(30, 85)))
        requested = max(requested, opened)
        saved = rand.after(requested, rand.uniform(2, 20))
        c.churns.append(
            Churn(
                id=w.next_id("CHN"),
                customer=c,
                sub=renewal.sub,
                renewal=renewal,
                outcome="saved",
                kind="voluntary",
                scope="full",
                reason=_reason(rand, c, due),
                requested=requested,
                saved=saved,
                churned=None,
                mrr_lost=0.0,
                health=int(health),
                preventable=True,
            )
        )
        decided = max(decided, rand.after(saved, 0.2))
        renewal.decided = decided
    return _next_term(w, rand, c, current, due, term, renewal, decided)


def _next_term(
    w: World,
    rand: Rng,
    c: Customer,
    current: list[Sub],
    due: dt.date,
    term: int,
    renewal: Renewal,
    decided: dt.datetime,
) -> list[Sub]:
    uplift = rand.uniform(1.0, 1.05)
    start = max(due, decided.date())  # a late renewal: the old term runs on until the decision
    keep = list(current)
    dropped: list[Sub] = []
    if renewal.outcome == "downgraded":
        addons = [s for s in keep if s.product_id != "PRD-CORE"]
        if addons and rand.chance(0.5):
            dropped.append(rand.pick(addons))
            keep = [s for s in keep if s not in dropped]
    merged: dict[str, Sub] = {}
    for sub in keep:
        if sub.product_id in merged:
            merged[sub.product_id].seats += sub.seats
            continue
        factor = 1.0
        change = "renewal"
        if sub.product_id == "PRD-CORE" and renewal.outcome == "upgraded":
            factor, change = rand.uniform(1.1, 1.4), "expansion"
        elif sub.product_id == "PRD-CORE" and renewal.outcome == "downgraded":
            factor, change = rand.uniform(0.6, 0.9), "contraction"
        new = Sub(
            id=w.next_id("SUB"),
            customer=c,
            product_id=sub.product_id,
            change=change,
            created=decided,
            start=start,
            term_end=add_months(start, term),
            term_months=term,
            billing=sub.billing,
            seats=max(1, round(sub.seats * factor)),
            unit_price=round(sub.unit_price * uplift, 2),
            discount=sub.discount,
            auto_renew=sub.auto_renew,
            prev=sub,
        )
        merged[sub.product_id] = new
    for sub in current:
        sub.end = start
        sub.ended_at = max(decided, dt.datetime.combine(start, dt.time()))
        sub.ended_by = "churn" if sub in dropped else "renewal"
        if sub in dropped:
            sub.cancel_requested = decided
            sub.cancel_reason = rand.pick(("price", "low_usage", "budget_cut"))
    new_subs = list(merged.values())
    c.subs.extend(new_subs)
    for sub in dropped:
        c.churns.append(
            Churn(
                id=w.next_id("CHN"),
                customer=c,
                sub=sub,
                renewal=renewal,
                outcome="churned",
                kind="voluntary",
                scope="partial",
                reason=rand.pick(("price", "low_adoption", "budget_cuts", "missing_features")),
                requested=decided,
                saved=None,
                churned=dt.datetime.combine(start, dt.time()),
                mrr_lost=sub.mrr,
                health=int(c.health(due)),
                preventable=True,
            )
        )
    renewal.new_arr = 12 * sum(s.mrr for s in new_subs)
    old = renewal.contract
    lines = [Line(s.product_id, s.seats, s.unit_price, w.products[s.product_id].list_price, True) for s in new_subs]
    deal = None
    if renewal.opp is not None and renewal.opp.won:
        closed = renewal.opp.closed
        assert closed is not None
        deal = Deal(w.next_id("DEAL"), renewal.opp, rand.after(closed, 0.01), start, new_subs)
        renewal.opp.deal = deal
        w.deals.append(deal)
        for sub in new_subs:
            sub.deal = deal
    contract_for(
        w,
        rand,
        c,
        new_subs,
        renewal.opp,
        deal,
        decided - dt.timedelta(days=1),
        start,
        term,
        lines,
        "renewal",
        old,
    )
    if old is not None:
        old.outcome = {"upgraded": "renewed_with_expansion", "downgraded": "renewed_with_contraction"}.get(
            renewal.outcome, "renewed"
        )
        old.decided = decided
    return new_subs
