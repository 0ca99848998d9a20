package dev.moodhoodkit.client.paging;

/** Fetches one page of a list: the list operation with its {@code limit} and {@code offset}. */
@FunctionalInterface
public interface PageFetcher<T> {

    Page<T> fetch(int limit, int offset);
}
