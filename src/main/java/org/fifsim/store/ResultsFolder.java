package org.fifsim.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fifsim.Version;

/**
 * A results folder is fifsim's own: every one it writes carries a marker file, {@value #MARKER}, and fifsim replaces
 * only a folder that carries it (or an empty one), never a file, a user's folder, the current folder or one holding
 * the input scenario. {@link #check} says so before any simulation; {@link #commit()} checks again.
 *
 * <p>It is written so that a reader never sees it half-written: everything goes into a temporary sibling folder
 * {@code <name>.tmp-<pid>-<random>}, which replaces the old folder only when complete. A run that fails or is
 * interrupted deletes its temporary folder; a run that is killed (SIGKILL, power loss) leaves the previous results
 * untouched and at worst a stale sibling, which the next run for the same folder cleans up.
 *
 * <p>Recovery rules when a folder is opened: only siblings named exactly as fifsim names them and carrying the marker
 * are touched, and only when they are leftovers (their process is gone, or they are older than a day while their
 * process number was reused). A leftover {@code .tmp-} folder is deleted, never promoted, since nothing says it is
 * complete; a leftover {@code .old-} folder (previous results moved aside by a commit) is deleted when the target
 * exists, and moved back into place when it does not (the commit was killed between its two renames).
 */
public final class ResultsFolder implements AutoCloseable {
    /** The file that makes a folder fifsim's to replace. */
    public static final String MARKER = ".fifsim-results";
    /** The marker's first line; the rest is for a person who wonders what the file is. */
    static final String MARKER_FIRST_LINE = "fifsim-results 1";
    private static final String WHAT = "results folder";
    private static final long DAY_MS = 24L * 3600 * 1000;
    private static final int COMMIT_ATTEMPTS = 5;
    /** Folders of this JVM that are open and not committed; guarded by itself, like every commit and close. */
    private static final Set<ResultsFolder> OPEN = new HashSet<>();
    /** Results this JVM put in place, as their commands named them, for the line an interrupted command prints. */
    private static final List<Path> COMPLETE = new ArrayList<>();
    /** Set by {@link #shutDown()}: from then on no folder opens or commits, so nothing is written after the line. */
    private static boolean closed;

    private final Path target;
    private final Path named;
    private final Path temp;
    private boolean committed;
    private boolean abandoned;

    private ResultsFolder(Path target, Path named, Path temp) {
        this.target = target;
        this.named = named;
        this.temp = temp;
    }

