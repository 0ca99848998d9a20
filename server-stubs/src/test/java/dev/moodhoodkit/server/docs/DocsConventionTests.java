package dev.moodhoodkit.server.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link DocExamples} reads a page, and how it refuses one that breaks the convention. */
class DocsConventionTests {

    @Test
    void readsTheStatusTheSavesAndTheAnswerThatFollows() {
        List<DocExample> examples = DocExamples.parse(
                "p.md",
                List.of(
                        "# A page",
                        "```bash",
                        "# expect: 201",
                        "# save: SPACE_ID=/id",
                        "# save: GUEST_TOKEN=/url?accessToken",
                        "curl -s -X POST http://localhost:8080/v1/spaces \\",
                        "  -d '{\"name\": \"x\"}'",
                        "```",
                        "",
                        "```json",
                        "{\"id\": \"60d55c0eb9ef88ab17b0aabb\"}",
                        "```",
                        "```bash",
                        "./mvnw -B install",
                        "```"));

        assertThat(examples).hasSize(1);
        DocExample example = examples.get(0);
        assertThat(example.expectedStatus()).isEqualTo(201);
        assertThat(example.line()).isEqualTo(2);
        assertThat(example.saves())
                .containsExactly(
                        new DocExample.Save("SPACE_ID", "/id"), new DocExample.Save("GUEST_TOKEN", "/url?accessToken"));
        assertThat(example.answer()).isEqualTo("{\"id\": \"60d55c0eb9ef88ab17b0aabb\"}");
        assertThat(example.answerLine()).isEqualTo(10);
        assertThat(example.oneLine())
                .isEqualTo("curl -s -X POST http://localhost:8080/v1/spaces -d '{\"name\": \"x\"}'");
        assertThat(example.where()).isEqualTo("docs/p.md example 1 (line 2)");
    }

    @Test
    void aJsonBlockAfterProseIsNotTheAnswer() {
        List<DocExample> examples = DocExamples.parse(
                "p.md",
                List.of(
                        "```bash",
                        "# expect: 200",
                        "curl -s http://localhost:8080/actuator/health",
                        "```",
                        "The payload:",
                        "```json",
                        "{}",
                        "```"));

        assertThat(examples.get(0).answer()).isNull();
    }

    @Test
    void aCurlWithoutExpectIsRefusedWithItsPageAndLine() {
        assertThatThrownBy(() -> DocExamples.parse("p.md", List.of("", "```bash", "curl -s http://x", "```")))
                .hasMessageContaining("docs/p.md line 2")
                .hasMessageContaining("# expect:");
    }

    @Test
    void twoCommandsInOneBlockAreRefused() {
        assertThatThrownBy(() -> DocExamples.parse(
                        "p.md", List.of("```bash", "# expect: 200", "curl -s http://x", "curl -s http://y", "```")))
                .hasMessageContaining("one curl command per block");
    }

    @Test
    void aCurlHiddenBehindAnotherCommandIsRefused() {
        assertThatThrownBy(() -> DocExamples.parse("p.md", List.of("```bash", "export X=1", "curl -s http://x", "```")))
                .hasMessageContaining("starts with it");
    }

    @Test
    void aMisspelledDirectiveIsRefused() {
        assertThatThrownBy(() -> DocExamples.parse(
                        "p.md", List.of("```bash", "# expect: two hundred", "curl -s http://x", "```")))
                .hasMessageContaining("cannot read the directive");
    }

    @Test
    void aPendingMarkIsRefusedSoNoExampleIsSkipped() {
        assertThatThrownBy(() -> DocExamples.parse(
                        "p.md", List.of("```bash", "# expect: 200", "# pending: issue 7", "curl -s http://x", "```")))
                .hasMessageContaining("examples are never skipped");
    }

    @Test
    void anUnclosedBlockIsRefused() {
        assertThatThrownBy(() -> DocExamples.parse("p.md", List.of("text", "```bash", "curl -s http://x")))
                .hasMessageContaining("line 2")
                .hasMessageContaining("never closed");
    }
}
