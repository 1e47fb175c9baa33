package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.web.Problems;

/** Test controls of the simulated AgentCore: its faults and quotas, and what "AWS" holds now. */
@RestController
@Profile({ "local", "simulator" })
@RequestMapping("/local/aws")
@Tag(name = "Simulated AgentCore", description = "Embedded default and simulator only: faults, quotas and state")
class SimulatorControlsController {

	static final String CONSENT_PATH = "/local/aws/consent/";

	private final SimulatedAgentCore aws;

	/** IAM per account: the view of an account shows its roles. */
	private final SimulatedAccountServices accounts;

	private final SimulatorUrls urls;

	/** Policy engines per account and region. */
	private final SimulatedPlacedPolicies policy;

	private final SimulatedRegions regions;

	SimulatorControlsController(SimulatedAgentCore aws, SimulatedAccountServices accounts, SimulatorUrls urls,
			SimulatedPlacedPolicies policy, SimulatedRegions regions) {
		this.regions = regions;
		this.aws = aws;
		this.accounts = accounts;
		this.urls = urls;
		this.policy = policy;
	}

	@GetMapping("/faults")
	@Operation(summary = "The faults and quotas in force")
	Faults faults(@RequestParam(required = false) String accountId, @RequestParam(required = false) String region) {
		return regions.of(accountId, region).faults().faults();
	}

	@PutMapping("/faults")
	@Operation(summary = "Replace the faults and quotas",
			description = "Replaces the whole set: a field left out takes its default (no faults, no delay, no quota). "
					+ "accountId and region (in the body, or as ?accountId= and ?region=) choose the account and region "
					+ "(default: the simulator's own account, its region).")
	Faults replaceFaults(@Valid @RequestBody Faults requested,
			@RequestParam(required = false) @jakarta.validation.constraints.Pattern(regexp = "\\d{12}") String accountId,
			@RequestParam(required = false) @jakarta.validation.constraints.Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d{1,2}") String region) {
		FaultInjector faults = regions.of(either("accountId", accountId, requested.accountId()),
				either("region", region, requested.region())).faults();
		if (requested.failNamesMatching() != null) {
			try {
				Pattern.compile(requested.failNamesMatching());
			}
			catch (PatternSyntaxException ex) {
				throw invalidPattern("is not a valid regular expression: " + ex.getDescription());
			}
			if (BoundedRegex.backtracksCatastrophically(requested.failNamesMatching())) {
				throw invalidPattern("backtracks too much on names such as 'aaaa...' (nested repetition like (a+)+); "
						+ "simplify it");
			}
		}
		faults.replace(requested);
		return faults.faults();
	}

	/** Where the faults apply, named in the query or in the body; both naming different ones is refused. */
	private static String either(String field, String inQuery, String inBody) {
		if (inQuery != null && inBody != null && !inQuery.equals(inBody)) {
			throw invalid(field, "is " + inBody + " in the body but " + inQuery + " in the query; name it once");
		}
		return inQuery != null ? inQuery : inBody;
	}

	private static org.springframework.web.ErrorResponseException invalidPattern(String message) {
		return invalid("failNamesMatching", message);
	}

	private static org.springframework.web.ErrorResponseException invalid(String field, String message) {
		return new org.springframework.web.ErrorResponseException(org.springframework.http.HttpStatus.BAD_REQUEST,
				Problems.validationFailed("1 field is invalid; see errors.", List.of(new Problems.FieldError(field, message))),
				null);
	}

	@GetMapping(path = "/consent/{token}", produces = "text/plain")
	@Operation(summary = "Give the OAuth consent a target waits for",
			description = "What a person's browser opens: the authorizationUrl of a target in *_PENDING_AUTH. The target "
					+ "then carries on to READY.")
	org.springframework.http.ResponseEntity<String> consent(@org.springframework.web.bind.annotation.PathVariable String token) {
		return aws.consent(token)
			.map(target -> org.springframework.http.ResponseEntity.ok("Consent given for target " + target.targetId()
					+ ". You can close this window."))
			.orElseGet(() -> org.springframework.http.ResponseEntity.status(404).body("No target waits for this consent."));
	}

	@GetMapping("/resources")
	@Operation(summary = "What the simulated account holds now",
			description = "Gateways, targets, policy engines and policies in their wire form, IAM roles with their "
					+ "policies, and counters of creations, deletions, calls (per operation, IAM and STS included) and errors.")
	Resources resources(@RequestParam(required = false) String accountId, @RequestParam(required = false) String region) {
		SimulatedAgentCore aws = regions.of(accountId, region).agentCore();
		SimulatedAgentCore.Snapshot snapshot = aws.snapshot();
		SimulatedPolicyEngines.Snapshot policies = policy.of(accountId, region).engines().snapshot();
		return new Resources(
				snapshot.gateways()
					.stream()
					.map(g -> WireFormat.gateway(g, aws.region(), aws.accountId(), urls.gatewayUrl(g.gatewayId(), aws.region())))
					.toList(),
				snapshot.targets()
					.stream()
					.map(t -> {
						ObjectNode node = WireFormat.target(t, aws.region(), aws.accountId());
						node.put("gatewayId", t.gatewayId());
						return node;
					})
					.toList(),
				policies.engines().stream().map(e -> {
					ObjectNode engine = PolicyWireFormat.engine(e, aws.region(), aws.accountId());
					engine.set("tags", tools.jackson.databind.node.JsonNodeFactory.instance.pojoNode(e.tags()));
					return engine;
				}).toList(),
				policies.policies().stream().map(p -> PolicyWireFormat.policy(p, aws.region(), aws.accountId())).toList(),
				accounts.iam(aws.accountId()).roles().stream().map(SimulatorControlsController::role).toList(),
				snapshot.stats());
	}

	private static RoleView role(SimulatedRole role) {
		java.util.Map<String, Object> policies = new java.util.TreeMap<>();
		role.inlinePolicies().forEach((name, document) -> policies.put(name, IamPolicyDocuments.parse(document)));
		return new RoleView(role.name(), role.arn(), role.roleId(), IamPolicyDocuments.parse(role.trustPolicy()), policies,
				role.tags());
	}

	/**
	 * @param gateways every gateway, as GetGateway shows it
	 * @param targets every target, as GetGatewayTarget shows it, with its gatewayId
	 * @param policyEngines every policy engine, as GetPolicyEngine shows it
	 * @param policies every policy, as GetPolicy shows it
	 * @param roles every IAM role
	 * @param stats counters since start-up
	 */
	record Resources(List<ObjectNode> gateways, List<ObjectNode> targets, List<ObjectNode> policyEngines,
			List<ObjectNode> policies, List<RoleView> roles, SimulatorStats.View stats) {
	}

	/**
	 * @param name the role's name
	 * @param arn its ARN
	 * @param roleId IAM's id
	 * @param trustPolicy the assume-role policy
	 * @param inlinePolicies policy name to document
	 * @param tags the role's tags
	 */
	record RoleView(String name, String arn, String roleId, Object trustPolicy, java.util.Map<String, Object> inlinePolicies,
			java.util.Map<String, String> tags) {
	}

}
