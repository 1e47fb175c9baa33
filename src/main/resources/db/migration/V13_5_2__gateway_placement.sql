-- Where a gateway lives (issue 26): an account and region the control plane provisions into. Null in both is the
-- control plane's own account and region, where every gateway lived before; placement never changes.
alter table gateways
    add column placement_account_id text,
    add column placement_region     text,
    add constraint gateways_placement_whole check ((placement_account_id is null) = (placement_region is null));

create index gateways_placement on gateways (placement_account_id, placement_region) where placement_account_id is not null;
