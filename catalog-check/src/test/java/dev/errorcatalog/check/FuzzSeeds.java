package dev.errorcatalog.check;

import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Makes the property tests of {@code mvn verify} deterministic, and lets a separate run explore.
 *
 * <p>By default each property without a seed of its own gets a fixed one, derived from its class and method
 * names, so a build passes or fails the same way every time. With {@code -Derrorcatalog.fuzz.explore=N}
 * (README, Reliability) the seeds are random and each property runs N times its tries; jqwik prints the seed of
 * a failure, which then becomes a regression case with {@code @Property(seed = "…")}.
 */
public final class FuzzSeeds implements AroundPropertyHook {

    /** The system property that switches to exploring: a factor for the tries, e.g. 20. */
    public static final String EXPLORE = "errorcatalog.fuzz.explore";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyAttributes attributes = context.attributes();
        String explore = System.getProperty(EXPLORE, "").trim();
        if (attributes.seed().filter(s -> !s.isEmpty()).isEmpty()) {
            if (explore.isEmpty()) {
                String name = context.targetMethod().getDeclaringClass().getName() + '#' + context.targetMethod().getName();
                attributes.setSeed(Long.toString(name.hashCode() & 0xFFFF_FFFFL));
            } else if (context.targetMethod().isAnnotationPresent(Property.class)) { // not an @Example
                int factor = Integer.parseInt(explore);
                attributes.setTries(attributes.tries().orElse(1000) * factor);
            }
        }
        return property.execute();
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS; // registered on a test class, it applies to the properties inside
    }

    @Override
    public int aroundPropertyProximity() {
        return -100; // outside jqwik's own hooks, so the attributes are set before the property starts
    }
}
