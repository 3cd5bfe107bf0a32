"""The seed's quality checklist, executable: every check returns Issues naming the
file and the field."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from definitions.calculation import ConversionEvent, KpiRef, Measure, Retention, Snapshot, WindowMeasure
from definitions.catalog import Catalog, alias_key, calculation_inputs, input_objects
from definitions.declined import check_declined
from definitions.duplicate_kpis import check_duplicate_calculations
from definitions.errors import Issue
from definitions.expressions import ExpressionError, check_expression, expression_columns
from definitions.kpi import Kpi
from definitions.loader import Loaded
from definitions.object_model import ObjectModel
from definitions.quality_declarations import check_quality_declarations
from definitions.vocabulary import PERIOD_BUILTINS

ALL_INDUSTRIES = "ALL"


def build_catalog(loaded: Loaded) -> tuple[Catalog, list[Issue]]:
    """Index the loaded entities by code (reporting duplicates) and bind them."""
    catalog = Catalog(root=loaded.root)
    issues = list(loaded.issues)
    tables = {
        "industries": catalog.industries,
        "value_chains": catalog.value_chains,
        "modules": catalog.modules,
        "dimensions": catalog.dimensions,
        "object_models": catalog.object_models,
        "kpis": catalog.kpis,
    }
    for kind, table in tables.items():
        for entity in loaded.entities.get(kind, []):
            first = table.get(entity.code)
            if first is not None:
                issues.append(Issue(entity.source, "code", f"duplicate code {entity.code} (also in {first.source})"))
                continue
            table[entity.code] = entity
    catalog.declined = list(loaded.declined)
    catalog.bind()
    issues.extend(_duplicate_aliases(catalog))
    return catalog, issues


def _duplicate_aliases(catalog: Catalog) -> Iterator[Issue]:
    """A code, name or alias that resolves to two object models, or to two KPIs."""
    for table in (catalog.object_models, catalog.kpis):
        seen: dict[str, str] = {}
        for entity in table.values():
            for alias in dict.fromkeys([entity.code, entity.name, *entity.aliases]):
                owner = seen.setdefault(alias_key(alias), entity.code)
                if owner != entity.code:
                    field = "name" if alias == entity.name else "aliases"
                    yield Issue(entity.source, field, f"{alias!r} also names {owner}")


def _unknown(kind: str, code: str, table: dict[str, Any]) -> str:
    from definitions.catalog import suggest

    close = suggest(code, table)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"unknown {kind} {code!r}{hint}"


def check_links(catalog: Catalog) -> Iterator[Issue]:
    """Unknown references among industries, value chains, modules and dimensions."""
    for vc in catalog.value_chains.values():
        for i, code in enumerate(vc.industry_codes):
            if code not in catalog.industries:
                yield Issue(vc.source, f"industries[{i}]", _unknown("industry", code, catalog.industries))
    for module in catalog.modules.values():
        for field, codes, table, kind in (
            ("value_chains", module.value_chain_codes, catalog.value_chains, "value chain"),
            ("industries", module.industry_codes, catalog.industries, "industry"),
            ("object_models", module.object_model_codes, catalog.object_models, "object model"),
        ):
            seen: set[str] = set()
            for i, code in enumerate(codes):
                if code not in table:
                    yield Issue(module.source, f"{field}[{i}]", _unknown(kind, code, table))
                if code in seen:
                    yield Issue(module.source, f"{field}[{i}]", f"{code} is listed twice")
                seen.add(code)
        for i, link in enumerate(module.links):
            if link.module not in catalog.modules:
                yield Issue(module.source, f"links[{i}].module", _unknown("module", link.module, catalog.modules))
        yield from _module_industries(catalog, module)
    for dim in catalog.dimensions.values():
        if dim.references and dim.references not in catalog.object_models:
            yield Issue(dim.source, "references", _unknown("object model", dim.references, catalog.object_models))


def _module_industries(catalog: Catalog, module: Any) -> Iterator[Issue]:
    served: set[str] = set()
    for code in module.value_chain_codes:
        vc = catalog.value_chains.get(code)
        if vc is not None:
            served.update(vc.industry_codes)
    for i, code in enumerate(module.industry_codes):
        if code in catalog.industries and code not in served and ALL_INDUSTRIES not in served:
            yield Issue(
                module.source,
                f"industries[{i}]",
                f"{code} is served by none of the module's value chains",
            )


def check_object_models(catalog: Catalog) -> Iterator[Issue]:
    """References of attributes, dimensions and relationships; models no module uses."""
    used = {code for m in catalog.modules.values() for code in m.object_model_codes}
    for model in catalog.object_models.values():
        if model.code not in used:
            yield Issue(model.source, "code", f"object model {model.code} is used by no module")
        for i, attribute in enumerate(model.attributes):
            if attribute.references and attribute.references not in catalog.object_models:
                yield Issue(
                    model.source,
                    f"attributes[{i}].references",
                    _unknown("object model", attribute.references, catalog.object_models),
                )
        for dim in model.dimensions:
            if dim not in catalog.dimensions:
                yield Issue(model.source, f"dimensions.{dim}", _unknown("dimension", dim, catalog.dimensions))
        yield from _relationships(catalog, model)


def _relationships(catalog: Catalog, model: ObjectModel) -> Iterator[Issue]:
    seen: set[tuple[str, str, str]] = set()
    for i, rel in enumerate(model.relationships):
        where = f"relationships[{i}]"
        target = catalog.object_models.get(rel.target)
        if target is None:
            yield Issue(
                model.source,
                f"{where}.target",
                "relationship to undefined class: " + _unknown("object model", rel.target, catalog.object_models),
            )
        module = catalog.modules.get(rel.module)
        if module is None:
            yield Issue(model.source, f"{where}.module", _unknown("module", rel.module, catalog.modules))
        else:
            for end in (model.code, rel.target):
                if end in catalog.object_models and end not in module.object_model_codes:
                    yield Issue(
                        module.source,
                        "object_models",
                        f"missing {end}, which its relationship "
                        f"{model.code} -- {rel.target} ({model.source}, {where}) uses",
                    )
        if rel.via and target is not None and model.attribute(rel.via) is None and target.attribute(rel.via) is None:
            yield Issue(
                model.source, f"{where}.via", f"{rel.via!r} is an attribute of neither {model.code} nor {rel.target}"
            )
        key = (rel.target, rel.label, rel.module)
        if key in seen:
            yield Issue(model.source, where, f"relationship to {rel.target} {rel.label!r} declared twice")
        seen.add(key)
        if target is not None and target.code != model.code:
            for j, back in enumerate(target.relationships):
                same_link = back.label == rel.label or (back.via is not None and back.via == rel.via)
                if back.target == model.code and back.module == rel.module and same_link:
                    yield Issue(
                        target.source,
                        f"relationships[{j}]",
                        f"declared on both sides (also {model.source} {where}); declare it once",
                    )


def check_module_relationships(catalog: Catalog) -> Iterator[Issue]:
    """Every object model of a module takes part in a relationship that module
    introduced, so the module's part of the UML is connected."""
    touched: dict[str, set[str]] = {code: set() for code in catalog.modules}
    for model in catalog.object_models.values():
        for rel in model.relationships:
            if rel.module in touched:
                touched[rel.module].update((model.code, rel.target))
    for module in catalog.modules.values():
        if len(module.object_model_codes) < 2:
            continue
        for i, code in enumerate(module.object_model_codes):
            if code in catalog.object_models and code not in touched[module.code]:
                yield Issue(
                    module.source,
                    f"object_models[{i}]",
                    f"{code} takes part in no relationship tagged {module.code}",
                )


