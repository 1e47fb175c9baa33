package dev.agentcore.controlplane.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.ManagedExecutionRoles;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;

@RestController
@Tag(name = "Catalog", description = "Backstage catalog entities for your gateways")
class CatalogController {

	static final String YAML = "application/yaml";

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final CatalogEntities entities;

	private final JsonMapper json;

	private final ManagedExecutionRoles roles;

	CatalogController(GatewayManagement gateways, TargetManagement targets, CatalogEntities entities, JsonMapper json,
			ManagedExecutionRoles roles) {
		this.gateways = gateways;
		this.targets = targets;
		this.entities = entities;
		this.json = json;
		this.roles = roles;
	}

	@GetMapping(path = "/api/v1/catalog/entities", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listCatalogEntities", summary = "Backstage entities for your gateways", description = "Per gateway a Resource (spec.type "
			+ "mcp-gateway, owner = team, links to the MCP endpoint and this API) and an API entity listing the targets "
			+ "and their tools (spec.type mcp-server once the gateway has its URL, mcp before). A managed execution role "
			+ "shows in the annotations agentcore.dev/execution-role-arn, -phase and -error. Keyset-paginated by "
			+ "gateway (two entities per gateway); admins see all teams or one with ?team=. Accept: application/yaml "
			+ "answers every entity as one multi-document YAML file, for Backstage's URL reader.")
	@ProblemResponses({ 400 })
	Page<Map<String, Object>> list(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "admins only: one team") @RequestParam(required = false) String team,
			@Parameter(description = "gateways per page, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		Page<Gateway> page = gateways.list(caller, team, null, null, PageRequest.of(limit, cursor));
		return new Page<>(entitiesOf(page.items()), page.nextCursor());
	}

	@GetMapping(path = "/api/v1/catalog/entities", produces = YAML)
	@Operation(operationId = "getCatalogEntitiesYaml", summary = "Backstage entities as one YAML file", description = "Every entity, one YAML document each.")
	@ApiResponse(responseCode = "200", description = "Multi-document YAML, one entity per document",
			content = @Content(mediaType = YAML, schema = @Schema(type = "string")))
	ResponseEntity<byte[]> yaml(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "admins only: one team") @RequestParam(required = false) String team) {
		StringBuilder documents = new StringBuilder();
		String cursor = null;
		do {
			Page<Gateway> page = gateways.list(caller, team, null, null, PageRequest.of(PageRequest.MAX_LIMIT, cursor));
			for (Map<String, Object> entity : entitiesOf(page.items())) {
				documents.append("---\n").append(json.writeValueAsString(entity)).append('\n');
			}
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(YAML))
			.body(documents.toString().getBytes(StandardCharsets.UTF_8));
	}

	private List<Map<String, Object>> entitiesOf(List<Gateway> page) {
		String apiBase = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Map<UUID, ManagedExecutionRoles.View> managed = roles
			.of(page.stream().filter(gateway -> gateway.spec().executionRole() != null).map(Gateway::id).toList());
		List<Map<String, Object>> items = new ArrayList<>();
		for (Gateway gateway : page) {
			items.addAll(entities.of(gateway, targets.targetsOf(gateway.id()), managed.get(gateway.id()), apiBase));
		}
		return items;
	}

}
