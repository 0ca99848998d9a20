package dev.moodhoodkit.server.common;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Applies a partial record over a whole one: each component the partial gives (not null)
 * replaces the whole one's, the others stay. The "fields not given keep their values" of
 * partial updates, written once instead of component by component; MapStruct cannot do it, as
 * it updates only mutable targets in place.
 */
public final class RecordOverlay {

    private RecordOverlay() {}

    public static <T extends Record> T over(T whole, T partial) {
        if (partial == null) {
            return whole;
        }
        RecordComponent[] components = whole.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                Object given = accessor.invoke(partial);
                values[i] = given != null ? given : accessor.invoke(whole);
            }
            var constructor = whole.getClass()
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            @SuppressWarnings("unchecked")
            T merged = (T) constructor.newInstance(values);
            return merged;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot overlay " + whole.getClass().getSimpleName(), e);
        }
    }
}
