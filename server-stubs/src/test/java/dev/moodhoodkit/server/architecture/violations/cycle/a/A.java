package dev.moodhoodkit.server.architecture.violations.cycle.a;

import dev.moodhoodkit.server.architecture.violations.cycle.b.B;

/** Half of a package cycle made on purpose. */
public class A {
    B b;
}
