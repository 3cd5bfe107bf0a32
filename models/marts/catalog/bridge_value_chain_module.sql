-- catalog table from the seed of the same content (seeds/valuechain_module.csv)

select * from {{ ref('valuechain_module') }}
