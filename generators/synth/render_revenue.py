"""Rows of what customers buy and keep: deals, subscriptions, sales lines, contracts,
renewals, churn events and monthly recognised revenue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generators.synth.calendar import add_months, month_end
from generators.synth.entities import Contract, Customer, Deal, Opp, Renewal, Sub
from generators.synth.render_pipeline import number, proposal_times
from generators.synth.state import World
from generators.synth.touches import renewal_touch
from generators.synth.values import days_between, ds, money, ratio, ts

Row = tuple[str, dict[str, object]]
PLAN = {"smb": "Team", "mid_market": "Business", "enterprise": "Enterprise"}


def render_revenue(w: World) -> Iterator[Row]:
    yield from _deals(w)
    yield from _subscriptions(w)
    yield from _sales(w)
    yield from _contracts(w)
    yield from _renewals(w)
    yield from _churn(w)
    yield from _revenue(w)


def deal_visible(w: World, deal: Deal | None) -> bool:
    return deal is not None and deal.booked <= w.horizon


def renewal_visible(w: World, renewal: Renewal) -> bool:
    """A renewal row exists once it is opened, and (the catalog lists ``due_date`` as its first
    time attribute) once its due date has come."""
    return renewal.opened <= w.horizon and renewal.due <= w.until


def sub_visible(w: World, sub: Sub | None) -> bool:
    return sub is not None and sub.created <= w.horizon


def _cost(w: World, opp: Opp) -> float:
    total = 0.0
    for line in opp.lines:
        unit_cost = w.products[line.product_id].unit_cost
        total += line.quantity * unit_cost * (opp.term if line.recurring else 1)
    return total


def previous_deals(w: World) -> dict[str, dt.datetime]:
    """Per deal id, when the same customer's previous deal (any type) was booked; first deals are absent."""
    last: dict[str, dt.datetime] = {}
    previous: dict[str, dt.datetime] = {}
    for deal in sorted(w.deals, key=lambda d: (d.booked, d.id)):
        customer = deal.opp.customer.id
        if customer in last:
            previous[deal.id] = last[customer]
        last[customer] = deal.booked
    return previous


def _deals(w: World) -> Iterator[Row]:
    before = previous_deals(w)
    for deal in w.deals:
        if deal.booked > w.horizon:
            continue
        opp = deal.opp
        c = opp.customer
        cost = _cost(w, opp)
        end = add_months(deal.start, opp.term) - dt.timedelta(days=1)
        registered = opp.reg_submitted is not None
        yield (
            "DEAL",
            {
                "deal_id": deal.id,
                "opportunity_id": opp.id,
                "account_id": c.account_id,
                "customer_id": c.id,
                "product_id": opp.product_id,
                "deal_type": opp.kind,
                "expansion_type": opp.expansion_type,
                "is_new_logo": opp.is_new_logo,
                "source": opp.source,
                "booked_at": ts(deal.booked),
                "amount": money(opp.amount),
                "annual_contract_value": money(opp.acv + (opp.one_time if opp.term < 12 else 0)),
                "arr_amount": money(opp.acv),
                "one_time_amount": money(opp.one_time),
                "list_price_amount": money(opp.list_amount),
                "discount_amount": money(opp.list_amount - opp.amount),
                "discount_percent": ratio(opp.discount),
                "cost_amount": money(cost),
                "gross_margin_percent": ratio(1 - cost / opp.amount if opp.amount else 0.0),
                "contract_term_months": opp.term,
                "contract_start_date": ds(deal.start),
                "contract_end_date": ds(end),
                "sales_cycle_days": (deal.booked - opp.created).days,
                "sales_rep_id": opp.owner.id,
                "team_id": opp.owner.team_id,
                "territory_id": c.territory_id,
                "segment_id": c.segment_id,
                "partner_id": opp.partner_id,
                "is_partner_sourced": opp.partner_role == "sourced",
                "is_partner_influenced": opp.partner_role == "influenced",
                "registration_submitted_at": ts(opp.reg_submitted) if registered else None,
                "registration_approved_at": ts(opp.reg_decided)
                if registered and opp.reg_status == "approved"
                else None,
                "registration_expiry_date": ds(opp.reg_decided.date() + dt.timedelta(days=120))
                if registered and opp.reg_decided and opp.reg_status == "approved"
                else None,
                "days_since_previous_deal": ratio(days_between(before[deal.id], deal.booked), 1)
                if deal.id in before
                else None,
            },
        )


