package dev.agentcore.controlplane.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a caller may do, granted by scopes: write implies read; admin (all teams) implies read. */
enum Access {

	READ, WRITE, ADMIN;

	String authority() {
		return "CONTROLPLANE_" + name();
	}

	GrantedAuthority grantedAuthority() {
		return new SimpleGrantedAuthority(authority());
	}

}
