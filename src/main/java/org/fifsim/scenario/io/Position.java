package org.fifsim.scenario.io;

import java.nio.file.Path;

/** Where a value is written: file, 1-based line and column. */
public record Position(Path file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