def sub_status(w: World, sub: Sub) -> tuple[str, dt.date | None]:
    """Status and visible end date at the horizon."""
    if sub.end is not None and sub.ended_at is not None and sub.ended_at <= w.horizon and sub.end <= w.until:
        return ("cancelled" if sub.ended_by == "churn" else "expired"), sub.end
    return "active", None


def _subscriptions(w: World) -> Iterator[Row]:
    for c in w.customers:
        for sub in c.subs:
            if sub.created > w.horizon:
                continue
            status, end = sub_status(w, sub)
            requested = w.seen(sub.cancel_requested)
            deal = sub.deal if deal_visible(w, sub.deal) else None
            listed = w.products[sub.product_id].list_price
            yield (
                "SUBSCRIPTION",
                {
                    "subscription_id": sub.id,
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "product_id": sub.product_id,
                    "deal_id": deal.id if deal else None,
                    "previous_subscription_id": sub.prev.id if sub.prev else None,
                    "segment_id": c.segment_id,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "partner_id": (deal.opp.partner_id if deal else None) or c.partner_id,
                    "plan_name": f"{w.products[sub.product_id].name} {PLAN[c.tier]}",
                    "status": status,
                    "change_type": sub.change,
                    "created_at": ts(sub.created),
                    "start_date": ds(sub.start),
                    "end_date": ds(end),
                    "current_term_end_date": ds(sub.term_end),
                    "cancellation_requested_at": ts(requested),
                    "cancellation_reason": sub.cancel_reason if requested else None,
                    "billing_interval": sub.billing,
                    "term_months": sub.term_months,
                    "is_renewal": sub.change == "renewal",
                    "is_auto_renew": sub.auto_renew,
                    "quantity": sub.seats,
                    "unit_price": money(sub.unit_price),
                    "discount_percent": ratio(max(0.0, sub.discount)),  # a renewal uplift above list is no discount
                    "discount_amount": money(max(0.0, (listed - sub.unit_price) * sub.seats)),
                    "mrr": money(sub.mrr),
                    "arr": money(sub.mrr * 12),
                    "is_key_account": c.key_since is not None and (end is None or c.key_since.date() < end),
                },
            )


def _sales(w: World) -> Iterator[Row]:
    rand = w.rng("render", "SALE")
    for deal in w.deals:
        opp = deal.opp
        c = opp.customer
        for i, line in enumerate(opp.lines, 1):
            returned = rand.chance({"PRD-EDGE": 0.08, "PRD-TRNG": 0.03}.get(line.product_id, 0.0))
            lag = rand.uniform(8, 40)
            online = rand.chance(0.35)
            if deal.booked > w.horizon:
                continue
            months = opp.term if line.recurring else 1
            amount = line.quantity * line.unit_price * months
            sub = next((s for s in deal.subs if s.product_id == line.product_id), None) if line.recurring else None
            returned_at = deal.booked + dt.timedelta(days=lag) if returned else None
            channel = (
                "partner" if opp.partner_role == "sourced" else "online" if online and opp.amount < 6000 else "direct"
            )
            yield (
                "SALE",
                {
                    "sale_id": f"SAL-{deal.id.split('-')[1]}-{i}",
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "product_id": line.product_id,
                    "deal_id": deal.id,
                    "subscription_id": sub.id if sub is not None and sub_visible(w, sub) else None,
                    "sold_at": ts(deal.booked),
                    "quantity": line.quantity,
                    "unit_price": money(line.unit_price),
                    "list_unit_price": money(line.list_unit_price),
                    "discount_amount": money(
                        max(0.0, (line.list_unit_price - line.unit_price) * line.quantity * months)
                    ),
                    "amount": money(amount),
                    "cost_amount": money(line.quantity * w.products[line.product_id].unit_cost * months),
                    "is_recurring": line.recurring,
                    "is_repeat_purchase": opp.kind != "new_business",
                    "sales_channel": channel,
                    "sales_rep_id": opp.owner.id,
                    "team_id": opp.owner.team_id,
                    "territory_id": c.territory_id,
                    "segment_id": c.segment_id,
                    "partner_id": opp.partner_id,
                    "is_returned": w.visible(returned_at),
                    "returned_at": ts(w.seen(returned_at)),
                    "refund_amount": money(amount) if w.visible(returned_at) else None,
                    "is_new_product": _is_new_product(w, line.product_id, deal.booked),
                },
            )


