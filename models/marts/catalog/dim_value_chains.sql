-- catalog table from the seed of the same content (seeds/value_chains.csv)

select * from {{ ref('value_chains') }}