    /**
     * Refuses, before anything is simulated, a results folder fifsim must not or cannot write: the root folder, the
     * current folder or one holding it, a folder that is or holds one of {@code inputs} (every file and folder the
     * command reads, compared by real path, so a link or {@code dir/.} is no way round), a file, a symbolic link, a
     * folder that is neither empty nor marked, a marked folder holding other results, a name too long or a place not
     * writable.
     */
    public static void check(Path target, Collection<Path> inputs) throws UnsafeOutput {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new UnsafeOutput(WHAT, abs, "is the root folder; name a new folder for the results");
        }
        if (OutputPaths.within(Path.of("").toAbsolutePath(), abs)) {
            throw new UnsafeOutput(WHAT, abs, "is the current folder or holds it; name a new folder for the results");
        }
        for (Path in : inputs) {
            if (OutputPaths.within(in.toAbsolutePath().normalize(), abs)) {
                throw new UnsafeOutput(WHAT, abs, (OutputPaths.real(in).equals(OutputPaths.real(abs)) ? "is"
                        : "holds") + " the input " + in + ", which writing the results would delete; name a new "
                        + "folder for the results");
            }
        }
        replaceable(abs);
        OutputPaths.checkWritable(WHAT, abs);
    }

    /** Whether what is at {@code abs} may be replaced: nothing, an empty folder, or a marked folder. */
    private static void replaceable(Path abs) throws UnsafeOutput {
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(abs)) {
            throw new UnsafeOutput(WHAT, abs, "is a symbolic link; name the folder itself");
        }
        if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeOutput(WHAT, abs, "is a file, not a results folder; name a new folder");
        }
        if (!marked(abs)) {
            if (empty(abs)) {
                return;
            }
            throw new UnsafeOutput(WHAT, abs, "exists and is not a fifsim results folder (it has no " + MARKER
                    + "); name a new folder, or remove this one yourself");
        }
        Path nested = nestedResults(abs);
        if (nested != null) {
            throw new UnsafeOutput(WHAT, abs, "holds other results (" + nested + "); name a new folder");
        }
        Path locked = readOnlyFolder(abs);
        if (locked != null) {
            throw new UnsafeOutput(WHAT, abs, "holds a read-only folder (" + locked + "), so its old results could "
                    + "not be removed; make it writable or name a new folder");
        }
    }

    /** A folder in {@code dir} whose entries cannot be deleted, or null. */
    private static Path readOnlyFolder(Path dir) throws UnsafeOutput {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(p))
                    .findFirst().orElse(null);
        } catch (IOException | UncheckedIOException e) {
            throw new UnsafeOutput(WHAT, dir, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Whether {@code dir} carries fifsim's marker. */
    public static boolean marked(Path dir) {
        Path m = dir.resolve(MARKER);
        if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (BufferedReader r = Files.newBufferedReader(m, StandardCharsets.UTF_8)) {
            return MARKER_FIRST_LINE.equals(r.readLine());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean empty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** A marked folder below {@code dir} (results written inside results), or null. */
    private static Path nestedResults(Path dir) throws UnsafeOutput {
        try (Stream<Path> s = Files.walk(dir, 4)) {
            return s.filter(p -> !p.equals(dir) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && marked(p))
                    .findFirst().orElse(null);
        } catch (IOException | UncheckedIOException e) {
            throw new UnsafeOutput(WHAT, dir, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Opens a fresh, marked temporary folder beside {@code target}, after cleaning up leftovers of killed runs. */
    public static ResultsFolder open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        check(abs, List.of());
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        synchronized (OPEN) {
            if (closed) {
                throw new IOException("no results written to " + target + ": the run is being interrupted");
            }
            recover(parent, abs.getFileName().toString());
            Path temp = Files.createTempDirectory(parent,
                    abs.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-");
            ResultsFolder f = new ResultsFolder(abs, target, temp);
            OPEN.add(f);
            try {
                readableByAll(temp);
                Files.writeString(temp.resolve(MARKER), MARKER_FIRST_LINE + "\nfifsim " + Version.VERSION
                        + " wrote this folder; a later run with the same results folder replaces it as a whole.\n"
                        + "Delete this file to keep fifsim from ever replacing or deleting the folder.\n");
            } catch (IOException e) {
                f.close();
                throw e;
            }
            return f;
        }
    }

    /**
     * Makes {@code dir} (new, or empty, after {@link #check}) a results folder fifsim works in before its results are
     * complete: a search that saves its evaluations as they come, so that a stop loses nothing. It carries the marker,
     * so it stays fifsim's to replace when the finished results are committed over it.
     */
    public static void mark(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (!marked(dir)) {
            Files.writeString(dir.resolve(MARKER), MARKER_FIRST_LINE + "\nfifsim " + Version.VERSION
                    + " wrote this folder; a later run with the same results folder replaces it as a whole.\n"
                    + "Delete this file to keep fifsim from ever replacing or deleting the folder.\n");
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

    /**
     * Moves the complete folder into place: old results are moved aside first and deleted only afterwards. What is at
     * the target is checked again (it may have changed while simulating); another run committing to the same folder
     * at the same moment makes this one try again, so the last to commit wins and no run fails for it. Writes the
     * {@value Checksums#FILE} of the files later commands read back first.
     */
    public void commit() throws IOException {
        Checksums.writeAll(temp);
        synchronized (OPEN) {
            if (abandoned) {
                throw new IOException("results for " + target + " were abandoned: the run is being interrupted");
            }
            Path old = target.resolveSibling(target.getFileName() + ".old-" + ProcessHandle.current().pid());
            for (int attempt = 1;; attempt++) {
                replaceable(target);
                boolean aside = false;
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    deleteOwn(old);
                    try {
                        move(target, old);
                        aside = true;
                    } catch (NoSuchFileException e) {
                        // another run moved it away first
                    }
                }
                try {
                    move(temp, target);
                } catch (IOException e) {
                    if (attempt < COMMIT_ATTEMPTS && Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                            && Files.isDirectory(temp)) {
                        continue; // another run committed between our two renames; theirs is now the old one
                    }
                    putBack(old, aside, e);
                    throw e;
                }
                committed = true;
                OPEN.remove(this);
                COMPLETE.add(named);
                if (aside) {
                    deleteOwn(old);
                }
                return;
            }
        }
    }

    private void putBack(Path old, boolean aside, IOException e) {
        if (aside) {
            try {
                move(old, target); // put the previous results back at once
            } catch (IOException again) {
                e.addSuppressed(again); // the next open moves them back
            }
        }
    }

    /** Deletes a folder this class moved aside, after making sure it is still a marked or empty one. */
    private static void deleteOwn(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !(marked(dir) || empty(dir))) {
            throw new UnsafeOutput(WHAT, dir, "is in the way and is not a fifsim results folder; remove it yourself");
        }
        deleteTree(dir);
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

    /** The results folders this JVM has put in place so far, as their commands named them. */
    public static List<Path> completeSoFar() {
        synchronized (OPEN) {
            return List.copyOf(COMPLETE);
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

    /**
     * What a shutdown found: the results folders already complete (the command may have been a moment from its end)
     * and those abandoned, whose earlier contents, if any, are untouched.
     */
    public record Shutdown(List<Path> complete, List<Path> abandoned) {
    }

    /**
     * For a JVM that is shutting down (Ctrl-C, SIGTERM): abandons every open folder as {@link #abandonAll()} does and
     * refuses every open and commit from now on, so what it returns stays true until the JVM exits. One piece for
     * every command: whether an interrupted command wrote its results is known here, where they are put in place.
     */
    public static Shutdown shutDown() {
        synchronized (OPEN) {
            closed = true;
            List<Path> abandoned = abandonAll();
            return new Shutdown(List.copyOf(COMPLETE), abandoned);
        }
    }

    /** Cleans up what killed runs left beside {@code name} in {@code parent}; see the class comment. */
    private static void recover(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        Pattern sibling = Pattern.compile(
                Pattern.quote(name) + "\\.(?:tmp-([0-9]{1,10})-[0-9]{1,20}|old-([0-9]{1,10}))");
        try (var s = Files.list(parent)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Matcher m = sibling.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || !marked(p)) {
                    continue; // not fifsim's: a user's folder with a similar name is never touched
                }
                boolean old = m.group(2) != null;
                if (!leftover(p, Long.parseLong(old ? m.group(2) : m.group(1)))) {
                    continue;
                }
                try {
                    if (old && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        move(p, target);
                    } else {
                        deleteTree(p);
                    }
                } catch (NoSuchFileException e) {
                    // another run cleaned it up at the same moment
                }
            }
        }
    }

    /**
     * Whether a marked sibling is a leftover: its process is gone, or it is this process's and not open here, or it
     * is older than a day (a live process that reused the number).
     */
    private static boolean leftover(Path p, long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return OPEN.stream().noneMatch(f -> f.temp.equals(p));
        }
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return true;
        }
        try {
            return System.currentTimeMillis() - Files.getLastModifiedTime(p).toMillis() > DAY_MS;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a folder tree without following links; what another process deleted first is no failure. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
