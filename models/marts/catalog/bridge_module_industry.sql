-- catalog table from the seed of the same content (seeds/module_industry.csv)

select * from {{ ref('module_industry') }}
