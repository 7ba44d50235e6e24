package org.fifsim.selection;

/** A design's standing against the service constraints. */
public enum Feasibility {
    FEASIBLE, INFEASIBLE,
    /** The budget ran out before the check could call it. */
    UNDECIDED
}
