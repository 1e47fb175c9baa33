package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

import dev.agentcore.controlplane.servicemodel.AwsAnswers;

/**
 * Whether an SDK structure read from AWS says the same as the one we would send, as
 * {@link AwsAnswers} reads AWS's answers: lists of strings in any order, a masked secret equal to
 * any value. Structures are compared field by field through the SDK's own field list, so a member
 * the SDK adds later is compared too.
 */
final class SdkEquivalence {

	private SdkEquivalence() {
	}

	static boolean same(Object held, Object wanted) {
		if (held == null || wanted == null) {
			return empty(held) && empty(wanted);
		}
		if (held instanceof String text && wanted instanceof String) {
			return text.equals(AwsAnswers.MASK) || text.equals(wanted);
		}
		if (held instanceof SdkPojo heldPojo && wanted instanceof SdkPojo wantedPojo) {
			if (held.getClass() != wanted.getClass()) {
				return false;
			}
			for (SdkField<?> field : heldPojo.sdkFields()) {
				if (!same(field.getValueOrDefault(heldPojo), field.getValueOrDefault(wantedPojo))) {
					return false;
				}
			}
			return true;
		}
		if (held instanceof List<?> heldList && wanted instanceof List<?> wantedList) {
			if (heldList.size() != wantedList.size()) {
				return false;
			}
			if (strings(heldList) && strings(wantedList)) {
				return sorted(heldList).equals(sorted(wantedList));
			}
			for (int i = 0; i < heldList.size(); i++) {
				if (!same(heldList.get(i), wantedList.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (held instanceof Map<?, ?> heldMap && wanted instanceof Map<?, ?> wantedMap) {
			return heldMap.keySet().equals(wantedMap.keySet())
					&& wantedMap.keySet().stream().allMatch(key -> same(heldMap.get(key), wantedMap.get(key)));
		}
		return Objects.equals(held, wanted);
	}

	/** Absent and empty collections are alike: the SDK reads a missing list as an empty auto-constructed one. */
	private static boolean empty(Object value) {
		return value == null || (value instanceof Collection<?> collection && collection.isEmpty())
				|| (value instanceof Map<?, ?> map && map.isEmpty());
	}

	private static boolean strings(List<?> values) {
		return values.stream().allMatch(String.class::isInstance);
	}

	private static List<String> sorted(List<?> values) {
		List<String> copy = new ArrayList<>();
		values.forEach(value -> copy.add((String) value));
		copy.sort(null);
		return copy;
	}

}
