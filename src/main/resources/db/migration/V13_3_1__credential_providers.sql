-- AgentCore Identity's OAuth2 and API-key credential providers as managed resources, from the template.
-- The spec never holds a secret (client secret, API key): those are write-only and reach AgentCore from
-- memory (docs/credential-providers.md). secret_generation is the generation whose request carried the
-- secret AgentCore should hold (a number, not the secret).
create table credential_providers (
    like managed_resource_columns including defaults including constraints,
    primary key (id),
    created_by          text   not null,
    spec                jsonb  not null,
    secret_generation   bigint not null,
    aws_provider_name   text,
    aws_provider_arn    text,
    aws_callback_url    text,
    aws_secret_arn      text,
    -- provider names are unique in the AWS account's token vault, so across the control plane
    constraint credential_providers_name_unique unique (name)
);

create index credential_providers_team_order on credential_providers (team, id);
