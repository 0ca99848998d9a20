/** JSON text as JavaScript's {@code JSON.stringify} writes it, with no dependency but the JDK. */
package dev.moodhoodkit.jsjson;
