package dev.agentcore.controlplane.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * IAM, Cognito and Secrets Manager per account (and, for the regional two, per region), as {@link SimulatedRegions}
 * holds AgentCore: the simulator's own account (in its own region) is the beans kept in the state files; an assumed
 * role's credentials ({@link SimulatedAccounts}) reach the services of that account, held in memory. The account comes
 * from the signer's access key id, the region from the SigV4 scope. Another account's IAM starts with a starter
 * execution role and its role {@value SimulatedAccounts#ACCESS_ROLE}, allowed what the control plane's own role is.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedAccountServices {

	/** Cognito in one account and region: its user pools and their app clients. */
	record Cognito(String accountId, SimulatedCognito pools, CognitoAppClients clients) {
	}

	private final SimulatorSettings settings;

	private final SimulatedAccounts accounts;

	private final SimulatedRegions regions;

	private final SimulatedIam ownIam;

	private final Cognito ownCognito;

	private final SimulatedSecretsManager ownSecrets;

	private final Map<String, SimulatedIam> iams = new ConcurrentHashMap<>();

	private final Map<SimulatedRegions.Key, Cognito> cognitos = new ConcurrentHashMap<>();

	private final Map<SimulatedRegions.Key, SimulatedSecretsManager> secrets = new ConcurrentHashMap<>();

	SimulatedAccountServices(SimulatorSettings settings, SimulatedAccounts accounts, SimulatedRegions regions,
			SimulatedIam ownIam, SimulatedCognito ownCognito, SimulatedSecretsManager ownSecrets) {
		this.settings = settings;
		this.accounts = accounts;
		this.regions = regions;
		this.ownIam = ownIam;
		this.ownCognito = new Cognito(settings.accountId(), ownCognito, new CognitoAppClients(ownCognito));
		this.ownSecrets = ownSecrets;
	}

	/** IAM of the account the current request is signed for (IAM is global). */
	SimulatedIam iam() {
		return iam(current().accountId());
	}

	/** IAM of an account. */
	SimulatedIam iam(String accountId) {
		if (accountId.equals(settings.accountId())) {
			return ownIam;
		}
		return iams.computeIfAbsent(accountId, account -> new SimulatedIam(there(account, settings.region()),
				IamSeed.placedAccount(account, accounts.controlPlaneRole(), SimulatedAccounts.LOCAL_EXTERNAL_ID,
						java.time.Instant.now())));
	}

	/** Cognito of the account and region the current request is signed for. */
	Cognito cognito() {
		SimulatedRegions.Key key = current();
		if (own(key)) {
			return ownCognito;
		}
		return cognitos.computeIfAbsent(key, k -> {
			SimulatedCognito pools = new SimulatedCognito(there(k.accountId(), k.region()),
					regions.of(k.accountId(), k.region()).faults());
			return new Cognito(k.accountId(), pools, new CognitoAppClients(pools));
		});
	}

	/** The Cognito (of any account and region) holding a user pool: its issuer and hosted pages answer for it. */
	Optional<Cognito> cognitoHolding(String userPoolId) {
		return Stream.concat(Stream.of(ownCognito), cognitos.values().stream())
			.filter(cognito -> cognito.pools().pools().stream().anyMatch(pool -> pool.id().equals(userPoolId)))
			.findFirst();
	}

	/** The Cognito (of any account and region) holding a domain prefix. */
	Optional<Cognito> cognitoOfDomain(String prefix) {
		return Stream.concat(Stream.of(ownCognito), cognitos.values().stream())
			.filter(cognito -> cognito.pools().poolOfDomain(prefix).isPresent())
			.findFirst();
	}

	/** Secrets Manager of the account and region the current request is signed for. */
	SimulatedSecretsManager secrets() {
		SimulatedRegions.Key key = current();
		return own(key) ? ownSecrets : secrets.computeIfAbsent(key,
				k -> new SimulatedSecretsManager(there(k.accountId(), k.region())));
	}

	private boolean own(SimulatedRegions.Key key) {
		return key.accountId().equals(settings.accountId()) && key.region().equals(settings.region());
	}

	/** The account and region the current request is signed for; unsigned or unscoped means the simulator's own. */
	private SimulatedRegions.Key current() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		SigningScope scope = SigningScope.of(request.getHeader(HttpHeaders.AUTHORIZATION));
		return new SimulatedRegions.Key(accounts.accountOf(scope.accessKeyId()),
				scope.region() == null ? settings.region() : scope.region());
	}

	private SimulatorSettings there(String accountId, String region) {
		return new SimulatorSettings(region, accountId, settings.gatewayLimit(), settings.targetsPerGateway(), null,
				settings.seed(), java.util.List.of());
	}

}
