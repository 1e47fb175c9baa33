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
-- The template is taken from the latest kind's table (V9), without that kind's own columns, rather than
-- spelt out a fourth time. KindRegistrationIntegrationTests checks that every kind the provisioner reconciles
-- has exactly these columns (type, nullability, default). created_by is not here: the control plane creates
-- some kinds for itself.
create table managed_resource_columns (like execution_roles including defaults);
alter table managed_resource_columns drop column gateway_id, drop column aws_role_id, drop column aws_role_arn;

-- The one managed table that differed: V8 gave idp_profiles.generation a default for the rows it turned into
-- managed resources (all of them have one now, and every insert names it).
alter table idp_profiles alter column generation drop default;
