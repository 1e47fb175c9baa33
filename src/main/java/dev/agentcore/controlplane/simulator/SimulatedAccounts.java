package dev.agentcore.controlplane.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The accounts the simulator holds besides its own, and the sessions STS handed out in them. The embedded default
 * holds a second account, {@value #SECOND_ACCOUNT}, whose role {@value #ACCESS_ROLE} trusts the control plane's role
 * of the simulator's own account with the external id {@value #LOCAL_EXTERNAL_ID}. An assumed role's access key id
 * encodes its account ({@code ASIA<account><4 characters>}), so every simulated service recognises it.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedAccounts {

	static final String SECOND_ACCOUNT = "210987654321";

	static final String ACCESS_ROLE = "AgentCoreControlPlaneAccess";

	static final String LOCAL_EXTERNAL_ID = "local-external-id";

	private static final String SESSION_PREFIX = "ASIA";

	/**
	 * A role another principal may assume.
	 *
	 * @param trustedPrincipal the role ARN its trust policy names
	 * @param externalId the {@code sts:ExternalId} its trust policy requires
	 */
	record AccessRole(String accountId, String roleName, String trustedPrincipal, String externalId) {

		String arn() {
			return "arn:aws:iam::" + accountId + ":role/" + roleName;
		}

	}

	/** Credentials STS handed out; the secret and the token are never shown by the simulator's own views. */
	record Session(String accountId, String roleName, String sessionName, String accessKeyId, String secretAccessKey,
			String sessionToken, Instant expiration) {

		String assumedRoleArn() {
			return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
		}

	}

	private final String ownAccount;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, AccessRole> roles = new ConcurrentHashMap<>();

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	SimulatedAccounts(SimulatorSettings settings) {
		this(settings.accountId(), settings.trustingAccounts(), Clock.systemUTC());
	}

	SimulatedAccounts(String ownAccount, java.util.List<String> trustingAccounts, Clock clock) {
		this.ownAccount = ownAccount;
		this.clock = clock;
		trustingAccounts.forEach(account -> add(new AccessRole(account, ACCESS_ROLE, controlPlaneRole(), LOCAL_EXTERNAL_ID)));
	}

	/** The control plane's role in the simulator's own account (every unassumed caller is it). */
	String controlPlaneRole() {
		return "arn:aws:iam::" + ownAccount + ":role/" + IamSeed.CONTROL_PLANE_ROLE;
	}

	String ownAccount() {
		return ownAccount;
	}

	void add(AccessRole role) {
		roles.put(role.arn(), role);
	}

	/** STS AssumeRole: the caller must be the principal the role trusts, with the external id it requires. */
	Session assume(String callerAccessKeyId, String roleArn, String sessionName, String externalId, Integer seconds) {
		String caller = principalOf(callerAccessKeyId);
		AccessRole role = roles.get(roleArn);
		if (role == null || !role.trustedPrincipal().equals(caller) || !role.externalId().equals(externalId)) {
			// AWS says the same whether the role is missing, does not trust the caller or wants another external id.
			throw IamError.accessDenied("User: " + callerArn(callerAccessKeyId) + " is not authorized to perform: "
					+ "sts:AssumeRole on resource: " + roleArn);
		}
		String accessKeyId = SESSION_PREFIX + role.accountId() + String.format("%04X", random.nextInt(0x10000));
		Session session = new Session(role.accountId(), role.roleName(), sessionName, accessKeyId, token(30),
				token(120), clock.instant().plus(Duration.ofSeconds(seconds == null ? 3600 : seconds)));
		sessions.put(accessKeyId, session);
		return session;
	}

	/** The session an access key id belongs to; empty for the simulator's own (unassumed) credentials. */
	Optional<Session> session(String accessKeyId) {
		return Optional.ofNullable(accessKeyId == null ? null : sessions.get(accessKeyId));
	}

	/** Every session handed out (for the tests that check their secrets never show). */
	java.util.Collection<Session> sessions() {
		return java.util.List.copyOf(sessions.values());
	}

	/** The account whose credentials signed a request: an assumed role's, else the simulator's own. */
	String accountOf(String accessKeyId) {
		if (accessKeyId != null && accessKeyId.startsWith(SESSION_PREFIX) && accessKeyId.length() == 20) {
			return accessKeyId.substring(4, 16);
		}
		return ownAccount;
	}

	/** What GetCallerIdentity answers as the caller's ARN. */
	String callerArn(String accessKeyId) {
		return session(accessKeyId).map(Session::assumedRoleArn)
			.orElse("arn:aws:sts::" + ownAccount + ":assumed-role/" + IamSeed.CONTROL_PLANE_ROLE + "/"
					+ IamSeed.CONTROL_PLANE_SESSION);
	}

	private String principalOf(String accessKeyId) {
		return session(accessKeyId).map(session -> "arn:aws:iam::" + session.accountId() + ":role/" + session.roleName())
			.orElse(controlPlaneRole());
	}

	private String token(int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
	}

}
