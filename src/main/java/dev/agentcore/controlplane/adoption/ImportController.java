package dev.agentcore.controlplane.adoption;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.adoption.ImportRecords.GatewayImport;
import dev.agentcore.controlplane.adoption.ImportRecords.GatewayImported;
import dev.agentcore.controlplane.adoption.ImportRecords.TargetImport;
import dev.agentcore.controlplane.adoption.ImportRecords.TargetImported;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Violations;

@RestController
@Tag(name = "Imports", description = "Gateways and targets that exist in AWS already, made with the console, a toolkit or "
		+ "CloudFormation, taken over as they are")
class ImportController {

	private final Imports imports;

	private final Violations violations;

	ImportController(Imports imports, Violations violations) {
		this.imports = imports;
		this.violations = violations;
	}

	@PostMapping("/api/v1/gateways/imports")
	@Operation(summary = "Import a gateway that exists in AWS (admin)", description = "Admins only (403 "
			+ "IMPORT_FOR_ADMINS_ONLY): the control plane did not make the gateway, and once imported its AWS identity "
			+ "changes and deletes it. An admin imports it for a team by naming it in 'team' (the admin's own team when "
			+ "absent); a gateway tagged agentcore-control-plane:team=<team> is imported only for that team (409 "
			+ "GATEWAY_TAGGED_FOR_ANOTHER_TEAM). Reads the gateway, its targets, tags and authorizer from AWS and "
			+ "declares them for that team exactly as AWS holds them, with AWS's ids: the first reconcile finds nothing to change and makes no call that changes AWS. A JWT "
			+ "authorizer becomes an IDP profile (an identical one of the team is reused). What the API cannot express "
			+ "is listed in 'notExpressible' and in the history, and kept as AWS holds it where the provisioner can; "
			+ "targets it cannot declare exactly are listed in 'skippedTargets' and stay unmanaged. 409 "
			+ "GATEWAY_ALREADY_MANAGED when a gateway of the control plane manages it; 422 IMPORT_NOT_EXPRESSIBLE when "
			+ "the gateway cannot be declared exactly. Accepts Idempotency-Key.")
	@ProblemResponses({ 400, 403, 404, 409, 415, 422 })
	ResponseEntity<GatewayImported> importGateway(@AuthenticationPrincipal Caller caller,
			@RequestBody GatewayImport request) {
		violations.of(request).throwIfAny();
		GatewayImported imported = imports.gateway(caller, request);
		return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/gateways/" + imported.id()))
			.body(imported);
	}

	@PostMapping("/api/v1/gateways/{gatewayId}/targets/imports")
	@Operation(summary = "Import a target that exists in AWS (admin)", description = "Admins only (403 "
			+ "IMPORT_FOR_ADMINS_ONLY), like gateway imports. Declares one target the gateway has in AWS but the control "
			+ "plane does not manage, exactly as AWS holds it, for the gateway's team. 409 TARGET_ALREADY_MANAGED, "
			+ "GATEWAY_NOT_IN_AWS; 422 IMPORT_NOT_EXPRESSIBLE. Accepts Idempotency-Key.")
	@ProblemResponses({ 400, 403, 404, 409, 415, 422 })
	ResponseEntity<TargetImported> importTarget(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@RequestBody TargetImport request) {
		violations.of(request).throwIfAny();
		TargetImported imported = imports.target(caller, gatewayId, request);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/gateways/" + gatewayId + "/targets/" + imported.id()))
			.body(imported);
	}

}
