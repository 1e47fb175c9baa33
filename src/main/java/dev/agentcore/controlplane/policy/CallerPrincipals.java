package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.idp.TokenCheck;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * Turns the principal of a what-if check into what the gateway would know of the caller: a token's
 * claims (the token verified exactly like a token check against the gateway's IDP profile; one the
 * authorizer refuses never reaches the policies), claims given as such, or an IAM ARN. The token is used
 * for this call only: never stored, never logged.
 */
@Component
class CallerPrincipals {

	private static final Pattern IAM_ARN = Pattern.compile("arn:aws(-[a-z]+)*:(iam|sts)::[0-9]{12}:.+");

	private final IdpProfileManagement profiles;

	CallerPrincipals(IdpProfileManagement profiles) {
		this.profiles = profiles;
	}

	/**
	 * The caller, or why the gateway's authorizer would refuse the call before any policy.
	 *
	 * @param claims the token's claims (JWT and NONE gateways); null for IAM callers or when refused
	 * @param iamArn the IAM caller's ARN (AWS_IAM gateways)
	 * @param refusals the authorizer's failed checks
	 */
	record Resolved(Map<String, Object> claims, String iamArn, List<String> refusals) {

		boolean refused() {
			return !refusals.isEmpty();
		}

	}

	Resolved resolve(Caller caller, Gateway gateway, AuthorizationCheckRequest.Principal principal) {
		long given = Stream.of(principal.token(), principal.claims(), principal.iamArn()).filter(java.util.Objects::nonNull)
			.count();
		if (given != 1) {
			throw invalid("principal", "give exactly one of token, claims and iamArn");
		}
		AuthorizerType authorizer = gateway.spec().authorizer().type();
		if (authorizer == AuthorizerType.AWS_IAM) {
			if (principal.iamArn() == null) {
				throw invalid("principal", "the gateway authorizes with AWS_IAM: give the caller's iamArn");
			}
			if (!IAM_ARN.matcher(principal.iamArn()).matches()) {
				throw invalid("principal.iamArn", "must be an IAM or STS ARN, e.g. arn:aws:iam::123456789012:role/agent");
			}
			return new Resolved(null, principal.iamArn(), List.of());
		}
		if (principal.iamArn() != null) {
			throw invalid("principal.iamArn", "the gateway's authorizer is " + authorizer + ", not AWS_IAM: give a token or claims");
		}
		if (principal.token() != null) {
			return fromToken(caller, gateway, authorizer, principal.token());
		}
		if (!(principal.claims().get("sub") instanceof String subject) || subject.isBlank()) {
			throw invalid("principal.claims.sub", "is required: it is the principal's id");
		}
		return new Resolved(principal.claims(), null, List.of());
	}

	private Resolved fromToken(Caller caller, Gateway gateway, AuthorizerType authorizer, String token) {
		if (!authorizer.validatesJwt()) {
			throw invalid("principal.token", "the gateway's authorizer is " + authorizer
					+ ", so it verifies no token: give the claims instead");
		}
		TokenCheck check = profiles.diagnose(caller, gateway.spec().authorizer().idpProfileId(), token);
		if (!check.accepted()) {
			List<String> refusals = check.checks().stream()
				.filter(each -> each.outcome() == TokenCheck.Outcome.FAIL)
				.map(each -> "The gateway's authorizer refuses the token (401) before any policy runs: " + each.name() + ": "
						+ each.detail())
				.toList();
			return new Resolved(null, null, refusals);
		}
		if (!(check.claims().get("sub") instanceof String)) {
			throw invalid("principal.token", "the token has no 'sub' claim, which AgentCore uses as the principal's id");
		}
		return new Resolved(check.claims(), null, List.of());
	}

	private static InvalidRequest invalid(String field, String message) {
		return InvalidRequest.fields(List.of(new FieldError(field, message)));
	}

}
