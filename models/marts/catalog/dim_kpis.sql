-- catalog table from the seed of the same content (seeds/kpis.csv)

select * from {{ ref('kpis') }}
