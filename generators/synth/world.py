"""The entry point: a deterministic synthetic CRM world, streamed as object-model instances."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from generators.synth.calendar import Calendar
from generators.synth.latent import build_world
from generators.synth.render_analytics import render_analytics
from generators.synth.render_channel import render_channel
from generators.synth.render_customers import render_customers
from generators.synth.render_enablement import render_enablement
from generators.synth.render_enablement_content import render_enablement_content
from generators.synth.render_engagement import render_engagement
from generators.synth.render_field import render_field
from generators.synth.render_key_accounts import render_key_accounts
from generators.synth.render_leads import render_lead_outcomes, render_leads
from generators.synth.render_org import render_org
from generators.synth.render_pipeline import render_pipeline
from generators.synth.render_plans import render_plans
from generators.synth.render_revenue import render_revenue
from generators.synth.render_success import render_success
from generators.synth.state import World

Instance = tuple[str, str, dict[str, object]]
"""(schema_ref, instance code, data_values)."""

Row = tuple[str, dict[str, object]]

RENDERERS: tuple[Callable[[World], Iterator[Row]], ...] = (
    render_org,
    render_plans,
    render_customers,
    render_leads,
    render_pipeline,
    render_field,
    render_lead_outcomes,
    render_revenue,
    render_channel,
    render_success,
    render_key_accounts,
    render_engagement,
    render_enablement,
    render_analytics,
    render_enablement_content,
)
"""Renderers in yield order: every row a row references is yielded before it, except
through the attributes in ``BACK_REFERENCES``."""

BACK_REFERENCES: frozenset[tuple[str, str]] = frozenset(
    {
        ("SALES_TEAM", "manager_rep_id"),
        ("SALES_TERRITORY", "owner_rep_id"),
        ("CUSTOMER", "first_opportunity_id"),
        ("LEAD", "converted_opportunity_id"),
    }
)
"""The catalog's reference cycles (team <-> rep, territory <-> rep, customer/lead <->
opportunity) make a strict order impossible: these attributes point forward."""


def _primary_keys() -> dict[str, str]:
    from definitions import setup_all_relationships

    catalog = setup_all_relationships()
    return {code: str(model.primary_key) for code, model in catalog.object_models.items()}


def horizon_of(calendar: Calendar, as_of: dt.date | None) -> dt.datetime:
    """The last visible moment: the end of ``as_of`` or of the calendar, whichever is first."""
    if as_of is None or as_of >= calendar.end:
        return calendar.last
    return dt.datetime.combine(as_of, dt.time(23, 59, 59))


def generate_world(
    scale: float = 1.0,
    seed: int = 42,
    calendar: Calendar | None = None,
    as_of: dt.date | None = None,
) -> Iterator[Instance]:
    """Yield the instances of every object model of a world of size ``scale`` (1.0 is the
    demo), the same for the same seed and scale on every machine. With ``as_of`` only what
    exists by the end of that day is yielded, as it stood then."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    cal = calendar or Calendar.default()
    keys = _primary_keys()
    world = build_world(seed, scale, cal, horizon_of(cal, as_of))
    for render in RENDERERS:
        for model, values in render(world):
            clean = {name: value for name, value in values.items() if value is not None}
            yield model, str(clean[keys[model]]), clean
