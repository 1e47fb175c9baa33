package dev.agentcore.controlplane.security;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** An authenticated bearer token whose principal is the {@link Caller}. */
class CallerAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

	private final Caller caller;

	CallerAuthentication(Jwt jwt, Caller caller, Collection<? extends GrantedAuthority> authorities) {
		super(jwt, caller, jwt, authorities);
		this.caller = caller;
		setAuthenticated(true);
	}

	@Override
	public Map<String, Object> getTokenAttributes() {
		return getToken().getClaims();
	}

	@Override
	public String getName() {
		return caller.subject();
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
