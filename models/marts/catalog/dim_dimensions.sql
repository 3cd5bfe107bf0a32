-- catalog table from the seed of the same content (seeds/dimensions.csv)

select * from {{ ref('dimensions') }}
