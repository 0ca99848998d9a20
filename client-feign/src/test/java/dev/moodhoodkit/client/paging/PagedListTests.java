package dev.moodhoodkit.client.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedListTests {

    /** A list of {@code size} numbers served by offset and limit, recording each request. */
    private static final class Numbers implements PageFetcher<Integer> {
        final int size;
        final boolean sendsTotal;
        final List<String> requests = new ArrayList<>();

        Numbers(int size, boolean sendsTotal) {
            this.size = size;
            this.sendsTotal = sendsTotal;
        }

        @Override
        public Page<Integer> fetch(int limit, int offset) {
            requests.add(limit + "@" + offset);
            List<Integer> items = IntStream.range(offset, Math.min(size, offset + limit))
                    .boxed()
                    .toList();
            return new Page<>(items, sendsTotal ? size : null);
        }
    }

    @Test
    void iteratesEveryItemOverPagesOfTheGivenSize() {
        Numbers numbers = new Numbers(250, true);

        List<Integer> all = new ArrayList<>();
        PagedList.of(100, numbers).pageSize(40).forEach(all::add);

        assertThat(all)
                .containsExactlyElementsOf(IntStream.range(0, 250).boxed().toList());
        assertThat(numbers.requests).containsExactly("40@0", "40@40", "40@80", "40@120", "40@160", "40@200", "40@240");
    }

    @Test
    void fetchesNothingBeforeTheFirstItemAndTheNextPageOnlyWhenNeeded() {
        Numbers numbers = new Numbers(250, true);
        PagedList<Integer> list = PagedList.of(100, numbers);

        Iterator<Integer> items = list.iterator();
        assertThat(numbers.requests).isEmpty();
        items.next();
        assertThat(numbers.requests).containsExactly("100@0");

        assertThat(list.stream().limit(101).count()).isEqualTo(101);
        assertThat(numbers.requests).containsExactly("100@0", "100@0", "100@100");
    }

    @Test
    void stopsAtAShortPageWhenTheAnswerHasNoTotal() {
        Numbers numbers = new Numbers(200, false);

        assertThat(PagedList.of(100, numbers).stream().count()).isEqualTo(200);
        // The second page is full, so only an empty third page tells the list is over.
        assertThat(numbers.requests).containsExactly("100@0", "100@100", "100@200");
    }

    @Test
    void anEmptyListIsOneRequest() {
        Numbers numbers = new Numbers(0, true);
        Iterator<Integer> items = PagedList.of(20, numbers).iterator();

        assertThat(items.hasNext()).isFalse();
        assertThatThrownBy(items::next).isInstanceOf(NoSuchElementException.class);
        assertThat(numbers.requests).containsExactly("20@0");
    }

    @Test
    void thePageSizeIsWithinTheSpecsLimits() {
        PagedList<Integer> list = PagedList.of(100, new Numbers(1, true));
        assertThatThrownBy(() -> list.pageSize(0)).hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> list.pageSize(101)).hasMessageContaining("between 1 and 100");
        assertThat(list.pageSize(1).pageSize()).isEqualTo(1);
        assertThat(list.pageSize()).isEqualTo(100);
    }
}
