package org.fifsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a results folder so that a reader never sees it half-written: everything goes into a temporary sibling
 * folder {@code <name>.tmp-<pid>-<random>}, which replaces the old folder only when complete. A run that fails or is
 * interrupted deletes its temporary folder; a run that is killed (SIGKILL, power loss) leaves the previous results
 * untouched and at worst a stale sibling, which the next run for the same folder cleans up.
 *
 * <p>Recovery rules when a folder is opened (a leftover is one whose process is gone, or older than a day):
 * a leftover {@code .tmp-} folder is deleted, never promoted, since nothing says it is complete; a leftover
 * {@code .old-} folder (previous results moved aside by a commit) is deleted when the target exists, and moved back
 * into place when it does not (the commit was killed between its two renames). Folders of a live process, another
 * run writing the same results, are left alone.
 */
public final class ResultsFolder implements AutoCloseable {
    private static final long DAY_MS = 24L * 3600 * 1000;
    /** Folders of this JVM that are open and not committed; guarded by itself, like every commit and close. */
    private static final Set<ResultsFolder> OPEN = new HashSet<>();

    private final Path target;
    private final Path temp;
    private boolean committed;
    private boolean abandoned;

    private ResultsFolder(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Opens a fresh temporary folder beside {@code target}, after cleaning up leftovers of killed runs. */
    public static ResultsFolder open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        synchronized (OPEN) {
            recover(parent, abs.getFileName().toString());
            Path temp = Files.createTempDirectory(parent,
                    abs.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-");
            readableByAll(temp);
            ResultsFolder f = new ResultsFolder(abs, temp);
            OPEN.add(f);
            return f;
        }
    }

    /** A temporary directory is private (0700); results are shared like any folder the user makes. */
    private static void readableByAll(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
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
        synchronized (OPEN) {
            if (abandoned) {
                throw new IOException("results for " + target + " were abandoned: the run is being interrupted");
            }
            Path old = null;
            if (Files.exists(target)) {
                old = target.resolveSibling(target.getFileName() + ".old-" + ProcessHandle.current().pid());
                deleteTree(old);
                move(target, old);
            }
            try {
                move(temp, target);
            } catch (IOException e) {
                if (old != null) {
                    try {
                        move(old, target); // put the previous results back at once
                    } catch (IOException again) {
                        e.addSuppressed(again); // the next open moves them back
                    }
                }
                throw e;
            }
            committed = true;
            OPEN.remove(this);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    /** True once the results are in place. */
    public boolean committed() {
        synchronized (OPEN) {
            return committed;
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
        synchronized (OPEN) {
            if (!committed) {
                OPEN.remove(this);
                try {
                    deleteTree(temp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * For a JVM that is shutting down (Ctrl-C): deletes the temporary folder of every open, uncommitted results
     * folder and refuses their commits from now on. A commit in progress finishes first. Returns the targets whose
     * results were abandoned.
     */
    public static List<Path> abandonAll() {
        synchronized (OPEN) {
            List<Path> targets = OPEN.stream().map(f -> f.target).toList();
            for (ResultsFolder f : OPEN) {
                f.abandoned = true;
                try {
                    deleteTree(f.temp);
                } catch (IOException e) {
                    // best effort while the JVM exits; the next run removes what is left (its process is gone)
                }
            }
            OPEN.clear();
            return targets;
        }
    }

    /** Cleans up what killed runs left beside {@code name} in {@code parent}; see the class comment. */
    private static void recover(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        Pattern sibling = Pattern.compile(Pattern.quote(name) + "\\.(tmp|old)-(.*)", Pattern.DOTALL);
        try (var s = Files.list(parent)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Matcher m = sibling.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(p) || !leftover(p, ownerPid(m.group(1), m.group(2)))) {
                    continue;
                }
                if (m.group(1).equals("old") && !Files.exists(target)) {
                    move(p, target);
                } else {
                    deleteTree(p);
                }
            }
        }
    }

    /** The process that made a sibling: {@code .tmp-<pid>-<random>} or {@code .old-<pid>}; -1 when not named so. */
    private static long ownerPid(String kind, String suffix) {
        Matcher m = (kind.equals("tmp") ? TMP_OWNER : OLD_OWNER).matcher(suffix);
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private static final Pattern TMP_OWNER = Pattern.compile("([0-9]{1,10})-[0-9]+");
    private static final Pattern OLD_OWNER = Pattern.compile("([0-9]{1,10})");

    /**
     * Whether a sibling is a leftover: its process is gone, or it is this process's and not open here, or it is older
     * than a day (no process number, as older versions named it, or a live process that reused the number).
     */
    private static boolean leftover(Path p, long pid) throws IOException {
        if (pid > 0) {
            if (pid == ProcessHandle.current().pid()) {
                return OPEN.stream().noneMatch(f -> f.temp.equals(p));
            }
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return true;
            }
        }
        try {
            return System.currentTimeMillis() - Files.getLastModifiedTime(p).toMillis() > DAY_MS;
        } catch (NoSuchFileException e) {
            return false;
        }
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
