package dev.moodhoodkit.contract.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the spec, as the contract tests see it.
 *
 * @param operationId the spec's operationId, the name every report uses
 * @param method      the HTTP method, upper case
 * @param path        the path template without the base path ({@code /spaces/{spaceId}})
 * @param secured     whether a bearer token is required ({@code security: []} is not)
 */
public record SpecOperation(
        String operationId,
        String method,
        String path,
        List<String> tags,
        List<Param> params,
        boolean secured,
        Optional<Body> requestBody,
        List<Response> responses) {

    private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([^}/]+)}");

    /** A path or query parameter with its schema pattern (if any) and example. */
    public record Param(String name, String in, boolean required, String pattern, String example) {

        /** The pattern without anchors, for embedding in a larger regular expression. */
        public String unanchoredPattern() {
            if (pattern == null) {
                return "[^/]+";
            }
            return pattern.replaceAll("^\\^", "").replaceAll("\\$$", "");
        }
    }

    /**
     * A request body: its content types, one example per content type that has one, and the
     * required top-level properties of its JSON schema.
     */
    public record Body(List<String> contentTypes, Map<String, Object> examples, List<String> requiredProperties) {}

    /**
     * A declared response.
     *
     * @param sharedName the name under {@code components/responses} when the response is a $ref
     *                   to one (NotFound, Conflict...), else null
     * @param examples   one example per content type that has one
     * @param headers    declared headers with their examples
     */
    public record Response(
            int status,
            String sharedName,
            List<String> contentTypes,
            Map<String, Object> examples,
            Map<String, String> headers) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    /** "GET /spaces/{spaceId} (getSpace)": how reports name the operation. */
    public String displayName() {
        return method + " " + path + " (" + operationId + ")";
    }

    public List<Param> queryParams() {
        return params.stream().filter(p -> "query".equals(p.in())).toList();
    }

    public Optional<Param> param(String in, String name) {
        return params.stream()
                .filter(p -> p.in().equals(in) && p.name().equals(name))
                .findFirst();
    }

    /** A regular expression of the path template, each parameter replaced by its schema pattern. */
    public String pathRegex() {
        StringBuilder regex = new StringBuilder();
        Matcher m = TEMPLATE_PARAM.matcher(path);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(last, m.start())));
            String name = m.group(1);
            regex.append(param("path", name).map(Param::unanchoredPattern).orElse("[^/]+"));
            last = m.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        return regex.toString();
    }

    /** Like {@link #pathRegex()} but in WireMock's dialect: no \Q..\E quoting, literal segments as written. */
    public String wireMockPathRegex(String basePath) {
        StringBuilder regex = new StringBuilder(escapeLiteral(basePath));
        Matcher m = TEMPLATE_PARAM.matcher(path);
        int last = 0;
        while (m.find()) {
            regex.append(escapeLiteral(path.substring(last, m.start())));
            regex.append(param("path", m.group(1)).map(Param::unanchoredPattern).orElse("[^/]+"));
            last = m.end();
        }
        regex.append(escapeLiteral(path.substring(last)));
        return regex.toString();
    }

    public Pattern pathPattern() {
        return Pattern.compile(pathRegex());
    }

    /** The path with every parameter replaced by its example, as a client would call it. */
    public String examplePath() {
        StringBuilder concrete = new StringBuilder();
        Matcher m = TEMPLATE_PARAM.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            String example = param("path", name)
                    .map(Param::example)
                    .orElseThrow(() ->
                            new IllegalStateException(displayName() + ": path parameter " + name + " has no example"));
            m.appendReplacement(concrete, Matcher.quoteReplacement(example));
        }
        m.appendTail(concrete);
        return concrete.toString();
    }

    private static String escapeLiteral(String literal) {
        return literal.replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1");
    }
}
