package dev.agentcore.controlplane.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded default and the simulator hand out admin tokens ({@code /local/tokens}) and let
 * anyone read and change the simulated account ({@code /local/aws/**}) without authentication;
 * that is only acceptable on the developer's own machine. So they listen on loopback
 * ({@code server.address=127.0.0.1}), and refuse to start on any other address unless
 * {@value #UNSAFE} is true, a name meant to be noticed in a review.
 */
@Component
@Profile({ "local", "simulator" })
public class LoopbackOnly implements BeanFactoryPostProcessor, EnvironmentAware {

	public static final String UNSAFE = "controlplane.local.unsafe-allow-remote-access";

	private static final Logger log = LoggerFactory.getLogger(LoopbackOnly.class);

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String address = environment.getProperty("server.address", "");
		if (isLoopback(address)) {
			return;
		}
		String shown = address.isBlank() ? "every interface" : address;
		if (environment.getProperty(UNSAFE, Boolean.class, false)) {
			log.warn("Listening on {} with {}=true: anyone who can reach this address can mint admin tokens "
					+ "(/local/tokens) and change the simulated account (/local/aws/**)", shown, UNSAFE);
			return;
		}
		throw new RemoteAccessRefused(shown);
	}

	static boolean isLoopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** The embedded default was asked to listen where other machines can reach it. */
	public static final class RemoteAccessRefused extends IllegalStateException {

		RemoteAccessRefused(String address) {
			super("The embedded default (profile 'local' or 'simulator') listens on loopback only, but server.address "
					+ "is " + address + ". Anyone who could reach it could mint admin tokens (/local/tokens) and change "
					+ "the simulated account (/local/aws/**). Use server.address=127.0.0.1, or set " + UNSAFE
					+ "=true if you really mean to expose it (in a container whose port is published on 127.0.0.1 only).");
		}

	}

}