def _expr(source: str, field: str, text: str | None, allowed: Iterable[str]) -> Iterator[Issue]:
    if text is None:
        return
    try:
        check_expression(text, allowed)
    except ExpressionError as err:
        yield Issue(source, field, str(err))


def _time_attribute(source: str, field: str, model: ObjectModel, name: str) -> Iterator[Issue]:
    if name not in model.time_attributes:
        yield Issue(
            source,
            field,
            f"{name!r} is not a time attribute of {model.code} "
            f"(time attributes: {', '.join(model.time_attributes) or 'none'})",
        )


def _dated_attribute(source: str, field: str, model: ObjectModel, name: str | None) -> Iterator[Issue]:
    if name is None:
        return
    attribute = model.attribute(name)
    if attribute is None or attribute.type not in ("date", "timestamp"):
        yield Issue(source, field, f"{name!r} is not a date or timestamp attribute of {model.code}")


PERIOD_TYPE = "period_type"
ADDITIVE_AGGREGATES = ("count", "count_distinct", "sum")


def _one_period_type(source: str, field: str, model: ObjectModel, measure: Measure) -> Iterator[Issue]:
    """An object model holding one row per period type (a quota for the month and for the
    quarter, the quarter's being the months' sum) is added up by one period type only."""
    if model.attribute(PERIOD_TYPE) is None or measure.agg not in ADDITIVE_AGGREGATES:
        return
    try:
        columns = expression_columns(measure.filter) if measure.filter else []
    except ExpressionError:
        return  # reported by the filter check
    if PERIOD_TYPE not in columns:
        yield Issue(
            source,
            field,
            f"{model.code} holds one row per {PERIOD_TYPE} (e.g. a month's and a quarter's target): a "
            f"{measure.agg} over it must filter on {PERIOD_TYPE}, or the rows of every period type add up",
        )


