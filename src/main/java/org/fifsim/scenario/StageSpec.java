package org.fifsim.scenario;

/**
 * One stage of the logistics pipeline from pack end-of-line to the vehicle line-side. Co-located and remote supply
 * are the same pipeline with different stages.
 */
public sealed interface StageSpec {

    String name();

    /** Expected time a pack spends in this stage when nothing waits, for planning the pull rule. */
    double meanDelay();

    /** A conveyor, AGV or line feed: every pack takes its own delay, with no capacity limit. */
    record Transfer(String name, Distribution delay) implements StageSpec {
        @Override
        public double meanDelay() {
            return delay.mean();
        }
    }
}
