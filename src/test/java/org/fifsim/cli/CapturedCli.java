package org.fifsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the command-line tests: runs {@link Main#execute} with stdout and stderr captured per call. */
abstract class CapturedCli {
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedErr;
    private PrintStream savedOut;

    @BeforeEach
    void capture() {
        savedErr = System.err;
        savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.setOut(savedOut);
    }

    /** Runs the command line with fresh capture buffers; returns the exit status. */
    protected int execute(String... args) {
        err.reset();
        out.reset();
        int status = Main.execute(args);
        System.err.flush();
        System.out.flush();
        return status;
    }
}
