package dev.agentcore.controlplane.servicemodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every constraint of an operation's input, from the model data: one {@link ConstraintCase} per
 * (member, constraint) pair, reached through structures, unions, lists (their first item) and maps
 * (a value under key {@code k}, or the key itself). A shape already on the way is not entered again
 * (recursive tool schemas are checked on their first level).
 */
public final class ConstraintCases {

	private final ServiceModel model;

	public ConstraintCases(ServiceModel model) {
		this.model = model;
	}

	public List<ConstraintCase> of(String operation) {
		List<ConstraintCase> cases = new ArrayList<>();
		Shape input = model.shape(model.operation(operation).input());
		for (Member member : input.members().values()) {
			member(operation, member, List.of(ConstraintCase.Step.member(member.name(), member.location())), new HashSet<>(),
					cases);
		}
		return cases;
	}

	private void member(String operation, Member member, List<ConstraintCase.Step> path, Set<String> seen,
			List<ConstraintCase> cases) {
		Shape shape = model.shape(member.target());
		Constraints constraints = member.effective(model);
		if (member.required()) {
			cases.add(new ConstraintCase(operation, path, "required", null, constraints, shape));
		}
		if (constraints.minLength() != null && constraints.minLength() > 0) {
			cases.add(new ConstraintCase(operation, path, "length", "min", constraints, shape));
		}
		if (constraints.maxLength() != null) {
			cases.add(new ConstraintCase(operation, path, "length", "max", constraints, shape));
		}
		if (constraints.min() != null) {
			cases.add(new ConstraintCase(operation, path, "range", "min", constraints, shape));
		}
		if (constraints.max() != null) {
			cases.add(new ConstraintCase(operation, path, "range", "max", constraints, shape));
		}
		if (constraints.pattern() != null) {
			cases.add(new ConstraintCase(operation, path, "pattern", null, constraints, shape));
		}
		if (constraints.values() != null) {
			cases.add(new ConstraintCase(operation, path, "enum", null, constraints, shape));
		}
		if (constraints.uniqueItems()) {
			cases.add(new ConstraintCase(operation, path, "unique", null, constraints, shape));
		}
		if (!seen.add(shape.name())) {
			return;
		}
		switch (shape.type()) {
			case "structure", "union" -> shape.members().values()
				.forEach(child -> member(operation, child, append(path, ConstraintCase.Step.member(child.name(), "body")), seen,
						cases));
			case "list" -> member(operation, shape.member(), append(path, ConstraintCase.Step.item()), seen, cases);
			case "map" -> {
				member(operation, shape.key(), append(path, ConstraintCase.Step.key()), seen, cases);
				member(operation, shape.member(), append(path, ConstraintCase.Step.value()), seen, cases);
			}
			default -> {
			}
		}
		seen.remove(shape.name());
	}

	private static List<ConstraintCase.Step> append(List<ConstraintCase.Step> path, ConstraintCase.Step step) {
		List<ConstraintCase.Step> longer = new ArrayList<>(path);
		longer.add(step);
		return List.copyOf(longer);
	}

}
