package org.fifsim.scenario;

/**
 * How a store is replenished. Kanban: keep the inventory position at a limit (one order per pack taken).
 * Reorder point: when the inventory position (on hand plus on order) falls to {@code reorderPoint}, order
 * {@code orderQuantity} packs at once.
 */
public record Replenishment(boolean kanban, int reorderPoint, int orderQuantity) {

    public static final Replenishment KANBAN = new Replenishment(true, 0, 1);

    public static Replenishment reorderPoint(int s, int q) {
        return new Replenishment(false, s, q);
    }
}
