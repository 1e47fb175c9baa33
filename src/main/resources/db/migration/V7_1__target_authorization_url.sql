-- Where a person gives the OAuth consent AgentCore waits for (GetGatewayTarget's authorizationData, *_PENDING_AUTH).
alter table gateway_targets add column aws_authorization_url text;
