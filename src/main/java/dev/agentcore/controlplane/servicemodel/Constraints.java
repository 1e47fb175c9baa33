package dev.agentcore.controlplane.servicemodel;

import java.util.List;

/**
 * The constraint traits of a shape or member: {@code length} (characters of a string, items of a
 * list or map), {@code range}, {@code pattern}, enum values, unique items, sensitivity;
 * {@code null} where absent.
 */
public record Constraints(Long minLength, Long maxLength, Double min, Double max, String pattern, List<String> values,
		boolean uniqueItems, boolean sensitive) {

	static final Constraints NONE = new Constraints(null, null, null, null, null, null, false, false);

	/** This member's own constraints laid over those of its target shape. */
	Constraints over(Constraints shape) {
		return new Constraints(minLength != null ? minLength : shape.minLength,
				maxLength != null ? maxLength : shape.maxLength, min != null ? min : shape.min,
				max != null ? max : shape.max, pattern != null ? pattern : shape.pattern,
				values != null ? values : shape.values, uniqueItems || shape.uniqueItems, sensitive || shape.sensitive);
	}

	public boolean any() {
		return minLength != null || maxLength != null || min != null || max != null || pattern != null || values != null
				|| uniqueItems;
	}

	/** The pattern anchored at both ends, as OpenAPI publishes it. */
	public String anchoredPattern() {
		return pattern == null ? null : anchored(pattern);
	}

	/**
	 * Whether the service takes {@code value} by the pattern: Smithy patterns are searched, so only the
	 * anchors a pattern carries tie it to the whole value (botocore writes the unanchored ones as
	 * {@code .*(...).*}); all but two of ours are anchored at both ends.
	 */
	public boolean allows(String value) {
		return pattern == null || Patterns.compile(pattern).matcher(value).find();
	}

	/** Whether the whole of {@code value} matches the pattern, as our API and its OpenAPI document ask. */
	public boolean allowsWhole(String value) {
		return pattern == null || Patterns.compile(anchored(pattern)).matcher(value).matches();
	}

	/** {@code ^...$} around a pattern that is not anchored at both ends already. */
	public static String anchored(String pattern) {
		boolean start = pattern.startsWith("^");
		boolean end = pattern.endsWith("$") && !pattern.endsWith("\\$");
		if (start && end) {
			return pattern;
		}
		return "^(?:" + pattern.substring(start ? 1 : 0, pattern.length() - (end ? 1 : 0)) + ")$";
	}

}
