/**
 * Cedar as AgentCore Policy uses it, with the real Cedar engine (cedar-java): the schema generated from
 * a gateway's tools, statements checked against it (syntax with line and column, AgentCore's scope rules,
 * missing tools, schema validation), and one tool call decided the way a gateway builds its request.
 * Pure and without Spring beans, so both the policy module and the simulated AgentCore use it.
 */
package dev.agentcore.controlplane.cedar;
