-- catalog table from the seed of the same content (seeds/module_links.csv)

select * from {{ ref('module_links') }}
