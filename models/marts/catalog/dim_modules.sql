-- catalog table from the seed of the same content (seeds/modules.csv)

select * from {{ ref('modules') }}
