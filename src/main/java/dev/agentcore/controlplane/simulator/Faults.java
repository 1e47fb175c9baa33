package dev.agentcore.controlplane.simulator;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The faults and quotas the simulator applies. A field left out takes its default: no faults,
 * no delay, no quota.
 *
 * @param throttleRate share of calls answered with {@code ThrottlingException} (0 to 1)
 * @param serverErrorRate share of calls answered with {@code InternalServerException} (0 to 1)
 * @param latencyMs added to every call
 * @param transitionDelayMs how long CREATING, UPDATING, SYNCHRONIZING and DELETING last
 * @param failNamesMatching regular expression; resources whose name matches end FAILED
 * (UPDATE_UNSUCCESSFUL after an update) with status reasons
 * @param mutatingTps quota of create, update, delete and synchronize calls per second; 0 or none is unlimited
 * @param readTps quota of get and list calls per second; 0 or none is unlimited
 * @param seed reseeds the randomness so that a run can be repeated
 * @param accessDenied operations (e.g. CreateGateway, TagResource) that IAM refuses: they answer
 * AccessDeniedException (403) naming the bedrock-agentcore action
 * @param failDeletesMatching regular expression; policy engines and policies whose name matches end
 * DELETE_FAILED with status reasons instead of going (the model's statuses for them; gateways and
 * targets have none)
 * @param consentOnSynchronizeMatching regular expression; authorization-code targets whose name matches
 * end a synchronization in SYNCHRONIZE_PENDING_AUTH, waiting for a new consent at a new URL
 * @param normalize answer as AWS does rather than echo the request: the model's defaults filled in,
 * lists of strings in another order, Cedar statements reformatted, secret values masked
 * @param accountId the account whose faults these are (a request may name it here or as {@code ?accountId=});
 * default: the simulator's own account. Not stored with the faults.
 * @param region the region whose faults these are (here or {@code ?region=}); default: the simulator's own region
 */
record Faults(@DecimalMin("0") @DecimalMax("1") Double throttleRate,
		@DecimalMin("0") @DecimalMax("1") Double serverErrorRate, @Min(0) @Max(60_000) Long latencyMs,
		@Min(0) @Max(3_600_000) Long transitionDelayMs, @Size(max = 500) String failNamesMatching,
		@Min(0) @Max(100_000) Double mutatingTps, @Min(0) @Max(100_000) Double readTps, Long seed,
		@Size(max = 100) List<@jakarta.validation.constraints.Pattern(regexp = "[A-Za-z]{1,64}", message = "must be an operation name such as CreateGateway") String> accessDenied,
		@Size(max = 500) String failDeletesMatching, @Size(max = 500) String consentOnSynchronizeMatching,
		Boolean normalize,
		@JsonInclude(JsonInclude.Include.NON_NULL) @jakarta.validation.constraints.Pattern(regexp = "\\d{12}", message = "must be a 12-digit AWS account id") String accountId,
		@JsonInclude(JsonInclude.Include.NON_NULL) @jakarta.validation.constraints.Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d{1,2}", message = "must be an AWS region such as us-east-1") String region) {

	static final Faults NONE = new Faults(0.0, 0.0, 0L, 0L, null, null, null, null, List.of(), null, null, false, null,
			null);

	/** The same settings with every field left out replaced by its default. */
	Faults withDefaults() {
		return new Faults(orZero(throttleRate), orZero(serverErrorRate), latencyMs == null ? 0L : latencyMs,
				transitionDelayMs == null ? 0L : transitionDelayMs, blankToNull(failNamesMatching),
				positiveOrNull(mutatingTps), positiveOrNull(readTps), seed,
				accessDenied == null ? List.of() : List.copyOf(accessDenied), blankToNull(failDeletesMatching),
				blankToNull(consentOnSynchronizeMatching), Boolean.TRUE.equals(normalize), null, null);
	}

	boolean failsDeletionOf(String name) {
		return failDeletesMatching != null && name != null && BoundedRegex.find(failDeletesMatching, name);
	}

	boolean asksConsentOnSynchronizing(String name) {
		return consentOnSynchronizeMatching != null && name != null && BoundedRegex.find(consentOnSynchronizeMatching, name);
	}

	boolean normalizes() {
		return Boolean.TRUE.equals(normalize);
	}

	boolean denies(String operation) {
		return accessDenied != null && accessDenied.contains(operation);
	}

	/** Bounded and remembered: see {@link BoundedRegex}. */
	boolean failsName(String name) {
		return failNamesMatching != null && name != null && BoundedRegex.find(failNamesMatching, name);
	}

	private static double orZero(Double value) {
		return value == null ? 0.0 : value;
	}

	private static Double positiveOrNull(Double value) {
		return value == null || value <= 0 ? null : value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
