#!/usr/bin/env python3
"""Writes the service-model facts the project uses, as data, from AWS's Smithy JSON model.

Usage: generate.py <bedrock-agentcore-control-2023-06-05.json> <model date> [out]

The input is models/bedrock-agentcore-control/service/2023-06-05/bedrock-agentcore-control-2023-06-05.json
of github.com/aws/api-models-aws at the release of <model date>. The output keeps, for the
operations below and every shape they reach: HTTP method, URI and success code; shapes with their
members, required, length, range, pattern, enum values, defaults, sensitivity, unique items and
HTTP bindings. No documentation. Re-run it on a newer model and commit both the output and the
tests it breaks.
"""
import json
import sys

NAMESPACE = "com.amazonaws.bedrockagentcorecontrol#"

OPERATIONS = [
    "CreateGateway", "GetGateway", "UpdateGateway", "DeleteGateway", "ListGateways",
    "CreateGatewayTarget", "GetGatewayTarget", "UpdateGatewayTarget", "DeleteGatewayTarget", "ListGatewayTargets",
    "SynchronizeGatewayTargets",
    "CreatePolicyEngine", "GetPolicyEngine", "UpdatePolicyEngine", "DeletePolicyEngine", "ListPolicyEngines",
    "CreatePolicy", "GetPolicy", "UpdatePolicy", "DeletePolicy", "ListPolicies",
    "TagResource", "UntagResource", "ListTagsForResource",
    "CreateGatewayRule", "GetGatewayRule", "UpdateGatewayRule", "DeleteGatewayRule", "ListGatewayRules",
    "PutResourcePolicy", "GetResourcePolicy", "DeleteResourcePolicy",
    "CreateOauth2CredentialProvider", "GetOauth2CredentialProvider", "UpdateOauth2CredentialProvider",
    "DeleteOauth2CredentialProvider", "ListOauth2CredentialProviders",
    "CreateApiKeyCredentialProvider", "GetApiKeyCredentialProvider", "UpdateApiKeyCredentialProvider",
    "DeleteApiKeyCredentialProvider", "ListApiKeyCredentialProviders",
    "CreateWorkloadIdentity", "GetWorkloadIdentity", "UpdateWorkloadIdentity", "DeleteWorkloadIdentity",
    "ListWorkloadIdentities",
]

PRELUDE = {"String": "string", "Integer": "integer", "Long": "long", "Boolean": "boolean", "PrimitiveBoolean": "boolean",
           "PrimitiveInteger": "integer", "PrimitiveLong": "long", "Timestamp": "timestamp", "Document": "document",
           "Double": "double", "Float": "float", "Blob": "blob", "Unit": "structure"}


def local(name):
    if name.startswith("smithy.api#"):
        return "smithy." + name.split("#")[1]
    return name[len(NAMESPACE):] if name.startswith(NAMESPACE) else name


def constraints(traits, into):
    if "smithy.api#length" in traits:
        into["length"] = traits["smithy.api#length"]
    if "smithy.api#range" in traits:
        into["range"] = traits["smithy.api#range"]
    if "smithy.api#pattern" in traits:
        into["pattern"] = traits["smithy.api#pattern"]
    if "smithy.api#uniqueItems" in traits:
        into["uniqueItems"] = True
    if "smithy.api#sensitive" in traits:
        into["sensitive"] = True
    return into


def member(node):
    traits = node.get("traits", {})
    out = {"target": local(node["target"])}
    if "smithy.api#required" in traits:
        out["required"] = True
    if traits.get("smithy.api#default") is not None:
        out["default"] = traits["smithy.api#default"]
    if "smithy.api#httpLabel" in traits:
        out["location"] = "uri"
    if "smithy.api#httpQuery" in traits:
        out["location"], out["locationName"] = "query", traits["smithy.api#httpQuery"]
    if "smithy.api#httpHeader" in traits:
        out["location"], out["locationName"] = "header", traits["smithy.api#httpHeader"]
    if "smithy.api#httpPayload" in traits:
        out["location"] = "payload"
    if "smithy.api#idempotencyToken" in traits:
        out["idempotencyToken"] = True
    return constraints(traits, out)


def shape(node):
    kind = node["type"]
    out = {"type": kind}
    if kind in ("structure", "union"):
        out["members"] = {name: member(value) for name, value in node.get("members", {}).items()}
    elif kind == "list":
        out["member"] = member(node["member"])
    elif kind == "map":
        out["key"], out["value"] = member(node["key"]), member(node["value"])
    elif kind in ("enum", "intEnum"):
        out["values"] = [value.get("traits", {}).get("smithy.api#enumValue", name)
                         for name, value in node["members"].items()]
    if node.get("traits", {}).get("smithy.api#default") is not None:
        out["default"] = node["traits"]["smithy.api#default"]
    return constraints(node.get("traits", {}), out)


def main(source, date, target):
    shapes = json.load(open(source))["shapes"]
    operations, kept, pending = {}, {}, []
    for name in OPERATIONS:
        node = shapes[NAMESPACE + name]
        http = node["traits"]["smithy.api#http"]
        operations[name] = {"method": http["method"], "uri": http["uri"], "code": http.get("code", 200),
                            "input": local(node["input"]["target"]), "output": local(node["output"]["target"])}
        pending += [node["input"]["target"], node["output"]["target"]]
    while pending:
        full = pending.pop()
        name = local(full)
        if name in kept:
            continue
        if full.startswith("smithy.api#"):
            kept[name] = {"type": PRELUDE[full.split("#")[1]]}
            continue
        kept[name] = shape(shapes[full])
        node = shapes[full]
        for child in list(node.get("members", {}).values()) * (node["type"] in ("structure", "union")) + \
                [node[key] for key in ("member", "key", "value") if key in node]:
            pending.append(child["target"])
    model = {"service": "bedrock-agentcore-control", "apiVersion": "2023-06-05", "modelDate": date,
             "source": "github.com/aws/api-models-aws models/bedrock-agentcore-control/service/2023-06-05",
             "operations": operations, "shapes": dict(sorted(kept.items()))}
    with open(target, "w") as out:
        json.dump(model, out, indent=1, sort_keys=False)
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2],
         sys.argv[3] if len(sys.argv) > 3 else "src/main/resources/servicemodel/bedrock-agentcore-control.json")
