package dev.moodhoodkit.client.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list operation, fetched lazily a page at a time ({@code limit} = the page
 * size, {@code offset} moving on by the items received): nothing is sent until the first item
 * is asked for, and the next page only when the current one is used up. Each iteration (each
 * {@link #iterator()}, each {@link #stream()}) starts again from the first page.
 *
 * <pre>{@code
 * for (Space space : moodhood.lists().spaces()) { ... }
 * List<String> names = moodhood.lists().rooms(spaceId).pageSize(50).stream().map(Room::getName).toList();
 * }</pre>
 *
 * <p>Iteration ends at the first page shorter than the page size, or empty, or when the items
 * received reach the answer's {@code total}. Offset paging sees the list as it is when each page
 * is fetched: an item created or deleted meanwhile may be missed or seen twice. A failed page
 * request throws the client's exception from {@code hasNext()}/{@code next()}.
 */
public final class PagedList<T> implements Iterable<T> {

    /** The largest page the API answers (the spec's maximum of {@code limit}). */
    public static final int MAX_PAGE_SIZE = 100;

    private final int pageSize;
    private final PageFetcher<T> fetcher;

    private PagedList(int pageSize, PageFetcher<T> fetcher) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        this.pageSize = pageSize;
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /** The items {@code fetcher} pages through, {@code pageSize} at a time. */
    public static <T> PagedList<T> of(int pageSize, PageFetcher<T> fetcher) {
        return new PagedList<>(pageSize, fetcher);
    }

    /**
     * The same list fetched {@code pageSize} items per request.
     *
     * @throws IllegalArgumentException unless 1 ≤ pageSize ≤ {@value #MAX_PAGE_SIZE}
     */
    public PagedList<T> pageSize(int pageSize) {
        return new PagedList<>(pageSize, fetcher);
    }

    /** How many items each page request asks for. */
    public int pageSize() {
        return pageSize;
    }

    @Override
    public Iterator<T> iterator() {
        return new Pages();
    }

    /** The items as a sequential stream, fetched as the stream pulls them. */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Walks the pages: one request per page, made when the previous page is used up. */
    private final class Pages implements Iterator<T> {

        private Iterator<T> page = List.<T>of().iterator();
        private int offset;
        private boolean lastPage;

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && !lastPage) {
                Page<T> next = fetcher.fetch(pageSize, offset);
                List<T> items = next.items();
                offset += items.size();
                lastPage = items.size() < pageSize || (next.total() != null && offset >= next.total());
                page = items.iterator();
            }
            return page.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more items");
            }
            return page.next();
        }
    }
}
