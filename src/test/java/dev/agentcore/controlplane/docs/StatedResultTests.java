package dev.agentcore.controlplane.docs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatedResultTests {

	@Test
	void jsonFragmentMatchesWhenEveryGivenKeyHasItsValue() {
		assertThat(StatedResult.mismatch("{\"team\": \"platform\", \"admin\": true}",
				"{\"subject\":\"local-admin\",\"team\":\"platform\",\"admin\":true}")).isNull();
		assertThat(StatedResult.mismatch("{\"status\": {\"phase\": \"READY\"}}", "{\"status\": {\"phase\": \"CREATING\"}}"))
			.contains("/status/phase is \"CREATING\", not \"READY\"");
		assertThat(StatedResult.mismatch("{\"accepted\": false}", "{\"checks\": []}")).contains("/accepted is missing");
	}

	@Test
	void arraysMatchWhenEveryGivenElementIsThere() {
		assertThat(StatedResult.mismatch("{\"tools\": [\"weather___get_weather\"]}",
				"{\"tools\": [\"a___b\", \"weather___get_weather\"]}")).isNull();
		assertThat(StatedResult.mismatch("[{\"code\": \"AUDIENCE\"}]", "[{\"code\": \"SIGNATURE\", \"result\": \"PASS\"}]"))
			.contains("has no element matching");
		assertThat(StatedResult.mismatch("{\"missingTools\": []}", "{\"missingTools\": []}")).isNull();
		assertThat(StatedResult.mismatch("{\"missingTools\": []}", "{\"missingTools\": [\"x___y\"]}"))
			.contains("/missingTools is [\"x___y\"], not empty");
	}

	@Test
	void severalJsonValuesAreOneArray() {
		assertThat(StatedResult.mismatch("[\"SPEC_ACCEPTED\"]", "\"PHASE_CHANGED\"\n\"SPEC_ACCEPTED\"\n")).isNull();
	}

	@Test
	void numbersCompareByValue() {
		assertThat(StatedResult.mismatch("{\"limit\": 50}", "{\"limit\": 50.0}")).isNull();
		assertThat(StatedResult.mismatch("{\"limit\": 50}", "{\"limit\": 51}")).contains("not 50");
	}

	@Test
	void textMustBeContained() {
		assertThat(StatedResult.mismatch("READY", "\"READY\"\n")).isNull();
		assertThat(StatedResult.mismatch("401", "200")).contains("expected the output to contain: 401");
		assertThat(StatedResult.mismatch("", "anything")).contains("states nothing");
	}

	@Test
	void jsonExpectedFromOutputThatIsNotJsonOrEmptyFails() {
		assertThat(StatedResult.mismatch("{\"a\": 1}", "<html>")).contains("not JSON");
		assertThat(StatedResult.mismatch("{\"a\": 1}", "")).contains("empty");
		assertThat(StatedResult.mismatch("{\"a\": ", "{}")).contains("stated result is not JSON");
	}

}
