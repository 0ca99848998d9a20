package dev.moodhoodkit.stubs.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against the MoodHood stubs: WireMock on a free port of 127.0.0.1, loaded
 * with the stubs jar's mappings and its extension, started once for the class and stopped after
 * it. Test methods, lifecycle methods and constructors get, as parameters:
 * <ul>
 * <li>{@code MoodhoodClient}: a client of the stubs acting with {@link #token()} (no retries,
 *     so each call is one request; closed after the test);</li>
 * <li>{@code @WithoutToken MoodhoodClient}: one that sends no {@code Authorization} header, as a
 *     caller that forgot its credentials;</li>
 * <li>{@code @StubsBaseUrl String}: the base URL ({@code http://127.0.0.1:<port>/v1}) for a
 *     client of your own.</li>
 * </ul>
 *
 * <pre>{@code
 * @MoodhoodStubs
 * class SpacesTest {
 *     @Test
 *     void readsASpace(MoodhoodClient moodhood) {
 *         assertThat(moodhood.spaces().getSpace("60d55c0eb9ef88ab17b0aabb").getName()).isEqualTo("Design school");
 *     }
 * }
 * }</pre>
 *
 * The stubs answer as the spec's examples (the success answer for the examples' ids), pick an
 * error with the {@code X-Stub-Case} header, and answer a wrong request as the spec says: 401
 * without a valid bearer token, 422 naming the fields of a body that breaks the schema, 404 for
 * an unknown path or id.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MoodhoodStubsExtension.class)
public @interface MoodhoodStubs {

    /** The bearer token the injected client sends; any well-formed token passes the stubs. */
    String token() default "stub-token";
}
