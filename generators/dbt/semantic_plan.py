"""Plan the dbt Semantic Layer (MetricFlow) from the catalog: one semantic model per staging
model that a metric reads, and one metric per KPI that MetricFlow's types express with the
KPI's meaning (same aggregation, filter, time attribute). Every other KPI is listed with the
reason it has no metric. The plan holds only names and rendered SQL, so the renderer never
looks anything up in the catalog."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from definitions.calculation import KpiRef, Measure
from definitions.catalog import Catalog
from definitions.expressions import expression_columns
from definitions.kpi import Kpi
from definitions.object_model import ObjectModel
from generators.dbt import naming
from generators.dbt.semantic_expr import Inexpressible, measure_expression, metric_expression, where_filter

MF_AGG = {
    "count": "count",
    "count_distinct": "count_distinct",
    "sum": "sum",
    "avg": "average",
    "min": "min",
    "max": "max",
    "median": "median",
    "percentile": "percentile",
}
ADDITIVE = {"count", "count_distinct", "sum"}
TIME_GRAIN = {"date": "day", "timestamp": "second"}
"""Timestamps keep their seconds, so a conversion window is compared as precisely as the KPI's."""
CATEGORICAL_TYPES = {"enum", "boolean", "string"}

NOT_EXPRESSIBLE_COMPARE = (
    "two groups of entities compared in the same period (per entity, then across the group and across "
    "the rest): MetricFlow metrics aggregate once over rows, with no group membership by entity"
)

NOT_EXPRESSIBLE_BY_TYPE = {
    "snapshot": (
        "state at period end from validity intervals (semi-additive over [valid_from, valid_to)): "
        "MetricFlow measures aggregate events at one time attribute, with no interval semantics"
    ),
    "retention": (
        "a fixed cohort at period start compared with the same entities at period end: "
        "MetricFlow has no cohort metric type"
    ),
    "per_entity": (
        "two-level aggregation (per entity and period, then across entities): "
        "MetricFlow metrics aggregate once over rows"
    ),
    "before_after": (
        "one entity before and after an event (a measure of the same entity in the window before each "
        "event against the window after it, pooled over the period's events): MetricFlow has no "
        "per-event window metric"
    ),
    "growth": (
        "change against N periods of the value's own grain: MetricFlow's offset_window is a fixed "
        "duration, so one metric cannot mean 'previous week' at week grain and 'previous month' at month grain"
    ),
}


@dataclass(frozen=True)
class SemanticMeasure:
    name: str
    agg: str
    expr: str
    time: str
    percentile: float | None
    description: str


@dataclass
class SemanticModel:
    name: str
    object_code: str
    staging: str
    description: str
    primary_key: str
    entities: dict[str, tuple[str, str]] = field(default_factory=dict)
    """entity name -> (type, column)"""
    categorical: dict[str, tuple[str, str]] = field(default_factory=dict)
    """dimension name -> (column, description); a column whose name is an entity's elsewhere
    is the dimension ``<column>_value``"""
    time_dimensions: dict[str, tuple[str, str]] = field(default_factory=dict)
    """dimension name -> (granularity, description)"""
    day_twins: dict[str, str] = field(default_factory=dict)
    """day-grain time dimension name -> the timestamp column it truncates (running totals need a
    time dimension no finer than the time spine's day)"""
    measures: dict[tuple[str, str, float | None, str], SemanticMeasure] = field(default_factory=dict)
    default_time: str | None = None

    def measure_named(self, name: str) -> SemanticMeasure:
        return next(m for m in self.measures.values() if m.name == name)

    def filter_dimensions(self) -> dict[str, tuple[str, str | None]]:
        """column -> (dimension name, granularity or None) of every column a filter may read"""
        dims: dict[str, tuple[str, str | None]] = {
            column: (name, None) for name, (column, _) in self.categorical.items()
        }
        dims.update({name: (name, grain) for name, (grain, _) in self.time_dimensions.items()})
        return dims

    def element_names(self) -> set[str]:
        return {*self.entities, *self.categorical, *self.time_dimensions, *self.day_twins}


