-- The tools a gateway serves for an MCP server target, as the control plane listed them over MCP after AgentCore
-- reported a synchronization (GetGatewayTarget has no tool list), or why they are unknown; shown in 'aws.tools'.
alter table gateway_targets add column aws_tools jsonb;
