"""Data-set checks of the landing zone with Great Expectations: ``analytics check-data``.

- ``suites``: which checks each object model gets, from the catalog (pure, no GX);
- ``snapshot``: the SQL that extracts the current version of every instance into one typed
  table per object model in the ``raw_quality`` schema;
- ``gx_context``: the GX context, SQL datasource, expectation suites, validation definitions
  and the checkpoint;
- ``report``: failures and the summary read from the checkpoint result;
- ``run``: the whole run, as the command and the demo pipeline call it."""
