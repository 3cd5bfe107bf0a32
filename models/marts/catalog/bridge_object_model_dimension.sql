-- catalog table from the seed of the same content (seeds/objectmodel_dimension.csv)

select * from {{ ref('objectmodel_dimension') }}
