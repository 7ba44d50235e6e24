package org.fifsim.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Checks that hold for any path fifsim is about to write, made before simulating so a problem costs nothing. */
public final class OutputPaths {
    /**
     * Longest file name fifsim writes: file systems allow 255 bytes, and the temporary sibling of a results folder
     * adds {@code .tmp-<pid>-<random>} (up to 36 bytes) to it.
     */
    public static final int MAX_NAME_BYTES = 200;

    private OutputPaths() {
    }

    /**
     * Whether {@code abs} (absolute, normalised) can be created: every name not too long, the nearest existing
     * ancestor a folder fifsim can write in (tried by creating and deleting a probe folder there).
     */
    public static void checkWritable(String what, Path abs) throws UnsafeOutput {
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            Path name = existing.getFileName();
            if (name != null && name.toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw new UnsafeOutput(what, abs, "the name '" + shortened(name.toString()) + "' is longer than "
                        + MAX_NAME_BYTES + " bytes");
            }
            existing = existing.getParent();
        }
        Path folder = existing == abs ? abs.getParent() : existing;
        if (folder == null) {
            throw new UnsafeOutput(what, abs, "has no parent folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new UnsafeOutput(what, abs, folder + " is a file, not a folder");
        }
        try {
            Files.delete(Files.createTempDirectory(folder, ".fifsim-probe-"));
        } catch (IOException | SecurityException e) {
            throw new UnsafeOutput(what, abs, "cannot write in " + folder + " (" + reason(e) + ")");
        }
    }

    /** Whether {@code inside} (absolute) is {@code folder} or lies in it, also through symbolic links. */
    static boolean within(Path inside, Path folder) {
        Path a = real(inside);
        Path f = real(folder);
        return a.startsWith(f) || inside.startsWith(folder);
    }

    /** The real path of the longest existing prefix, with the rest appended. */
    public static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    /**
     * {@code e} as a failure naming {@code file}: a full disk reports "No space left on device" without saying where,
     * and the user needs to know which file could not be written. A failure that names its file already is kept.
     */
    public static IOException naming(Path file, IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return e;
        }
        java.nio.file.FileSystemException named = new java.nio.file.FileSystemException(file.toString(), null,
                e.getMessage() != null ? e.getMessage() : reason(e));
        named.initCause(e);
        return named;
    }

    /** Writes {@code text} as UTF-8 to {@code file}; a failure names the file. */
    public static void writeString(Path file, String text) throws IOException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw naming(file, e);
        }
    }

    /** The operating system's reason (e.g. "Read-only file system"), else the kind of failure in words. */
    public static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String shortened(String name) {
        return name.length() <= 40 ? name : name.substring(0, 37) + "...";
    }
}
