package dev.moodhoodkit.server.architecture.violations.cycle.b;

import dev.moodhoodkit.server.architecture.violations.cycle.a.A;

/** The other half of a package cycle made on purpose. */
public class B {
    A a;
}
