package dev.agentcore.controlplane.adoption;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gatewaytarget.TargetAdoptions;

/** What an imported gateway brings along: its targets and its rules. */
@Component
record ChildAdoptions(TargetAdoptions targets, RuleImports rules) {
}
