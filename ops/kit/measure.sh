#!/usr/bin/env bash
# Main code lines per kind of managed resource, by layer (issue #22's goals): lines that are not blank,
# not comments, not package or import lines; a controller's OpenAPI prose (@Operation, @Parameter, @Tag,
# @ApiResponse, @Schema annotations) aside. Prints a Markdown table. Run from anywhere: ops/kit/measure.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 - "$@" <<'PY'
import re, sys
from pathlib import Path

MAIN = Path("src/main/java/dev/agentcore/controlplane")
GOALS = {"aggregate": 100, "reconciler": 60, "controller": 100, "management": 80, "simulator": 200}
# kind -> layer -> files (relative to MAIN); a layer a kind does not have is empty
KINDS = {
    "gateway": {
        "aggregate": ["gateway/Gateway.java"],
        "management": ["gateway/GatewayManagement.java"],
        "controller": ["gateway/GatewayController.java"],
        "reconciler": ["provisioning/GatewayReconciler.java"],
        "simulator": ["simulator/SimulatedGateway.java", "simulator/GatewayInputRules.java"],
    },
    "gateway target": {
        "aggregate": ["gatewaytarget/GatewayTarget.java"],
        "management": ["gatewaytarget/TargetManagement.java"],
        "controller": ["gatewaytarget/TargetController.java"],
        "reconciler": ["provisioning/TargetReconciler.java"],
        "simulator": ["simulator/SimulatedTarget.java", "simulator/TargetStates.java", "simulator/TargetInputRules.java"],
    },
    "IDP profile": {
        "aggregate": ["idp/IdpProfile.java"],
        "management": ["idp/IdpProfileManagement.java"],
        "controller": ["idp/IdpProfileController.java"],
        "reconciler": ["provisioning/IdpProfileReconciler.java"],
        "simulator": ["simulator/SimulatedCognito.java", "simulator/CognitoAppClients.java", "simulator/CognitoRecords.java"],
    },
    "policy engine": {
        "aggregate": ["policy/PolicyEngine.java"],
        "management": ["policy/PolicyEngineManagement.java"],
        "controller": ["policy/PolicyEngineController.java"],
        "reconciler": ["provisioning/PolicyEngineReconciler.java"],
        "simulator": ["simulator/SimulatedPolicyEngine.java", "simulator/SimulatedPolicyEngines.java"],
    },
    "policy": {
        "aggregate": ["policy/Policy.java"],
        "management": ["policy/PolicyManagement.java"],
        "controller": ["policy/PolicyController.java"],
        "reconciler": ["provisioning/PolicyReconciler.java"],
        "simulator": ["simulator/SimulatedPolicy.java", "simulator/SimulatedPolicies.java"],
    },
    "execution role": {
        "aggregate": ["executionrole/ExecutionRole.java"],
        "management": ["executionrole/ExecutionRoleManagement.java"],
        "controller": [],
        "reconciler": ["provisioning/ExecutionRoleReconciler.java"],
        "simulator": ["simulator/SimulatedRole.java", "simulator/SimulatedIam.java"],
    },
    "gateway rule": {
        "aggregate": ["gatewayrule/GatewayRule.java"],
        "management": ["gatewayrule/RuleManagement.java"],
        "controller": ["gatewayrule/RuleController.java"],
        "reconciler": ["provisioning/RuleReconciler.java"],
        "simulator": ["simulator/SimulatedRule.java", "simulator/SimulatedRules.java", "simulator/RuleWireController.java"],
    },
    "credential provider": {
        "aggregate": ["credentialprovider/CredentialProvider.java"],
        "management": ["credentialprovider/CredentialProviderManagement.java"],
        "controller": ["credentialprovider/CredentialProviderController.java"],
        "reconciler": ["provisioning/CredentialProviderReconciler.java"],
        "simulator": ["simulator/SimulatedCredentialProvider.java", "simulator/SimulatedCredentialProviders.java",
                      "simulator/CredentialProviderWireController.java"],
    },
    "account": {
        "aggregate": ["account/Account.java"],
        "management": ["account/AccountManagement.java"],
        "controller": ["account/AccountController.java"],
        "reconciler": ["provisioning/AccountReconciler.java"],
        "simulator": ["simulator/SimulatedAccounts.java", "simulator/SimulatedRegions.java"],
    },
}
# What two kinds' simulator parts share (their owner, their transition rules), measured apart, not in either kind.
SHARED = {
    "gateway and target (SimulatedAgentCore, Transitions)": ["simulator/SimulatedAgentCore.java", "simulator/Transitions.java"],
    "policy engine and policy (PolicyTransitions, PolicyInputRules)": ["simulator/PolicyTransitions.java",
                                                                     "simulator/PolicyInputRules.java"],
    "every kind (SimulatedStore, SimulatedShape, JsonStateFile, Pages, SimulatedIds)": ["simulator/SimulatedStore.java",
        "simulator/SimulatedShape.java", "simulator/JsonStateFile.java", "simulator/Pages.java", "simulator/SimulatedIds.java"],
}
OPENAPI = re.compile(r"@(Operation|Parameter|Tag|ApiResponses?|Schema|ExampleObject|Content)\b")

def strip(text):
    """The text without comments and with string literals emptied; OpenAPI annotations removed."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("\n" * text.count("\n", i, end))
            i = end
        elif text.startswith('"""', i):
            end = text.find('"""', i + 3)
            end = n if end < 0 else end + 3
            out.append('"' + "\n" * text.count("\n", i, end) + '"')
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    code = "".join(out)
    # OpenAPI prose aside: drop each annotation with its parenthesised arguments
    result, i = [], 0
    for m in OPENAPI.finditer(code):
        if m.start() < i:
            continue
        result.append(code[i:m.start()])
        j = m.end()
        if j < len(code) and code[j] == "(":
            depth = 0
            while j < len(code):
                depth += code[j] == "("
                depth -= code[j] == ")"
                j += 1
                if depth == 0:
                    break
        result.append("\n" * code.count("\n", m.start(), j))
        i = j
    result.append(code[i:])
    return "".join(result)

def lines(path):
    file = MAIN / path
    if not file.exists():
        return 0
    count = 0
    for line in strip(file.read_text()).splitlines():
        line = line.strip()
        if not line or line.startswith(("import ", "package ")):
            continue
        count += 1
    return count

layers = list(GOALS)
print("| kind | " + " | ".join(f"{layer} (≤ {GOALS[layer]})" for layer in layers) + " |")
print("| --- |" + " --- |" * len(layers))
over = []
for kind, files in KINDS.items():
    cells = []
    for layer in layers:
        if not files[layer]:
            cells.append("–")
            continue
        value = sum(lines(f) for f in files[layer])
        cells.append(str(value))
        if value > GOALS[layer]:
            over.append(f"{kind} {layer} {value} > {GOALS[layer]}")
    print(f"| {kind} | " + " | ".join(cells) + " |")
print()
for what, files in SHARED.items():
    print(f"simulator shared by {what}: {sum(lines(f) for f in files)}")
if over:
    print("\nover the goal: " + "; ".join(over))
PY
