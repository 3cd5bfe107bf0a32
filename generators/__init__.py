"""Everything that writes artifacts from the catalog: dbt files, seeds, data, docs."""
