package dev.agentcore.controlplane.resource;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import dev.agentcore.controlplane.web.Versions;

/** The responses every kind's endpoints give: a read with its ETag, an accepted change with Location and ETag. */
public final class ResourceResponses {

	private ResourceResponses() {
	}

	/** 200 with the version as the ETag to send in If-Match. */
	public static <T> ResponseEntity<T> read(ManagedResource<?> resource, T body) {
		return ResponseEntity.ok().eTag(Versions.etag(resource.version())).body(body);
	}

	/** 202: the provisioner takes it from here; {@code path} is the collection's, ending in '/'. */
	public static <T> ResponseEntity<T> accepted(String path, ManagedResource<?> resource, T body) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create(path + resource.id()))
			.eTag(Versions.etag(resource.version()))
			.body(body);
	}

}
