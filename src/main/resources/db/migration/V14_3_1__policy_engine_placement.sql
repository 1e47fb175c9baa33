-- Where a policy engine lives (issue 26): an account and region the control plane provisions into, like a gateway's
-- placement; a gateway attaches only an engine of its own placement. Null in both is the control plane's own account
-- and region, where every engine lived before; placement never changes.
alter table policy_engines
    add column placement_account_id text,
    add column placement_region     text,
    add constraint policy_engines_placement_whole check ((placement_account_id is null) = (placement_region is null));
