-- catalog table from the seed of the same content (seeds/industry_valuechain.csv)

select * from {{ ref('industry_valuechain') }}
