-- AWS accounts the control plane provisions into (issue 26). An account is a managed kind: its name is the
-- 12-digit account id, its spec the regions, the role to assume, the external id and the teams that may use it;
-- READY once STS AssumeRole and GetCallerIdentity confirmed the account.
create table accounts (
    like managed_resource_columns including defaults including constraints,
    primary key (id),
    spec            jsonb not null,
    created_by      text  not null,
    aws_account_id  text,
    aws_session_arn text,
    constraint accounts_name_unique unique (name)
);
