-- AgentCore Policy: Cedar policy engines and their policies, each provisioned like gateways and targets
-- (spec and generation written by the API, status columns by the provisioner).

create table policy_engines (
    id                     uuid primary key,
    team                   text        not null,
    name                   text        not null,
    spec                   jsonb       not null,
    generation             bigint      not null,
    version                integer     not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    created_by             text        not null,
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
    policy_count           integer     not null default 0,
    aws_policy_engine_id   text,
    aws_policy_engine_arn  text,
    aws_status             text,
    aws_status_reasons     text[]      not null default '{}',
    -- engine names are unique in the AWS account, so across the control plane
    constraint policy_engines_name_unique unique (name)
);

create index policy_engines_team_order on policy_engines (team, id);
create index policy_engines_team_phase_order on policy_engines (team, phase, id);

create table policies (
    id                     uuid primary key,
    policy_engine_id       uuid        not null references policy_engines (id),
    team                   text        not null,
    name                   text        not null,
    spec                   jsonb       not null,
    generation             bigint      not null,
    version                integer     not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    created_by             text        not null,
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
    aws_policy_id          text,
    aws_policy_arn         text,
    aws_status             text,
    aws_status_reasons     text[]      not null default '{}',
    -- AgentCore: a policy name "must be unique within the account", so across engines too
    constraint policies_name_unique unique (name)
);

create index policies_engine_order on policies (policy_engine_id, id);
create index policies_engine_phase_order on policies (policy_engine_id, phase, id);

-- policy_engines.policy_count follows the policies table, as gateways.target_count follows targets.
create function policies_count() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update policy_engines set policy_count = policy_count + 1 where id = new.policy_engine_id;
    elsif tg_op = 'DELETE' then
        update policy_engines set policy_count = policy_count - 1 where id = old.policy_engine_id;
    end if;
    return null;
end
$$;

create trigger policies_count after insert or delete on policies
    for each row execute function policies_count();

-- Which gateways attach an engine (by our id or by its ARN) is asked on every policy write and what-if check.
create index gateways_policy_engine_id on gateways ((spec->'policyEngine'->>'policyEngineId'))
    where spec->'policyEngine' is not null;
create index gateways_policy_engine_arn on gateways ((spec->'policyEngine'->>'arn'))
    where spec->'policyEngine' is not null;
