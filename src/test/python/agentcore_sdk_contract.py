#!/usr/bin/env python3
"""Drives the simulated AgentCore with a current AWS SDK (boto3) through the gateway, target, policy
engine and policy round trips, and checks every constraint violation it sends is a ValidationException.

Usage: agentcore_sdk_contract.py <endpoint, e.g. http://localhost:8080/local/aws/agentcore> <model data json>

Every response is checked for the required members of its output shape in the project's model data
(src/main/resources/servicemodel/bedrock-agentcore-control.json). Exits non-zero on the first failure.
"""
import json
import re
import sys
import time
import uuid

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT, MODEL_PATH = sys.argv[1], sys.argv[2]
MODEL = json.load(open(MODEL_PATH))
SHAPES = MODEL["shapes"]
STATEMENT = "permit(principal, action, resource is AgentCore::Gateway);"
LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:weather"
CALLS = []


def client(validate=True):
    return boto3.client("bedrock-agentcore-control", endpoint_url=ENDPOINT, region_name="us-east-1",
                        aws_access_key_id="x", aws_secret_access_key="x",
                        config=Config(parameter_validation=validate, retries={"max_attempts": 2}))


AWS = client()
RAW = client(validate=False)


def call(operation, method, **kwargs):
    """Calls the operation and checks the response holds every member the model's output shape requires."""
    response = getattr(AWS, method)(**kwargs)
    output = SHAPES[MODEL["operations"][operation]["output"]]
    missing = [name for name, member in output.get("members", {}).items()
               if member.get("required") and member.get("location", "body") == "body" and name not in response]
    if missing:
        raise AssertionError("%s: required response members missing: %s" % (operation, missing))
    CALLS.append(operation)
    return response


def wait(operation, method, status="READY", **kwargs):
    for _ in range(200):
        found = call(operation, method, **kwargs)
        if found["status"] == status:
            return found
        time.sleep(0.05)
    raise AssertionError("%s never reached %s" % (kwargs, status))


def everything(operation, method, member, **kwargs):
    """Lists with pages of one, following nextToken."""
    items, token = [], None
    while True:
        page = call(operation, method, maxResults=1, **({"nextToken": token} if token else {}), **kwargs)
        items += page[member]
        token = page.get("nextToken")
        if not token:
            return items


def name(prefix):
    return prefix + uuid.uuid4().hex[:8]


def gateways_and_targets():
    ids = []
    for _ in range(3):
        created = call("CreateGateway", "create_gateway", name=name("sdk"), roleArn="arn:aws:iam::123456789012:role/g",
                       protocolType="MCP", authorizerType="NONE", description="from boto3",
                       tags={"team": "contract"})
        ids.append(created["gatewayId"])
        wait("GetGateway", "get_gateway", gatewayIdentifier=created["gatewayId"])
    listed = {item["gatewayId"] for item in everything("ListGateways", "list_gateways", "items")}
    assert set(ids) <= listed, "paging lost gateways"
    gateway = call("GetGateway", "get_gateway", gatewayIdentifier=ids[0])
    call("UpdateGateway", "update_gateway", gatewayIdentifier=ids[0], name=gateway["name"], roleArn=gateway["roleArn"],
         protocolType="MCP", authorizerType="NONE", description="updated by boto3")
    assert wait("GetGateway", "get_gateway", gatewayIdentifier=ids[0])["description"] == "updated by boto3"
    arn = gateway["gatewayArn"]
    call("TagResource", "tag_resource", resourceArn=arn, tags={"stage": "dev"})
    assert call("ListTagsForResource", "list_tags_for_resource", resourceArn=arn)["tags"] == {"team": "contract", "stage": "dev"}
    call("UntagResource", "untag_resource", resourceArn=arn, tagKeys=["stage"])
    assert call("ListTagsForResource", "list_tags_for_resource", resourceArn=arn)["tags"] == {"team": "contract"}

    tool = {"name": "get_weather", "description": "Weather", "inputSchema": {"type": "object"}}
    lambda_target = call("CreateGatewayTarget", "create_gateway_target", gatewayIdentifier=ids[0], name=name("lambda"),
                         targetConfiguration={"mcp": {"lambda": {"lambdaArn": LAMBDA, "toolSchema": {"inlinePayload": [tool]}}}},
                         credentialProviderConfigurations=[{"credentialProviderType": "GATEWAY_IAM_ROLE"}])
    server = call("CreateGatewayTarget", "create_gateway_target", gatewayIdentifier=ids[0], name=name("server"),
                  targetConfiguration={"mcp": {"mcpServer": {"endpoint": "https://mcp.example.com/mcp"}}})
    for target in (lambda_target, server):
        wait("GetGatewayTarget", "get_gateway_target", gatewayIdentifier=ids[0], targetId=target["targetId"])
    listed = {item["targetId"] for item in everything("ListGatewayTargets", "list_gateway_targets", "items",
                                                      gatewayIdentifier=ids[0])}
    assert {lambda_target["targetId"], server["targetId"]} <= listed, "paging lost targets"
    held = call("GetGatewayTarget", "get_gateway_target", gatewayIdentifier=ids[0], targetId=lambda_target["targetId"])
    call("UpdateGatewayTarget", "update_gateway_target", gatewayIdentifier=ids[0], targetId=lambda_target["targetId"],
         name=held["name"], description="updated", targetConfiguration=held["targetConfiguration"],
         credentialProviderConfigurations=held["credentialProviderConfigurations"])
    wait("GetGatewayTarget", "get_gateway_target", gatewayIdentifier=ids[0], targetId=lambda_target["targetId"])
    call("SynchronizeGatewayTargets", "synchronize_gateway_targets", gatewayIdentifier=ids[0], targetIdList=[server["targetId"]])
    wait("GetGatewayTarget", "get_gateway_target", gatewayIdentifier=ids[0], targetId=server["targetId"])
    for target in (lambda_target, server):
        call("DeleteGatewayTarget", "delete_gateway_target", gatewayIdentifier=ids[0], targetId=target["targetId"])
    for _ in range(200):
        if not call("ListGatewayTargets", "list_gateway_targets", gatewayIdentifier=ids[0])["items"]:
            break
        time.sleep(0.05)
    for gateway_id in ids:
        call("DeleteGateway", "delete_gateway", gatewayIdentifier=gateway_id)


