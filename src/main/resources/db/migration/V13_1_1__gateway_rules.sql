-- Gateway rules (issue 24): a managed kind from the template. A rule has no name in AgentCore; the name column
-- holds the rule's own id. Its priority is unique within its gateway, as AgentCore requires.
create table gateway_rules (
    like managed_resource_columns including defaults including constraints,
    primary key (id),
    gateway_id   uuid not null references gateways (id),
    spec         jsonb not null,
    created_by   text not null,
    aws_rule_id  text
);

create unique index gateway_rules_priority_per_gateway on gateway_rules (gateway_id, ((spec ->> 'priority')::integer));
create index gateway_rules_by_gateway on gateway_rules (gateway_id, id);
