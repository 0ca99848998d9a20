package dev.moodhoodkit.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test only once the server has controllers for the given generated interfaces
 * ({@code dev.moodhoodkit.server.api.*Api}); until then it is reported skipped with the missing
 * interfaces named. For tests written against the spec ahead of the feature branches that
 * implement it: they start running by themselves when those branches are merged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(Implementations.Condition.class)
public @interface RequiresImplementation {

    Class<?>[] value();
}
