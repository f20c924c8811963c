package org.swarmsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Name-to-factory table: builds a policy (picker, choker, behaviour, latency model, arrival
 * process) by the name a scenario file uses. A new policy is one class plus one
 * {@link #register} call. Names keep their registration order, which is the order error messages
 * list them in.
 *
 * @param <P> what a factory receives (a spec record, or a context the caller defines)
 * @param <T> what a factory builds
 */
public final class Registry<P, T> {
    private final String kind;
    private final Map<String, Function<? super P, ? extends T>> factories = new LinkedHashMap<>();

    /** An empty registry; {@code kind} ("picker") is used in error messages. */
    public Registry(String kind) {
        this.kind = kind;
    }

    /**
     * Adds a factory.
     *
     * @throws IllegalArgumentException if the name is already registered or is not snake_case
     * @return this registry, for chaining
     */
    public Registry<P, T> register(String name, Function<? super P, ? extends T> factory) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(kind + " name '" + name + "' must be snake_case ([a-z][a-z0-9_]*)");
        }
        if (factories.containsKey(name)) {
            throw new IllegalArgumentException(kind + " '" + name + "' is already registered");
        }
        factories.put(name, java.util.Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /** Builds the named policy. */
    public T create(String name, P params) {
        Function<? super P, ? extends T> f = factories.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown " + kind + " '" + name + "' (allowed: "
                    + String.join(", ", names()) + Suggestions.didYouMean(name, names()) + ")");
        }
        return f.apply(params);
    }

    public boolean contains(String name) {
        return factories.containsKey(name);
    }

    /** Registered names in registration order. */
    public List<String> names() {
        return Collections.unmodifiableList(List.copyOf(factories.keySet()));
    }

    /** What this registry builds ("picker"). */
    public String kind() {
        return kind;
    }
}
