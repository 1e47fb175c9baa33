package dev.agentcore.controlplane.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Responses of AWS's Query protocol (IAM, STS): {@code <ActionResponse>} holding
 * {@code <ActionResult>} and the request id, lists as {@code <member>} elements, text escaped.
 */
final class QueryXml {

	static final String IAM_NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

	static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

	private final StringBuilder xml = new StringBuilder();

	static String response(String namespace, String action, String requestId, Consumer<QueryXml> result) {
		QueryXml body = new QueryXml();
		body.xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(action).append("Response xmlns=\"")
			.append(namespace).append("\">");
		if (result != null) {
			body.open(action + "Result");
			result.accept(body);
			body.close(action + "Result");
		}
		body.open("ResponseMetadata").element("RequestId", requestId).close("ResponseMetadata");
		body.xml.append("</").append(action).append("Response>");
		return body.xml.toString();
	}

	static String error(String namespace, IamError error, String requestId) {
		QueryXml body = new QueryXml();
		body.xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse xmlns=\"").append(namespace).append("\">");
		body.open("Error")
			.element("Type", error.status() >= 500 ? "Receiver" : "Sender")
			.element("Code", error.code())
			.element("Message", error.getMessage())
			.close("Error");
		body.element("RequestId", requestId);
		body.xml.append("</ErrorResponse>");
		return body.xml.toString();
	}

	QueryXml open(String name) {
		xml.append('<').append(name).append('>');
		return this;
	}

	QueryXml close(String name) {
		xml.append("</").append(name).append('>');
		return this;
	}

	/** An element with text; nothing when the value is null (an absent member). */
	QueryXml element(String name, Object value) {
		if (value != null) {
			open(name);
			escape(String.valueOf(value));
			close(name);
		}
		return this;
	}

	/** A policy document as IAM returns it: URL-encoded JSON (RFC 3986). */
	QueryXml policy(String name, String document) {
		return element(name, URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '&' -> xml.append("&amp;");
				case '"' -> xml.append("&quot;");
				case '\'' -> xml.append("&apos;");
				default -> xml.append(c);
			}
		}
	}

}
