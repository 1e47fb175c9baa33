package dev.agentcore.controlplane.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class PathFirstMappingsTests {

	RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();

	PathFirstMappings.Mapping skipping = new PathFirstMappings.Mapping();

	@BeforeEach
	void register() {
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		context.registerSingleton("gateways", Gateways.class);
		context.registerSingleton("others", Others.class);
		context.refresh();
		for (RequestMappingHandlerMapping mapping : new RequestMappingHandlerMapping[] { plain, skipping }) {
			mapping.setApplicationContext(context);
			mapping.afterPropertiesSet();
		}
	}

	@Test
	void aPathWithAVariableIsMatchedByPathFirstAndItsMethodReadOnce() throws Exception {
		Counting onPlain = get("/api/v1/gateways/0190");
		Counting onSkipping = get("/api/v1/gateways/0190");
		assertThat(handler(plain, onPlain)).isEqualTo(handler(skipping, onSkipping)).isEqualTo("read");
		// The plain mapping asks the method of every one of the eight mappings (through every wrapper of the request).
		assertThat(onPlain.methodAsked.get()).isGreaterThanOrEqualTo(8);
		assertThat(onSkipping.methodAsked.get()).isLessThanOrEqualTo(2);
	}

	@Test
	void aMethodNoMappingOfThePathAllowsIsRefusedAsThePlainMappingRefusesIt() {
		Counting onPlain = new Counting("POST", "/api/v1/gateways/abc");
		Counting onSkipping = new Counting("POST", "/api/v1/gateways/abc");
		assertThatThrownBy(() -> handler(plain, onPlain)).isInstanceOf(HttpRequestMethodNotSupportedException.class);
		assertThatThrownBy(() -> handler(skipping, onSkipping)).isInstanceOf(HttpRequestMethodNotSupportedException.class)
			.hasMessage(catchThrowable(() -> handler(plain, new Counting("POST", "/api/v1/gateways/abc"))).getMessage());
	}

	@Test
	void answersAsThePlainMappingDoes() throws Exception {
		for (String path : new String[] { "/api/v1/gateways", "/api/v1/gateways/abc", "/api/v1/gateways/abc/targets/x",
				"/api/v1/gateways/abc/events", "/files/a/b/c", "/x/suffix", "/nothing/here", "/api/v1/gateway%73/abc",
				"/api/v1/gateways/a%20b", "/any/thing.json", "/", "/api/v1/gateways/abc/", "/api/v1/gateways/abc/events/",
				"/api/v1/gateways//abc", "/api/v1/gateways/abc/targets", "/api/v2/other/x/y", "/x/y/suffix" }) {
			assertThat(handler(skipping, get(path))).as(path).isEqualTo(handler(plain, get(path)));
		}
		assertThat(handler(skipping, get("/api/v1/gateway%73/abc"))).isEqualTo("read");
		assertThat(handler(skipping, get("/files/a/b/c"))).isEqualTo("files");
		assertThat(handler(skipping, get("/x/suffix"))).isEqualTo("suffix");
		assertThat(handler(skipping, get("/any/thing.json"))).isEqualTo("wildcard");
	}

	@Test
	void aPatternCountsItsSegmentsUnlessOneOfThemTakesTheRest() {
		assertThat(PathFirstMappings.Paths.separators("/api/v1/gateways/{id}")).isEqualTo(4);
		assertThat(PathFirstMappings.Paths.separators("/api/v1/gateways/{id}/targets/{target}")).isEqualTo(6);
		assertThat(PathFirstMappings.Paths.separators("/a/{v:[a-z/]+}")).as("a slash in a variable's regex").isEqualTo(2);
		assertThat(PathFirstMappings.Paths.separators("/files/{*rest}")).isEqualTo(-1);
		assertThat(PathFirstMappings.Paths.separators("/a/**/b")).isEqualTo(-1);
		assertThat(PathFirstMappings.Paths.separators("/a/")).isEqualTo(-1);
		assertThat(PathFirstMappings.Paths.separators("")).isEqualTo(-1);
	}

	@Test
	void literalPrefixEndsAtTheFirstVariableOrWildcard() {
		assertThat(PathFirstMappings.Paths.literalPrefix("/api/v1/gateways/{id}/targets")).isEqualTo("/api/v1/gateways/");
		assertThat(PathFirstMappings.Paths.literalPrefix("/files/{*rest}")).isEqualTo("/files/");
		assertThat(PathFirstMappings.Paths.literalPrefix("/a*/b")).isEqualTo("/a");
		assertThat(PathFirstMappings.Paths.literalPrefix("/a?c")).isEqualTo("/a");
		assertThat(PathFirstMappings.Paths.literalPrefix("/plain")).isEqualTo("/plain");
		assertThat(PathFirstMappings.Paths.literalPrefix("")).isEqualTo("");
	}

	private static String handler(RequestMappingHandlerMapping mapping, Counting request) throws Exception {
		ServletRequestPathUtils.parseAndCache(request);
		HandlerExecutionChain chain = mapping.getHandler(request);
		return chain == null ? null : ((HandlerMethod) chain.getHandler()).getMethod().getName();
	}

	private static Counting get(String path) {
		return new Counting(path);
	}

	static class Counting extends MockHttpServletRequest {

		final AtomicInteger methodAsked = new AtomicInteger();

		Counting(String path) {
			this("GET", path);
		}

		Counting(String method, String path) {
			super(method, path);
		}

		@Override
		public String getMethod() {
			methodAsked.incrementAndGet();
			return super.getMethod();
		}

	}

	@RestController
	@RequestMapping("/api/v1/gateways")
	static class Gateways {

		@GetMapping
		String list() {
			return "list";
		}

		@GetMapping("/{id}")
		String read() {
			return "read";
		}

		@GetMapping("/{id}/events")
		String events() {
			return "events";
		}

		@GetMapping("/{id}/targets/{target}")
		String target() {
			return "target";
		}

	}

	@RestController
	static class Others {

		@GetMapping("/files/{*rest}")
		String files() {
			return "files";
		}

		@GetMapping("/{prefix}/suffix")
		String suffix() {
			return "suffix";
		}

		@GetMapping("/any/*.json")
		String wildcard() {
			return "wildcard";
		}

		@GetMapping("/api/v2/other/{id}")
		String other() {
			return "other";
		}

	}

}
