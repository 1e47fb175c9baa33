-- IAM execution roles the control plane creates for gateways that ask for a managed role, keeps in step with
-- their targets, and deletes after the gateway. A role outlives its gateway's row (it goes after it), so
-- gateway_id is not a foreign key. IAM role names are unique in the account ignoring case.
create table execution_roles (
    id                     uuid primary key,
    gateway_id             uuid        not null,
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
    aws_role_id            text,
    aws_role_arn           text,
    aws_status             text,
    aws_status_reasons     text[]      not null default '{}',
    constraint execution_roles_one_per_gateway unique (gateway_id)
);

create unique index execution_roles_name_unique on execution_roles (lower(name));
