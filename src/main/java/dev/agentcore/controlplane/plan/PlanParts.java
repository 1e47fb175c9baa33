package dev.agentcore.controlplane.plan;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.executionrole.AwsAccount;
import dev.agentcore.controlplane.permissions.PermissionPlan;
import dev.agentcore.controlplane.web.Problems.FieldError;

/** What gateway and target plans share: the refusal as the API answers it, and the grants compared. */
final class PlanParts {

	private PlanParts() {
	}

	static Plan.Refusal refusal(ErrorResponseException refused) {
		ProblemDetail problem = refused.getBody();
		Object code = problem.getProperties() == null ? null : problem.getProperties().get("code");
		Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
		List<FieldError> fields = errors instanceof List<?> list
				? list.stream().filter(FieldError.class::isInstance).map(FieldError.class::cast).toList() : List.of();
		return new Plan.Refusal(problem.getStatus(), code == null ? null : String.valueOf(code), problem.getDetail(), fields);
	}

	/**
	 * The grants gained and lost; null, with a note, when a managed role's ARN cannot be told now.
	 *
	 * @param before the policies now; null for a new gateway
	 */
	static Plan.PermissionChanges permissions(Supplier<PermissionPlan> before, Supplier<PermissionPlan> after,
			List<String> notes) {
		try {
			return GrantChanges.between(before.get(), after.get());
		}
		catch (AwsAccount.Unknown ex) {
			notes.add(ex.getBody().getDetail());
			return null;
		}
	}

	static boolean roleGrantsChange(Plan.PermissionChanges permissions) {
		return permissions != null && !(permissions.executionRole().gained().isEmpty()
				&& permissions.executionRole().lost().isEmpty());
	}

}
