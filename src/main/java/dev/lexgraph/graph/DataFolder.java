package dev.lexgraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data folder holds the store, the password hashes and the service's secrets: it and every folder
 * made under it are readable by their owner only, and a secret file is created so, before its first byte
 * is written (not restricted afterwards, which leaves a moment when others may read it).
 */
public final class DataFolder {

    private DataFolder() {
    }

    /** Creates {@code dir} and its missing parents with owner-only permissions (where the file system has them). */
    public static void createPrivate(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        if (absolute.getParent() != null) {
            createPrivate(absolute.getParent());
        }
        try {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(absolute); // not a POSIX file system
        } catch (FileAlreadyExistsException e) {
            // made meanwhile by another process: fine
        }
    }

    /** Writes a new secret file, owner-only from its creation; an existing file is replaced. */
    public static void writeSecret(Path file, String content) throws IOException {
        createPrivate(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