def _is_new_product(w: World, product_id: str, sold: dt.datetime) -> bool:
    """Whether the product was launched less than 12 months (365 days) before the sale."""
    launched = w.products[product_id].launched
    return launched is not None and launched <= sold < launched + dt.timedelta(days=365)


def _contract_status(w: World, k: Contract) -> str:
    if k.signed > w.horizon:
        return "pending_signature"
    if k.terminated is not None and k.terminated <= w.horizon:
        return "terminated"
    decided = k.decided is not None and k.decided <= w.horizon
    if decided and k.outcome and k.outcome.startswith("renewed") and k.end < w.until:
        return "renewed"
    if k.end < w.until:
        return "expired"
    return "active"


def _contracts(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CONTRACT")
    for c in w.customers:
        for k in c.contracts:
            notice = rand.choice((30, 60, 90))
            if k.created > w.horizon:
                continue
            opp = k.opp if k.opp is not None and k.opp.created <= w.horizon else None
            proposal = None
            times = proposal_times(opp) if opp is not None and opp.won else []
            if opp is not None and times and w.in_calendar(times[-1]) and opp.closed and opp.closed <= w.horizon:
                proposal = f"PRP-{number(opp)}-{len(times)}"
            decided = k.decided if k.decided is not None and k.decided <= w.horizon else None
            outcome = k.outcome if decided else ("pending" if (k.end - w.until).days <= 120 else None)
            sub = k.sub if sub_visible(w, k.sub) else None
            rep = w.rep_by_id.get(k.rep_id)
            yield (
                "CONTRACT",
                {
                    "contract_id": k.id,
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "opportunity_id": opp.id if opp else None,
                    "proposal_id": proposal,
                    "subscription_id": sub.id if sub else None,
                    "previous_contract_id": k.prev.id if k.prev else None,
                    "sales_rep_id": w.rep_ref(rep) or (opp.owner.id if opp else w.reps[0].id),
                    "team_id": rep.team_id if rep and rep.hire <= w.until else None,
                    "territory_id": c.territory_id,
                    "partner_id": opp.partner_id if opp else None,
                    "product_id": k.sub.product_id if k.sub else "PRD-CORE",
                    "segment_id": c.segment_id,
                    "contract_type": k.kind,
                    "is_new_logo": k.kind == "new_business" and k.prev is None,
                    "status": _contract_status(w, k),
                    "created_at": ts(k.created),
                    "signed_at": ts(w.seen(k.signed)),
                    "start_date": ds(k.start),
                    "end_date": ds(k.end),
                    "terminated_at": ts(w.seen(k.terminated)),
                    "term_months": k.term,
                    "total_contract_value": money(k.tcv),
                    "annual_contract_value": money(k.acv),
                    "monthly_recurring_value": money(k.acv / 12),
                    "one_time_value": money(k.one_time),
                    "discount_amount": money(k.discount),
                    "auto_renew": k.auto_renew,
                    "notice_period_days": notice,
                    "renewal_outcome": outcome,
                    "renewal_decided_at": ts(decided),
                },
            )


def _renewals(w: World) -> Iterator[Row]:
    for c in w.customers:
        for r in c.renewals:
            if not renewal_visible(w, r):
                continue
            decided = r.decided if r.decided is not None and r.decided <= w.horizon else None
            outcome = r.outcome if decided else "pending"
            renewed = decided if decided and r.outcome != "churned" else None
            rep = w.rep_by_id.get(r.rep_id or "")
            contract = r.contract if r.contract is not None and r.contract.created <= w.horizon else None
            yield (
                "RENEWAL",
                {
                    "renewal_id": r.id,
                    "subscription_id": r.sub.id,
                    "contract_id": contract.id if contract else None,
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "segment_id": c.segment_id,
                    "product_id": r.sub.product_id,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "sales_rep_id": w.rep_ref(rep),
                    "team_id": rep.team_id if rep and rep.hire <= w.until else None,
                    "opportunity_id": r.opp.id if r.opp is not None and r.opp.created <= w.horizon else None,
                    "due_date": ds(r.due),
                    "opened_at": ts(r.opened),
                    "renewed_at": ts(renewed),
                    "closed_at": ts(decided),
                    "outcome": outcome,
                    "previous_arr": money(r.prev_arr),
                    "renewed_arr": money(r.new_arr) if renewed else None,
                    "renewal_term_months": r.term,
                    "is_auto_renewal": r.auto,
                    "is_early_renewal": bool(renewed and renewed.date() < r.due - dt.timedelta(days=30)),
                    "days_late": max(0, (decided.date() - r.due).days) if decided else None,
                    "risk_level": r.risk,
                    "is_csm_touched": _touched(w, r),
                },
            )


def _touched(w: World, r: Renewal) -> bool:
    """Whether a CSM renewal check-in has been held, as known at the horizon."""
    touch = renewal_touch(w, r)
    return touch is not None and w.visible(touch)


def _churn(w: World) -> Iterator[Row]:
    for c in w.customers:
        for e in c.churns:
            first = e.requested or e.churned
            if first is None or first > w.horizon:
                continue
            churned = w.seen(e.churned)
            saved = w.seen(e.saved)
            outcome = "churned" if churned else "saved" if saved else "pending"
            since = c.since
            tenure = (churned.date() - since).days // 30 if churned and since else None
            sub = e.sub if sub_visible(w, e.sub) else None
            renewal = e.renewal if e.renewal is not None and renewal_visible(w, e.renewal) else None
            yield (
                "CHURN_EVENT",
                {
                    "churn_event_id": e.id,
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "subscription_id": sub.id if sub else None,
                    "renewal_id": renewal.id if renewal else None,
                    "segment_id": c.segment_id,
                    "product_id": e.sub.product_id if e.sub else None,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "competitor_id": e.competitor_id,
                    "outcome": outcome,
                    "churn_type": e.kind,
                    "churn_scope": e.scope,
                    "reason": e.reason,
                    "cancel_requested_at": ts(w.seen(e.requested)),
                    "saved_at": ts(saved),
                    "churned_at": ts(churned),
                    "mrr_lost": money(e.mrr_lost) if churned else None,
                    "customer_since_date": ds(since),
                    "tenure_months": tenure,
                    "health_score_at_churn": e.health,
                    "is_preventable": e.preventable,
                    "won_back_at": ts(w.seen(e.won_back)),
                    "reactivated_mrr": money(e.reactivated_mrr) if w.visible(e.won_back) else None,
                },
            )


REVENUE_TYPE = {
    "new": "new",
    "reactivation": "new",
    "renewal": "renewal",
    "expansion": "expansion",
    "contraction": "renewal",
}


def market_entered(w: World, c: Customer) -> dt.date | None:
    """When we entered the customer's market (as the MARKET rows show it), if we have."""
    market = next((m for m in w.markets if m.id == c.market_id), None)
    return w.seen_day(market.entered) if market is not None else None


def _revenue(w: World) -> Iterator[Row]:
    rand = w.rng("render", "REVENUE")
    months = w.cal.months()
    for c in w.customers:
        if c.since is None:
            continue
        margin = rand.uniform(0.72, 0.86)
        for month in months:
            end = month_end(month)
            if end > w.until:
                break
            by_product: dict[str, list[tuple[float, Sub]]] = {}
            for sub in c.subs:
                first = max(sub.start, month)
                last = min(sub.end - dt.timedelta(days=1) if sub.end else end, end)
                if last < first:
                    continue
                share = ((last - first).days + 1) / ((end - month).days + 1)
                by_product.setdefault(sub.product_id, []).append((sub.mrr * share, sub))
            for product, parts in by_product.items():
                amount = sum(a for a, _ in parts)
                if amount <= 0:
                    continue
                main = max(parts, key=lambda p: p[0])[1]
                yield _revenue_row(w, c, end, product, amount, main, margin)
        yield from _one_time(w, c)


def _revenue_row(w: World, c: Customer, day: dt.date, product: str, amount: float, sub: Sub, margin: float) -> Row:
    deal = sub.deal if deal_visible(w, sub.deal) else None
    visible_sub = sub if sub_visible(w, sub) else sub.prev if sub_visible(w, sub.prev) else None
    key = c.key_since is not None and c.key_since.date() <= day
    partner = (deal.opp.partner_id if deal and deal.opp.partner_role == "sourced" else None) or c.partner_id
    influencer = deal.opp.partner_id if deal and deal.opp.partner_role == "influenced" else None
    owner = c.am if c.am is not None and c.am.hire <= day else c.owner
    return (
        "REVENUE",
        {
            "revenue_id": f"REV-{c.id.split('-')[1]}-{day:%Y%m}-{product[4:]}",
            "recognized_date": ds(day),
            "amount": money(amount),
            "cost_of_revenue": money(amount * (1 - margin)),
            "revenue_type": REVENUE_TYPE.get(sub.change, "renewal"),
            "is_recurring": True,
            "mrr_amount": money(sub.mrr),
            "customer_id": c.id,
            "account_id": c.account_id,
            "subscription_id": visible_sub.id if visible_sub else None,
            "opportunity_id": deal.opp.id if deal else None,
            "deal_id": deal.id if deal else None,
            "product_id": product,
            "channel": "partner" if partner else "direct",
            "partner_id": partner,
            "influencing_partner_id": influencer,
            "sales_rep_id": w.rep_ref(owner),
            "team_id": owner.team_id if owner and owner.hire <= w.until else None,
            "territory_id": c.territory_id,
            "market_id": c.market_id,
            "segment_id": c.segment_id,
            "key_account_manager_id": c.kam.id if key and c.kam else None,
            "is_key_account": key,
            "customer_since_date": ds(c.since),
            "market_entered_date": ds(market_entered(w, c)),
        },
    )


def _one_time(w: World, c: Customer) -> Iterator[Row]:
    for opp in c.opps:
        deal = opp.deal
        if deal is None:
            continue
        for i, line in enumerate(opp.lines, 1):
            if line.recurring:
                continue
            delivered = deal.start + dt.timedelta(days=30 + 20 * i)
            if delivered > w.until:
                continue
            amount = line.quantity * line.unit_price
            cost = line.quantity * w.products[line.product_id].unit_cost
            kind = "one_time" if line.product_id == "PRD-EDGE" else "services"
            yield (
                "REVENUE",
                {
                    "revenue_id": f"REV-{c.id.split('-')[1]}-{deal.id.split('-')[1]}-{i}",
                    "recognized_date": ds(delivered),
                    "amount": money(amount),
                    "cost_of_revenue": money(cost),
                    "revenue_type": kind,
                    "is_recurring": False,
                    "mrr_amount": None,
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "subscription_id": None,
                    "opportunity_id": opp.id,
                    "deal_id": deal.id,
                    "product_id": line.product_id,
                    "channel": "partner" if opp.partner_role == "sourced" else "direct",
                    "partner_id": opp.partner_id if opp.partner_role == "sourced" else None,
                    "influencing_partner_id": opp.partner_id if opp.partner_role == "influenced" else None,
                    "sales_rep_id": opp.owner.id,
                    "team_id": opp.owner.team_id,
                    "territory_id": c.territory_id,
                    "market_id": c.market_id,
                    "segment_id": c.segment_id,
                    "key_account_manager_id": None,
                    "is_key_account": c.key_since is not None and c.key_since.date() <= delivered,
                    "customer_since_date": ds(c.since),
                    "market_entered_date": ds(market_entered(w, c)),
                },
            )
