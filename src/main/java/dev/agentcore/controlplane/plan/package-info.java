/**
 * Plans: what a POST or PUT of a gateway or target would change — fields, in place or replaced, the
 * AWS calls in order, the problems the request would get, the IAM grants gained and lost — answered
 * without keeping anything.
 */
package dev.agentcore.controlplane.plan;
