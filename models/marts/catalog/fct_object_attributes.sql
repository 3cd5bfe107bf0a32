-- catalog table from the seed of the same content (seeds/object_attributes.csv)

select * from {{ ref('object_attributes') }}
