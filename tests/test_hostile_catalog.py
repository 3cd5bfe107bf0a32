"""A hostile catalog: Jinja, SQL and line-break payloads in every text field of the
fixture catalog. Each payload is either rejected by validation, naming file and field,
or reaches the warehouse and the docs as inert text, verbatim; dbt builds the project on
DuckDB and on PostgreSQL and nothing the payloads ask for (canary tables, dropping the raw store, reading
environment variables) ever happens."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from definitions import load_catalog
from generators.dbt.escape import lines, sql_string_literal
from tests.conftest import MINI
from tests.dbt_harness import ENGINES, Warehouse, fresh_warehouse, load, make_project, vars_arg
from tests.test_kpi_correctness import CALENDAR, DATASET

SECRET_VARIABLE = "SAFETY_CANARY_SECRET"
SECRET = "s3cr3t-value-never-in-artifacts"

PAYLOADS = [
    "{{ run_query('create table canary_expr (x int)') if run_query is defined else '' }}",
    "{% if execute %}{% do run_query('create table canary_do (x int)') %}{% endif %}",
    "{% do run_query('create table canary_parse (x int)') if run_query is defined %}",
    "{{ run_query('drop table raw.object_instances') if execute else '' }}",
    "{# a Jinja comment hides this #}",
    "{{ env_var('HOME') }} {{ env_var('" + SECRET_VARIABLE + "', 'unset') }}",
    "\n select 1; --",
    "' or '1'='1",
    "*/",
    "$$",
    "line\u2028separator\u2029paragraph\x85next",
    "{% endraw %}{{ run_query('create table canary_endraw (x int)') if execute else '' }}",
    "{% raw %}",
]
HOSTILE = " | ".join(PAYLOADS)

LITERAL_ACCEPTED = {"' or '1'='1", "*/", "$$"}
"""Payloads a filter may hold as a string literal: no Jinja delimiter, no line break."""

FREE_TEXT_KEYS = {"name", "description", "formula", "focus", "label", "flow", "source", "note"}


def hostile(tag: str) -> str:
    """The text a free-text field gets: its own tag (so it is unique) and every payload."""
    return f"{tag}: {HOSTILE}"


def _poison(data: Any, rel: str, where: str = "") -> None:
    if isinstance(data, list):
        for i, item in enumerate(data):
            _poison(item, rel, f"{where}[{i}]")
        return
    if not isinstance(data, dict):
        return
    if where.startswith("benchmarks["):
        data.setdefault("note", "")
    for key, value in list(data.items()):
        path = f"{where}.{key}" if where else key
        is_attribute_name = key == "name" and where.startswith("attributes[")
        if key in FREE_TEXT_KEYS and isinstance(value, str) and not is_attribute_name:
            data[key] = hostile(f"{rel}:{path}")
        elif key == "focus_areas":
            data[key] = [hostile(f"{rel}:{path}[{i}]") for i in range(len(value))]
        else:
            _poison(value, rel, path)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def hostile_catalog(root: Path) -> Path:
    """The fixture catalog with every free-text field poisoned and a filter whose string
    literals and comment carry the payloads a filter accepts."""
    shutil.copytree(MINI, root)
    for path in sorted(root.rglob("*.yml")):
        rel = str(path.relative_to(root))
        data = yaml.safe_load(path.read_text())
        _poison(data, rel)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    path = root / "kpis/customers_won.yml"
    data = yaml.safe_load(path.read_text())
    listed = ", ".join(_literal(p) for p in PAYLOADS if p in LITERAL_ACCEPTED)
    data["calculation"]["measure"]["filter"] = f"stage = 'closed_won' or stage in ({listed}) -- */ $$ ' or '1'='1"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return root


# -- rejected: codes, names, enum values, references, filters ------------------------


def _set(data: Any, path: list[Any], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


STRICT_FIELDS: list[tuple[str, list[Any], str]] = [
    ("object_models/opportunity.yml", ["code"], "code"),
    ("kpis/win_rate.yml", ["code"], "code"),
    ("modules/bus_dev.yml", ["code"], "code"),
    ("dimensions/sales_rep.yml", ["code"], "code"),
    ("industries/saas_software.yml", ["code"], "code"),
    ("value_chains/sales_management.yml", ["code"], "code"),
    ("object_models/opportunity.yml", ["attributes", 0, "name"], "attributes[0].name"),
    ("object_models/opportunity.yml", ["attributes", 5, "values", 0], "attributes[5].values[0]"),
    ("object_models/opportunity.yml", ["attributes", 1, "references"], "attributes[1].references"),
    ("object_models/opportunity.yml", ["primary_key"], "primary_key"),
    ("object_models/opportunity.yml", ["time_attributes", 0], "time_attributes[0]"),
    ("object_models/customer.yml", ["aliases", 0], "aliases[0]"),
    ("object_models/customer.yml", ["relationships", 0, "via"], "relationships[0].via"),
    ("object_models/customer.yml", ["relationships", 0, "target"], "relationships[0].target"),
    ("modules/bus_dev.yml", ["links", 0, "module"], "links[0].module"),
    ("kpis/win_rate.yml", ["tags"], "tags[0]"),
    ("kpis/win_rate.yml", ["modules", 0], "modules[0]"),
    ("kpis/win_rate.yml", ["benchmarks", 0, "industry"], "benchmarks[0].industry"),
    ("kpis/win_rate.yml", ["calculation", "numerator", "time"], "calculation.numerator.time"),
]


def _issues(root: Path, rel: str) -> list[tuple[str, str]]:
    _, issues = load_catalog(root)
    return [(issue.field, issue.message) for issue in issues if issue.file.endswith(rel)]


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    root = tmp_path / "catalog"
    shutil.copytree(MINI, root)
    return root


def _with(root: Path, rel: str, change: Any) -> list[tuple[str, str]]:
    path = root / rel
    original = path.read_text()
    data = yaml.safe_load(original)
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    try:
        return _issues(root, rel)
    finally:
        path.write_text(original)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_a_strict_field_is_rejected_naming_file_and_field(catalog_copy: Path, payload: str) -> None:
    for rel, path, field in STRICT_FIELDS:
        value: Any = [payload] if path == ["tags"] else payload
        found = _with(catalog_copy, rel, lambda d, p=path, v=value: _set(d, p, v))
        assert any(f == field and ("pattern" in m or "unknown" in m) for f, m in found), (rel, field, found)

    def rename_input(data: dict[str, Any]) -> None:
        data["calculation"]["inputs"] = {payload: data["calculation"]["inputs"]["won"]}

    found = _with(catalog_copy, "kpis/revenue_per_day.yml", rename_input)
    # (a YAML reader folds some line breaks in keys, so the key is matched by its ends)
    assert any(f.startswith("calculation.inputs.") and f.endswith("[key]") and "pattern" in m for f, m in found), found

    found = _with(catalog_copy, "object_models/opportunity.yml", lambda d: _set(d, ["dimensions"], {payload: "seats"}))
    assert any(f.startswith("dimensions.") and f.endswith("[key]") and "pattern" in m for f, m in found), found


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_a_filter_is_rejected_or_a_literal(catalog_copy: Path, payload: str) -> None:
    field = "calculation.numerator.filter"
    in_literal = _with(
        catalog_copy, "kpis/win_rate.yml", lambda d: _set(d, ["calculation", "numerator", "filter"], _literal(payload))
    )
    in_call = _with(
        catalog_copy,
        "kpis/win_rate.yml",
        lambda d: _set(d, ["calculation", "numerator", "filter"], f"read_csv({_literal(payload)}) is null"),
    )
    assert any(f == field and "calls read_csv()" in m for f, m in in_call) or any(
        f == field and "Jinja delimiters" in m for f, m in in_call
    ), in_call
    if payload in LITERAL_ACCEPTED:
        assert in_literal == []
    else:
        assert any(f == field and ("Jinja delimiters" in m or "control character" in m) for f, m in in_literal), (
            in_literal
        )


# -- accepted: free text, inert all the way to the warehouse and the docs -----------------


@dataclass
class Built:
    root: Path
    warehouse: Warehouse
    loaded: int
    outcome_ok: bool
    failures: list[str]
    docs_ok: bool
    manifest: dict[str, Any]
    manifest_text: str


HOSTILE_LITERALS_MODEL = "hostile_literals"


@pytest.fixture(scope="module", params=ENGINES)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    engine = request.param
    base = tmp_path_factory.mktemp(f"hostile_{engine}")
    root = hostile_catalog(base / "catalog")
    project = make_project(base / "project", root)
    # every payload as a literal written by the escaping module, in a model dbt renders
    rows = "\nunion all\n".join(
        f"select {i} as position, {sql_string_literal(p)} as payload" for i, p in enumerate(PAYLOADS)
    )
    (project / f"models/{HOSTILE_LITERALS_MODEL}.sql").write_text(rows + "\n")
    warehouse = fresh_warehouse(project, engine, "hostile_catalog")
    loaded = load(warehouse, DATASET, root)
    saved = os.environ.get(SECRET_VARIABLE)
    os.environ[SECRET_VARIABLE] = SECRET
    try:
        outcome = warehouse.dbt(["build", *vars_arg(CALENDAR)])
        docs = warehouse.dbt(["docs", "generate", *vars_arg(CALENDAR)])
    finally:
        if saved is None:
            os.environ.pop(SECRET_VARIABLE, None)
        else:
            os.environ[SECRET_VARIABLE] = saved
    manifest = project / "target/manifest.json"
    manifest_text = manifest.read_text() if manifest.exists() else "{}"
    yield Built(
        root,
        warehouse,
        loaded,
        outcome.success,
        outcome.failures,
        docs.success,
        json.loads(manifest_text),
        manifest_text,
    )


def test_hostile_catalog_validates_and_builds(built: Built) -> None:
    assert built.outcome_ok, built.failures
    assert built.docs_ok


def test_nothing_the_payloads_ask_for_happens(built: Built) -> None:
    # the whole project ran (every model rendered and executed), and still:
    assert built.outcome_ok, built.failures
    assert built.warehouse.query("select count(*) from analytics_staging.stg_opportunity") == [(6,)]
    canaries = built.warehouse.query(
        "select table_schema, table_name from information_schema.tables where table_name like ?", ["canary%"]
    )
    assert canaries == []
    assert built.warehouse.query("select count(*) from raw.object_instances") == [(built.loaded,)]
    assert SECRET not in built.manifest_text
    assert SECRET not in "".join(p.read_text() for p in (built.warehouse.project / "target").rglob("*.sql"))


def _node(built: Built, name: str) -> dict[str, Any]:
    return built.manifest["nodes"][f"model.sales_kpi_warehouse.{name}"]


def test_descriptions_in_the_docs_are_the_catalog_text(built: Built) -> None:
    om = "object_models/opportunity.yml"
    staging = _node(built, "stg_opportunity")
    assert staging["description"] == (
        f"{hostile(om + ':name')}: {hostile(om + ':description')} One row per instance (latest version)."
    )
    assert staging["columns"]["amount"]["description"] == hostile(om + ":attributes[4].description")

    kpi = "kpis/win_rate.yml"
    assert _node(built, "kpi_win_rate")["description"].startswith(
        f"**{hostile(kpi + ':name')}** (`WIN_RATE`): {hostile(kpi + ':description')}\n\n"
        f"Formula: {hostile(kpi + ':formula')}\n\n"
    )

    module = "modules/bus_dev.yml"
    mart = _node(built, "mart_bus_dev__monthly")
    assert mart["description"] == (
        f"{hostile(module + ':name')}: {hostile(module + ':description')} "
        "One row per month, one column per KPI, overall values, and for a KPI with a monthly benchmark "
        "its status against it (<kpi>__status)."
    )
    assert mart["columns"]["win_rate"]["description"] == (
        f"{hostile(kpi + ':name')} (percent): {hostile(kpi + ':formula')}"
    )
    # the default owner of the module's dbt group names the module (dbt renders owners as Jinja)
    assert built.manifest["groups"]["group.sales_kpi_warehouse.bus_dev"]["owner"]["name"] == (
        f"{hostile(module + ':name')} team"
    )


def _hostile_values(root: Path) -> dict[str, str]:
    """tag -> text of every poisoned field, read back from the catalog files."""
    found: dict[str, str] = {}

    def walk(data: Any) -> None:
        if isinstance(data, dict):
            for value in data.values():
                walk(value)
        elif isinstance(data, list):
            for item in data:
                walk(item)
        elif isinstance(data, str) and HOSTILE in data:
            found[data.split(": ", 1)[0]] = data

    for path in root.rglob("*.yml"):
        walk(yaml.safe_load(path.read_text()))
    return found


def test_every_free_text_field_reaches_the_catalog_tables_verbatim(built: Built) -> None:
    cells: set[str] = set()
    for (table,) in built.warehouse.query(
        "select table_name from information_schema.tables where table_schema = 'analytics_catalog'"
    ):
        for row in built.warehouse.query(f"select * from analytics_catalog.{table}"):
            for value in row:
                if isinstance(value, str):
                    cells.add(value)
    values = _hostile_values(built.root)
    # 33 entities x (name, description), 25 attribute descriptions, 21 formulas, 4 relationship
    # labels, 2 focus + 2 focus areas, 1 module link (label, flow), 1 benchmark (source, note)
    assert len(values) == 124
    focus_areas = {tag: text for tag, text in values.items() if ":focus_areas[" in tag}
    missing = [tag for tag, text in values.items() if tag not in focus_areas and text not in cells]
    assert missing == []
    # focus areas are stored joined by ';' (the payloads contain ';' themselves)
    joined = built.warehouse.query("select focus_areas from analytics_catalog.modules where module_code = 'BUS_DEV'")
    assert joined == [(values["modules/bus_dev.yml:focus_areas[0]"],)]


def test_filter_literals_stay_literals(built: Built) -> None:
    # Jan: O1 (C1) and O4 (C3) won; Feb: O3 (C1) won. Had "' or '1'='1" become SQL, O2
    # (lost, C2, closed in Feb) would count too and Feb would be 2. No win Mar..Dec: 0 (zero-filled).
    assert built.warehouse.kpi("CUSTOMERS_WON") == {f"2025-{m:02d}-01": {1: 2, 2: 1}.get(m, 0) for m in range(1, 13)}
    compiled = next((built.warehouse.project / "target/compiled").rglob("int_opportunity__closed_at__measures.sql"))
    text = compiled.read_text()
    assert "case when stage = 'closed_won' or stage in (''' or ''1''=''1', '*/', '$$') then customer_id end" in text
    assert "-- */" not in text


def test_headers_of_generated_models_are_comments_only(built: Built) -> None:
    compiled = next((built.warehouse.project / "target/compiled").rglob("kpi_win_rate.sql")).read_text()
    header = compiled.split("\nwith ", 1)[0].strip().split("\n")
    assert all(line.startswith("--") for line in header), header
    assert "-- kpis/win_rate.yml:name: {{ run_query('create table canary_expr (x int)')" in compiled
    assert "--  select 1; --" in compiled
    stg = next((built.warehouse.project / "target/compiled").rglob("stg_opportunity.sql")).read_text()
    assert "{% endraw %}{{ run_query('create table canary_endraw (x int)') if execute else '' }}" in stg


def test_escaped_literals_compile_to_the_payloads(built: Built) -> None:
    rows = built.warehouse.query(f"select position, payload from analytics.{HOSTILE_LITERALS_MODEL} order by 1")
    assert rows == list(enumerate(PAYLOADS))


def test_the_docs_home_shows_module_names_as_text(built: Built) -> None:
    """The generated __overview__ lists each module by name: the payload is text on one line
    of the page (line breaks become spaces, ``|`` is escaped so no table cell splits)."""
    overview = built.manifest["docs"]["doc.sales_kpi_warehouse.__overview__"]["block_contents"]
    name = hostile("modules/bus_dev.yml:name")
    assert f"| {' '.join(lines(name)).replace('|', chr(92) + '|')} | `BUS_DEV` |" in overview


def test_semantic_layer_holds_catalog_text_as_data(built: Built) -> None:
    # dbt renders metric labels as Jinja: they come back as the catalog text, nothing run
    semantic = json.loads((built.warehouse.project / "target/semantic_manifest.json").read_text())
    metrics = {m["name"]: m for m in semantic["metrics"]}
    kpi = "kpis/win_rate.yml"
    assert metrics["win_rate"]["label"] == hostile(kpi + ":name")
    assert metrics["win_rate"]["description"].startswith(hostile(kpi + ":description"))
    # MetricFlow renders filters: the only Jinja in one is the generator's Dimension reference,
    # the accepted payloads stay string literals and the filter's comment is dropped
    filters = [f["where_sql_template"] for f in metrics["customers_won"]["filter"]["where_filters"]]
    assert filters == [
        "{{ Dimension('opportunity__stage') }} = 'closed_won' or "
        "{{ Dimension('opportunity__stage') }} in (''' or ''1''=''1', '*/', '$$')"
    ]
    assert SECRET not in json.dumps(semantic)
