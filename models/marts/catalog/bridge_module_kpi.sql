-- catalog table from the seed of the same content (seeds/module_kpi.csv)

select * from {{ ref('module_kpi') }}
