-- catalog table from the seed of the same content (seeds/object_models.csv)

select * from {{ ref('object_models') }}
