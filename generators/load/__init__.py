"""Load object-model instances into the raw store (the unified instance table)."""
