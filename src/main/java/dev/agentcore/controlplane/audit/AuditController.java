package dev.agentcore.controlplane.audit;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Problems;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who changed what, when, from which request (admins only)")
class AuditController {

	static final String NDJSON = "application/x-ndjson";

	static final int EXPORT_PAGE = 500;

	private final AuditRecords records;

	private final JsonMapper json;

	AuditController(AuditRecords records, JsonMapper json) {
		this.records = records;
		this.json = json;
	}

	@GetMapping
	@Operation(operationId = "listAuditRecords", summary = "List audit records", description = "Every accepted change (create, replace, delete, reconcile, "
			+ "synchronize, discovery check) and every token check, newest first, keyset-paginated. A change carries an "
			+ "RFC 6902 JSON Patch from the previous spec to the new one, whose 'test' operations hold the previous values; "
			+ "secrets never appear. Admins only.")
	@ProblemResponses({ 400 })
	Page<AuditRecord> list(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "the owning team") @RequestParam(required = false) String team,
			@Parameter(description = "the actor's subject") @RequestParam(required = false) String actor,
			@Parameter(description = "the kind of resource") @RequestParam(required = false) ResourceType resourceType,
			@Parameter(description = "one resource") @RequestParam(required = false) UUID resourceId,
			@Parameter(description = "at or after (ISO-8601)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@Parameter(description = "before (ISO-8601)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		requireAdmin(caller);
		PageRequest size = PageRequest.of(limit, null);
		Long before = cursor == null || cursor.isBlank() ? null : parseCursor(cursor);
		List<AuditRecord> rows = records.newestFirst(new AuditQuery(team, actor, resourceType, resourceId, from, to), before,
				size.fetchSize());
		if (rows.size() <= size.limit()) {
			return new Page<>(rows, null);
		}
		List<AuditRecord> items = List.copyOf(rows.subList(0, size.limit()));
		return new Page<>(items, Long.toString(items.getLast().id()));
	}

	@GetMapping(path = "/export", produces = NDJSON)
	@Operation(operationId = "exportAuditRecords", summary = "Export audit records as NDJSON", description = "The records matching the filters, oldest first, "
			+ "one JSON object per line, streamed. Admins only.")
	@ApiResponse(responseCode = "200", description = "One audit record per line",
			content = @Content(mediaType = NDJSON, schema = @Schema(implementation = AuditRecord.class)))
	@ProblemResponses({ 400 })
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "the owning team") @RequestParam(required = false) String team,
			@Parameter(description = "the actor's subject") @RequestParam(required = false) String actor,
			@Parameter(description = "the kind of resource") @RequestParam(required = false) ResourceType resourceType,
			@Parameter(description = "one resource") @RequestParam(required = false) UUID resourceId,
			@Parameter(description = "at or after (ISO-8601)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@Parameter(description = "before (ISO-8601)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		requireAdmin(caller);
		AuditQuery query = new AuditQuery(team, actor, resourceType, resourceId, from, to);
		StreamingResponseBody body = out -> write(query, out);
		return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(NDJSON)).body(body);
	}

	private void write(AuditQuery query, OutputStream out) throws java.io.IOException {
		long after = 0;
		List<AuditRecord> page;
		do {
			page = records.oldestFirst(query, after, EXPORT_PAGE);
			for (AuditRecord record : page) {
				out.write(json.writeValueAsString(record).getBytes(StandardCharsets.UTF_8));
				out.write('\n');
				after = record.id();
			}
			out.flush();
		}
		while (page.size() == EXPORT_PAGE);
	}

	private static void requireAdmin(Caller caller) {
		if (!caller.admin()) {
			throw new ErrorResponseException(HttpStatus.FORBIDDEN, Problems.problem(HttpStatus.FORBIDDEN, "ADMIN_REQUIRED",
					"The audit trail is for admins: it needs the admin scope."), null);
		}
	}

	private static Long parseCursor(String cursor) {
		try {
			return Long.parseLong(cursor);
		}
		catch (NumberFormatException ex) {
			throw PageRequest.invalidCursor();
		}
	}

}
