package dev.agentcore.controlplane.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Turns a verified JWT into the {@link Caller}: scopes to access, team from claim or client map. */
@Component
class CallerTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecuritySettings settings;

	CallerTokenConverter(SecuritySettings settings) {
		this.settings = settings;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Set<Access> access = access(TokenClaims.scopes(jwt));
		String clientId = TokenClaims.clientId(jwt);
		Caller caller = new Caller(jwt.getSubject(), team(jwt, clientId), scopeNames(access),
				access.contains(Access.ADMIN), clientId);
		return new CallerAuthentication(jwt, caller, access.stream().map(Access::grantedAuthority).toList());
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
		String team = jwt.getClaimAsString(settings.teamClaim());
		if (team != null && !team.isBlank()) {
			return team;
		}
		return clientId == null ? null : settings.clientTeams().get(clientId);
	}

}
