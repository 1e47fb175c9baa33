-- The columns every managed resource's table shares (identity, lifecycle, provisioning status, what AWS says
-- of its status), in one place. The table holds no rows: a new kind's table starts from it, so its lifecycle
-- and status columns cannot drift from the others':
--
--   create table gateway_rules (
--       like managed_resource_columns including defaults including constraints,
--       primary key (id),
--       gateway_id uuid not null references gateways (id),
--       spec jsonb not null,
--       aws_rule_id text, ...
--   );
--
-- ManagedTablesIntegrationTests checks that every kind the provisioner reconciles has exactly these columns
-- (type, nullability, default). created_by is not here: the control plane creates some kinds for itself.
create table managed_resource_columns (
    id                     uuid        not null,
    team                   text        not null,
    name                   text        not null,
    generation             bigint      not null,
    version                integer     not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    phase                  text        not null default 'PENDING',
    observed_generation    bigint      not null default 0,
    status_message         text        default 'Accepted; waiting for the provisioner.',
    last_error             jsonb,
    attempts               integer     not null default 0,
    next_attempt_at        timestamptz,
    last_transition_at     timestamptz,
    deletion_requested_at  timestamptz,
    reconcile_requested_at timestamptz,
    create_token           text,
    create_pending_at      timestamptz,
    last_reconciled_at     timestamptz,
    aws_status             text,
    aws_status_reasons     text[]      not null default '{}'
);

-- The one managed table that differed: V8 gave idp_profiles.generation a default for the rows it turned into
-- managed resources (all of them have one now, and every insert names it).
alter table idp_profiles alter column generation drop default;
