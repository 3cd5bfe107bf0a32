-- catalog table from the seed of the same content (seeds/object_relationships.csv)

select * from {{ ref('object_relationships') }}
