/**
 * The AgentCore service model's facts, as data (operations' HTTP bindings, shapes, members and
 * their constraints), read from the generated {@code servicemodel/bedrock-agentcore-control.json};
 * the simulator, our API's checks and the tests all take their constraints from here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.agentcore.controlplane.servicemodel;
