"""Build the latent world in causal order. Nothing here depends on the horizon (``as_of``),
so a snapshot is the same world seen earlier."""

from __future__ import annotations

import datetime as dt

from generators.synth.calendar import Calendar
from generators.synth.customers import build_base
from generators.synth.enablement import build_content, build_enablement
from generators.synth.leads import build_leads
from generators.synth.lifecycle import build_lifecycles
from generators.synth.opportunities import build_new_business
from generators.synth.org import build_org
from generators.synth.partners import build_partners
from generators.synth.state import World


def build_world(seed: int, scale: float, cal: Calendar, horizon: dt.datetime) -> World:
    w = World(seed=seed, scale=scale, cal=cal, horizon=horizon)
    build_org(w)
    build_partners(w)
    build_enablement(w)
    build_content(w)
    build_base(w)
    build_leads(w)
    build_new_business(w)
    build_lifecycles(w)
    return w