@dataclass
class SemanticMetric:
    name: str
    kpi_code: str
    calc_type: str
    mf_type: str
    label: str
    description: str
    type_params: dict[str, Any]
    filter: str | None = None
    hidden: bool = False
    """an input metric (one measure, unfiltered) that ratios and derived metrics read"""


@dataclass
class SemanticPlan:
    models: dict[str, SemanticModel] = field(default_factory=dict)
    metrics: dict[str, SemanticMetric] = field(default_factory=dict)
    declined: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    """KPI code -> (name, calculation type, reason it has no metric)"""


def metric_name(kpi_code: str) -> str:
    """A KPI's metric: its code in lowercase (no ``__``, which MetricFlow reserves for links)."""
    name = kpi_code.lower()
    while "__" in name:
        name = name.replace("__", "_")
    return name


def _entity_name(code: str) -> str:
    return metric_name(code)


class SemanticPlanner:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.plan = SemanticPlan()
        self._sliceable = {c for c, d in catalog.dimensions.items() if d.sliceable}
        # MetricFlow wants a name to be an entity everywhere or a dimension everywhere
        self._entity_names = {_entity_name(c) for c in [*catalog.object_models, *self._sliceable]}

    # -- semantic models ----------------------------------------------------------------
    def _new_model(self, om: ObjectModel) -> SemanticModel:
        if not om.primary_key:
            raise Inexpressible(f"{om.code} has no primary key, so no entity for its semantic model")
        model = SemanticModel(
            name=_entity_name(om.code),
            object_code=om.code,
            staging=naming.staging_model(om.code),
            description=f"{om.name}: {om.description}" if om.description else om.name,
            primary_key=om.primary_key,
        )
        model.entities[model.name] = ("primary", om.primary_key)
        for attribute in om.attributes:
            if attribute.references and attribute.name != om.primary_key:
                name = _entity_name(attribute.references)
                model.entities.setdefault(name, ("foreign", attribute.name))
        for code in sorted(om.dimensions):
            if code in self._sliceable:
                name = _entity_name(code)
                column = om.dimensions[code]
                kind = "unique" if column == om.primary_key else "foreign"
                if model.entities.get(name, (kind, column)) == (kind, column):
                    model.entities[name] = (kind, column)
        for attribute in om.attributes:
            if "__" in attribute.name:
                continue
            if attribute.type in TIME_GRAIN and attribute.name not in self._entity_names:
                model.time_dimensions[attribute.name] = (TIME_GRAIN[attribute.type], attribute.description)
            elif attribute.type in CATEGORICAL_TYPES and attribute.name != om.primary_key:
                self._add_categorical(model, attribute.name, attribute.description)
        return model

    def _add_categorical(self, model: SemanticModel, column: str, description: str) -> None:
        name = f"{column}_value" if column in self._entity_names else column
        if name not in model.element_names() and name not in self._entity_names:
            model.categorical[name] = (column, description)

    def model(self, object_code: str) -> SemanticModel:
        om = self.catalog.object_models[object_code]
        name = _entity_name(om.code)
        existing = self.plan.models.get(name)
        return existing if existing is not None else self._new_model(om)

    def _commit(self, model: SemanticModel) -> None:
        self.plan.models[model.name] = model

    def _filter(self, model: SemanticModel, text: str | None) -> str | None:
        if not text:
            return None
        om = self.catalog.object_models[model.object_code]
        # a filter may read any attribute: one that is not yet a dimension becomes one
        # (unless its name is an entity's)
        for column in expression_columns(text):
            attribute = om.attribute(column)
            if attribute is not None and column not in model.filter_dimensions():
                self._add_categorical(model, column, attribute.description)
        return where_filter(text, model.name, model.filter_dimensions())

    def measure(
        self, model: SemanticModel, agg: str, expr: str | None, time: str, pct: float | None, *, daily: bool = False
    ) -> str:
        if time not in model.time_dimensions:
            raise Inexpressible(f"time attribute {time} is not a date or timestamp of {model.staging}")
        if daily and model.time_dimensions[time][0] != "day":
            twin = f"{time}_day"
            if twin in model.element_names() and twin not in model.day_twins:
                raise Inexpressible(f"{twin}, the day of {time}, is already an attribute of {model.staging}")
            model.day_twins[twin] = time
            time = twin
        om = self.catalog.object_models[model.object_code]
        sql = measure_expression(expr, set(om.attribute_names)) if expr else "1"
        key = (agg, sql, pct, time)
        found = model.measures.get(key)
        if found is not None:
            return found.name
        column = naming.measure_column(agg, expr, None, pct)
        name = metric_name(f"{model.name}_{time}_{column}")
        taken = {m.name for sm in self.plan.models.values() for m in sm.measures.values()}
        taken |= {m.name for m in model.measures.values()}
        base, n = name, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        what = f"{agg}({expr})" if expr else "count of rows"
        if pct is not None:
            what = f"{pct:g} percentile of {expr}"
        model.measures[key] = SemanticMeasure(name, MF_AGG[agg], sql, time, pct, f"{what} of {model.staging} by {time}")
        if model.default_time is None:
            model.default_time = time
        return name

    # -- metric inputs ----------------------------------------------------------------------
    def _measure_input(self, item: Measure) -> tuple[SemanticModel, str, str | None]:
        model = self.model(item.object)
        name = self.measure(model, item.agg, item.expr, item.time, item.percentile)
        return model, name, self._filter(model, item.filter)

    def _metric_input(self, item: Measure | KpiRef) -> dict[str, Any]:
        """A metric input (name and filter) for a ratio or derived metric."""
        if isinstance(item, KpiRef):
            ref = self.catalog.kpis[item.kpi]
            self.kpi(ref)
            name = metric_name(ref.code)
            if name not in self.plan.metrics:
                raise Inexpressible(f"reads KPI {ref.code}, which has no metric")
            return {"name": name}
        model, measure, where = self._measure_input(item)
        self._commit(model)
        column = naming.measure_column(item.agg, item.expr, item.filter, item.percentile)
        name = metric_name(f"{model.name}_{item.time}_{column}")
        # the filter is the metric's, not its measure's: a measure with a filter (a "constraint")
        # would need an alias unique across every metric that reads it
        params: dict[str, Any] = {"name": measure}
        existing = self.plan.metrics.get(name)
        if existing is not None and (existing.type_params, existing.filter) != ({"measure": params}, where):
            raise Inexpressible(f"input metric name {name} is taken by another definition")
        where_text = f" where {item.filter}" if item.filter else ""
        self.plan.metrics[name] = SemanticMetric(
            name=name,
            kpi_code="",
            calc_type="input",
            mf_type="simple",
            label=name,
            description=f"Input metric: {model.measure_named(measure).description}{where_text}.",
            type_params={"measure": params},
            filter=where,
            hidden=True,
        )
        return {"name": name}

    # -- KPIs -------------------------------------------------------------------------------------
    def kpi(self, kpi: Kpi) -> None:
        name = metric_name(kpi.code)
        if name in self.plan.metrics or kpi.code in self.plan.declined:
            return
        calc = kpi.calculation
        try:
            builder = getattr(self, f"_metric_{calc.type}", None)
            if calc.type == "per_entity" and calc.compare is not None:
                raise Inexpressible(NOT_EXPRESSIBLE_COMPARE)
            if builder is None:
                raise Inexpressible(NOT_EXPRESSIBLE_BY_TYPE[calc.type])
            mf_type, params, where = builder(calc)
        except Inexpressible as why:
            self.plan.declined[kpi.code] = (kpi.name, calc.type, str(why))
            return
        self.plan.metrics[name] = SemanticMetric(
            name=name,
            kpi_code=kpi.code,
            calc_type=calc.type,
            mf_type=mf_type,
            label=kpi.name,
            description=f"{kpi.description} Formula: {kpi.formula}",
            type_params=params,
            filter=where,
        )

    def _metric_simple(self, calc: Any) -> tuple[str, dict[str, Any], str | None]:
        model, measure, where = self._measure_input(calc.measure)
        self._commit(model)
        return "simple", {"measure": {"name": measure}}, where

    def _metric_ratio(self, calc: Any) -> tuple[str, dict[str, Any], str | None]:
        numerator = self._metric_input(calc.numerator)
        denominator = self._metric_input(calc.denominator)
        return "ratio", {"numerator": numerator, "denominator": denominator}, None

    def _metric_derived(self, calc: Any) -> tuple[str, dict[str, Any], str | None]:
        expr = metric_expression(calc.expression, set(calc.inputs))
        inputs = []
        for alias, item in calc.inputs.items():
            entry = self._metric_input(item)
            entry["alias"] = alias
            inputs.append(entry)
        return "derived", {"expr": expr, "metrics": inputs}, None

    def _metric_cumulative(self, calc: Any) -> tuple[str, dict[str, Any], str | None]:
        if calc.to_date is None:
            raise Inexpressible(
                "a trailing window of N periods of the value's own grain: MetricFlow's window is a fixed "
                "duration, the same at every grain"
            )
        if calc.input.agg not in ADDITIVE:
            raise Inexpressible(f"a running total of {calc.input.agg} values has no MetricFlow equivalent")
        item = calc.input
        model = self.model(item.object)
        measure = self.measure(model, item.agg, item.expr, item.time, item.percentile, daily=True)
        where = self._filter(model, item.filter)
        self._commit(model)
        params: dict[str, Any] = {
            "measure": {"name": measure},
            "cumulative_type_params": {"grain_to_date": calc.to_date, "period_agg": "last"},
        }
        return "cumulative", params, where

    def _metric_conversion(self, calc: Any) -> tuple[str, dict[str, Any], str | None]:
        base_om = self.catalog.object_models[calc.base.object]
        target_om = self.catalog.object_models[calc.conversion.object]
        if calc.measure != "rate":
            raise Inexpressible(
                "a time to convert (days from the base event to the first conversion): a MetricFlow "
                "conversion metric gives a conversion rate or a count of conversions only"
            )
        if calc.base.entity != base_om.primary_key:
            raise Inexpressible(
                f"the converting entity ({calc.base.entity}) is not the base event's key: MetricFlow credits "
                "each conversion to the latest base event only, the KPI to every base event of the entity"
            )
        base = self.model(base_om.code)
        target = base if target_om.code == base_om.code else self.model(target_om.code)
        entity = base.name
        if target.entities.get(entity, ("", ""))[1] != calc.conversion.entity:
            raise Inexpressible(
                f"{target.staging}.{calc.conversion.entity} is not the entity {entity} in its semantic model"
            )
        base_measure = self.measure(base, "count", None, calc.base.time, None)
        conversion_measure = self.measure(target, "count_distinct", calc.conversion.entity, calc.conversion.time, None)
        base_input: dict[str, Any] = {"name": base_measure}
        conversion_input: dict[str, Any] = {"name": conversion_measure}
        if calc.conversion.filter:
            raise Inexpressible(
                "its conversion event is filtered, and MetricFlow does not yet apply a filter on a "
                "conversion metric's conversion measure"
            )
        base_where = self._filter(base, calc.base.filter)
        target_where = None
        if base_where:
            base_input["filter"] = base_where
        if target_where:
            conversion_input["filter"] = target_where
        params: dict[str, Any] = {
            "base_measure": base_input,
            "conversion_measure": conversion_input,
            "entity": entity,
            "calculation": "conversion_rate",
        }
        if calc.window_days is not None:
            # the KPI counts a conversion at most window_days after the base event, that instant
            # included; MetricFlow's window excludes its end, so it is one second longer
            params["window"] = f"{calc.window_days * 86400 + 1} seconds"
        self._commit(base)
        self._commit(target)
        return "conversion", {"conversion_type_params": params}, None


def plan_semantic(catalog: Catalog) -> SemanticPlan:
    planner = SemanticPlanner(catalog)
    for code in sorted(catalog.kpis):
        planner.kpi(catalog.kpis[code])
    plan = planner.plan
    plan.models = dict(sorted(plan.models.items()))
    plan.metrics = dict(sorted(plan.metrics.items()))
    plan.declined = dict(sorted(plan.declined.items()))
    return plan
