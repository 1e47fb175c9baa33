/**
 * Cross-cutting HTTP conventions: RFC 9457 problem details with stable codes, the error page,
 * and the OpenAPI document.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.agentcore.controlplane.web;
