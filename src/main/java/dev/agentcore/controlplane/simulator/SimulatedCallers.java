package dev.agentcore.controlplane.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Who signs a SigV4 request to the simulated account: the access key id of the {@code Credential} names the
 * caller. Keys registered here (PUT /local/aws/callers/{accessKeyId}) are principals of any account, e.g. a role
 * of a partner's account; keys STS handed out for an assumed role ({@link SimulatedAccounts}) are that role in its
 * account; every other key is the own account's control-plane role, as STS says ({@link StsWireController}).
 * Signatures are not verified: the simulator trusts the key id.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedCallers {

	/** An IAM role or user ARN, the principals a test calls as. */
	static final Pattern PRINCIPAL = Pattern.compile("arn:aws(-[a-z]+)*:iam::(?<account>[0-9]{12}):(role|user)/[\\w+=,.@/-]{1,512}");

	private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/");

	private final Map<String, String> principals = new ConcurrentHashMap<>();

	private final SimulatedAccounts accounts;

	SimulatedCallers(SimulatedAccounts accounts) {
		this.accounts = accounts;
	}

	/** Signs {@code accessKeyId} as {@code principalArn}; false (nothing registered) when that is no role or user ARN. */
	boolean register(String accessKeyId, String principalArn) {
		if (!PRINCIPAL.matcher(principalArn).matches()) {
			return false;
		}
		principals.put(accessKeyId, principalArn);
		return true;
	}

	/** The principal behind a SigV4 {@code Authorization} header. */
	String principal(String authorization) {
		Matcher credential = CREDENTIAL.matcher(authorization == null ? "" : authorization);
		String key = credential.find() ? credential.group(1) : "";
		String registered = principals.get(key);
		if (registered != null) {
			return registered;
		}
		return accounts.session(key)
			.map(session -> "arn:aws:iam::" + session.accountId() + ":role/" + session.roleName())
			.orElse("arn:aws:iam::" + accounts.ownAccount() + ":role/" + IamSeed.CONTROL_PLANE_ROLE);
	}

	/** The account of a principal's ARN. */
	static String accountOf(String principalArn) {
		Matcher arn = PRINCIPAL.matcher(principalArn);
		return arn.matches() ? arn.group("account") : null;
	}

}
