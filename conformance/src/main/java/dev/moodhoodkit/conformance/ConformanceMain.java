package dev.moodhoodkit.conformance;

import dev.moodhoodkit.conformance.cli.BaseUrlRule;
import dev.moodhoodkit.conformance.cli.Options;
import dev.moodhoodkit.conformance.http.ApiClient;
import dev.moodhoodkit.conformance.report.Ledger;
import dev.moodhoodkit.conformance.report.Reports;
import dev.moodhoodkit.conformance.spec.Contract;
import dev.moodhoodkit.conformance.walk.Walk;
import java.io.IOException;
import java.io.PrintStream;

/**
 * {@code java -jar moodhood-conformance.jar --base-url URL --client-id ID --client-secret SECRET}:
 * walks the guide's flows against the deployment, checks every exchange against the chosen
 * spec, prints a table per operation, writes report.md and junit.xml. Exit status 0 when the
 * deployment conforms, 1 when it does not, 2 when the run could not start.
 */
public final class ConformanceMain {

    private ConformanceMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, System::getenv);
            BaseUrlRule.check(options.baseUrl(), options.allowHttp());
        } catch (IllegalArgumentException e) {
            err.println("moodhood-conformance: " + e.getMessage());
            err.println();
            err.print(Options.USAGE);
            return 2;
        }
        long started = System.currentTimeMillis();
        Contract contract;
        try {
            contract = Contract.load(options.spec());
        } catch (IllegalStateException e) {
            err.println("moodhood-conformance: " + e.getMessage());
            return 2;
        }
        Ledger ledger = new Ledger();
        contract.operations().forEach(op -> ledger.operation(op.operationId(), op.method(), op.pathTemplate()));
        ApiClient api =
                new ApiClient(options.baseUrl(), contract, ledger, options.maxRequests(), options.ratePerSecond());
        Walk walk = new Walk(
                api, ledger, options.clientId(), options.clientSecret(), options.prefix(), options.webhookUrl());
        out.println(
                "Checking " + options.baseUrl() + " against " + options.spec().resource() + " ("
                        + contract.operations().size() + " operations); names start with " + walk.runName());
        walk.run();
        Reports.Run run = new Reports.Run(
                options.baseUrl().toString(),
                options.spec().resource(),
                walk.runName(),
                api.sent(),
                System.currentTimeMillis() - started);
        out.print(Reports.table(ledger));
        ledger.runNotes().forEach(note -> out.println("note: " + note));
        ledger.entries()
                .forEach(entry -> entry.violations()
                        .forEach(v -> out.println(
                                "\nVIOLATION " + entry.operationId() + ": " + v.message() + "\n" + v.exchange())));
        try {
            Reports.write(ledger, run, options.reportDir());
            out.println("\nReports: " + options.reportDir().resolve("report.md") + ", "
                    + options.reportDir().resolve("junit.xml"));
        } catch (IOException e) {
            err.println("moodhood-conformance: cannot write the reports: " + e.getMessage());
            return 2;
        }
        out.println(
                ledger.passed()
                        ? "The deployment conforms to " + options.spec().resource() + " (" + api.sent() + " requests)."
                        : "The deployment does NOT conform to " + options.spec().resource() + " (" + api.sent()
                                + " requests).");
        return ledger.passed() ? 0 : 1;
    }
}
