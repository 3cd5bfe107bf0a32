"""Plan the dbt project from the catalog: which staging, measure, snapshot and KPI
models exist, which aggregates each measure model computes, and how each KPI reads
them. The plan holds only primitives and rendered SQL fragments, so the renderers
never look anything up in the catalog."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from definitions.calculation import KpiRef, Measure
from definitions.catalog import Catalog
from definitions.kpi import Kpi
from definitions.object_model import Attribute, ObjectModel
from generators.dbt import naming
from generators.dbt.plan_dimensions import EntityDimension, plan_dimensions
from generators.dbt.sqlexpr import render_expression

ADDITIVE = {"count", "count_distinct", "sum"}


@dataclass(frozen=True)
class DimensionRef:
    code: str
    attribute: str

    @property
    def column(self) -> str:
        return naming.dimension_column(self.code)


@dataclass
class StagingPlan:
    model: str
    object_code: str
    name: str
    description: str
    source_file: str
    primary_key: str
    attributes: list[Attribute]
    references: dict[str, tuple[str, str]] = field(default_factory=dict)
    """column -> (referenced staging model, its primary key)"""


@dataclass(frozen=True)
class MeasureSpec:
    column: str
    agg: str
    expr_sql: str | None
    filter_sql: str | None
    percentile: float | None
    description: str

    @property
    def additive(self) -> bool:
        return self.agg in ADDITIVE


@dataclass
class MeasuresPlan:
    """One scan of a staging model computing every aggregate KPIs need, bucketed by
    ``time_column`` (measures) or by validity interval at period end (snapshots)."""

    model: str
    kind: str  # "measures" | "snapshots"
    object_code: str
    staging: str
    source_file: str
    time_column: str
    valid_to: str | None
    dimensions: list[DimensionRef]
    measures: dict[str, MeasureSpec] = field(default_factory=dict)


@dataclass(frozen=True)
class InputPlan:
    name: str
    model: str
    column: str
    additive: bool
    from_kpi: bool
    dimensions: tuple[str, ...]


@dataclass
class KpiPlan:
    code: str
    model: str
    calc_type: str
    name: str
    description: str
    formula: str
    unit: str
    direction: str
    modules: list[str]
    source_file: str
    range: tuple[float | None, float | None]
    benchmark_bands: dict[str, tuple[float | None, float | None]]
    """grain -> (low, high) of the published band at that grain"""
    dimensions: list[str]
    grains: tuple[str, ...] = ("week", "month", "quarter", "year")
    """the grains the KPI has values at (calendar order)"""
    benchmark_grains: tuple[str, ...] = ()
    """grains with a benchmark giving a low, typical or high figure (any industry)"""
    inputs: list[InputPlan] = field(default_factory=list)
    spec: dict[str, Any] = field(default_factory=dict)

    @property
    def zero_filled(self) -> bool:
        """A count, distinct count or sum (simple or snapshot) is 0 in a period without events,
        for every slice of the calendar, rather than absent."""
        return self.calc_type in ("simple", "snapshot") and self.inputs[0].additive

    @property
    def all_grains(self) -> bool:
        return self.grains == ("week", "month", "quarter", "year")

    @property
    def depends_on_kpis(self) -> list[str]:
        return [i.model for i in self.inputs if i.from_kpi]


@dataclass
class ProjectPlan:
    staging: dict[str, StagingPlan] = field(default_factory=dict)
    measures: dict[str, MeasuresPlan] = field(default_factory=dict)
    kpis: dict[str, KpiPlan] = field(default_factory=dict)
    modules: dict[str, tuple[str, str, list[str]]] = field(default_factory=dict)
    """module code -> (name, description, KPI codes)"""
    module_owners: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    """module code -> (owner name, owner email) of the modules that declare an owner"""
    dimensions: dict[str, tuple[str, str]] = field(default_factory=dict)
    """dimension code -> (name, description) for sliceable dimensions"""
    entity_dimensions: dict[str, EntityDimension] = field(default_factory=dict)
    """dimension code -> its dim_ model (every dimension, sliceable or not)"""


class Planner:
    """Walks the catalog once and fills a ProjectPlan."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.plan = ProjectPlan()
        self._sliceable = {c for c, d in catalog.dimensions.items() if d.sliceable}

    # -- object models -------------------------------------------------------------
    def object_dimensions(self, model: ObjectModel, extra: tuple[str, ...] = ()) -> list[DimensionRef]:
        codes = sorted(c for c in model.dimensions if c in self._sliceable or c in extra)
        return [DimensionRef(c, model.dimensions[c]) for c in codes]

    def _staging(self, model: ObjectModel) -> StagingPlan:
        refs: dict[str, tuple[str, str]] = {}
        for attribute in model.attributes:
            target = self.catalog.object_models.get(attribute.references or "")
            if target is not None and target.primary_key:
                refs[attribute.name] = (naming.staging_model(target.code), target.primary_key)
        return StagingPlan(
            model=naming.staging_model(model.code),
            object_code=model.code,
            name=model.name,
            description=model.description,
            source_file=model.source,
            primary_key=model.primary_key or "",
            attributes=list(model.attributes),
            references=refs,
        )

    def _measures_model(self, object_code: str, time: str, kind: str, valid_to: str | None) -> MeasuresPlan:
        model = self.catalog.object_models[object_code]
        name = (
            naming.measures_model(object_code, time) if kind == "measures" else naming.snapshot_model(object_code, time)
        )
        plan = self.plan.measures.get(name)
        if plan is None:
            plan = MeasuresPlan(
                model=name,
                kind=kind,
                object_code=object_code,
                staging=naming.staging_model(object_code),
                source_file=model.source,
                time_column=time,
                valid_to=valid_to,
                dimensions=self.object_dimensions(model),
            )
            self.plan.measures[name] = plan
        return plan

    def _add_measure(
        self, plan: MeasuresPlan, agg: str, expr: str | None, filter_: str | None, percentile: float | None
    ) -> MeasureSpec:
        column = naming.measure_column(agg, expr, filter_, percentile)
        spec = plan.measures.get(column)
        if spec is None:
            what = f"{agg}({expr})" if expr else "count of rows"
            if percentile is not None:
                what = f"{percentile:g} percentile of {expr}"
            where = f" where {filter_}" if filter_ else ""
            spec = MeasureSpec(
                column=column,
                agg=agg,
                expr_sql=render_expression(expr) if expr else None,
                filter_sql=render_expression(filter_) if filter_ else None,
                percentile=percentile,
                description=f"{what}{where}",
            )
            plan.measures[column] = spec
        return spec

    def _ensure_entity(self, plan: MeasuresPlan, entity: str) -> None:
        if any(d.code == entity for d in plan.dimensions):
            return
        model = self.catalog.object_models[plan.object_code]
        plan.dimensions = sorted(
            [*plan.dimensions, DimensionRef(entity, model.dimensions[entity])], key=lambda d: d.code
        )

    # -- inputs ----------------------------------------------------------------------
    def _input(self, name: str, item: Measure | KpiRef) -> InputPlan:
        if isinstance(item, KpiRef):
            ref = self.kpi(self.catalog.kpis[item.kpi])
            additive = ref.calc_type == "simple" and ref.inputs[0].additive
            return InputPlan(name, ref.model, "value", additive, True, tuple(ref.dimensions))
        plan = self._measures_model(item.object, item.time, "measures", None)
        spec = self._add_measure(plan, item.agg, item.expr, item.filter, item.percentile)
        dims = tuple(d.code for d in plan.dimensions if d.code in self._sliceable)
        return InputPlan(name, plan.model, spec.column, spec.additive, False, dims)

    @staticmethod
    def _shared(inputs: list[InputPlan]) -> list[str]:
        shared: set[str] | None = None
        for item in inputs:
            shared = set(item.dimensions) if shared is None else shared & set(item.dimensions)
        return sorted(shared or set())

    # -- KPIs ------------------------------------------------------------------------
    def kpi(self, kpi: Kpi) -> KpiPlan:
        existing = self.plan.kpis.get(kpi.code)
        if existing is not None:
            return existing
        calc = kpi.calculation
        benches = [b for b in kpi.benchmarks if b.industry == "ALL"] or kpi.benchmarks
        bands: dict[str, tuple[float | None, float | None]] = {}
        for grain in sorted({b.grain for b in benches}):
            at_grain = [b for b in benches if b.grain == grain]
            low = min((b.low for b in at_grain if b.low is not None), default=None)
            high = max((b.high for b in at_grain if b.high is not None), default=None)
            if low is not None or high is not None:
                bands[grain] = (low, high)
        plan = KpiPlan(
            code=kpi.code,
            model=naming.kpi_model(kpi.code),
            calc_type=calc.type,
            name=kpi.name,
            description=kpi.description,
            formula=kpi.formula,
            unit=kpi.unit,
            direction=kpi.direction,
            modules=list(kpi.module_codes),
            source_file=kpi.source,
            range=kpi.range,
            benchmark_bands=bands,
            benchmark_grains=tuple(
                sorted({b.grain for b in kpi.benchmarks if (b.low, b.typical, b.high) != (None, None, None)})
            ),
            dimensions=[],
            grains=self.catalog.kpi_grains(kpi),
        )
        builder = getattr(self, f"_plan_{calc.type}")
        builder(plan, calc)
        self.plan.kpis[kpi.code] = plan
        return plan

    def _plan_simple(self, plan: KpiPlan, calc: Any) -> None:
        plan.inputs = [self._input("measure", calc.measure)]
        plan.dimensions = self._shared(plan.inputs)

    def _plan_ratio(self, plan: KpiPlan, calc: Any) -> None:
        plan.inputs = [self._input("numerator", calc.numerator), self._input("denominator", calc.denominator)]
        plan.dimensions = self._shared(plan.inputs)

    def _plan_derived(self, plan: KpiPlan, calc: Any) -> None:
        plan.inputs = [self._input(name, item) for name, item in calc.inputs.items()]
        plan.dimensions = self._shared(plan.inputs)
        plan.spec["expression_sql"] = render_expression(calc.expression)

    def _plan_growth(self, plan: KpiPlan, calc: Any) -> None:
        plan.inputs = [self._input("input", calc.input)]
        plan.dimensions = self._shared(plan.inputs)
        plan.spec.update(periods_back=calc.periods_back, step=calc.step, method=calc.method)

    def _plan_cumulative(self, plan: KpiPlan, calc: Any) -> None:
        plan.inputs = [self._input("input", calc.input)]
        plan.dimensions = self._shared(plan.inputs)
        plan.spec.update(window=calc.window, to_date=calc.to_date)

    def _plan_snapshot(self, plan: KpiPlan, calc: Any) -> None:
        measures = self._measures_model(calc.object, calc.valid_from, "snapshots", calc.valid_to)
        spec = self._add_measure(measures, calc.agg, calc.expr, calc.filter, calc.percentile)
        dims = tuple(d.code for d in measures.dimensions if d.code in self._sliceable)
        plan.inputs = [InputPlan("snapshot", measures.model, spec.column, spec.additive, False, dims)]
        plan.dimensions = list(dims)

    def _plan_conversion(self, plan: KpiPlan, calc: Any) -> None:
        base = self.catalog.object_models[calc.base.object]
        target = self.catalog.object_models[calc.conversion.object]
        dims = self.object_dimensions(base)
        plan.dimensions = [d.code for d in dims]
        plan.spec.update(
            base_model=naming.staging_model(base.code),
            base_key=base.primary_key,
            base_time=calc.base.time,
            base_entity=calc.base.entity,
            base_filter=render_expression(calc.base.filter) if calc.base.filter else None,
            base_dimensions=dims,
            target_model=naming.staging_model(target.code),
            target_time=calc.conversion.time,
            target_entity=calc.conversion.entity,
            target_filter=render_expression(calc.conversion.filter) if calc.conversion.filter else None,
            window_days=calc.window_days,
            measure=calc.measure,
        )

    def _plan_per_entity(self, plan: KpiPlan, calc: Any) -> None:
        inputs: list[InputPlan] = []
        for name, item in calc.inputs.items():
            measures = self._measures_model(item.object, item.time, "measures", None)
            self._ensure_entity(measures, calc.entity)
            spec = self._add_measure(measures, item.agg, item.expr, item.filter, item.percentile)
            inputs.append(InputPlan(name, measures.model, spec.column, spec.additive, False, (calc.entity,)))
        plan.inputs = inputs
        plan.dimensions = []
        plan.spec.update(
            entity=calc.entity,
            value_sql=render_expression(calc.value),
            condition_sql=render_expression(calc.condition) if calc.condition else None,
            aggregate=calc.aggregate,
            percentile=calc.percentile,
            compare=self._compare(calc.compare),
        )

    def _compare(self, compare: Any) -> dict[str, Any] | None:
        """The two groups of a per-entity comparison: by an event of the entity or by a condition."""
        if compare is None:
            return None
        spec: dict[str, Any] = {"output": compare.output, "condition_sql": None, "group": None}
        if compare.condition is not None:
            spec["condition_sql"] = render_expression(compare.condition)
            return spec
        group = compare.group
        spec["group"] = {
            "model": naming.staging_model(group.object),
            "entity": group.entity,
            "time": group.time,
            "filter_sql": render_expression(group.filter) if group.filter else None,
            "membership": group.membership,
        }
        return spec

    def _window_measure(self, item: Any) -> dict[str, Any] | None:
        if item is None:
            return None
        return {
            "model": naming.staging_model(item.object),
            "entity": item.entity,
            "time": item.time,
            "value_sql": render_expression(item.expr) if item.expr else "1",
            "filter_sql": render_expression(item.filter) if item.filter else None,
        }

    def _plan_before_after(self, plan: KpiPlan, calc: Any) -> None:
        event = self.catalog.object_models[calc.event.object]
        dims = self.object_dimensions(event)
        plan.dimensions = [d.code for d in dims]
        plan.spec.update(
            event_model=naming.staging_model(event.code),
            event_key=event.primary_key,
            event_time=calc.event.time,
            event_entity=calc.event.entity,
            event_filter=render_expression(calc.event.filter) if calc.event.filter else None,
            event_dimensions=dims,
            numerator=self._window_measure(calc.numerator),
            denominator=self._window_measure(calc.denominator),
            window_days=calc.window_days,
            output=calc.output,
        )

    def _plan_retention(self, plan: KpiPlan, calc: Any) -> None:
        model = self.catalog.object_models[calc.object]
        dims = self.object_dimensions(model)
        plan.dimensions = [d.code for d in dims]
        plan.spec.update(
            staging=naming.staging_model(model.code),
            entity=calc.entity,
            valid_from=calc.valid_from,
            valid_to=calc.valid_to,
            value_sql=render_expression(calc.value) if calc.value else None,
            cap=calc.cap,
            filter_sql=render_expression(calc.filter) if calc.filter else None,
            dimensions=dims,
        )


def plan_project(catalog: Catalog) -> ProjectPlan:
    """The whole project plan, deterministic for a given catalog."""
    planner = Planner(catalog)
    plan = planner.plan
    for code in sorted(catalog.object_models):
        plan.staging[code] = planner._staging(catalog.object_models[code])
    for code in sorted(catalog.kpis):
        planner.kpi(catalog.kpis[code])
    plan.kpis = dict(sorted(plan.kpis.items()))
    plan.measures = dict(sorted(plan.measures.items()))
    for code in sorted(catalog.modules):
        module = catalog.modules[code]
        kpis = sorted(k.code for k in module.kpis)
        plan.modules[code] = (module.name, module.description, kpis)
        if module.owner is not None:
            plan.module_owners[code] = (module.owner.name, module.owner.email)
    for code in sorted(catalog.dimensions):
        dim = catalog.dimensions[code]
        if dim.sliceable:
            plan.dimensions[code] = (dim.name, dim.description)
    plan.entity_dimensions = plan_dimensions(catalog)
    return plan
