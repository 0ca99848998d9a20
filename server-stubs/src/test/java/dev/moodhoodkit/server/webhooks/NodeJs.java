package dev.moodhoodkit.server.webhooks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The machine's Node.js, when it has one: webhook receivers written as JavaScript ones are. */
final class NodeJs {

    private NodeJs() {}

    static boolean installed() {
        try {
            Process probe = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code node <arguments>} started, or empty without node. Its stderr goes to the test's. */
    static Optional<Process> start(String... arguments) {
        return start(Map.of(), ProcessBuilder.Redirect.PIPE, arguments);
    }

    /** {@code node <arguments>} with the environment given, writing its stdout to {@code output}. */
    static Optional<Process> start(Map<String, String> environment, Path output, String... arguments) {
        return start(environment, ProcessBuilder.Redirect.to(output.toFile()), arguments);
    }

    private static Optional<Process> start(
            Map<String, String> environment, ProcessBuilder.Redirect output, String... arguments) {
        if (!installed()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(output);
        builder.environment().putAll(environment);
        try {
            return Optional.of(builder.start());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
