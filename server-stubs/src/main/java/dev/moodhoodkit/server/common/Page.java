package dev.moodhoodkit.server.common;

import java.util.List;

/** One page of a list and the count of everything the list holds, as every list of the API answers it. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
