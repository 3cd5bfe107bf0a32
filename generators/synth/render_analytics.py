"""Rows of plans against actuals and derived analyses: forecast submissions, performance
scorecards, acquisition cohorts and customer profitability."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from generators.synth.calendar import add_months, month_end, month_start, quarter_start
from generators.synth.entities import OPEN_STAGES, Customer, Opp, Partner, Rep
from generators.synth.metrics import (
    bookings_by_rep_month,
    meetings_by_sdr_month,
    monthly_meeting_quotas,
    monthly_quotas,
    partner_bookings_by_manager_month,
)
from generators.synth.rand import Rng
from generators.synth.render_org import recognised, rep_draws
from generators.synth.render_pipeline import amount_at, expected_at
from generators.synth.state import World
from generators.synth.values import clamp, ds, money, ratio, ts

Row = tuple[str, dict[str, object]]
SELLERS = ("inside_ae", "field_ae", "account_manager", "kam")


def render_analytics(w: World) -> Iterator[Row]:
    quotas = monthly_quotas(w)
    yield from _forecasts(w, quotas)
    yield from _scorecards(w, quotas)
    yield from _cohorts(w)
    yield from _profitability(w)


def _acv_at(opp: Opp, moment: dt.datetime) -> float:
    return opp.acv * amount_at(opp, moment) / opp.amount if opp.amount else opp.acv


def _position(opps: list[Opp], start: dt.date, end: dt.date, moment: dt.datetime) -> tuple[float, float, float, float]:
    """Closed-won ACV in the period so far, and open ACV expected in it by stage band."""
    closed = commit = best = pipeline = 0.0
    for opp in opps:
        if opp.created > moment:
            continue
        state = opp.stage_at(moment)
        if state is None:
            continue
        stage = state[0]
        if stage == "closed_won":
            if opp.closed and start <= opp.closed.date() <= end:
                closed += opp.acv
            continue
        if stage == "closed_lost" or not (start <= expected_at(opp, moment) <= end):
            continue
        value = _acv_at(opp, moment)
        pipeline += value
        if stage == "negotiation":
            commit += value
        elif stage in ("proposal", "demo"):
            best += value
    return closed, commit, best, pipeline


def _slipped(w: World, opps: list[Opp], start: dt.date, end: dt.date, moment: dt.datetime) -> float | None:
    """Open ACV expected in the period at ``moment`` (as in the submission's open pipeline) that was
    still open at the end of the period with a later expected close date: pushed out of the period.
    None until the period has ended by the horizon."""
    period_end = dt.datetime.combine(end, dt.time(23, 59, 59))
    if period_end > w.horizon:
        return None
    slipped = 0.0
    for opp in opps:
        if opp.created > moment:
            continue
        state, later = opp.stage_at(moment), opp.stage_at(period_end)
        if state is None or later is None or state[0] not in OPEN_STAGES or later[0] not in OPEN_STAGES:
            continue
        if start <= expected_at(opp, moment) <= end < expected_at(opp, period_end):
            slipped += _acv_at(opp, moment)
    return slipped


def _forecasts(w: World, quotas: dict[tuple[str, dt.date], float]) -> Iterator[Row]:
    by_rep: dict[str, list[Opp]] = defaultdict(list)
    for opp in w.opps:
        by_rep[opp.owner.id].append(opp)
    team_totals: dict[tuple[str, dt.date, int], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for rep in w.reps:
        if rep.role not in SELLERS:
            continue
        for month in w.cal.months():
            end = month_end(month)
            for week in (1, 3):
                submitted = dt.datetime.combine(month + dt.timedelta(days=7 * (week - 1)), dt.time(16))
                submitted += dt.timedelta(days=(7 - submitted.weekday()) % 7)
                if not rep.active(submitted.date()) or submitted > w.horizon:
                    continue
                closed, commit, best, pipeline = _position(by_rep[rep.id], month, end, submitted)
                bias = 1 + rep.forecast_bias
                commit_call = closed + (0.7 * commit + 0.2 * best) * bias
                best_call = closed + (commit + 0.7 * best + 0.1 * (pipeline - commit - best)) * bias
                quota = quotas.get((rep.id, month))
                totals = team_totals[(rep.team_id, month, week)]
                for i, value in enumerate((commit_call, best_call, pipeline, closed)):
                    totals[i] += value
                calls = [("commit", commit_call)] + ([("best_case", best_call)] if week == 1 else [])
                for category, amount in calls:
                    yield _forecast_row(
                        w,
                        f"FC-{rep.id.split('-')[1]}-{month:%Y%m}-{week}-{category[0].upper()}",
                        "rep",
                        rep,
                        rep.team_id,
                        "month",
                        month,
                        end,
                        submitted,
                        week,
                        category,
                        amount,
                        pipeline,
                        closed,
                        quota,
                        weighted=closed + 0.6 * commit + 0.3 * best,
                        slipped=_slipped(w, by_rep[rep.id], month, end, submitted),
                    )
    for (team_id, month, week), (commit_call, _best, pipeline, closed) in sorted(team_totals.items()):
        team = w.team(team_id)
        submitted = dt.datetime.combine(month + dt.timedelta(days=7 * (week - 1)), dt.time(18))
        submitted += dt.timedelta(days=(7 - submitted.weekday()) % 7)
        if team is None or submitted > w.horizon:
            continue
        manager = w.rep_by_id.get(team.manager or "")
        judgement = 0.97
        yield _forecast_row(
            w,
            f"FC-{team_id}-{month:%Y%m}-{week}",
            "manager",
            manager,
            team_id,
            "month",
            month,
            month_end(month),
            submitted,
            week,
            "commit",
            commit_call * judgement,
            pipeline,
            closed,
            None,
            weighted=commit_call,
        )
    # the company's quarterly call, from the realised quarter so it can be compared with actuals
    actual: dict[dt.date, float] = defaultdict(float)
    for opp in w.opps:
        if opp.won and opp.closed is not None:
            actual[quarter_start(opp.closed.date())] += opp.acv
    rand = w.rng("render", "SALES_FORECAST")
    for quarter in w.cal.quarters():
        end = add_months(quarter, 3) - dt.timedelta(days=1)
        for week in (2, 6, 10):
            error = rand.gauss(0.0, 0.12 * (1 - week / 13))
            submitted = dt.datetime.combine(quarter + dt.timedelta(days=7 * (week - 1)), dt.time(17))
            if submitted > w.horizon:
                continue
            amount = actual[quarter] * (1 + error)
            yield _forecast_row(
                w,
                f"FC-CO-{quarter:%Y%m}-{week}",
                "company",
                None,
                None,
                "quarter",
                quarter,
                end,
                submitted,
                week,
                "commit",
                amount,
                None,
                None,
                None,
                weighted=amount,
            )


def _forecast_row(
    w: World,
    row_id: str,
    level: str,
    rep: Rep | None,
    team_id: str | None,
    period: str,
    start: dt.date,
    end: dt.date,
    submitted: dt.datetime,
    week: int,
    category: str,
    amount: float,
    pipeline: float | None,
    closed: float | None,
    quota: float | None,
    weighted: float,
    slipped: float | None = None,
) -> Row:
    return (
        "SALES_FORECAST",
        {
            "sales_forecast_id": row_id,
            "forecast_level": level,
            "sales_rep_id": rep.id if rep else None,
            "team_id": team_id,
            "territory_id": rep.territory_id if rep and level == "rep" else None,
            "segment_id": rep.segment_id if rep and level == "rep" else None,
            "forecast_measure": "bookings",
            "period_type": period,
            "period_start": ds(start),
            "period_end": ds(end),
            "submitted_at": ts(submitted),
            "submission_week": week,
            "forecast_category": category,
            "forecast_amount": money(max(0.0, amount)),
            "open_pipeline_amount": money(pipeline),
            "closed_to_date_amount": money(closed),
            "quota_amount": money(quota),
            "is_final": week == (3 if period == "month" else 10),
            "is_first_of_period": week == (1 if period == "month" else 2),
            "adjustment_amount": money(amount - weighted),
            "slipped_amount": money(slipped),
        },
    )


SELLING_SHARE = {
    "field_ae": 0.43,
    "inside_ae": 0.41,
    "sdr": 0.36,
    "bdr": 0.37,
    "account_manager": 0.38,
    "kam": 0.40,
    "channel_manager": 0.30,
}
"""Typical share of working hours spent in customer-facing selling, by role."""


def _time_use(rand: Rng, rep: Rep, month: dt.date, weekly: float) -> tuple[float, float]:
    """Hours worked in ``month`` (contracted hours on its weekdays, less leave) and the part
    of them spent selling: by role, better for skilled reps, lower while ramping and in
    December."""
    leave = rand.uniform(0.0, 0.1)
    noise = rand.normal(0.0, 0.03, -0.1, 0.1)
    end = month_end(month)
    weekdays = sum(1 for d in range((end - month).days + 1) if (month + dt.timedelta(days=d)).weekday() < 5)
    working = weekly * weekdays / 5 * (1 - leave)
    share = SELLING_SHARE.get(rep.role, 0.35) + 0.05 * (rep.skill_at(month) - 0.5) + noise
    if month < rep.ramp_end:
        share -= 0.06
    if month.month == 12:
        share -= 0.03
    return working, working * clamp(share, 0.15, 0.7)


VARIABLE_SHARE = {"sdr": 0.35, "bdr": 0.35, "account_manager": 0.3, "kam": 0.3, "channel_manager": 0.4}
"""Share of on-target earnings that is variable pay, by role (0.5 for account executives)."""


def _incentive_pay(rep: Rep, attainment: float) -> float:
    """The month's variable pay: the monthly target incentive times the payout, linear up to quota
    and accelerated 1.5x from 100 % to the 200 % cap."""
    target = rep.ote * VARIABLE_SHARE.get(rep.role, 0.5) / 12
    payout = min(attainment, 1.0) + 1.5 * max(0.0, min(attainment, 2.0) - 1.0)
    return target * payout


def _scorecards(w: World, quotas: dict[tuple[str, dt.date], float]) -> Iterator[Row]:
    bookings = bookings_by_rep_month(w, w.horizon)
    meetings = meetings_by_sdr_month(w, w.horizon)
    meeting_quota = monthly_meeting_quotas(w)
    partner_bookings = partner_bookings_by_manager_month(w, w.horizon)
    time_use = w.rng("render", "PERFORMANCE_SCORECARD-time-use")
    weekly_hours = rep_draws(w)
    closed: dict[tuple[str, dt.date], list[int]] = defaultdict(lambda: [0, 0])
    pipeline: dict[tuple[str, dt.date], float] = defaultdict(float)
    for opp in w.opps:
        if opp.created <= w.horizon:
            pipeline[(opp.owner.id, month_start(opp.created.date()))] += opp.amount0
        if opp.closed is not None and opp.closed <= w.horizon:
            key = (opp.owner.id, month_start(opp.closed.date()))
            closed[key][1] += 1
            closed[key][0] += int(opp.won)
    for month in w.cal.months():
        published = dt.datetime.combine(month_end(month) + dt.timedelta(days=3), dt.time(9))
        if published > w.horizon:
            break
        rows: list[tuple[Rep, float | None, float | None, float, int]] = []
        for rep in w.reps:
            if rep.role == "sales_manager" or not rep.active(month) or rep.hire > month_end(month):
                continue
            if rep.role in ("sdr", "bdr"):
                quota = float(meeting_quota.get((rep.id, month), 0))
                actual = float(meetings.get((rep.id, month), 0))
                rows.append((rep, None, None, actual / quota if quota else 0.0, int(actual)))
            else:
                source = partner_bookings if rep.role == "channel_manager" else bookings
                quota = quotas.get((rep.id, month), 0.0)
                actual = source.get((rep.id, month), 0.0)
                rows.append((rep, quota, actual, actual / quota if quota else 0.0, 0))
        by_role: dict[str, list[tuple[Rep, float | None, float | None, float, int]]] = defaultdict(list)
        for row in rows:
            by_role[row[0].role].append(row)
        for peers in by_role.values():
            ranked = sorted(peers, key=lambda r: (-r[3], r[0].id))
            for rank, (rep, quota_amount, booked_amount, attainment, _count) in enumerate(ranked, 1):
                won, total = closed.get((rep.id, month), [0, 0])
                skill = clamp(60 + 12 * rep.skill_at(month), 5, 100)
                overall = clamp(0.6 * min(1.5, attainment) * 100 / 1.5 + 0.4 * skill, 0, 100)
                working, selling = _time_use(time_use, rep, month, weekly_hours[rep.id][0])
                tier = (
                    "top"
                    if attainment >= 1.1
                    else "core"
                    if attainment >= 0.8
                    else "developing"
                    if attainment >= 0.5
                    else "at_risk"
                )
                yield (
                    "PERFORMANCE_SCORECARD",
                    {
                        "performance_scorecard_id": f"PSC-{rep.id.split('-')[1]}-{month:%Y%m}",
                        "subject_type": "sales_rep",
                        "sales_rep_id": rep.id,
                        "partner_id": None,
                        "team_id": rep.team_id,
                        "territory_id": rep.territory_id,
                        "reviewer_rep_id": rep.manager,
                        "rep_role": rep.role,
                        "period_type": "month",
                        "period_start": ds(month),
                        "period_end": ds(month_end(month)),
                        "published_at": ts(published),
                        "overall_score": ratio(overall, 1),
                        "quota_amount": money(quota_amount),
                        "bookings_amount": money(booked_amount),
                        "quota_attainment": ratio(attainment),
                        "is_at_or_above_quota": attainment >= 1.0,
                        "win_rate": ratio(won / total) if total else None,
                        "pipeline_generated_amount": money(pipeline.get((rep.id, month), 0.0)),
                        "activity_score": ratio(clamp(50 + 15 * rep.skill + 10 * (attainment - 0.8), 0, 100), 1),
                        "skill_score": ratio(skill, 1),
                        "rank": rank,
                        "peer_count": len(peers),
                        "performance_tier": tier,
                        "is_ramping": month < rep.ramp_end,
                        "working_hours": ratio(working, 1),
                        "selling_hours": ratio(selling, 1),
                        "incentive_compensation_amount": money(_incentive_pay(rep, attainment)),
                    },
                )
    partner_acv: dict[tuple[str, dt.date], float] = defaultdict(float)
    partner_closed: dict[tuple[str, dt.date], list[int]] = defaultdict(lambda: [0, 0])
    partner_pipe: dict[tuple[str, dt.date], float] = defaultdict(float)
    for opp in w.opps:
        if opp.partner_id is None:
            continue
        if opp.created <= w.horizon:
            partner_pipe[(opp.partner_id, quarter_start(opp.created.date()))] += opp.amount0
        if opp.closed is not None and opp.closed <= w.horizon:
            key = (opp.partner_id, quarter_start(opp.closed.date()))
            partner_closed[key][1] += 1
            partner_closed[key][0] += int(opp.won)
            if opp.won:
                partner_acv[key] += opp.acv
    previous_score: dict[str, float] = {}
    for quarter in w.cal.quarters():
        end = add_months(quarter, 3) - dt.timedelta(days=1)
        published = dt.datetime.combine(end + dt.timedelta(days=5), dt.time(9))
        if published > w.horizon:
            break
        for p in w.partners:
            if p.activated is None or p.activated.date() > end or (p.terminated and p.terminated.date() < quarter):
                continue
            quota = p.target / 4
            actual = partner_acv.get((p.id, quarter), 0.0)
            won, total = partner_closed.get((p.id, quarter), [0, 0])
            attainment = actual / quota if quota else 0.0
            score = round(clamp(40 + 40 * min(1.5, attainment) + 10 * p.quality, 0, 100), 1)
            change = round(score - previous_score[p.id], 1) if p.id in previous_score else None
            previous_score[p.id] = score
            survey = _partner_survey(w, p, quarter, attainment)
            yield (
                "PERFORMANCE_SCORECARD",
                {
                    "performance_scorecard_id": f"PSC-{p.id}-{quarter:%Y%m}",
                    "subject_type": "channel_partner",
                    "sales_rep_id": None,
                    "partner_id": p.id,
                    "team_id": None,
                    "territory_id": p.territory_id,
                    "reviewer_rep_id": p.manager,
                    "rep_role": None,
                    "period_type": "quarter",
                    "period_start": ds(quarter),
                    "period_end": ds(end),
                    "published_at": ts(published),
                    "overall_score": ratio(score, 1),
                    "quota_amount": money(quota),
                    "bookings_amount": money(actual),
                    "quota_attainment": ratio(attainment),
                    "is_at_or_above_quota": attainment >= 1.0,
                    "win_rate": ratio(won / total) if total else None,
                    "pipeline_generated_amount": money(partner_pipe.get((p.id, quarter), 0.0)),
                    "activity_score": ratio(clamp(50 * p.quality, 0, 100), 1),
                    "skill_score": None,
                    "rank": None,
                    "peer_count": None,
                    "performance_tier": "top"
                    if attainment >= 1.1
                    else "core"
                    if attainment >= 0.8
                    else "developing"
                    if attainment >= 0.4
                    else "at_risk",
                    "is_ramping": (quarter - p.activated.date()).days < 180,
                    **survey,
                    "score_change_vs_prior": change,
                },
            )


def _partner_survey(w: World, p: Partner, quarter: dt.date, attainment: float) -> dict[str, object]:
    """The partner's survey answers (satisfaction 1-5, likelihood to recommend 0-10) and the programme
    compliance check collected with its quarterly scorecard; better and better-selling partners are happier."""
    rand = w.rng("partner_survey", p.id, quarter.isoformat())
    mood = 0.8 * (p.quality - 1.0) + 0.6 * (min(1.5, attainment) - 0.5)
    satisfaction = round(clamp(rand.gauss(3.7 + mood, 0.8), 1, 5)) if rand.chance(0.8) else None
    recommend = round(clamp(rand.gauss(8.1 + 1.6 * mood, 1.6), 0, 10)) if rand.chance(0.75) else None
    compliant = rand.chance(clamp(0.62 + 0.2 * min(1.5, p.quality), 0, 0.97))
    return {
        "partner_satisfaction_score": satisfaction,
        "partner_nps_response": recommend,
        "is_program_compliant": compliant,
    }


CHANNEL = {
    "inbound": "inbound",
    "outbound": "outbound",
    "sdr_sourced": "outbound",
    "ae_sourced": "outbound",
    "partner": "partner",
    "referral": "referral",
    "event": "event",
    "marketing_campaign": "paid",
    "customer_success": "referral",
    "other": "inbound",
}


def _cohorts(w: World) -> Iterator[Row]:
    cohorts: dict[tuple[dt.date, str], list[Customer]] = defaultdict(list)
    for c in w.customers:
        if c.since is not None and not c.base and c.since >= w.cal.start and c.since <= w.until:
            cohorts[(month_start(c.since), c.tier)].append(c)
    months = w.cal.months()
    for (cohort, tier), members in sorted(cohorts.items()):
        start_day = month_end(cohort)
        start_mrr = {c.id: c.mrr_on(min(start_day, w.until)) or c.mrr_on(c.since or start_day) for c in members}
        channels = [CHANNEL.get(c.source, "inbound") for c in members]
        channel = max(sorted(set(channels)), key=channels.count)
        for period in months:
            if period < cohort or month_end(period) > w.until:
                continue
            day = month_end(period)
            active = [c for c in members if c.paying_on(day)]
            expansion = contraction = churned = 0.0
            for c in members:
                now = c.mrr_on(day)
                before = start_mrr[c.id]
                if now == 0:
                    churned += before
                elif now > before:
                    expansion += now - before
                else:
                    contraction += before - now
            yield (
                "CUSTOMER_COHORT",
                {
                    "customer_cohort_id": f"COH-{cohort:%Y%m}-{tier[:3].upper()}-{period:%Y%m}",
                    "cohort_code": f"{cohort:%Y-%m}-{tier}",
                    "cohort_month": ds(cohort),
                    "acquisition_channel": channel,
                    "segment_id": w.segment(tier).id,
                    "product_id": "PRD-CORE",
                    "market_id": None,
                    "period_month": ds(period),
                    "months_since_start": (period.year - cohort.year) * 12 + period.month - cohort.month,
                    "customers_at_start": len(members),
                    "customers_active": len(active),
                    "mrr_at_start": money(sum(start_mrr.values())),
                    "mrr_active": money(sum(c.mrr_on(day) for c in active)),
                    "expansion_mrr": money(expansion),
                    "contraction_mrr": money(contraction),
                    "churned_mrr": money(churned),
                },
            )


KAM_COST_PER_MONTH = 1800.0
"""Key account management cost allocated to a key account per month (a KAM's loaded cost over a portfolio)."""


def _profitability(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CUSTOMER_PROFITABILITY_ANALYSIS")
    tickets = {"smb": 0.08, "mid_market": 0.2, "enterprise": 0.5}
    success = {"smb": 120.0, "mid_market": 900.0, "enterprise": 3500.0}
    halves = [m for m in w.cal.months() if m.month in (1, 7)] or w.cal.months()[:1]
    for c in w.customers:
        if c.since is None:
            continue
        margin = rand.uniform(0.72, 0.86)
        for start in halves:
            end = add_months(start, 6) - dt.timedelta(days=1)
            noise = rand.uniform(0.7, 1.3)
            if start > w.until:  # a half with recognised revenue counts, known on any day of it
                continue
            last = min(end, w.until)
            recurring = recognised(c, start, last)
            if recurring <= 0:
                continue
            one_time = sum(
                line.quantity * line.unit_price
                for opp in c.opps
                if opp.deal is not None and start <= opp.deal.start <= last
                for line in opp.lines
                if not line.recurring
            )
            revenue = recurring + one_time
            months = ((last - start).days + 1) / 30.44
            cost = recurring * (1 - margin) + one_time * 0.6
            support = tickets[c.tier] * months * 65 * noise * (1 + max(0.0, 65 - c.health(start)) / 35)
            succ = success[c.tier] * months / 6 * noise
            if c.key_since is not None and c.key_since.date() <= last:
                succ += KAM_COST_PER_MONTH * months * noise  # the key account manager's time on the account
            retention = 0.02 * recurring if c.health(start) < 55 else 0.0
            acquisition = c.acq_cost if c.since and start <= c.since <= last else 0.0
            serve = support + succ + retention
            gross = revenue - cost
            key = c.key_since is not None and c.key_since.date() <= last
            yield (
                "CUSTOMER_PROFITABILITY_ANALYSIS",
                {
                    "customer_profitability_analysis_id": f"CPA-{c.id.split('-')[1]}-{start:%Y%m}",
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "segment_id": c.segment_id,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "period_start_date": ds(start),
                    "period_end_date": ds(end),
                    "revenue": money(revenue),
                    "recurring_revenue": money(recurring),
                    "mrr_at_period_end": money(c.mrr_on(last)),
                    "cost_of_revenue": money(cost),
                    "support_cost": money(support),
                    "success_cost": money(succ),
                    "retention_cost": money(retention),
                    "cost_to_serve": money(serve),
                    "acquisition_cost": money(acquisition),
                    "gross_margin": money(gross),
                    "gross_margin_rate": ratio(gross / revenue if revenue else None),
                    "contribution_margin": money(gross - serve),
                    "is_key_account": key,
                    "key_account_manager_id": c.kam.id if key and c.kam else None,
                },
            )
