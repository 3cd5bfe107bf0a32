-- catalog table from the seed of the same content (seeds/benchmarks.csv)

select * from {{ ref('benchmarks') }}
