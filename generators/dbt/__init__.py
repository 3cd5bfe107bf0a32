"""The dbt project generator: plan (which models, measures, joins) then render (SQL, YAML)."""
