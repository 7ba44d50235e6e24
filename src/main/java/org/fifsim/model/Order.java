package org.fifsim.model;

/** A customer order for one vehicle of one variant, from its arrival in the order bank to delivery. */
final class Order {
    final long id;
    final int variant;
    final double arrived;
    /** When it entered the frozen build sequence. */
    double frozenAt = Double.NaN;
    /** True once its pack was missing when the vehicle was due (counted once). */
    boolean missed;

    Order(long id, int variant, double arrived) {
        this.id = id;
        this.variant = variant;
        this.arrived = arrived;
    }
}