def _check_input(catalog: Catalog, kpi: Kpi, where: str, item: Any) -> Iterator[Issue]:
    src = kpi.source
    if isinstance(item, KpiRef):
        if item.kpi not in catalog.kpis:
            yield Issue(src, f"{where}.kpi", _unknown("KPI", item.kpi, catalog.kpis))
        return
    model = catalog.object_models.get(item.object)
    if model is None:
        yield Issue(src, f"{where}.object", _unknown("object model", item.object, catalog.object_models))
        return
    names = model.attribute_names
    if isinstance(item, Measure):
        yield from _time_attribute(src, f"{where}.time", model, item.time)
        yield from _expr(src, f"{where}.expr", item.expr, names)
        yield from _expr(src, f"{where}.filter", item.filter, names)
        yield from _one_period_type(src, f"{where}.filter", model, item)
    elif isinstance(item, ConversionEvent | WindowMeasure):
        yield from _time_attribute(src, f"{where}.time", model, item.time)
        if isinstance(item, WindowMeasure):
            yield from _expr(src, f"{where}.expr", item.expr, names)
        if model.attribute(item.entity) is None:
            yield Issue(src, f"{where}.entity", f"{item.entity!r} is not an attribute of {model.code}")
        yield from _expr(src, f"{where}.filter", item.filter, names)
    elif isinstance(item, Snapshot):
        yield from _dated_attribute(src, f"{where}.valid_from", model, item.valid_from)
        yield from _dated_attribute(src, f"{where}.valid_to", model, item.valid_to)
        yield from _expr(src, f"{where}.expr", item.expr, names)
        yield from _expr(src, f"{where}.filter", item.filter, names)
    elif isinstance(item, Retention):
        yield from _dated_attribute(src, f"{where}.valid_from", model, item.valid_from)
        yield from _dated_attribute(src, f"{where}.valid_to", model, item.valid_to)
        if model.attribute(item.entity) is None:
            yield Issue(src, f"{where}.entity", f"{item.entity!r} is not an attribute of {model.code}")
        yield from _expr(src, f"{where}.value", item.value, names)
        yield from _expr(src, f"{where}.filter", item.filter, names)


