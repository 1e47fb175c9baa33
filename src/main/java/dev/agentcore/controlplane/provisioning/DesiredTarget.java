package dev.agentcore.controlplane.provisioning;

import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.gatewaytarget.TargetType;

/** What AWS should hold for a target. */
public record DesiredTarget(String name, TargetType type, TargetSpec spec) {
}
