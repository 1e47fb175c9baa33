package dev.agentcore.controlplane.gateway;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/** No such gateway, or one of another team (which is the same thing to the caller). */
public class GatewayNotFound extends ErrorResponseException {

	public GatewayNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND, Problems.problem(HttpStatus.NOT_FOUND, "GATEWAY_NOT_FOUND", "There is no gateway " + id + "."),
				null);
	}

}