def engines_and_policies():
    engine = call("CreatePolicyEngine", "create_policy_engine", name=name("engine_"), description="from boto3")
    engine_id = engine["policyEngineId"]
    for _ in range(200):
        if call("GetPolicyEngine", "get_policy_engine", policyEngineId=engine_id)["status"] not in ("CREATING", "UPDATING"):
            break
        time.sleep(0.05)
    assert engine_id in {item["policyEngineId"] for item in everything("ListPolicyEngines", "list_policy_engines", "policyEngines")}
    call("UpdatePolicyEngine", "update_policy_engine", policyEngineId=engine_id, description={"optionalValue": "patched"})
    policies = []
    for _ in range(2):
        policies.append(call("CreatePolicy", "create_policy", policyEngineId=engine_id, name=name("policy_"),
                             definition={"cedar": {"statement": STATEMENT}})["policyId"])
    for policy_id in policies:
        for _ in range(200):
            if call("GetPolicy", "get_policy", policyEngineId=engine_id, policyId=policy_id)["status"] not in ("CREATING", "UPDATING"):
                break
            time.sleep(0.05)
    assert set(policies) <= {item["policyId"] for item in everything("ListPolicies", "list_policies", "policies",
                                                                      policyEngineId=engine_id)}
    call("UpdatePolicy", "update_policy", policyEngineId=engine_id, policyId=policies[0],
         description={"optionalValue": "patched"})
    for _ in range(200):
        found = call("GetPolicy", "get_policy", policyEngineId=engine_id, policyId=policies[0])
        if found["status"] not in ("CREATING", "UPDATING"):
            break
        time.sleep(0.05)
    assert found.get("description") == "patched", found
    assert found["definition"]["cedar"]["statement"] == STATEMENT, "a PATCH without definition keeps it"
    for policy_id in policies:
        call("DeletePolicy", "delete_policy", policyEngineId=engine_id, policyId=policy_id)
    for _ in range(200):
        if not call("ListPolicies", "list_policies", policyEngineId=engine_id)["policies"]:
            break
        time.sleep(0.05)
    call("DeletePolicyEngine", "delete_policy_engine", policyEngineId=engine_id)


OUTSIDE = ["!", "Z", "_", "~", "a", "0", "-", " "]


def violations(operation, valid):
    """One request per constraint of the top-level body members: just outside it."""
    shape = SHAPES[MODEL["operations"][operation]["input"]]
    known = AWS.meta.service_model.operation_model(operation).input_shape.members
    for member_name, member in shape["members"].items():
        if member.get("location", "body") != "body" or member_name not in known:
            continue  # members this SDK's (older) model lacks cannot be sent with it
        target = SHAPES[member["target"]]
        length = member.get("length", target.get("length", {}))
        pattern = member.get("pattern", target.get("pattern"))
        if target["type"] == "string":
            if length.get("min", 0) > 0:
                yield member_name, "length", dict(valid, **{member_name: "a" * (length["min"] - 1)})
            if "max" in length:
                yield member_name, "length", dict(valid, **{member_name: "a" * (length["max"] + 1)})
            if pattern:
                size = max(length.get("min", 1), 1)
                size = min(max(size, 12), length.get("max", max(size, 12)))
                for character in OUTSIDE:
                    if not re.fullmatch(pattern.lstrip("^").rstrip("$"), character * size):
                        yield member_name, "pattern", dict(valid, **{member_name: character * size})
                        break
        if target["type"] == "enum":
            yield member_name, "enum", dict(valid, **{member_name: "NOT_IN_THE_MODEL"})
        if member.get("required"):
            yield member_name, "required", {key: value for key, value in valid.items() if key != member_name}


def refused():
    engine = RAW.create_policy_engine(name=name("guard_"))["policyEngineId"]
    cases = {
        "CreateGateway": ("create_gateway", {"name": name("v"), "roleArn": "arn:aws:iam::123456789012:role/g",
                                             "authorizerType": "NONE", "description": "d"}),
        "CreatePolicyEngine": ("create_policy_engine", {"name": name("v_"), "description": "d"}),
        "CreatePolicy": ("create_policy", {"policyEngineId": engine, "name": name("v_"), "description": "d",
                                           "definition": {"cedar": {"statement": STATEMENT}}}),
    }
    count = 0
    for operation, (method, valid) in cases.items():
        for member, kind, request in violations(operation, valid):
            try:
                getattr(RAW, method)(**request)
            except ClientError as error:
                code = error.response["Error"]["Code"]
                fields = [field["name"] for field in error.response.get("fieldList", [])]
                if code != "ValidationException" or member not in fields:
                    raise AssertionError("%s %s %s: %s %s" % (operation, member, kind, code, fields))
                count += 1
                continue
            raise AssertionError("%s %s %s was accepted" % (operation, member, kind))
    return count


gateways_and_targets()
engines_and_policies()
print("round trips: %d calls, every required response member present" % len(CALLS))
print("constraint violations refused with ValidationException: %d" % refused())
