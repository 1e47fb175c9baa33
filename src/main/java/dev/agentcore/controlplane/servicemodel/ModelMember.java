package dev.agentcore.controlplane.servicemodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value goes to AgentCore as this member of the service model, so it must keep the model's
 * constraints (length or size, range, pattern, enum values), checked from the model data; the OpenAPI
 * document publishes them. Absent values pass: required is {@code @NotNull}'s job, since our API
 * fills some members itself.
 */
@Documented
@Constraint(validatedBy = ModelMemberValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ModelMember {

	/** The model member, {@code Shape.member}: {@code CreateGatewayRequest.name}, {@code TagsMap.key}, {@code OAuthScopes.member}. */
	String value();

	/** What a value looks like, in words, said before the pattern when the value does not match it. */
	String hint() default "";

	/** False where a stricter {@code @Pattern} of ours stands for the model's (IAM's own rules for role ARNs, ...). */
	boolean pattern() default true;

	String message() default "breaks AgentCore's constraint";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
