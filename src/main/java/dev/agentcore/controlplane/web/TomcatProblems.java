package dev.agentcore.controlplane.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Replaces the error report valve Boot gives Tomcat's host (an HTML page) with
 * {@link ProblemErrorReportValve}; runs after Boot's own customizer, which adds that valve.
 */
@Component
class TomcatProblems implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				host.getPipeline().addValve(new ProblemErrorReportValve());
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
