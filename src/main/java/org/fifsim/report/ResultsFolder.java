package org.fifsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a results folder so that a reader never sees it half-written: everything goes into a temporary sibling
 * folder, which replaces the old folder only when complete. A run that fails or is killed leaves the previous
 * results untouched (at worst a stale {@code .tmp-} sibling, removed by the next run).
 */
public final class ResultsFolder implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private ResultsFolder(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Opens a fresh temporary folder beside {@code target}. */
    public static ResultsFolder open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        cleanStale(parent, abs.getFileName().toString());
        Path temp = Files.createTempDirectory(parent, abs.getFileName() + ".tmp-");
        return new ResultsFolder(abs, temp);
    }

    /** Where to write the files before {@link #commit()}. */
    public Path dir() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Moves the complete folder into place: old results are moved aside first and deleted only afterwards. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(target.getFileName() + ".old-" + ProcessHandle.current().pid());
            move(target, old);
        }
        move(temp, target);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes the temporary folder if the run did not complete. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(temp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void cleanStale(Path parent, String name) throws IOException {
        try (var s = Files.list(parent)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if ((n.startsWith(name + ".tmp-") || n.startsWith(name + ".old-")) && Files.isDirectory(p)
                        && stale(p)) {
                    deleteTree(p);
                }
            }
        }
    }

    /** A leftover from a run that was killed: older than a day, or its process is gone. */
    private static boolean stale(Path p) throws IOException {
        long age = System.currentTimeMillis() - Files.getLastModifiedTime(p).toMillis();
        return age > 24L * 3600 * 1000 || p.getFileName().toString().contains(".old-");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
