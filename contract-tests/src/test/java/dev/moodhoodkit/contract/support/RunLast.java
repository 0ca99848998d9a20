package dev.moodhoodkit.contract.support;

/**
 * The {@code @Order} of test classes that read what the other tests of the run wrote (the pact
 * file): junit-platform.properties orders classes by {@code @Order}, and unannotated classes
 * come before this one.
 */
public final class RunLast {

    public static final int ORDER = Integer.MAX_VALUE;

    private RunLast() {}
}
