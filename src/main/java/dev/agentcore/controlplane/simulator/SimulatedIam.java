package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated account's IAM roles: trust policies, inline policies and tags, with IAM's naming
 * rules and limits, and the policy simulator over them. A fresh account holds two roles
 * ({@link IamSeed}): the control plane's own identity and a starter execution role.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedIam {

	private final Map<String, SimulatedRole> roles = new LinkedHashMap<>();

	private final SimulatorSettings settings;

	private final IamStateFile stateFile;

	private final Clock clock = Clock.systemUTC();

	@org.springframework.beans.factory.annotation.Autowired
	SimulatedIam(SimulatorSettings settings, IamStateFile stateFile) {
		this.settings = settings;
		this.stateFile = stateFile;
		List<SimulatedRole> kept = stateFile.load();
		(kept == null ? IamSeed.roles(settings.accountId(), clock.instant()) : kept)
			.forEach(role -> roles.put(IamNames.key(role.name()), role));
		if (kept == null) {
			save();
		}
	}

	/** IAM of another account, held in memory only, starting with {@code seed}. */
	SimulatedIam(SimulatorSettings settings, List<SimulatedRole> seed) {
		this.settings = settings;
		this.stateFile = null;
		seed.forEach(role -> roles.put(IamNames.key(role.name()), role));
	}

	synchronized SimulatedRole createRole(String name, String path, String trustPolicy, String description,
			Map<String, String> tags) {
		IamNames.requireName(name, "roleName", IamNames.ROLE);
		String rolePath = IamNames.requirePath(path);
		if (trustPolicy == null) {
			throw IamError.validation("1 validation error detected: Value null at 'assumeRolePolicyDocument' failed to "
					+ "satisfy constraint: Member must not be null");
		}
		IamPolicyDocuments.trust(trustPolicy);
		if (description != null && description.length() > 1000) {
			throw IamError.validation("Description must be at most 1000 characters");
		}
		if (tags.size() > 50) {
			throw IamError.limitExceeded("A role can have at most 50 tags");
		}
		if (roles.containsKey(IamNames.key(name))) {
			throw IamError.alreadyExists("Role with name " + name + " already exists.");
		}
		SimulatedRole role = new SimulatedRole(name, rolePath, IamNames.roleId(), "arn:aws:iam::" + settings.accountId() + ":role"
				+ rolePath + name, trustPolicy, description, clock.instant(), tags, Map.of());
		roles.put(IamNames.key(name), role);
		save();
		return role;
	}

	synchronized SimulatedRole role(String name) {
		SimulatedRole role = roles.get(IamNames.key(name == null ? "" : name));
		if (role == null) {
			throw IamError.noSuchEntity("The role with name " + name + " cannot be found.");
		}
		return role;
	}

	synchronized void deleteRole(String name) {
		SimulatedRole role = role(name);
		if (!role.inlinePolicies().isEmpty()) {
			throw IamError.deleteConflict("Cannot delete entity, must delete policies first.");
		}
		roles.remove(IamNames.key(name));
		save();
	}

	synchronized void putRolePolicy(String roleName, String policyName, String document) {
		SimulatedRole role = role(roleName);
		IamNames.requireName(policyName, "policyName", IamNames.POLICY);
		if (document == null) {
			throw IamError.validation("1 validation error detected: Value null at 'policyDocument' failed to satisfy "
					+ "constraint: Member must not be null");
		}
		IamPolicyDocuments.identity(document);
		replace(role.withPolicy(policyName, document));
	}

	synchronized String rolePolicy(String roleName, String policyName) {
		String document = role(roleName).inlinePolicies().get(policyName);
		if (document == null) {
			throw IamError.noSuchEntity("The role policy with name " + policyName + " cannot be found.");
		}
		return document;
	}

	synchronized void deleteRolePolicy(String roleName, String policyName) {
		rolePolicy(roleName, policyName);
		replace(role(roleName).withPolicy(policyName, null));
	}

	synchronized List<String> rolePolicies(String roleName) {
		return List.copyOf(role(roleName).inlinePolicies().keySet());
	}

	synchronized void tagRole(String roleName, Map<String, String> tags) {
		SimulatedRole tagged = role(roleName).withTags(tags);
		if (tagged.tags().size() > 50) {
			throw IamError.limitExceeded("A role can have at most 50 tags");
		}
		replace(tagged);
	}

	synchronized void updateTrustPolicy(String roleName, String document) {
		SimulatedRole role = role(roleName);
		IamPolicyDocuments.trust(document == null ? "" : document);
		replace(role.withTrustPolicy(document));
	}

	/**
	 * The policy simulator for a role of this account: its inline policies, plus, for
	 * {@code sts:AssumeRole} on a role of this account, that role's trust policy (the resource-based
	 * policy of a role).
	 */
	synchronized List<IamPolicyEvaluator.Result> simulate(String policySourceArn, List<String> actions,
			List<String> resources, Map<String, List<String>> context) {
		SimulatedRole source = roles.values()
			.stream()
			.filter(role -> role.arn().equals(policySourceArn))
			.findFirst()
			.orElseThrow(() -> policySourceArn.startsWith("arn:aws:iam::" + settings.accountId() + ":")
					? IamError.noSuchEntity("The policy source " + policySourceArn + " does not exist.")
					: IamError.invalidInput("Invalid ARN: " + policySourceArn));
		List<IamPolicyEvaluator.Source> identity = new ArrayList<>();
		source.inlinePolicies()
			.forEach((name, document) -> identity.add(new IamPolicyEvaluator.Source(name, "role",
					IamPolicyDocuments.parse(document), false)));
		List<IamPolicyEvaluator.Result> results = new ArrayList<>();
		for (String action : actions) {
			for (String resource : resources.isEmpty() ? List.of("*") : resources) {
				List<IamPolicyEvaluator.Source> policies = new ArrayList<>(identity);
				trustPolicyOf(action, resource).ifPresent(policies::add);
				results.add(IamPolicyEvaluator.evaluate(source.arn(), action, resource, policies, context));
			}
		}
		return results;
	}

	synchronized List<SimulatedRole> roles() {
		return List.copyOf(roles.values());
	}

	String accountId() {
		return settings.accountId();
	}

	private java.util.Optional<IamPolicyEvaluator.Source> trustPolicyOf(String action, String resource) {
		if (!action.equalsIgnoreCase("sts:AssumeRole")) {
			return java.util.Optional.empty();
		}
		return roles.values()
			.stream()
			.filter(role -> role.arn().equals(resource))
			.findFirst()
			.map(role -> new IamPolicyEvaluator.Source("RoleTrustPolicy", "resource",
					IamPolicyDocuments.parse(role.trustPolicy()), true));
	}

	private void replace(SimulatedRole role) {
		roles.put(IamNames.key(role.name()), role);
		save();
	}

	private void save() {
		if (stateFile != null) {
			stateFile.save(List.copyOf(roles.values()));
		}
	}

}
