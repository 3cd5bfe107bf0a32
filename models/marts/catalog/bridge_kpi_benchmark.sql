-- catalog table from the seed of the same content (seeds/kpi_benchmark.csv)

select * from {{ ref('kpi_benchmark') }}
