package org.fifsim.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * fifsim refuses to write where it could lose a file it did not write, or where writing cannot succeed: the message
 * names the path and the rule, for one line of {@code error: ...} and exit 2.
 */
public final class UnsafeOutput extends IOException {
    private static final long serialVersionUID = 1L;

    public UnsafeOutput(String what, Path path, String rule) {
        super(what + " " + path + ": " + rule);
    }
}
