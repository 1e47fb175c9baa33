-- IDP profiles become provisioned resources when they declare 'managed': a Cognito user pool, its domain,
-- a resource server and one app client per entry, created by the provisioner. Profiles that point at an
-- identity provider the team runs itself have nothing to provision: they are READY from the start.
alter table idp_profiles
    add column managed                jsonb,
    add column generation             bigint      not null default 1,
    add column phase                  text        not null default 'PENDING',
    add column observed_generation    bigint      not null default 0,
    add column status_message         text        default 'Accepted; waiting for the provisioner.',
    add column last_error             jsonb,
    add column attempts               integer     not null default 0,
    add column next_attempt_at        timestamptz,
    add column last_transition_at     timestamptz,
    add column deletion_requested_at  timestamptz,
    add column create_token           text,
    add column create_pending_at      timestamptz,
    add column last_reconciled_at     timestamptz,
    add column reconcile_requested_at timestamptz,
    -- what AWS says: the user pool, its issuer's discovery URL and hosted domain, and per app client its
    -- id and the ARN of the Secrets Manager secret holding its client secret (never the secret itself)
    add column aws_status             text,
    add column aws_status_reasons     text[]      not null default '{}',
    add column aws_user_pool_id       text,
    add column aws_user_pool_arn      text,
    add column aws_discovery_url      text,
    add column aws_domain             text,
    add column managed_clients        jsonb,
    -- the discovery URL and client ids last handed to the gateways that use the profile
    add column published_authorizer   text;

update idp_profiles
set phase = 'READY', observed_generation = 1, last_transition_at = updated_at,
    status_message = 'Nothing to provision: the profile points at an identity provider the team runs.';

create index idp_profiles_managed on idp_profiles (id) where managed is not null;
