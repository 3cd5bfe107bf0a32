"""Rows of plans and enablement catalogues: quota plans and quotas, benchmarks, strategic
initiatives, knowledge-base articles, sales content, training enrolments and dashboards."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from generators.synth.calendar import add_months, quarter_start
from generators.synth.metrics import monthly_meeting_quotas, monthly_quotas, ramp_factor
from generators.synth.render_org import recognised
from generators.synth.render_training import training_extras
from generators.synth.state import World
from generators.synth.values import days_between, ds, money, ratio, ts

Row = tuple[str, dict[str, object]]


def render_plans(w: World) -> Iterator[Row]:
    yield from _quotas(w)
    yield from _benchmarks(w)
    yield from _initiatives(w)
    yield from _knowledge_base(w)
    yield from _content(w)
    yield from _training(w)
    yield from _dashboards(w)


def _status(w: World, start: dt.date, end: dt.date) -> str:
    if end < w.until:
        return "closed"
    return "active" if start <= w.until else "draft"


def _quotas(w: World) -> Iterator[Row]:
    rand = w.rng("render", "SALES_QUOTA")
    bookings = monthly_quotas(w)
    meetings = monthly_meeting_quotas(w)
    years = sorted({m.year for m in w.cal.months()})
    reps = w.rep_by_id
    plans: dict[tuple[int, str], str] = {}
    sdr_team = next((t for t in w.teams if t.kind == "sales_development"), None)
    for year in years:
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        created = rand.work_time(dt.date(year - 1, 11, 3))
        approved = rand.after(created, rand.uniform(20, 30))
        published = rand.after(approved, rand.uniform(3, 10))
        assigned = sum(v for (r, m), v in bookings.items() if m.year == year)
        headcount = len({r for (r, m) in bookings if m.year == year})
        over = w.rng("render", "QUOTA_PLAN over-assignment", year).uniform(0.06, 0.2)
        for quota_type, scope, total, team_id in (
            ("bookings", "company", assigned / (1 + over), None),
            ("new_logo", "company", assigned / 1.12 / 30000, None),
            (
                "activity",
                "team",
                float(sum(v for (r, m), v in meetings.items() if m.year == year)),
                sdr_team.id if sdr_team else None,
            ),
        ):
            plan_id = f"QPL-{year}-{quota_type[:3].upper()}"
            plans[(year, quota_type)] = plan_id
            if created > w.horizon or start > w.until:
                continue
            yield (
                "QUOTA_PLAN",
                {
                    "quota_plan_id": plan_id,
                    "plan_name": f"FY{year} {quota_type.replace('_', ' ')} plan",
                    "plan_year": year,
                    "version": 1,
                    "scope": scope,
                    "team_id": team_id if scope == "team" else None,
                    "quota_type": quota_type,
                    "start_date": ds(start),
                    "end_date": ds(end),
                    "total_target_amount": money(total if quota_type != "new_logo" else round(total)),
                    "total_assigned_quota_amount": money(assigned if quota_type == "bookings" else None),
                    "over_assignment_rate": ratio(over) if quota_type == "bookings" else None,
                    "planned_headcount": headcount,
                    "status": "closed"
                    if end < w.until
                    else "active"
                    if start <= w.until
                    else "approved"
                    if w.visible(approved)
                    else "in_review",
                    "created_at": ts(created),
                    "approved_at": ts(w.seen(approved)),
                    "published_at": ts(w.seen(published)),
                },
            )
    # rep months, rep quarters, team and territory quarters
    quarterly: dict[tuple[str, str, dt.date], float] = defaultdict(float)
    for (rep_id, month), amount in sorted(bookings.items(), key=lambda x: (x[0][1], x[0][0])):
        rep = reps[rep_id]
        quarter = quarter_start(month)
        quarterly[("rep", rep_id, quarter)] += amount
        quarterly[("team", rep.team_id, quarter)] += amount
        if rep.territory_id and rep.role in ("inside_ae", "field_ae"):
            quarterly[("territory", rep.territory_id, quarter)] += amount
        yield from _quota_row(
            w,
            "rep",
            rep_id,
            month,
            add_months(month, 1),
            "bookings",
            amount,
            None,
            plans.get((month.year, "bookings")),
        )
    for (rep_id, month), count in sorted(meetings.items(), key=lambda x: (x[0][1], x[0][0])):
        yield from _quota_row(
            w,
            "rep",
            rep_id,
            month,
            add_months(month, 1),
            "activity",
            None,
            count,
            plans.get((month.year, "activity")),
        )
    for (level, key, quarter), amount in quarterly.items():
        yield from _quota_row(
            w,
            level,
            key,
            quarter,
            add_months(quarter, 3),
            "bookings",
            amount,
            None,
            plans.get((quarter.year, "bookings")),
        )
        if level == "rep" and reps[key].role in ("inside_ae", "field_ae"):
            count = max(1, round(amount / (60000 if reps[key].role == "field_ae" else 15000)))
            yield from _quota_row(
                w,
                level,
                key,
                quarter,
                add_months(quarter, 3),
                "new_logo",
                None,
                count,
                plans.get((quarter.year, "new_logo")),
            )


def _quota_row(
    w: World,
    level: str,
    key: str,
    start: dt.date,
    after: dt.date,
    quota_type: str,
    amount: float | None,
    count: int | None,
    plan_id: str | None,
) -> Iterator[Row]:
    end = after - dt.timedelta(days=1)
    assigned = dt.datetime.combine(start - dt.timedelta(days=7 if start.day == 1 else 1), dt.time(9))
    rep = w.rep_by_id.get(key) if level == "rep" else None
    if rep is not None and assigned.date() < rep.hire:
        assigned = dt.datetime.combine(rep.hire, dt.time(10))
    if assigned > w.horizon or start > w.until:
        return
    period = "month" if (after - start).days < 40 else "quarter"
    team = w.team(key) if level == "team" else w.team(rep.team_id) if rep else None
    territory = next((t for t in w.territories if t.id == key), None) if level == "territory" else None
    ramp = ramp_factor(rep, start) if rep else 1.0
    quota_id = (
        f"SQ-{level[:3].upper()}-{key.split('-', 1)[1]}-{quota_type[:3].upper()}-{start:%Y%m}-{period[0].upper()}"
    )
    yield (
        "SALES_QUOTA",
        {
            "sales_quota_id": quota_id,
            "quota_plan_id": plan_id,
            "assignee_level": level,
            "sales_rep_id": rep.id if rep else None,
            "rep_role": rep.role if rep else None,
            "team_id": team.id if team else (territory.team_id if territory else None),
            "territory_id": territory.id if territory else (rep.territory_id if rep else None),
            "segment_id": (
                rep.segment_id if rep else (territory.segment_id if territory else team.segment_id if team else None)
            ),
            "product_id": None,
            "quota_type": quota_type,
            "period_type": period,
            "period_start": ds(start),
            "period_end": ds(end),
            "quota_amount": money(amount),
            "quota_count": count,
            "is_ramping": ramp < 1.0,
            "ramp_factor": ramp,
            "status": _status(w, start, end),
            "assigned_at": ts(assigned),
        },
    )


BENCHMARKS = (
    ("win_rate", "Win rate", "percent", "company", None, None, 0.22, 0.15, 0.3, "industry_report"),
    ("win_rate", "Win rate", "percent", "segment", "enterprise", None, 0.18, 0.12, 0.25, "industry_report"),
    ("win_rate", "Win rate", "percent", "segment", "smb", None, 0.25, 0.18, 0.32, "industry_report"),
    ("sales_cycle_days", "Sales cycle length", "days", "segment", "smb", None, 35, 20, 50, "industry_report"),
    ("sales_cycle_days", "Sales cycle length", "days", "segment", "mid_market", None, 65, 45, 90, "industry_report"),
    ("sales_cycle_days", "Sales cycle length", "days", "segment", "enterprise", None, 110, 80, 160, "industry_report"),
    ("quota_attainment", "Quota attainment", "percent", "role", None, "inside_ae", 0.85, 0.7, 1.0, "peer_group"),
    ("quota_attainment", "Quota attainment", "percent", "role", None, "field_ae", 0.82, 0.65, 1.0, "peer_group"),
    ("connect_rate", "Call connect rate", "percent", "role", None, "sdr", 0.1, 0.05, 0.15, "industry_report"),
    ("meetings_booked", "Meetings booked per SDR", "count", "role", None, "sdr", 12, 8, 18, "industry_report"),
    (
        "lead_to_opportunity_rate",
        "Lead to opportunity conversion",
        "percent",
        "company",
        None,
        None,
        0.15,
        0.1,
        0.25,
        "industry_report",
    ),
    (
        "logo_churn_monthly",
        "Monthly logo churn",
        "percent",
        "segment",
        "smb",
        None,
        0.025,
        0.015,
        0.04,
        "industry_report",
    ),
    (
        "logo_churn_monthly",
        "Monthly logo churn",
        "percent",
        "segment",
        "mid_market",
        None,
        0.012,
        0.007,
        0.02,
        "industry_report",
    ),
    (
        "logo_churn_monthly",
        "Monthly logo churn",
        "percent",
        "segment",
        "enterprise",
        None,
        0.006,
        0.003,
        0.01,
        "industry_report",
    ),
    (
        "net_revenue_retention",
        "Net revenue retention",
        "percent",
        "company",
        None,
        None,
        1.05,
        0.95,
        1.2,
        "industry_report",
    ),
    (
        "gross_revenue_retention",
        "Gross revenue retention",
        "percent",
        "company",
        None,
        None,
        0.9,
        0.85,
        0.95,
        "industry_report",
    ),
    ("nps", "Net promoter score", "score", "industry", None, None, 36, 20, 55, "industry_report"),
    (
        "csat",
        "Customer satisfaction (share 4-5)",
        "percent",
        "company",
        None,
        None,
        0.85,
        0.78,
        0.92,
        "industry_report",
    ),
    ("first_response_hours", "First response time", "hours", "company", None, None, 4, 1, 8, "management_target"),
    ("pipeline_coverage", "Pipeline coverage", "ratio", "company", None, None, 3.0, 2.5, 4.0, "management_target"),
    ("forecast_accuracy", "Forecast accuracy", "percent", "company", None, None, 0.9, 0.85, 0.95, "management_target"),
    ("ramp_time_months", "Ramp time", "months", "role", None, "field_ae", 6, 4, 9, "internal_history"),
    ("ramp_time_months", "Ramp time", "months", "role", None, "inside_ae", 4, 3, 6, "internal_history"),
    (
        "avg_deal_size",
        "Average deal size (ACV)",
        "currency",
        "segment",
        "enterprise",
        None,
        150000,
        90000,
        250000,
        "internal_history",
    ),
    (
        "avg_deal_size",
        "Average deal size (ACV)",
        "currency",
        "segment",
        "mid_market",
        None,
        40000,
        25000,
        60000,
        "internal_history",
    ),
    (
        "avg_deal_size",
        "Average deal size (ACV)",
        "currency",
        "segment",
        "smb",
        None,
        10000,
        6000,
        15000,
        "internal_history",
    ),
    (
        "partner_sourced_share",
        "Partner-sourced pipeline share",
        "percent",
        "company",
        None,
        None,
        0.2,
        0.12,
        0.3,
        "peer_group",
    ),
    ("time_to_first_value_days", "Time to first value", "days", "company", None, None, 30, 14, 45, "peer_group"),
)


def _benchmarks(w: World) -> Iterator[Row]:
    created = dt.datetime.combine(w.cal.start - dt.timedelta(days=20), dt.time(10))
    for i, (code, name, unit, scope, tier, role, value, low, high, source) in enumerate(BENCHMARKS, 1):
        yield (
            "PERFORMANCE_BENCHMARK",
            {
                "performance_benchmark_id": f"PBM-{i:03d}",
                "metric_code": code,
                "metric_name": name,
                "unit": unit,
                "scope": scope,
                "team_id": None,
                "segment_id": w.segment(tier).id if tier else None,
                "rep_role": role,
                "industry": "Software" if scope == "industry" else None,
                "period_type": "month" if "monthly" in code or unit == "count" else "quarter",
                "benchmark_value": value,
                "percentile": 50,
                "lower_bound": low,
                "upper_bound": high,
                "source_type": source,
                "source_name": {"industry_report": "SaaS Metrics Report", "peer_group": "Peer survey"}.get(
                    source, "Revenue operations"
                ),
                "source_year": w.cal.start.year - 1,
                "effective_start_date": ds(w.cal.start),
                "effective_end_date": None,
                "created_at": ts(created),
            },
        )
    yield _bookings_per_rep_target(w, len(BENCHMARKS) + 1, created)


def _bookings_per_rep_target(w: World, number: int, created: dt.datetime) -> Row:
    """Management's monthly bookings target per quota-carrying rep: the mean monthly rep quota of
    the first plan year, a band of 80 to 120 % around it."""
    first_year = [v for (_rep, month), v in monthly_quotas(w).items() if month.year == w.cal.start.year]
    value = sum(first_year) / len(first_year) if first_year else 0.0
    return (
        "PERFORMANCE_BENCHMARK",
        {
            "performance_benchmark_id": f"PBM-{number:03d}",
            "metric_code": "bookings_per_rep",
            "metric_name": "Bookings per quota-carrying rep",
            "unit": "currency",
            "scope": "company",
            "period_type": "month",
            "benchmark_value": money(value),
            "lower_bound": money(0.8 * value),
            "upper_bound": money(1.2 * value),
            "source_type": "management_target",
            "source_name": "Revenue operations",
            "source_year": w.cal.start.year,
            "effective_start_date": ds(w.cal.start),
            "effective_end_date": None,
            "created_at": ts(created),
        },
    )


def _initiatives(w: World) -> Iterator[Row]:
    rand = w.rng("render", "STRATEGIC_INITIATIVE")
    cal = w.cal
    launch = w.products["PRD-AI"].launched or cal.first
    vp = w.reps[0].id
    year = cal.start.year
    specs = (
        ("Enter Latin America", "market_entry", "MKT-LATAM", None, None, None, None, 0.7, 1.2e6, 2.0e6),
        (
            "Grow EMEA mid-market",
            "segment_expansion",
            "MKT-EMEA",
            f"MSG-DE-MID-{year}",
            "mid_market",
            None,
            None,
            0.1,
            8e5,
            3e6,
        ),
        ("Launch AI Copilot", "product_launch", "MKT-GLOBAL", None, None, "PRD-AI", None, 0.3, 1.5e6, 2.5e6),
        ("Annual price uplift", "pricing_change", "MKT-GLOBAL", None, None, "PRD-CORE", None, 0.45, 1e5, 1.5e6),
        ("APAC channel expansion", "channel_expansion", "MKT-APAC", None, None, None, None, 0.2, 6e5, 1.2e6),
        (
            "Displace Salesforge in enterprise",
            "competitive_displacement",
            "MKT-NA",
            f"MSG-US-ENT-{year}",
            "enterprise",
            "PRD-CORE",
            w.competitors[0].id,
            0.05,
            9e5,
            4e6,
        ),
        ("Move inside sales to pods", "sales_model_change", "MKT-GLOBAL", None, "smb", None, None, 0.55, 3e5, 8e5),
        ("US public sector push", "segment_expansion", "MKT-US-PUB", None, None, None, None, 0.02, 5e5, 1e6),
    )
    for i, (name, kind, market, msg, tier, product, competitor, at, budget, target) in enumerate(specs, 1):
        approved = rand.work_time(cal.start + dt.timedelta(days=int(cal.days * at)))
        if product == "PRD-AI":
            approved = rand.after(launch, -75)
        launched = rand.after(approved, rand.uniform(20, 60))
        target_date = (launched + dt.timedelta(days=rand.randint(270, 500))).date()
        completes = rand.chance(0.6)
        done = rand.after(launched, rand.uniform(200, 420))
        if approved > w.horizon:
            status, approved_seen = "proposed", None
        else:
            approved_seen = approved
            status = "approved"
        if kind == "market_entry":
            status, approved_seen = "proposed", None
        launched_seen = w.seen(launched) if approved_seen else None
        if launched_seen:
            status = "in_progress"
        completed = w.seen(done) if launched_seen and completes else None
        if completed:
            status = "completed"
        if "public sector" in name and launched_seen:
            status = "cancelled"
            completed = None
        elapsed = days_between(launched, min(w.horizon, completed or w.horizon)) if launched_seen else 0
        if product == "PRD-AI":
            achieved = sum(recognised(c, cal.start, w.until, "PRD-AI") for c in w.customers if c.since is not None)
        else:
            achieved = target * min(1.2, max(0.0, elapsed / 420)) * rand.uniform(0.5, 1.1)
        yield (
            "STRATEGIC_INITIATIVE",
            {
                "strategic_initiative_id": f"SIN-{i:03d}",
                "initiative_name": name,
                "objective": f"{name} to grow bookings",
                "initiative_type": kind,
                "owner_rep_id": vp,
                "market_id": market,
                "market_segment_id": msg if msg and approved <= w.horizon and w.visible(dt.date(year, 1, 1)) else None,
                "segment_id": w.segment(tier).id if tier else None,
                "product_id": product,
                "competitor_id": competitor,
                "status": status,
                "approved_at": ts(approved_seen),
                "launched_at": ts(launched_seen),
                "target_date": ds(target_date if approved_seen else None),
                "completed_at": ts(completed),
                "budget": money(budget),
                "spend_to_date": money(budget * min(1.0, elapsed / 365) * 0.9),
                "revenue_target": money(target),
                "revenue_achieved": money(achieved if launched_seen else 0.0),
                "milestones_total": 8,
                "milestones_completed": min(8, int(elapsed / 50)) if launched_seen else 0,
            },
        )


def _knowledge_base(w: World) -> Iterator[Row]:
    rand = w.rng("render", "KNOWLEDGE_BASE")
    categories = ("getting_started", "how_to", "troubleshooting", "faq", "billing", "api", "release_notes")
    products = [p for p in w.products.values() if p.is_subscription and p.status != "planned"]
    for i in range(w.count(90, minimum=20)):
        category = rand.pick(categories)
        product = rand.pick(products)
        day = rand.day_between(dt.date(2020, 1, 1), w.cal.end - dt.timedelta(days=5))
        if rand.chance(0.4):
            day = rand.day_between(w.cal.start, w.cal.end - dt.timedelta(days=5))
        created = rand.work_time(day)
        if product.launched and created < product.launched:
            created = rand.after(product.launched, rand.uniform(-20, 10))
        published = rand.after(created, rand.uniform(0.5, 10)) if rand.chance(0.9) else None
        updated = rand.after(published, rand.uniform(10, 400)) if published else None
        archived = rand.after(published, rand.uniform(200, 900)) if published and rand.chance(0.12) else None
        rate = rand.lognorm(6, 1.0, 0.2, 200)
        helpful = rand.uniform(0.6, 0.95)
        language = rand.weighted(("en", "de", "fr", "ja"), (0.8, 0.08, 0.07, 0.05))
        author = f"AUTH-{rand.randint(1, 12):03d}"
        internal = rand.chance(0.15)
        if created > w.horizon:
            continue
        live_days = (
            days_between(published, min(w.horizon, archived or w.horizon))
            if published is not None and w.visible(published)
            else 0.0
        )
        views = int(rate * max(0.0, live_days))
        yield (
            "KNOWLEDGE_BASE",
            {
                "knowledge_base_id": f"KB-{i + 1:05d}",
                "title": f"{product.name}: {category.replace('_', ' ')} article {i + 1}",
                "product_id": product.id,
                "category": category,
                "language": language,
                "author_id": author,
                "status": "archived" if w.visible(archived) else "published" if w.visible(published) else "draft",
                "is_internal": internal,
                "created_at": ts(created),
                "published_at": ts(w.seen(published)),
                "last_updated_at": ts(w.seen(updated)),
                "archived_at": ts(w.seen(archived)),
                "views_count": views,
                "unique_viewers_count": int(views * 0.7),
                "helpful_votes": int(views * 0.03 * helpful),
                "unhelpful_votes": int(views * 0.03 * (1 - helpful)),
                "linked_tickets_count": int(views * 0.01),
                "deflected_tickets_count": int(views * 0.02 * helpful),
            },
        )


def _content(w: World) -> Iterator[Row]:
    rand = w.rng("render", "SALES_CONTENT")
    for c in w.content:
        win = rand.uniform(0.15, 0.45)
        deal = rand.lognorm(30000, 0.6)
        first_gap = rand.uniform(1, 20)
        last_gap = rand.uniform(0, 10)
        if c.created > w.horizon:
            continue
        published = w.seen(c.published)
        retired = w.seen(c.retired)
        live = days_between(published, retired or w.horizon) if published else 0.0
        used = int(c.popularity * live / 12 * w.scale**0.5)
        won = int(used * win)
        first = rand.after(published, first_gap) if published and used else None
        last = (retired or w.horizon) - dt.timedelta(days=last_gap) if first else None
        yield (
            "SALES_CONTENT",
            {
                "sales_content_id": c.id,
                "title": c.title,
                "content_type": c.kind,
                "sales_stage": c.stage,
                "audience": c.audience,
                "product_id": c.product_id,
                "competitor_id": c.competitor_id,
                "status": "archived" if retired else "published" if published else "draft",
                "created_at": ts(c.created),
                "published_at": ts(published),
                "last_updated_at": ts(published + dt.timedelta(days=live / 2) if published else None),
                "retired_at": ts(retired),
                "first_used_at": ts(w.seen(first)),
                "last_used_at": ts(w.seen(max(last, first)) if last and first else None),
                "views_count": int(c.popularity * live * 3),
                "shares_count": int(c.popularity * live * 0.6),
                "opportunities_used_count": used,
                "won_opportunities_count": won,
                "influenced_revenue": money(won * deal),
                "production_cost": money(c.cost),
            },
        )


def _partner_sales(w: World) -> dict[str, list[tuple[dt.datetime, float]]]:
    """Booked partner-sourced deals (moment, amount) per partner, as known at the horizon."""
    sales: dict[str, list[tuple[dt.datetime, float]]] = defaultdict(list)
    for opp in w.opps:
        if opp.partner_id and opp.partner_role == "sourced" and opp.deal is not None and opp.deal.booked <= w.horizon:
            sales[opp.partner_id].append((opp.deal.booked, opp.amount))
    return sales


def _window_sales(sales: list[tuple[dt.datetime, float]], start: dt.datetime, end: dt.datetime) -> float:
    return sum(amount for moment, amount in sales if start <= moment < end)


def _training(w: World) -> Iterator[Row]:
    partner_sales = _partner_sales(w)
    window = dt.timedelta(days=90)
    extras = training_extras(w)
    for e in w.enrollments:
        if e.enrolled > w.horizon:
            continue
        pre = post = None
        if e.partner is not None:
            sales = partner_sales.get(e.partner.id, [])
            pre = _window_sales(sales, e.enrolled - window, e.enrolled)
            if e.completed is not None and e.completed + window <= w.horizon:
                post = _window_sales(sales, e.completed, e.completed + window)
        started = w.seen(e.started)
        completed = w.seen(e.completed)
        program = e.program
        if completed:
            status = "completed"
        elif e.dropped and e.due <= w.until:
            status = "dropped"
        elif e.due < w.until:
            status = "overdue"
        elif started:
            status = "in_progress"
        else:
            status = "enrolled"
        items = 10 if program.kind != "product" else 4
        progress = 1.0 if completed else min(0.9, days_between(started, w.horizon) / 40) if started else 0.0
        passed = e.score >= 70 if completed else None
        certified = bool(completed and passed and program.kind == "certification")
        yield (
            "SALES_TRAINING_PROGRAM",
            {
                "sales_training_program_id": e.id,
                "program_code": program.code,
                "program_name": program.name,
                "program_type": program.kind,
                "delivery_method": program.method,
                "participant_type": "rep" if e.rep else "partner",
                "sales_rep_id": e.rep.id if e.rep else None,
                "team_id": e.rep.team_id if e.rep else None,
                "partner_id": e.partner.id if e.partner else None,
                "partner_user_id": e.partner_user,
                "product_id": program.product_id,
                "is_required": program.required,
                "enrolled_at": ts(e.enrolled),
                "started_at": ts(started),
                "due_date": ds(e.due),
                "completed_at": ts(completed),
                "status": status,
                "items_assigned": items,
                "items_completed": int(items * progress),
                "score": ratio(e.score, 1) if completed else None,
                "passed": passed,
                "certified": certified if completed else None,
                "certified_at": ts(completed if certified else None),
                "certification_expiry_date": ds(add_months(completed.date(), 24)) if certified and completed else None,
                "hours": program.hours,
                "cost": money(program.cost),
                "attributed_benefit": money(program.lift * (e.rep.ote if e.rep else 50000) * 0.5)
                if completed
                else None,
                "pre_training_sales_amount": money(pre),
                "post_training_sales_amount": money(post),
                **extras[e.id],
            },
        )


DASHBOARDS = (
    ("pipeline-overview", "Pipeline overview", "pipeline", True, 2019),
    ("forecast-call", "Weekly forecast call", "forecast", True, 2020),
    ("sdr-activity", "SDR activity", "activity", True, 2021),
    ("rep-scorecard", "Rep scorecard", "performance", True, 2021),
    ("quota-attainment", "Quota attainment", "quota", True, 2020),
    ("territory-coverage", "Territory coverage", "territory", False, 2022),
    ("exec-summary", "Executive summary", "executive", True, 2019),
    ("win-loss", "Win/loss analysis", "performance", False, 0),
    ("partner-pipeline", "Partner pipeline", "pipeline", False, 0),
    ("renewals-risk", "Renewals at risk", "forecast", False, 0),
)


def _dashboards(w: World) -> Iterator[Row]:
    rand = w.rng("render", "SALES_DASHBOARD")
    teams = [t.id for t in w.teams]
    day = w.cal.start + dt.timedelta(days=(6 - w.cal.start.weekday()) % 7)
    made: dict[str, dt.datetime] = {}
    for key, _, _, _, year in DASHBOARDS:
        made[key] = (
            rand.work_time(dt.date(year, 3, 1))
            if year
            else rand.work_time(rand.day_between(w.cal.start, w.cal.end - dt.timedelta(days=120)))
        )
    owner = {key: rand.pick(teams) for key, *_ in DASHBOARDS}
    licensed = max(5, len(w.reps))
    while day <= w.cal.end:
        progress = w.cal.progress(day)
        quarter_close = (add_months(quarter_start(day), 3) - day).days <= 14
        for key, name, kind, certified, _ in DASHBOARDS:
            created = made[key]
            views = rand.poisson(
                licensed * (0.6 + 0.6 * progress) * (1.8 if quarter_close and kind in ("forecast", "quota") else 1)
            )
            refreshed = dt.datetime.combine(day, dt.time(6)) - dt.timedelta(minutes=rand.randint(0, 600))
            failures = rand.poisson(0.15)
            seconds = rand.lognorm(95, 0.4, 10, 900)
            if created.date() > day or day > w.until:
                continue
            yield (
                "SALES_DASHBOARD",
                {
                    "sales_dashboard_id": f"DSH-{key}-{day:%Y%m%d}",
                    "dashboard_key": key,
                    "dashboard_name": name,
                    "dashboard_type": kind,
                    "owner_team_id": owner[key],
                    "is_certified": certified,
                    "usage_date": ds(day),
                    "view_count": views,
                    "unique_viewer_count": min(licensed, max(0, int(views * rand.uniform(0.3, 0.6)))),
                    "licensed_user_count": licensed,
                    "avg_view_seconds": ratio(seconds, 1) if views else None,
                    "export_count": rand.poisson(views * 0.03),
                    "last_refreshed_at": ts(refreshed),
                    "data_freshness_hours": ratio(24 - refreshed.hour + 6 + failures * 12, 1),
                    "refresh_failure_count": failures,
                    "dashboard_created_at": ts(created),
                },
            )
        day += dt.timedelta(days=7)
