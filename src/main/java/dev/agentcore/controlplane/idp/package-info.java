/**
 * IDP profiles: reusable JWT authorizer settings for gateways, with the identity-provider rules
 * of the seed document, the live discovery check and the 401 diagnosis.
 */
package dev.agentcore.controlplane.idp;
