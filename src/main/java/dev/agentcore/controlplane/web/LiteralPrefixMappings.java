package dev.agentcore.controlplane.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Request mappings that skip, before asking their conditions, every mapping whose patterns all begin with literal text
 * the request's path does not begin with. Spring MVC asks every mapping's conditions of a path with a variable in it
 * ({@code GET /api/v1/gateways/{id}}): over a hundred mappings, each asking the request's method through the security
 * filters' request wrappers and matching its patterns, were a sixth of the CPU of reading one gateway (issue #27). A
 * pattern matches only paths that begin with its text up to its first variable or wildcard, so the answers are the
 * same; a path with percent-encoding is matched the ordinary way (patterns match decoded segments).
 */
@Configuration(proxyBeanMethods = false)
class LiteralPrefixMappings {

	@Bean
	WebMvcRegistrations literalPrefixRequestMappings() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Mapping();
			}
		};
	}

	static class Mapping extends RequestMappingHandlerMapping {

		/** The lookup path of the request this thread is looking up, or null outside a lookup (or when encoded). */
		private final ThreadLocal<String> lookingUp = new ThreadLocal<>();

		/** Each mapping's literal prefixes, one per pattern; null when the mapping has no path patterns to read. */
		private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

		@Override
		protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			boolean literal = lookupPath.indexOf('%') < 0 && getPatternParser() != null && getPatternParser().isCaseSensitive();
			this.lookingUp.set(literal ? lookupPath : null);
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				this.lookingUp.remove();
			}
		}

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String path = this.lookingUp.get();
			if (path != null && !canMatch(this.prefixes.computeIfAbsent(info, Mapping::prefixes), path)) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

		static boolean canMatch(String[] prefixes, String path) {
			if (prefixes == null) {
				return true;
			}
			for (String prefix : prefixes) {
				if (path.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

		static String[] prefixes(RequestMappingInfo info) {
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition == null || condition.isEmptyPathMapping()) {
				return null;
			}
			Set<PathPattern> patterns = condition.getPatterns();
			return patterns.stream().map(pattern -> literalPrefix(pattern.getPatternString())).toArray(String[]::new);
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