def check_kpis(catalog: Catalog) -> Iterator[Issue]:
    """Modules, inputs, expressions and benchmarks of every KPI."""
    for kpi in catalog.kpis.values():
        for i, code in enumerate(kpi.module_codes):
            if code not in catalog.modules:
                yield Issue(kpi.source, f"modules[{i}]", _unknown("module", code, catalog.modules))
        for i, bench in enumerate(kpi.benchmarks):
            if bench.industry not in catalog.industries:
                yield Issue(
                    kpi.source, f"benchmarks[{i}].industry", _unknown("industry", bench.industry, catalog.industries)
                )
        for where, item in calculation_inputs(kpi):
            yield from _check_input(catalog, kpi, where, item)
            for obj in input_objects(item):
                for code in kpi.module_codes:
                    module = catalog.modules.get(code)
                    if module is not None and obj in catalog.object_models and obj not in module.object_model_codes:
                        yield Issue(
                            module.source,
                            "object_models",
                            f"missing {obj}, which KPI {kpi.code} of this module reads ({kpi.source}, {where})",
                        )
        yield from _check_formulas(catalog, kpi)
        yield from _check_grains(catalog, kpi)
        yield from _check_conversion_measure(kpi)
        yield from _check_before_after(catalog, kpi)


def _check_before_after(catalog: Catalog, kpi: Kpi) -> Iterator[Issue]:
    """The event's entity and each measure's entity identify the same kind of thing: both are
    references to one object model (or one is its key)."""
    calc = kpi.calculation
    if calc.type != "before_after":
        return
    event = catalog.object_models.get(calc.event.object)
    if event is None:
        return
    if not event.primary_key:
        yield Issue(kpi.source, "calculation.event.object", f"{event.code} has no primary key to tell its events apart")
    target = _entity_target(event, calc.event.entity)
    for name in ("numerator", "denominator"):
        item = getattr(calc, name)
        model = catalog.object_models.get(item.object) if item is not None else None
        if model is None or model.attribute(item.entity) is None or target is None:
            continue
        other = _entity_target(model, item.entity)
        if other is not None and other != target:
            yield Issue(
                kpi.source,
                f"calculation.{name}.entity",
                f"{item.object}.{item.entity} identifies a {other}, the event's {calc.event.entity} a {target}",
            )


def _check_group_entity(catalog: Catalog, kpi: Kpi) -> Iterator[Issue]:
    """A group event's entity attribute identifies the compared entities (the dimension's object)."""
    calc = kpi.calculation
    group = calc.compare.group
    dimension = catalog.dimensions.get(calc.entity)
    model = catalog.object_models.get(group.object) if group is not None else None
    if group is None or dimension is None or model is None or model.attribute(group.entity) is None:
        return
    target = _entity_target(model, group.entity)
    if dimension.references and target != dimension.references:
        yield Issue(
            kpi.source,
            "calculation.compare.group.entity",
            f"{group.object}.{group.entity} does not identify a {dimension.references}, the entity {calc.entity}",
        )


def _entity_target(model: ObjectModel, name: str) -> str | None:
    """The object model an attribute identifies: the one it references, or its own for its key."""
    attribute = model.attribute(name)
    if attribute is None:
        return None
    if attribute.references:
        return attribute.references
    return model.code if name == model.primary_key else None


def _check_conversion_measure(kpi: Kpi) -> Iterator[Issue]:
    """A time to convert (``measure: avg_days`` / ``median_days``) is a number of days; a
    conversion rate is a share."""
    calc = kpi.calculation
    if calc.type != "conversion":
        return
    if calc.measure != "rate" and kpi.unit != "days":
        yield Issue(
            kpi.source,
            "unit",
            f"a conversion with measure {calc.measure!r} is a number of days: unit must be 'days', not {kpi.unit!r}",
        )
    if calc.measure == "rate" and kpi.unit == "days":
        yield Issue(
            kpi.source,
            "calculation.measure",
            "unit 'days' on a conversion rate: set measure 'avg_days' or 'median_days' for the time to convert",
        )


