package dev.moodhoodkit.server.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where a webjar keeps its files: {@code classpath:/META-INF/resources/webjars/<name>/<version>/}.
 * The version is read from the jar itself, so that a version bump in the pom needs no change
 * in the code.
 */
final class Webjars {

    private Webjars() {}

    static String location(String groupId, String artifactId) {
        return "classpath:/META-INF/resources/webjars/" + artifactId + "/" + version(groupId, artifactId) + "/";
    }

    private static String version(String groupId, String artifactId) {
        String pom = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = Webjars.class.getClassLoader().getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("The " + artifactId + " webjar is not on the classpath (" + pom + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
