package dev.agentcore.controlplane.provisioning;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One count per scrape, shared by its gauges; a new scrape (a gauge read again) counts again and sees changes. */
class CountsPerScrapeTests {

	private final Map<String, Long> table = new HashMap<>(Map.of("a", 1L, "b", 2L));

	private final AtomicInteger counted = new AtomicInteger();

	private final CountsPerScrape<String> perScrape = new CountsPerScrape<>(() -> {
		counted.incrementAndGet();
		return Map.copyOf(table);
	});

	@Test
	void theGaugesOfOneScrapeShareOneCount() {
		assertThat(scrape("a", "b", "c")).containsExactly(1L, 2L, 0L);
		assertThat(counted).hasValue(1);
	}

	@Test
	void aGaugeReadAgainStartsTheNextScrapeWhichSeesTheChange() {
		scrape("a", "b");
		table.put("a", 5L);
		table.put("c", 3L);
		assertThat(scrape("b", "a", "c")).containsExactly(2L, 5L, 3L);
		assertThat(counted).hasValue(2);
	}

	@Test
	void aGaugeAddedBetweenScrapesReadsANewCount() {
		scrape("a");
		table.put("c", 3L);
		perScrape.forget();
		assertThat(scrape("c", "a")).containsExactly(3L, 1L);
		assertThat(counted).hasValue(2);
	}

	@Test
	void aFailedCountIsTriedAgainByTheNextReading() {
		CountsPerScrape<String> failingOnce = new CountsPerScrape<>(() -> {
			if (counted.incrementAndGet() == 1) {
				throw new IllegalStateException("database down");
			}
			return Map.copyOf(table);
		});
		org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> failingOnce.read("a"));
		assertThat(failingOnce.read("a")).isEqualTo(1L);
		assertThat(failingOnce.read("b")).isEqualTo(2L);
		assertThat(counted).hasValue(2);
	}

	private Long[] scrape(String... gauges) {
		Long[] values = new Long[gauges.length];
		for (int i = 0; i < gauges.length; i++) {
			values[i] = perScrape.read(gauges[i]);
		}
		return values;
	}

}
