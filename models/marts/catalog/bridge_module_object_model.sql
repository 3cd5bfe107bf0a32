-- catalog table from the seed of the same content (seeds/module_objectmodel.csv)

select * from {{ ref('module_objectmodel') }}
