package dev.agentcore.controlplane.gateway;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What a URL a browser is sent back to after an OAuth consent must look like. */
public final class ReturnUrls {

	private ReturnUrls() {
	}

	/** Null when {@code url} may be a return URL; else what is wrong with it and how to fix it. */
	public static String problem(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return "is not a URL (" + ex.getReason() + "); give an absolute https URL such as https://app.example.com/oauth/done";
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		if (!uri.isAbsolute() || host.isEmpty()) {
			return "must be an absolute URL with a host, such as https://app.example.com/oauth/done";
		}
		if (uri.getRawUserInfo() != null) {
			return "must not carry a user name or password; remove the part before '@'";
		}
		if (uri.getRawFragment() != null) {
			return "must not have a fragment (#...): OAuth return URLs cannot carry one; remove it";
		}
		if (scheme.equals("https")) {
			return null;
		}
		if (scheme.equals("http") && host.equals("localhost")) {
			return null;
		}
		return "must use https (plain http only for http://localhost while developing): the authorization result must "
				+ "not travel unencrypted";
	}

}
