-- The workload identity AgentCore creates for a gateway (GetGateway's workloadIdentityDetails), shown in 'aws'.
alter table gateways add column aws_workload_identity_arn text;
