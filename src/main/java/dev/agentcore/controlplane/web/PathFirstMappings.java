package dev.agentcore.controlplane.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Request mappings that ask a mapping's path patterns before its other conditions. Spring MVC asks every mapping's
 * conditions, method first, of a path with a variable in it ({@code GET /api/v1/gateways/{id}}): over a hundred
 * mappings, each asking the request's method through the security filters' request wrappers, were a sixth of the CPU
 * of reading one gateway (issue #27). Here a mapping none of whose patterns matches the path is passed over at once
 * (most by their literal text up to the first variable, a string comparison), and the request's method is read once
 * per lookup. The patterns are matched exactly as Spring's own path condition matches them, so the answers are the
 * same: a mapping passed over is one that condition would have refused.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings {

	@Bean
	WebMvcRegistrations pathFirstRequestMappings() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Mapping();
			}
		};
	}

	static class Mapping extends RequestMappingHandlerMapping {

		private final Map<RequestMappingInfo, Paths> paths = new ConcurrentHashMap<>();

		@Override
		protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			return super.lookupHandlerMethod(lookupPath, new Lookup(request, lookupPath));
		}

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			if (request instanceof Lookup lookup) {
				Paths known = this.paths.get(info);
				if (known == null) {
					known = Paths.of(info, getPatternParser() == null || getPatternParser().isCaseSensitive());
					this.paths.putIfAbsent(info, known);
				}
				if (!known.canMatch(lookup)) {
					return null;
				}
			}
			return super.getMatchingMapping(info, request);
		}

	}

	/** The request during one lookup: its path, parsed once, and its method, read once through the wrappers. */
	static final class Lookup extends HttpServletRequestWrapper {

		private final String method;

		/** The encoded lookup path, or null when it has percent-encoding (patterns match decoded segments). */
		private final String literalPath;

		/**
		 * The separators of {@link #literalPath}, or -1 when they do not count its segments (no literal path, a trailing
		 * or doubled separator).
		 */
		private final int separators;

		/** The path Spring's path condition matches, or null when it was not parsed (the condition then decides). */
		private final PathContainer path;

		Lookup(HttpServletRequest request, String lookupPath) {
			super(request);
			this.method = request.getMethod();
			this.literalPath = lookupPath.indexOf('%') < 0 ? lookupPath : null;
			// Counted as a pattern is (a path with a brace is not counted: a pattern passes over its variables).
			this.separators = this.literalPath == null || this.literalPath.indexOf('{') >= 0 ? -1
					: Paths.separators(this.literalPath);
			this.path = ServletRequestPathUtils.hasParsedRequestPath(request)
					? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication() : null;
		}

		@Override
		public String getMethod() {
			return this.method;
		}

	}

	/**
	 * A mapping's path patterns and the literal text each begins with (none when matching ignores case); no patterns
	 * when it maps none (the other conditions decide).
	 */
	record Paths(PathPattern[] patterns, String[] prefixes, int[] separators) {

		static Paths of(RequestMappingInfo info, boolean caseSensitive) {
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition == null) {
				return new Paths(null, null, null);
			}
			PathPattern[] patterns = condition.getPatterns().toArray(PathPattern[]::new);
			String[] prefixes = new String[patterns.length];
			int[] separators = new int[patterns.length];
			for (int i = 0; i < patterns.length; i++) {
				prefixes[i] = caseSensitive ? literalPrefix(patterns[i].getPatternString()) : "";
				separators[i] = separators(patterns[i].getPatternString());
			}
			return new Paths(patterns, prefixes, separators);
		}

		/** False only when Spring's path condition would refuse the request. */
		boolean canMatch(Lookup lookup) {
			if (this.patterns == null || lookup.path == null) {
				return true;
			}
			for (int i = 0; i < this.patterns.length; i++) {
				if ((lookup.literalPath == null || lookup.literalPath.startsWith(this.prefixes[i]))
						&& (lookup.separators < 0 || this.separators[i] < 0 || lookup.separators == this.separators[i])
						&& this.patterns[i].matches(lookup.path)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The separators of a pattern that matches paths of as many segments as it has, or -1 (a {@code {*rest}} or
		 * {@code **} segment, a trailing or doubled separator, an empty pattern): a path with another number of
		 * separators is passed over without matching the pattern (most of a gateway's sub-resources share its prefix).
		 */
		static int separators(String pattern) {
			if (pattern.isEmpty() || pattern.endsWith("/") || pattern.contains("//") || pattern.contains("{*")
					|| pattern.contains("**")) {
				return -1;
			}
			int count = 0;
			int depth = 0;
			for (int i = 0; i < pattern.length(); i++) {
				char c = pattern.charAt(i);
				if (c == '{') {
					depth++;
				}
				else if (c == '}') {
					depth--;
				}
				else if (c == '/' && depth == 0) {
					count++;
				}
			}
			return count;
		}

		/** The pattern's text up to its first variable ({@code {id}}, {@code {*rest}}) or wildcard ({@code *}, {@code ?}). */
		static String literalPrefix(String pattern) {
			for (int i = 0; i < pattern.length(); i++) {
				char c = pattern.charAt(i);
				if (c == '{' || c == '*' || c == '?') {
					return pattern.substring(0, i);
				}
			}
			return pattern;
		}

	}

}
