package dev.agentcore.controlplane.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * {@code ?limit=&cursor=} of a keyset-paginated list. The cursor is the opaque form of the last
 * id of the previous page; a page query asks for ids after it, so its cost does not depend on
 * how deep the page is, and rows inserted meanwhile are neither skipped nor repeated.
 *
 * @param limit page size, 1 to 200
 * @param after the id after which the page starts; null for the first page
 */
public record PageRequest(int limit, UUID after) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 200;

	public static PageRequest of(Integer limit, String cursor) {
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw invalid("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return new PageRequest(size, cursor == null || cursor.isBlank() ? null : decode(cursor));
	}

	/** Builds the page from up to {@code limit + 1} rows fetched in id order. */
	public <T> Page<T> page(List<T> rowsPlusOne, Function<T, UUID> id) {
		if (rowsPlusOne.size() <= limit) {
			return new Page<>(rowsPlusOne, null);
		}
		List<T> items = rowsPlusOne.subList(0, limit);
		return new Page<>(List.copyOf(items), encode(id.apply(items.getLast())));
	}

	/** The number of rows a page query should fetch: one more than the page, to know if another follows. */
	public int fetchSize() {
		return limit + 1;
	}

	static String encode(UUID id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static UUID decode(String cursor) {
		try {
			return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			throw invalidCursor();
		}
	}

	/** The answer to a cursor this API did not hand out. */
	public static ErrorResponseException invalidCursor() {
		return invalid("cursor", "is not a cursor this API returned; start again without it");
	}

	private static ErrorResponseException invalid(String field, String message) {
		return new ErrorResponseException(HttpStatus.BAD_REQUEST,
				Problems.validationFailed("1 field is invalid; see errors.", List.of(new FieldError(field, message))), null);
	}

}
