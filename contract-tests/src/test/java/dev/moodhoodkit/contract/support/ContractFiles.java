package dev.moodhoodkit.contract.support;

import dev.moodhoodkit.contract.spec.ApiSpec;
import dev.moodhoodkit.testsupport.SpecFile;
import java.nio.file.Path;

/**
 * Where the build keeps what the contract tests read and write. The pom sets each as a system
 * property; the defaults are the same places relative to the module, for runs from an IDE.
 */
public final class ContractFiles {

    /** The consumer and provider names of every pact (Pact file: consumer-provider.json). */
    public static final String CONSUMER = "moodhood-feign-client";

    public static final String PROVIDER = "moodhood-reference-server";

    private static ApiSpec spec;

    private ContractFiles() {}

    /**
     * The contract, read once per test JVM: the text every module's tests check against
     * ({@link SpecFile}: the source tree the build names, else the api-spec jar), in the shape
     * the stub generator reads it.
     */
    public static synchronized ApiSpec spec() {
        if (spec == null) {
            spec = ApiSpec.parse(SpecFile.text());
        }
        return spec;
    }

    /** Generated WireMock stubs: {@code mappings/} and {@code __files/}. */
    public static Path stubsDir() {
        return Path.of(System.getProperty("moodhood.stubs.dir", "target/stubs/moodhood-stubs"));
    }

    /** Pact files written by the consumer tests. */
    public static Path pactsDir() {
        return Path.of(System.getProperty("moodhood.pacts.dir", "target/pacts"));
    }

    /** The pact between the Feign client and the reference server. */
    public static Path pactFile() {
        return pactsDir().resolve(CONSUMER + "-" + PROVIDER + ".json");
    }

    /** Where contract-coverage.md and the provider verification results go. */
    public static Path coverageDir() {
        return Path.of(System.getProperty("moodhood.coverage.dir", "target"));
    }
}
