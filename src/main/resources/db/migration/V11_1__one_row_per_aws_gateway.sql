-- One gateway of ours per AWS gateway: two imports racing for the same AWS gateway, or an import racing a
-- reconcile that adopts by name, end with one owner (the other gets 409 GATEWAY_ALREADY_MANAGED).
create unique index gateways_aws_gateway_id_unique on gateways (aws_gateway_id) where aws_gateway_id is not null;
