-- catalog table from the seed of the same content (seeds/industries.csv)

select * from {{ ref('industries') }}
