package dev.moodhoodkit.conformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What the run saw, per operation of the chosen spec, in the spec's order. */
public final class Ledger {

    /** A break of the contract, with the exchange that shows it. */
    public record Violation(String operationId, String message, String exchange) {}

    /** One operation's line of the report. */
    public static final class Entry {
        private final String operationId;
        private final String method;
        private final String path;
        private int exchanges;
        private final TreeSet<Integer> statuses = new TreeSet<>();
        private final List<Violation> violations = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String unreachable;

        Entry(String operationId, String method, String path) {
            this.operationId = operationId;
            this.method = method;
            this.path = path;
        }

        public String operationId() {
            return operationId;
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }

        public int exchanges() {
            return exchanges;
        }

        public boolean exercised() {
            return exchanges > 0;
        }

        public TreeSet<Integer> statuses() {
            return statuses;
        }

        public List<Violation> violations() {
            return violations;
        }

        public List<String> notes() {
            return notes;
        }

        /** Why the API makes the operation impossible to reach in this run, or null. */
        public String unreachable() {
            return unreachable;
        }

        /** Passed: exercised (or impossible to reach, with the reason) and no violation. */
        public boolean passed() {
            return violations.isEmpty() && (exercised() || unreachable != null);
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> runNotes = new ArrayList<>();

    /** Registers an operation of the chosen spec. */
    public void operation(String operationId, String method, String path) {
        entries.put(operationId, new Entry(operationId, method, path));
    }

    public void exchanged(String operationId, int status) {
        Entry entry = entry(operationId);
        entry.exchanges++;
        entry.statuses.add(status);
    }

    public void violation(String operationId, String message, String exchange) {
        entry(operationId).violations.add(new Violation(operationId, message, exchange));
    }

    public void note(String operationId, String note) {
        Entry entry = entry(operationId);
        if (!entry.notes.contains(note)) {
            entry.notes.add(note);
        }
    }

    /** Marks an operation that the API gives this run no way to reach, with the reason. */
    public void unreachable(String operationId, String reason) {
        if (entries.containsKey(operationId) && entry(operationId).unreachable == null) {
            entry(operationId).unreachable = reason;
        }
    }

    /** A remark on the whole run (budget spent, things left behind). */
    public void runNote(String note) {
        runNotes.add(note);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public List<String> runNotes() {
        return List.copyOf(runNotes);
    }

    public boolean passed() {
        return entries.values().stream().allMatch(Entry::passed);
    }

    private Entry entry(String operationId) {
        Entry entry = entries.get(operationId);
        if (entry == null) {
            throw new IllegalArgumentException("not an operation of the chosen spec: " + operationId);
        }
        return entry;
    }
}
