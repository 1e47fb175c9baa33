-- The list filter ?name= compares name exactly (name = :name). V11 replaced the plain unique constraint on
-- name, which served it, by a unique index on lower(name), which does not: without this index the filter
-- reads every gateway.
create index gateways_name on gateways (name);
