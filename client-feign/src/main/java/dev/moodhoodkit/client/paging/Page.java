package dev.moodhoodkit.client.paging;

import java.util.List;

/**
 * One page of a list operation's answer ({@code {items, total}}).
 *
 * @param items the page's items, in the server's order
 * @param total how many items the whole list has, or {@code null} if the answer did not say
 */
public record Page<T>(List<T> items, Integer total) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
