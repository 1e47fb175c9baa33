package dev.agentcore.controlplane.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** An aggregate's accessors as paths ({@code status.phase}), found and followed by reflection. */
public final class Accessors {

	private Accessors() {
	}

	/**
	 * The public accessors {@code type} and its superclasses of ours declare (an aggregate's kit base); those returning
	 * one of the {@code expanded} records as their components, {@code status.phase} for {@code status()} returning a
	 * record with {@code phase}.
	 */
	public static Set<String> of(Class<?> type, Set<Class<?>> expanded) {
		Set<String> names = new HashSet<>();
		for (Class<?> declaring = type; declaring.getName().startsWith("dev.agentcore."); declaring = declaring.getSuperclass()) {
			names.addAll(declared(declaring, expanded));
		}
		return names;
	}

	private static Set<String> declared(Class<?> type, Set<Class<?>> expanded) {
		Set<String> names = new HashSet<>();
		for (Method method : type.getDeclaredMethods()) {
			if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
					|| method.getParameterCount() > 0 || method.isSynthetic()) {
				continue;
			}
			if (expanded.contains(method.getReturnType())) {
				Arrays.stream(method.getReturnType().getRecordComponents())
					.forEach(component -> names.add(method.getName() + "." + component.getName()));
			}
			else {
				names.add(method.getName());
			}
		}
		return names;
	}

	/** Follows an accessor path such as {@code status.phase}; null as soon as a step is null. */
	public static Object read(Object target, String path) {
		Object value = target;
		for (String name : path.split("\\.")) {
			try {
				Method accessor = value.getClass().getMethod(name);
				accessor.setAccessible(true);
				value = accessor.invoke(value);
			}
			catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
				throw new AssertionError("cannot read " + path + " of " + target, ex);
			}
			if (value == null) {
				return null;
			}
		}
		return value;
	}

}
