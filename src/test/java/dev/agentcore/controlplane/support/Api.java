package dev.agentcore.controlplane.support;

import java.util.Map;

/** The API as one caller sees it: a token of a team with read and write scopes (or any scopes). */
public final class Api {

	private final Http http;

	private final String token;

	private Api(Http http, String token) {
		this.http = http;
		this.token = token;
	}

	public static Api asTeam(int port, String team) {
		return new Api(new Http(port), TestIssuer.get().token(team, "controlplane:write"));
	}

	public static Api asAdmin(int port) {
		return new Api(new Http(port), TestIssuer.get().token("platform", "controlplane:write", "controlplane:admin"));
	}

	public static Api withToken(int port, String token) {
		return new Api(new Http(port), token);
	}

	public Http.Response get(String path) {
		return http.get(path, token);
	}

	public Http.Response post(String path, String json) {
		return http.postJson(path, token, json);
	}

	public Http.Response post(String path, String json, Map<String, String> headers) {
		return http.send("POST", path, token, "application/json", json, headers);
	}

	public Http.Response put(String path, String ifMatch, String json) {
		return http.send("PUT", path, token, "application/json", json,
				ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
	}

	public Http.Response delete(String path, String ifMatch) {
		return http.send("DELETE", path, token, null, null, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
	}

}
