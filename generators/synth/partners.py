"""Channel partners and their agreements (latent: who, when, how good)."""

from __future__ import annotations

import datetime as dt

from generators.synth.calendar import add_months
from generators.synth.entities import Agreement, Partner
from generators.synth.names import REGION_WEIGHTS, REGIONS, company, country
from generators.synth.state import World

PARTNER_TYPES = ("reseller", "referral", "msp", "distributor", "system_integrator", "technology_alliance")
PARTNER_TYPE_WEIGHTS = (0.34, 0.24, 0.1, 0.07, 0.17, 0.08)
AGREEMENT_OF = {
    "reseller": "reseller",
    "referral": "referral",
    "msp": "managed_service_provider",
    "distributor": "distributor",
    "system_integrator": "reseller",
    "technology_alliance": "technology_alliance",
}
TIERS = ("registered", "silver", "gold", "platinum")
TIER_DISCOUNT = {"registered": 0.1, "silver": 0.15, "gold": 0.2, "platinum": 0.25}


def build_partners(w: World) -> None:
    rand = w.rng("partners")
    cal = w.cal
    channel = [r for r in w.reps if r.role == "channel_manager"]
    for _ in range(w.count(26, minimum=4)):
        region = rand.weighted(REGIONS, REGION_WEIGHTS)
        kind = rand.weighted(PARTNER_TYPES, PARTNER_TYPE_WEIGHTS)
        tier = rand.weighted(TIERS, (0.35, 0.3, 0.23, 0.12))
        if rand.chance(0.72):
            recruited_day = rand.day_between(dt.date(2018, 1, 1), cal.start - dt.timedelta(days=30))
        else:
            recruited_day = rand.day_between(cal.start, cal.end - dt.timedelta(days=20))
        recruited = rand.work_time(recruited_day)
        activated = rand.after(recruited, rand.uniform(20, 110)) if rand.chance(0.9) else None
        terminated = None
        if activated is not None and rand.chance(0.1):
            terminated = rand.work_time(rand.day_between(max(cal.start, activated.date()), cal.end))
            if terminated <= activated:
                terminated = None
        same_region = [p for p in w.partners if p.region == region and p.kind == "distributor"]
        parent = rand.pick(same_region).id if kind == "reseller" and same_region and rand.chance(0.5) else None
        managers = [r for r in channel if r.region in (region, None)] or channel
        partner = Partner(
            id=w.next_id("PTN"),
            name=company(rand),
            kind=kind,
            tier=tier,
            region=region,
            country=country(rand, region),
            territory_id=f"TER-{region}",
            market_id=f"MKT-{region}",
            manager=rand.pick(managers).id if managers else None,
            recruited=recruited,
            activated=activated,
            terminated=terminated,
            parent=parent,
            certified=rand.randint(0, 4) + TIERS.index(tier) * 3,
            discount=TIER_DISCOUNT[tier],
            target=round({"registered": 1.5e5, "silver": 4e5, "gold": 9e5, "platinum": 2e6}[tier], -3),
            quality=rand.lognorm(1.0, 0.45, 0.3, 2.5),
        )
        w.partners.append(partner)
        _agreements(w, partner)


def _agreements(w: World, partner: Partner) -> None:
    rand = w.rng("agreements", partner.id)
    signed = rand.after(partner.recruited, rand.uniform(3, 25))
    first = True
    while signed.date() <= w.cal.end:
        start = signed.date() + dt.timedelta(days=rand.randint(0, 10))
        end = add_months(start, 24) - dt.timedelta(days=1)
        terminated = partner.terminated if partner.terminated and start <= partner.terminated.date() <= end else None
        keep = first or end >= w.cal.start
        if keep:
            w.agreements.append(
                Agreement(
                    id=w.next_id("PAG"),
                    partner=partner,
                    kind=AGREEMENT_OF[partner.kind],
                    tier=partner.tier,
                    signed=signed,
                    start=start,
                    end=end,
                    terminated=terminated,
                    reason=rand.pick(("partner_exit", "non_performance", "compliance_breach", "acquired"))
                    if terminated
                    else None,
                    first=first,
                    auto_renew=rand.chance(0.7),
                    discount=partner.discount,
                    margin=round(partner.discount + rand.uniform(0.03, 0.08), 3),
                    mdf=round(rand.uniform(0.01, 0.03) * partner.target, -2),
                    protection_days=rand.choice((60, 90, 90, 120)),
                    target=partner.target,
                )
            )
        if terminated:
            break
        if keep and _lapses(w, partner, end):
            partner.terminated = w.rng("agreement_renewal", partner.id).work_time(end)
            w.agreements[-1].renewed = False
            break
        if keep:
            w.agreements[-1].renewed = True
        first = False
        signed = rand.work_time(end - dt.timedelta(days=rand.randint(5, 30)))
        signed = max(signed, rand.work_time(start + dt.timedelta(days=30)))
        signed = rand.work_time(end + dt.timedelta(days=1)) if signed.date() <= start else signed


def _lapses(w: World, partner: Partner, end: dt.date) -> bool:
    """Whether the partner lets an agreement ending in the calendar lapse (does not renew): weaker partners
    lapse more often. Own stream per partner and end date, so no other stream shifts."""
    if partner.activated is None or partner.activated.date() >= end or not (w.cal.start <= end <= w.cal.end):
        return False
    lapse = 0.4 if partner.quality < 0.8 else 0.15
    return w.rng("agreement_renewal", partner.id, end.isoformat()).chance(lapse)


def agreement_of(w: World, partner_id: str, day: dt.date) -> Agreement | None:
    for agreement in w.agreements:
        if (
            agreement.partner.id == partner_id
            and agreement.start <= day
            and (agreement.end is None or day <= agreement.end)
        ):
            return agreement
    return None
