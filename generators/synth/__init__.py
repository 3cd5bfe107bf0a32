"""A deterministic synthetic CRM world (seeded, scaled, on a fixed calendar) with causal
structure and realistic rates, streamed as object-model instances for demos, tests and
benchmarks."""

from generators.synth.calendar import Calendar
from generators.synth.world import BACK_REFERENCES, Instance, generate_world

__all__ = ["BACK_REFERENCES", "Calendar", "Instance", "generate_world"]
