package dev.agentcore.controlplane.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.web.ControlCharacters;

/** Turns a verified JWT into the {@link Caller}: scopes to access, team from claim or client map. */
@Component
class CallerTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecuritySettings settings;

	CallerTokenConverter(SecuritySettings settings) {
		this.settings = settings;
	}

	/** What a token converted to, by the token: a token's claims never change, and clients send one token many times. */
	private record Converted(Caller caller, List<GrantedAuthority> authorities) {
	}

	static final int KEPT = 10_000;

	private final Map<String, Converted> converted = new ConcurrentHashMap<>();

	/**
	 * A new authentication each time (the filter chain sets its details), with the caller this token converted to
	 * before: reading the claims again was 4% of the CPU of reading a gateway (issue #27). Refusals are not kept.
	 */
	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Converted known = converted.get(jwt.getTokenValue());
		if (known == null) {
			CallerAuthentication fresh = convertClaims(jwt);
			known = new Converted((Caller) fresh.getPrincipal(), List.copyOf(fresh.getAuthorities()));
			if (converted.size() >= KEPT) {
				converted.clear();
			}
			converted.put(jwt.getTokenValue(), known);
			return fresh;
		}
		return new CallerAuthentication(jwt, known.caller(), known.authorities());
	}

	private CallerAuthentication convertClaims(Jwt jwt) {
		Set<Access> access = access(TokenClaims.scopes(jwt));
		String clientId = TokenClaims.clientId(jwt);
		Object teamClaim = jwt.getClaims().get(settings.teamClaim());
		String teamProblem = teamClaim == null || teamClaim instanceof String ? null
				: "its '" + settings.teamClaim() + "' claim is " + shape(teamClaim) + ", not a string.";
		String team = teamProblem == null ? team(jwt, clientId) : null;
		refuseControlCharacters("sub", jwt.getSubject());
		refuseControlCharacters(settings.teamClaim(), team);
		refuseControlCharacters("client id", clientId);
		Caller caller = new Caller(jwt.getSubject(), team, scopeNames(access), access.contains(Access.ADMIN), clientId,
				teamProblem);
		return new CallerAuthentication(jwt, caller, access.stream().map(Access::grantedAuthority).toList());
	}

	/** The claims that name the caller end up in queries and history; PostgreSQL refuses NUL in them. */
	private static void refuseControlCharacters(String claim, String value) {
		if (ControlCharacters.present(value)) {
			throw new InvalidBearerTokenException("The token's " + claim + " claim contains control characters");
		}
	}

	private static String shape(Object claim) {
		if (claim instanceof java.util.Collection<?>) {
			return "an array";
		}
		if (claim instanceof java.util.Map<?, ?>) {
			return "an object";
		}
		return claim instanceof Number ? "a number" : claim instanceof Boolean ? "a boolean" : "not text";
	}

	private Set<Access> access(Set<String> tokenScopes) {
		SecuritySettings.Scopes names = settings.scopes();
		Set<Access> access = EnumSet.noneOf(Access.class);
		if (tokenScopes.contains(names.admin())) {
			access.add(Access.ADMIN);
			access.add(Access.READ);
		}
		if (tokenScopes.contains(names.write())) {
			access.add(Access.WRITE);
			access.add(Access.READ);
		}
		if (tokenScopes.contains(names.read())) {
			access.add(Access.READ);
		}
		return access;
	}

	private List<String> scopeNames(Set<Access> access) {
		List<String> scopes = new ArrayList<>();
		for (Access each : access) {
			scopes.add(switch (each) {
				case READ -> settings.scopes().read();
				case WRITE -> settings.scopes().write();
				case ADMIN -> settings.scopes().admin();
			});
		}
		return scopes;
	}

	private String team(Jwt jwt, String clientId) {
		String team = (String) jwt.getClaims().get(settings.teamClaim());
		if (team != null && !team.isBlank()) {
			return team;
		}
		return clientId == null ? null : settings.clientTeams().get(clientId);
	}

}
