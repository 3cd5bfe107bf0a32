-- catalog table from the seed of the same content (seeds/objectmodel_kpi.csv)

select * from {{ ref('objectmodel_kpi') }}
