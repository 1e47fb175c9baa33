-- Desired state (spec), written by the REST API, and provisioning status, written by the provisioner.
-- Ids are UUIDv7 (time-ordered), so "order by id" is creation order and keyset pagination is stable.

create table idp_profiles (
    id               uuid primary key,
    team             text        not null,
    name             text        not null,
    spec             jsonb       not null,
    discovery        jsonb       not null,
    version          integer     not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    created_by       text        not null,
    constraint idp_profiles_name_per_team unique (team, name)
);

create index idp_profiles_team_order on idp_profiles (team, id);

create table gateways (
    id                    uuid primary key,
    team                  text        not null,
    name                  text        not null,
    spec                  jsonb       not null,
    idp_profile_id        uuid references idp_profiles (id),
    generation            bigint      not null,
    version               integer     not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    created_by            text        not null,
    -- status
    phase                 text        not null default 'PENDING',
    observed_generation   bigint      not null default 0,
    status_message        text        default 'Accepted; waiting for the provisioner.',
    last_error            jsonb,
    attempts              integer     not null default 0,
    next_attempt_at       timestamptz,
    last_transition_at    timestamptz,
    deletion_requested_at timestamptz,
    cascade_delete        boolean     not null default false,
    target_count          integer     not null default 0,
    reconcile_requested_at timestamptz,
    create_token          text,
    create_pending_at     timestamptz,
    last_reconciled_at    timestamptz,
    -- what AWS says
    aws_gateway_id        text,
    aws_gateway_arn       text,
    aws_gateway_url       text,
    aws_status            text,
    aws_status_reasons    text[]      not null default '{}',
    -- a gateway name is unique across the control plane, as it is in the AWS account
    constraint gateways_name_unique unique (name)
);

create index gateways_team_order on gateways (team, id);
create index gateways_team_phase_order on gateways (team, phase, id);
create index gateways_phase_order on gateways (phase, id);
create index gateways_idp_profile on gateways (idp_profile_id) where idp_profile_id is not null;

create table gateway_targets (
    id                    uuid primary key,
    gateway_id            uuid        not null references gateways (id),
    team                  text        not null,
    name                  text        not null,
    type                  text        not null,
    spec                  jsonb       not null,
    generation            bigint      not null,
    version               integer     not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    created_by            text        not null,
    phase                 text        not null default 'PENDING',
    observed_generation   bigint      not null default 0,
    status_message        text        default 'Accepted; waiting for the provisioner.',
    last_error            jsonb,
    attempts              integer     not null default 0,
    next_attempt_at       timestamptz,
    last_transition_at    timestamptz,
    deletion_requested_at timestamptz,
    create_token          text,
    create_pending_at     timestamptz,
    last_reconciled_at    timestamptz,
    aws_target_id         text,
    aws_status            text,
    aws_status_reasons    text[]      not null default '{}',
    aws_last_synchronized_at timestamptz,
    synchronize_requested_at timestamptz,
    reconcile_requested_at timestamptz,
    constraint gateway_targets_name_per_gateway unique (gateway_id, name)
);

create index gateway_targets_gateway_order on gateway_targets (gateway_id, id);
create index gateway_targets_gateway_phase_order on gateway_targets (gateway_id, phase, id);
create index gateway_targets_gateway_type_order on gateway_targets (gateway_id, type, id);

-- gateways.target_count follows the targets table, so reading a gateway (or a page of them) needs no count query.
create function gateway_targets_count() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update gateways set target_count = target_count + 1 where id = new.gateway_id;
    elsif tg_op = 'DELETE' then
        update gateways set target_count = target_count - 1 where id = old.gateway_id;
    end if;
    return null;
end
$$;

create trigger gateway_targets_count after insert or delete on gateway_targets
    for each row execute function gateway_targets_count();

create table gateway_events (
    id             bigint generated always as identity primary key,
    gateway_id     uuid        not null,
    at             timestamptz not null,
    resource_type  text        not null,
    resource_id    uuid        not null,
    type           text        not null,
    message        text        not null,
    actor          text        not null,
    aws_request_id text
);

create index gateway_events_gateway_newest on gateway_events (gateway_id, id desc);

create table idempotency_keys (
    scope         text        not null,
    key           text        not null,
    request_hash  text        not null,
    status        integer,
    location      text,
    body          text,
    created_at    timestamptz not null,
    primary key (scope, key)
);

create index idempotency_keys_created on idempotency_keys (created_at);
