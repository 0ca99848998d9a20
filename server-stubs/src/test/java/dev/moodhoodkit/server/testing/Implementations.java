package dev.moodhoodkit.server.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which generated API interfaces the server implements: a class under
 * {@code dev.moodhoodkit.server} annotated {@code @RestController} that implements it. Looked up
 * by type, not by name, so it does not depend on how a feature names its controller.
 */
public final class Implementations {

    private static final String SERVER_PACKAGE = "dev.moodhoodkit.server";
    private static final Map<Class<?>, Boolean> KNOWN = new ConcurrentHashMap<>();

    private Implementations() {}

    public static boolean implemented(Class<?> api) {
        return KNOWN.computeIfAbsent(api, Implementations::scan);
    }

    /** The generated interface of a spec tag: {@code SpaceInvites} → {@code SpaceInvitesApi}. */
    public static Class<?> apiOfTag(String tag) {
        try {
            return Class.forName("dev.moodhoodkit.server.api." + tag + "Api");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No generated interface for tag " + tag, e);
        }
    }

    public static List<String> missing(Class<?>... apis) {
        return Arrays.stream(apis)
                .filter(api -> !implemented(api))
                .map(Class::getSimpleName)
                .toList();
    }

    private static boolean scan(Class<?> api) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(api));
        return scanner.findCandidateComponents(SERVER_PACKAGE).stream()
                .map(candidate -> load(candidate.getBeanClassName()))
                .anyMatch(type -> type.isAnnotationPresent(RestController.class) && api.isAssignableFrom(type));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Backs {@link RequiresImplementation}. */
    static final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var required = context.getElement()
                    .flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresImplementation.class));
            if (required.isEmpty()) {
                return ConditionEvaluationResult.enabled("no implementation required");
            }
            List<String> missing = missing(required.get().value());
            return missing.isEmpty()
                    ? ConditionEvaluationResult.enabled("implemented")
                    : ConditionEvaluationResult.disabled(
                            "Not implemented on this branch yet (feature branch not merged): "
                                    + String.join(", ", missing));
        }
    }
}
