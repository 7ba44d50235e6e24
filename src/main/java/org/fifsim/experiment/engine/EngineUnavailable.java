package org.fifsim.experiment.engine;

/**
 * The engine cannot run at all: a cluster that cannot be reached, Spark missing (exit status 1), or recorded shard
 * results that do not belong to these inputs (exit status 2). Either way one line, no stack trace.
 */
public final class EngineUnavailable extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean badInput;

    public EngineUnavailable(String message) {
        this(message, false, null);
    }

    public EngineUnavailable(String message, Throwable cause) {
        this(message, false, cause);
    }

    public EngineUnavailable(String message, boolean badInput, Throwable cause) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** True when the user's input is at fault (exit 2), not the machine (exit 1). */
    public boolean badInput() {
        return badInput;
    }
}
