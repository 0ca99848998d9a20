package dev.moodhoodkit.client;

import dev.moodhoodkit.client.model.Call;
import dev.moodhoodkit.client.model.Invite;
import dev.moodhoodkit.client.model.InviteStatus;
import dev.moodhoodkit.client.model.PersonalToken;
import dev.moodhoodkit.client.model.Record;
import dev.moodhoodkit.client.model.Room;
import dev.moodhoodkit.client.model.Space;
import dev.moodhoodkit.client.model.WebHookDelivery;
import dev.moodhoodkit.client.paging.Page;
import dev.moodhoodkit.client.paging.PagedList;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every list operation of the API as a {@link PagedList}: all its items, fetched page by page
 * as they are iterated. Take it from {@link MoodhoodClient#lists()}; the pages are requested
 * with that client's token and {@link RequestOptions}. The filters are the operation's own
 * ({@code null}: not filtered); {@code limit} and {@code offset} are the list's business.
 *
 * <pre>{@code
 * moodhood.lists().rooms(spaceId).pageSize(50).stream().filter(Room::getIsPublic).forEach(...);
 * }</pre>
 */
public final class MoodhoodLists {

    private final MoodhoodClient client;
    private final int pageSize;

    MoodhoodLists(MoodhoodClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    /** The spaces the caller may see ({@code listSpaces}). */
    public PagedList<Space> spaces() {
        return PagedList.of(pageSize, (limit, offset) -> {
            var list = client.spaces().listSpaces(limit, offset);
            return page(list.getItems(), list.getTotal());
        });
    }

    /** The rooms of a space ({@code listRooms}). */
    public PagedList<Room> rooms(String spaceId) {
        return PagedList.of(pageSize, (limit, offset) -> {
            var list = client.rooms().listRooms(spaceId, limit, offset);
            return page(list.getItems(), list.getTotal());
        });
    }

    /** The invites of a space, of one status or all ({@code listInvites}). */
    public PagedList<Invite> invites(String spaceId, InviteStatus status) {
        return PagedList.of(pageSize, (limit, offset) -> {
            var list = client.invites().listInvites(spaceId, status, limit, offset);
            return page(list.getItems(), list.getTotal());
        });
    }

    /** The caller's personal tokens ({@code listPersonalTokens}). */
    public PagedList<PersonalToken> personalTokens() {
        return PagedList.of(pageSize, (limit, offset) -> {
            var list = client.integration().listPersonalTokens(limit, offset);
            return page(list.getItems(), list.getTotal());
        });
    }

    /** The recordings of a room, started in a time range or at any time ({@code listRoomRecords}). */
    public PagedList<Record> records(String spaceId, String roomId, OffsetDateTime from, OffsetDateTime to) {
        return PagedList.of(pageSize, (limit, offset) -> {
            var list = client.records().listRoomRecords(spaceId, roomId, from, to, limit, offset);
            return page(list.getItems(), list.getTotal());
        });
    }

    /** The deliveries of a space's webhook ({@code listWebHookDeliveries}). */
    public PagedList<WebHookDelivery> webhookDeliveries(String spaceId) {
        return PagedList.of(pageSize, (limit, offset) -> {
            var list = client.webhooks().listWebHookDeliveries(spaceId, limit, offset);
            return page(list.getItems(), list.getTotal());
        });
    }

    /** The calls of a space, of one room or all, of one day (UTC) or all ({@code analyticsCalls}). */
    public PagedList<Call> calls(String spaceId, String roomId, LocalDate date) {
        // The parameter takes a date or a date-time; an ISO date names the day exactly.
        String day = date == null ? null : date.toString();
        return PagedList.of(pageSize, (limit, offset) -> {
            var list = client.analytics().analyticsCalls(spaceId, roomId, day, limit, offset);
            return page(list.getItems(), list.getTotal());
        });
    }

    private static <T> Page<T> page(List<T> items, Integer total) {
        return new Page<>(items, total);
    }
}