def _check_grains(catalog: Catalog, kpi: Kpi) -> Iterator[Issue]:
    """Declared grains every KPI input offers; benchmarks at a grain the KPI has; at least one grain."""
    if kpi.grains is not None:
        for code in catalog.kpi_dependencies(kpi):
            ref = catalog.kpis.get(code)
            if ref is None:
                continue
            offered = catalog.kpi_grains(ref)
            for i, grain in enumerate(kpi.grains):
                if grain not in offered:
                    yield Issue(
                        kpi.source,
                        f"grains[{i}]",
                        f"{grain!r}: input KPI {code} has no {grain} value (its grains: {', '.join(offered)})",
                    )
    grains = catalog.kpi_grains(kpi)
    if not grains:
        yield Issue(kpi.source, "grains", "the KPI has no grain left (its inputs share none of its grains)")
    for i, bench in enumerate(kpi.benchmarks):
        if grains and bench.grain not in grains:
            yield Issue(
                kpi.source,
                f"benchmarks[{i}].grain",
                f"{bench.grain!r} is not a grain of the KPI (grains: {', '.join(grains)})",
            )


def _check_formulas(catalog: Catalog, kpi: Kpi) -> Iterator[Issue]:
    calc = kpi.calculation
    builtins = list(PERIOD_BUILTINS)
    if calc.type == "derived":
        yield from _expr(kpi.source, "calculation.expression", calc.expression, [*calc.inputs, *builtins])
    if calc.type == "per_entity":
        names = [*calc.inputs, *builtins]
        yield from _expr(kpi.source, "calculation.value", calc.value, names)
        yield from _expr(kpi.source, "calculation.condition", calc.condition, [*names, "value"])
        if calc.compare is not None:
            yield from _expr(kpi.source, "calculation.compare.condition", calc.compare.condition, [*names, "value"])
            yield from _check_group_entity(catalog, kpi)
        if calc.entity not in catalog.dimensions:
            yield Issue(kpi.source, "calculation.entity", _unknown("dimension", calc.entity, catalog.dimensions))
        else:
            for name, measure in calc.inputs.items():
                model = catalog.object_models.get(measure.object)
                if model is not None and calc.entity not in model.dimensions:
                    yield Issue(
                        kpi.source,
                        f"calculation.inputs.{name}.object",
                        f"{measure.object} does not carry dimension {calc.entity}",
                    )


def check_kpi_cycles(catalog: Catalog) -> Iterator[Issue]:
    """KPIs that depend on themselves, directly or through others."""
    state: dict[str, int] = {}
    reported: set[frozenset[str]] = set()

    def visit(code: str, path: list[str]) -> Iterator[Issue]:
        state[code] = 1
        for dep in catalog.kpi_dependencies(catalog.kpis[code]):
            if dep not in catalog.kpis:
                continue
            if state.get(dep) == 1:
                cycle = [*path[path.index(dep) :], dep] if dep in path else [code, dep]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    yield Issue(catalog.kpis[dep].source, "calculation", "cycle among KPIs: " + " -> ".join(cycle))
            elif dep not in state:
                yield from visit(dep, [*path, dep])
        state[code] = 2

    for code in catalog.kpis:
        if code not in state:
            yield from visit(code, [code])


CHECKS: tuple[Callable[[Catalog], Iterator[Issue]], ...] = (
    check_links,
    check_object_models,
    check_quality_declarations,
    check_module_relationships,
    check_kpis,
    check_kpi_cycles,
    check_declined,
    check_duplicate_calculations,
)


def validate(catalog: Catalog) -> list[Issue]:
    """Run every check of the checklist."""
    return [issue for check in CHECKS for issue in check(catalog)]
