package dev.moodhoodkit.server.docs;

import java.util.List;

/**
 * One curl example of a guide page, as the convention of {@code docs/index.md} writes it:
 * <pre>
 * ```bash
 * # expect: 201
 * # save: SPACE_ID=/id
 * curl -s -X POST http://localhost:8080/v1/spaces \
 *   -H "Authorization: Bearer $USER_TOKEN" ...
 * ```
 * ```json        (optional: the answer the page shows, right after the command)
 * {"id": "60d55c0eb9ef88ab17b0aabb"}
 * ```
 * </pre>
 *
 * @param page           the page's file name ({@code spaces-and-rooms.md})
 * @param number         the example's number on its page, from 1
 * @param line           the line of the opening fence
 * @param command        the command as written (continuation lines kept)
 * @param expectedStatus the status of its {@code # expect:} line
 * @param saves          its {@code # save:} lines, in order
 * @param answer         the JSON block that follows it, or null
 * @param answerLine     the line of that block's opening fence (0 without one)
 */
record DocExample(
        String page,
        int number,
        int line,
        String command,
        int expectedStatus,
        List<Save> saves,
        String answer,
        int answerLine) {

    /**
     * {@code # save: NAME=/json/pointer}: the answer's value at the pointer becomes {@code $NAME};
     * {@code /pointer?param} takes a query parameter of the URL there; an empty pointer
     * ({@code NAME=}) takes the whole answer, for a text one.
     */
    record Save(String name, String pointer) {}

    /** "docs/spaces-and-rooms.md example 3 (line 42)", for every message about it. */
    String where() {
        return "docs/" + page + " example " + number + " (line " + line + ")";
    }

    /** The command on one line, for messages. */
    String oneLine() {
        return command.replaceAll("\\\\\\n\\s*", "").replaceAll("\\s+", " ").strip();
    }
}
