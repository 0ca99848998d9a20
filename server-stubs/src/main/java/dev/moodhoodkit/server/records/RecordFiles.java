package dev.moodhoodkit.server.records;

import dev.moodhoodkit.server.common.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where recorded files live. The reference server records no media: a record's file is
 * {@code <moodhood.records.storage-dir>/<recordId>.mp4}, put there by whatever produces it (or
 * by hand, to try downloads). The name is built from a validated id only, so no request can
 * reach outside the folder.
 */
@Component
class RecordFiles {

    static final String EXTENSION = ".mp4";

    private final Path folder;

    RecordFiles(@Value("${moodhood.records.storage-dir:./data/records}") Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Optional<Path> file(String recordId) {
        if (!Ids.isValid(recordId)) {
            return Optional.empty();
        }
        Path file = folder.resolve(recordId + EXTENSION);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The file's size, 0 while there is no file. */
    long size(String recordId) {
        return file(recordId)
                .map(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .orElse(0L);
    }
}
