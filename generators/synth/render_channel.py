"""Rows of the partner channel and referrals: portal activity (logins, downloads,
trainings, MDF claims and deal registrations), channel conflicts, co-marketing campaigns,
partner incentives, and referrals from customers, partners and employees."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Generator, Iterator

from generators.synth.calendar import add_months, quarter_start
from generators.synth.enablement import content_for
from generators.synth.entities import Opp, Partner
from generators.synth.partners import agreement_of
from generators.synth.state import World
from generators.synth.values import days_between, ds, hours_between, money, ratio, ts

Row = tuple[str, dict[str, object]]


def render_channel(w: World) -> Iterator[Row]:
    registrations = yield from _portal(w)
    yield from _conflicts(w, registrations)
    yield from _co_marketing(w)
    yield from _incentives(w)
    yield from _referrals(w)


def _user(partner: Partner, n: int) -> str:
    return f"PU-{partner.id[-4:]}-{n:02d}"


def _outcome(w: World, opp: Opp) -> tuple[str, dt.datetime | None]:
    if opp.closed is None or opp.closed > w.horizon:
        return "open", None
    if opp.won:
        return "won", opp.closed
    return ("no_decision" if opp.loss_reason == "no_decision" else "lost"), opp.closed


def _portal(w: World) -> Generator[Row, None, dict[str, str]]:
    """Yields portal rows; returns the registration row id of each registered opportunity."""
    rand = w.rng("render", "PARTNER_PORTAL")
    by_partner: dict[str, list[Opp]] = defaultdict(list)
    for opp in w.opps:
        if opp.partner_id and opp.reg_submitted is not None:
            by_partner[opp.partner_id].append(opp)
    registrations: dict[str, str] = {}
    for p in w.partners:
        seq = 0
        for opp in by_partner[p.id]:
            seq += 1
            row_id = f"PPL-{p.id[-6:]}-{seq:04d}"
            user = _user(p, rand.randint(1, 6))
            protection = agreement_of(w, p.id, opp.reg_submitted.date()) if opp.reg_submitted else None
            if opp.reg_submitted is None or not w.in_calendar(opp.reg_submitted):
                continue
            registrations[opp.id] = row_id
            decided = w.seen(opp.reg_decided)
            status = "submitted"
            if decided:
                status = "approved" if opp.reg_status == "approved" else "rejected"
            outcome, closed = _outcome(w, opp) if status == "approved" else ("open", None)
            deal = opp.deal if opp.deal is not None and opp.deal.booked <= w.horizon else None
            days = protection.protection_days if protection else 90
            yield (
                "PARTNER_PORTAL",
                {
                    "partner_portal_id": row_id,
                    "partner_id": p.id,
                    "partner_user_id": user,
                    "activity_type": "deal_registration_submitted",
                    "occurred_at": ts(opp.reg_submitted),
                    "session_minutes": 12,
                    "sales_content_id": None,
                    "sales_training_program_id": None,
                    "submitted_at": ts(opp.reg_submitted),
                    "registration_status": status,
                    "reviewed_at": ts(decided),
                    "approved_at": ts(decided if status == "approved" else None),
                    "hours_to_decision": ratio(hours_between(opp.reg_submitted, decided), 2) if decided else None,
                    "rejection_reason": "not_qualified" if status == "rejected" else None,
                    "is_conflict_flagged": opp.conflict,
                    "protection_expires_date": ds(decided.date() + dt.timedelta(days=days))
                    if status == "approved" and decided
                    else None,
                    "customer_id": opp.customer.id if opp.customer.created <= w.horizon else None,
                    "opportunity_id": opp.id if opp.created <= w.horizon else None,
                    "deal_id": deal.id if deal else None,
                    "product_id": opp.product_id,
                    "registered_amount": money(opp.amount0),
                    "deal_outcome": outcome if status == "approved" else None,
                    "closed_at": ts(closed),
                    "won_amount": money(opp.amount) if outcome == "won" else None,
                    "days_approval_to_close": ratio(days_between(decided, closed), 1) if closed and decided else None,
                    "channel_manager_rep_id": p.manager,
                    "territory_id": p.territory_id,
                },
            )
        if p.activated is None:
            continue
        month = max(w.cal.start, p.activated.date()).replace(day=1)
        while month <= w.cal.end:
            events: list[tuple[str, dt.datetime]] = []
            for _ in range(rand.poisson(2.2 * p.quality)):
                events.append(
                    ("login", rand.work_time(rand.day_between(month, add_months(month, 1) - dt.timedelta(days=1))))
                )
            for _ in range(rand.poisson(0.7 * p.quality)):
                events.append(
                    (
                        "content_download",
                        rand.work_time(rand.day_between(month, add_months(month, 1) - dt.timedelta(days=1))),
                    )
                )
            for _ in range(rand.poisson(0.12 * p.quality)):
                events.append(
                    (
                        "deal_registration_submitted",
                        rand.work_time(rand.day_between(month, add_months(month, 1) - dt.timedelta(days=1))),
                    )
                )
            for kind, moment in sorted(events, key=lambda e: e[1]):
                seq += 1
                minutes = int(rand.lognorm(9, 0.6, 1, 90))
                user = _user(p, rand.randint(1, 6))
                content = content_for(w, rand, moment) if kind == "content_download" else None
                review = rand.lognorm(30, 0.8, 1, 400)
                duplicate = rand.chance(0.4)
                reason = rand.pick(("existing_opportunity", "incomplete", "not_qualified", "outside_territory"))
                amount = rand.lognorm(30000, 0.6) if kind == "deal_registration_submitted" else None
                if moment > w.horizon or moment < p.activated or (p.terminated and moment >= p.terminated):
                    continue
                row: dict[str, object] = {
                    "partner_portal_id": f"PPL-{p.id[-6:]}-{seq:04d}",
                    "partner_id": p.id,
                    "partner_user_id": user,
                    "activity_type": kind,
                    "occurred_at": ts(moment),
                    "session_minutes": minutes,
                    "sales_content_id": content.id if content else None,
                    "channel_manager_rep_id": p.manager,
                    "territory_id": p.territory_id,
                }
                if kind == "deal_registration_submitted":
                    reviewed = moment + dt.timedelta(hours=review)
                    seen = w.seen(reviewed)
                    row.update(
                        {
                            "submitted_at": ts(moment),
                            "registration_status": ("duplicate" if duplicate else "rejected") if seen else "submitted",
                            "reviewed_at": ts(seen),
                            "hours_to_decision": ratio(review, 2) if seen else None,
                            "rejection_reason": ("duplicate_registration" if duplicate else reason) if seen else None,
                            "is_conflict_flagged": duplicate,
                            "product_id": "PRD-CORE",
                            "registered_amount": money(amount),
                        }
                    )
                yield "PARTNER_PORTAL", row
            month = add_months(month, 1)
        for e in w.enrollments:
            if e.partner is not p:
                continue
            seq += 1
            if e.enrolled > w.horizon:
                continue
            yield (
                "PARTNER_PORTAL",
                {
                    "partner_portal_id": f"PPL-{p.id[-6:]}-{seq:04d}",
                    "partner_id": p.id,
                    "partner_user_id": e.partner_user,
                    "activity_type": "training",
                    "occurred_at": ts(e.enrolled),
                    "session_minutes": int(e.program.hours * 60 / 4),
                    "sales_training_program_id": e.id,
                    "product_id": e.program.product_id,
                    "channel_manager_rep_id": p.manager,
                    "territory_id": p.territory_id,
                },
            )
    return registrations


def _conflicts(w: World, registrations: dict[str, str]) -> Iterator[Row]:
    rand = w.rng("render", "CHANNEL_CONFLICT")
    seq = 0
    channel_team = next((t.id for t in w.teams if t.kind == "channel"), None)
    for opp in w.opps:
        if not opp.conflict or opp.reg_submitted is None or opp.partner_id is None:
            continue
        seq += 1
        partner = next(p for p in w.partners if p.id == opp.partner_id)
        others = [p for p in w.partners if p.region == partner.region and p is not partner]
        other = rand.pick(others) if others else None
        raised = opp.reg_submitted + dt.timedelta(hours=rand.uniform(2, 72))
        resolve = rand.lognorm(7, 0.7, 0.5, 60)
        escalated = rand.chance(0.25)
        resolution = rand.weighted(
            ("awarded_to_partner", "awarded_to_other_partner", "awarded_to_direct", "split_credit", "dismissed"),
            (0.45, 0.15, 0.15, 0.15, 0.1),
        )
        yield from _conflict(
            w,
            seq,
            partner,
            other,
            "deal_registration_overlap",
            raised,
            resolve,
            escalated,
            resolution,
            opp,
            registrations.get(opp.id),
            channel_team,
        )
    for partner in w.partners:
        if partner.activated is None:
            continue
        for year in sorted({m.year for m in w.cal.months()}):
            for _ in range(rand.poisson(0.35)):
                seq += 1
                kind = rand.weighted(("pricing", "territory", "direct_vs_partner"), (0.35, 0.3, 0.35))
                day = rand.day_between(
                    max(dt.date(year, 1, 1), partner.activated.date(), w.cal.start),
                    min(dt.date(year, 12, 31), w.cal.end),
                )
                raised = rand.work_time(day)
                resolve = rand.lognorm(9, 0.8, 0.5, 90)
                escalated = rand.chance(0.2)
                resolution = rand.weighted(
                    ("awarded_to_partner", "awarded_to_direct", "split_credit", "dismissed"), (0.35, 0.3, 0.2, 0.15)
                )
                yield from _conflict(
                    w, seq, partner, None, kind, raised, resolve, escalated, resolution, None, None, channel_team
                )


def _conflict(
    w: World,
    seq: int,
    partner: Partner,
    other: Partner | None,
    kind: str,
    raised: dt.datetime,
    resolve_days: float,
    escalated: bool,
    resolution: str,
    opp: Opp | None,
    portal_id: str | None,
    team_id: str | None,
) -> Iterator[Row]:
    if raised > w.horizon or raised < partner.recruited:
        return
    resolved = raised + dt.timedelta(days=resolve_days)
    done = resolved <= w.horizon
    deal = opp.deal if opp is not None and opp.deal is not None and opp.deal.booked <= w.horizon else None
    visible_opp = opp if opp is not None and opp.created <= w.horizon else None
    status = (
        ("dismissed" if resolution == "dismissed" else "resolved")
        if done
        else ("escalated" if escalated else "under_review")
    )
    yield (
        "CHANNEL_CONFLICT",
        {
            "channel_conflict_id": f"CCF-{seq:05d}",
            "partner_id": partner.id,
            "other_partner_id": other.id if other and other.recruited <= w.horizon else None,
            "conflict_type": kind,
            "opportunity_id": visible_opp.id if visible_opp else None,
            "deal_id": deal.id if deal else None,
            "partner_portal_id": portal_id,
            "customer_id": visible_opp.customer.id if visible_opp else None,
            "product_id": visible_opp.product_id if visible_opp else "PRD-CORE",
            "raised_at": ts(raised),
            "raised_by": "channel_manager"
            if kind == "deal_registration_overlap"
            else "partner"
            if kind == "pricing"
            else "direct_rep",
            "resolved_at": ts(resolved if done else None),
            "status": status,
            "resolution": resolution if done else None,
            "is_escalated": escalated,
            "amount_at_stake": money(visible_opp.amount0 if visible_opp else 25000 * (1 + resolve_days / 10)),
            "days_to_resolve": ratio(resolve_days, 1) if done else None,
            "direct_rep_id": visible_opp.owner.id if visible_opp else None,
            "channel_manager_rep_id": partner.manager,
            "team_id": team_id,
            "territory_id": partner.territory_id,
        },
    )


def _co_marketing(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CO_MARKETING_CAMPAIGN")
    kinds = ("webinar", "event", "email", "digital_ads", "content_syndication", "trade_show", "telemarketing")
    leads_by_partner: dict[str, list[dt.datetime]] = defaultdict(list)
    opps_by_partner: dict[str, list[Opp]] = defaultdict(list)
    for lead in w.leads:
        if lead.partner_id:
            leads_by_partner[lead.partner_id].append(lead.created)
    for opp in w.opps:
        if opp.partner_id and opp.partner_role == "sourced":
            opps_by_partner[opp.partner_id].append(opp)
    seq = 0
    for p in w.partners:
        if p.activated is None:
            continue
        rate = {"registered": 0.2, "silver": 0.5, "gold": 0.9, "platinum": 1.4}[p.tier]
        half = w.cal.start
        while half <= w.cal.end:
            for _ in range(rand.poisson(rate)):
                seq += 1
                kind = rand.pick(kinds)
                approved = rand.work_time(
                    rand.day_between(half, min(w.cal.end, add_months(half, 6) - dt.timedelta(days=1)))
                )
                launched = approved + dt.timedelta(days=rand.uniform(10, 40))
                ended = launched + dt.timedelta(
                    days=rand.uniform(1, 60) if kind in ("webinar", "event") else rand.uniform(30, 90)
                )
                cancelled = rand.chance(0.06)
                budget = rand.lognorm(20000, 0.6, 3000, 200000)
                share = rand.uniform(0.4, 0.8)
                spend = rand.uniform(0.7, 1.0)
                if approved > w.horizon or approved < p.activated or (p.terminated and approved >= p.terminated):
                    continue
                agreement = agreement_of(w, p.id, launched.date())
                window_end = min(w.horizon, ended + dt.timedelta(days=60))
                leads = sum(1 for t in leads_by_partner[p.id] if launched <= t <= window_end)
                opps = [o for o in opps_by_partner[p.id] if launched <= o.created <= window_end]
                won = [o for o in opps if o.won and o.closed and o.closed <= w.horizon]
                if cancelled and launched <= w.horizon:
                    status = "cancelled"
                elif launched > w.horizon:
                    status = "planned"
                elif ended > w.horizon:
                    status = "active"
                else:
                    status = "completed"
                elapsed = (
                    0.0
                    if status == "planned"
                    else min(1.0, days_between(launched, w.horizon) / max(1.0, days_between(launched, ended)))
                )
                yield (
                    "CO_MARKETING_CAMPAIGN",
                    {
                        "co_marketing_campaign_id": f"CMC-{seq:05d}",
                        "partner_id": p.id,
                        "partner_agreement_id": agreement.id
                        if agreement and agreement.signed and agreement.signed <= w.horizon
                        else None,
                        "campaign_name": f"{p.name} {kind.replace('_', ' ')} {approved:%b %Y}",
                        "campaign_type": kind,
                        "status": status,
                        "approved_at": ts(approved),
                        "launched_at": ts(launched),
                        "ended_at": ts(ended if status == "completed" else None),
                        "budget": money(budget),
                        "mdf_approved": money(budget * share),
                        "mdf_spent": money(budget * share * spend * elapsed),
                        "partner_contribution": money(budget * (1 - share) * elapsed),
                        "leads_generated": leads,
                        "qualified_leads": int(leads * 0.45),
                        "opportunities_generated": len(opps),
                        "pipeline_generated": money(sum(o.amount0 for o in opps)),
                        "deals_won": len(won),
                        "revenue_attributed": money(sum(o.acv for o in won)),
                        "product_id": "PRD-CORE",
                        "market_id": p.market_id,
                        "territory_id": p.territory_id,
                        "channel_manager_rep_id": p.manager,
                        "brand_review_passed": _brand_review(w, p, seq) if status != "planned" else None,
                    },
                )
            half = add_months(half, 6)


def _brand_review(w: World, p: Partner, seq: int) -> bool:
    """Whether the campaign's assets passed the brand-guideline review before launch: higher tiers and better
    partners know the guidelines better. Own stream per campaign."""
    tier = ("registered", "silver", "gold", "platinum").index(p.tier)
    return w.rng("brand_review", p.id, seq).chance(min(0.97, 0.68 + 0.06 * tier + 0.08 * (p.quality - 1.0)))


def _incentives(w: World) -> Iterator[Row]:
    rand = w.rng("render", "INCENTIVE_PROGRAM")
    bookings: dict[tuple[str, dt.date], float] = defaultdict(float)
    for opp in w.opps:
        if opp.partner_id and opp.partner_role == "sourced" and opp.won and opp.deal is not None:
            bookings[(opp.partner_id, quarter_start(opp.deal.booked.date()))] += opp.acv
    seq = 0
    for p in w.partners:
        if p.activated is None:
            continue
        for quarter in w.cal.quarters():
            qend = add_months(quarter, 3) - dt.timedelta(days=1)
            eligible = p.tier in ("gold", "platinum", "silver") and p.activated.date() <= quarter
            if p.terminated and p.terminated.date() <= quarter:
                eligible = False
            kind = "volume_bonus" if p.kind in ("reseller", "distributor", "system_integrator") else "rebate"
            target = p.target / 4
            enrolled = rand.work_time(quarter - dt.timedelta(days=rand.randint(1, 15)))
            claim_lag = rand.uniform(5, 20)
            pay_lag = rand.uniform(10, 40)
            if not eligible:
                continue
            seq += 1
            if enrolled > w.horizon:
                continue
            over = qend < w.until
            achieved = sum(
                v for (pid, q), v in bookings.items() if pid == p.id and q == quarter and (over or quarter <= w.until)
            )
            if not over:
                achieved = 0.0
            attained = achieved >= target * 0.8
            payout_rate = 0.04 if kind == "volume_bonus" else 0.02
            earned = round(achieved * payout_rate, 2) if over and attained else 0.0
            claimed = dt.datetime.combine(qend, dt.time(12)) + dt.timedelta(days=claim_lag) if earned else None
            paid = claimed + dt.timedelta(days=pay_lag) if claimed else None
            if not over:
                status = "enrolled"
            elif not attained:
                status = "forfeited"
            elif w.visible(paid):
                status = "paid"
            elif w.visible(claimed):
                status = "approved"
            else:
                status = "earned"
            agreement = agreement_of(w, p.id, quarter)
            yield (
                "INCENTIVE_PROGRAM",
                {
                    "incentive_program_id": f"INC-{seq:05d}",
                    "program_name": f"{kind.replace('_', ' ').title()} Q{(quarter.month - 1) // 3 + 1} {quarter.year}",
                    "program_type": kind,
                    "partner_id": p.id,
                    "partner_agreement_id": agreement.id
                    if agreement and agreement.signed and agreement.signed <= w.horizon
                    else None,
                    "enrolled_at": ts(max(enrolled, p.activated)),
                    "period_start_date": ds(quarter),
                    "period_end_date": ds(qend),
                    "status": status,
                    "target_amount": money(target),
                    "achieved_amount": money(achieved) if over else None,
                    "attained": attained if over else None,
                    "earned_amount": money(earned),
                    "claimed_at": ts(w.seen(claimed)),
                    "paid_amount": money(earned) if w.visible(paid) else None,
                    "paid_at": ts(w.seen(paid)),
                    "deal_id": None,
                    "product_id": None,
                    "channel_manager_rep_id": p.manager,
                    "territory_id": p.territory_id,
                    "market_id": p.market_id,
                    "offered_amount": money(target * payout_rate),
                },
            )
    for opp in w.opps:
        if not (opp.partner_id and opp.partner_role == "sourced" and opp.won and opp.deal is not None):
            continue
        go = rand.chance(0.4)
        pay_lag = rand.uniform(15, 45)
        if not go:
            continue
        seq += 1
        deal = opp.deal
        if deal.booked > w.horizon:
            continue
        partner = next(p for p in w.partners if p.id == opp.partner_id)
        earned = round(min(5000.0, opp.acv * 0.02), 2)
        paid = deal.booked + dt.timedelta(days=pay_lag)
        yield (
            "INCENTIVE_PROGRAM",
            {
                "incentive_program_id": f"INC-{seq:05d}",
                "program_name": "Partner SPIFF: new logo",
                "program_type": "spiff",
                "partner_id": partner.id,
                "partner_agreement_id": None,
                "enrolled_at": ts(deal.booked),
                "period_start_date": ds(deal.booked.date()),
                "period_end_date": ds(deal.booked.date()),
                "status": "paid" if w.visible(paid) else "approved",
                "target_amount": None,
                "achieved_amount": money(opp.acv),
                "attained": True,
                "earned_amount": money(earned),
                "claimed_at": ts(deal.booked),
                "paid_amount": money(earned) if w.visible(paid) else None,
                "paid_at": ts(w.seen(paid)),
                "deal_id": deal.id,
                "product_id": opp.product_id,
                "channel_manager_rep_id": partner.manager,
                "territory_id": partner.territory_id,
                "market_id": partner.market_id,
                "offered_amount": money(earned),
            },
        )


def _referrals(w: World) -> Iterator[Row]:
    rand = w.rng("render", "REFERRAL")
    partners = {p.id: p for p in w.partners}
    seq = 0
    base = [c for c in w.customers if c.base]
    for lead in w.leads:
        referrer_type = None
        if lead.source == "referral":
            referrer_type = "customer"
        elif lead.source == "partner" and lead.partner_id and partners[lead.partner_id].kind == "referral":
            referrer_type = "partner"
        elif lead.source == "other" and rand.chance(0.15):
            referrer_type = "employee"
        if referrer_type is None:
            continue
        seq += 1
        lag = rand.uniform(0.1, 3)
        yield from _referral(
            w,
            seq,
            referrer_type,
            lead.referral_customer if referrer_type == "customer" else None,
            lead.partner_id if referrer_type == "partner" else None,
            lead.opp,
            lead,
            lead.created - dt.timedelta(days=lag),
        )
    for opp in w.opps:
        if opp.lead is None and opp.source == "referral" and base:
            seq += 1
            referrer = rand.pick(base)
            lag = rand.uniform(1, 10)
            yield from _referral(w, seq, "customer", referrer, None, opp, None, opp.created - dt.timedelta(days=lag))


def _referral(
    w: World,
    seq: int,
    kind: str,
    referrer: object,
    partner_id: str | None,
    opp: Opp | None,
    lead: object,
    created: dt.datetime,
) -> Iterator[Row]:
    from generators.synth.entities import Customer, Lead

    if created > w.horizon:
        return
    lead_row = lead if isinstance(lead, Lead) and lead.created <= w.horizon else None
    referrer_row = referrer if isinstance(referrer, Customer) and referrer.created <= w.horizon else None
    visible_opp = opp if opp is not None and opp.created <= w.horizon else None
    qualified = None
    if isinstance(lead, Lead):
        qualified = w.seen(lead.sal or lead.mql)
    elif visible_opp:
        qualified = visible_opp.created
    won = (
        visible_opp is not None
        and visible_opp.won
        and visible_opp.deal is not None
        and visible_opp.deal.booked <= w.horizon
    )
    converted = visible_opp.deal.booked if won and visible_opp and visible_opp.deal else None
    closed = visible_opp.closed if visible_opp and visible_opp.closed and visible_opp.closed <= w.horizon else None
    dq = w.seen(lead.disqualified) if isinstance(lead, Lead) else None
    if won:
        status = "converted"
    elif closed or dq:
        status = "rejected"
    elif visible_opp:
        status = "in_progress"
    elif qualified:
        status = "qualified"
    elif (w.horizon - created).days > 120:
        status = "expired"
    else:
        status = "submitted"
    reward = min(5000.0, 0.1 * visible_opp.acv) if won and visible_opp else None
    paid = converted + dt.timedelta(days=30) if converted else None
    customer = visible_opp.customer if visible_opp and visible_opp.customer.created <= w.horizon else None
    yield (
        "REFERRAL",
        {
            "referral_id": f"REF-{seq:05d}",
            "referrer_type": kind,
            "referrer_customer_id": referrer_row.id if referrer_row else None,
            "partner_id": partner_id,
            "referred_lead_id": lead_row.id if lead_row else None,
            "referred_opportunity_id": visible_opp.id if visible_opp else None,
            "referred_customer_id": customer.id if customer else None,
            "sales_rep_id": visible_opp.owner.id
            if visible_opp
            else (lead_row.owner.id if lead_row and lead_row.owner else None),
            "team_id": visible_opp.owner.team_id if visible_opp else None,
            "status": status,
            "created_at": ts(created),
            "qualified_at": ts(qualified),
            "converted_at": ts(converted),
            "closed_at": ts(closed or dq),
            "won_amount": money(visible_opp.amount) if won and visible_opp else None,
            "reward_amount": money(reward),
            "reward_paid_at": ts(w.seen(paid)),
        },
    )
