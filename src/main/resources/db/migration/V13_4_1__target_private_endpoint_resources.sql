-- The VPC Lattice resources AgentCore manages for a target's private endpoint (GetGatewayTarget's
-- privateEndpointManagedResources), shown in 'aws'.
alter table gateway_targets add column aws_private_endpoint_resources jsonb;
