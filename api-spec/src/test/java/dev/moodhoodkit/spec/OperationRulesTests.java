package dev.moodhoodkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the contract has an operationId, exactly one declared tag, a summary, a
 * description, a security declaration (none only on the token endpoint), a 2xx and a 4xx
 * response, and problem+json errors. One dynamic test per operation, named after it.
 */
class OperationRulesTests {

    private static final Spec CONTRACT = Spec.contract();

    @TestFactory
    Stream<DynamicTest> everyOperationFollowsTheRules() {
        List<Spec.Op> ops = CONTRACT.operations();
        assertThat(ops).as("operations in the spec").isNotEmpty();
        return ops.stream()
                .map(op -> dynamicTest(
                        op.displayName(),
                        () -> assertThat(OperationRules.violations(CONTRACT, op))
                                .as(op.displayName())
                                .isEmpty()));
    }

    @Test
    void operationIdsAreUnique() {
        Map<String, List<String>> byId = CONTRACT.operations().stream()
                .filter(op -> op.operation().getOperationId() != null)
                .collect(Collectors.groupingBy(
                        op -> op.operation().getOperationId(),
                        Collectors.mapping(Spec.Op::displayName, Collectors.toList())));
        assertThat(byId.values())
                .as("operations sharing an operationId")
                .allSatisfy(names -> assertThat(names).hasSize(1));
    }

    @Test
    void tokenEndpointIsInTheSpec() {
        assertThat(CONTRACT.operations().stream().filter(Spec.Op::isTokenEndpoint))
                .as(Spec.TOKEN_METHOD + " " + Spec.TOKEN_PATH + " in the spec")
                .hasSize(1);
    }

    /** The rules can fail: a tiny spec that breaks each of them is reported, rule by rule. */
    @Test
    void rulesReportEveryKindOfViolation() {
        Spec broken = Spec.fromClasspath("broken/rule-violations.yaml");
        Map<String, List<String>> byOperation = broken.operations().stream()
                .collect(Collectors.toMap(
                        op -> op.operation().getOperationId() == null
                                ? op.path()
                                : op.operation().getOperationId(),
                        op -> OperationRules.violations(broken, op)));
        Function<String, String> all = id -> String.join(" | ", byOperation.get(id));

        assertThat(byOperation.get("goodOperation")).isEmpty();
        assertThat(byOperation.get("getAccessToken")).isEmpty();
        assertThat(all.apply("noTagNoSummary"))
                .contains("exactly one tag")
                .contains("no summary")
                .contains("no description");
        assertThat(all.apply("twoTags")).contains("exactly one tag");
        assertThat(all.apply("undeclaredTag")).contains("not declared");
        assertThat(all.apply("publicByAccident")).contains("has no security");
        assertThat(all.apply("anonymousAllowed")).contains("anonymous");
        assertThat(all.apply("onlySuccess")).contains("no 4xx");
        assertThat(all.apply("plainJsonError")).contains("error response 404").contains(Spec.PROBLEM_JSON);
        assertThat(all.apply("unknownScheme")).contains("not in components.securitySchemes");
        assertThat(byOperation.get("/no-operation-id")).anyMatch(p -> p.contains("no operationId"));
    }
}
