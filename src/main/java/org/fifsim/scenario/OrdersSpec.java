package org.fifsim.scenario;

import java.util.List;

/**
 * Customer orders: they arrive every {@code interarrival} (a random duration), each for one of the {@code variants}
 * by their shares, and wait in the order bank. The vehicle line's build sequence is frozen {@code frozenHorizon}
 * seconds ahead of build; the pack line builds packs in that sequence (with its changeover time between variants).
 * A pack that is not at the line-side when its vehicle is due is a sequence miss, handled by
 * {@code miss}.
 *
 * @param initialBank orders waiting at time zero (the first ones fill the frozen sequence, due at once)
 * @param reworkTime with {@link Miss#REWORK}: from the arrival of the missing pack to the vehicle's delivery
 * @param packsFrom where an order's pack is called off when it enters the frozen sequence
 */
public record OrdersSpec(Distribution interarrival, double frozenHorizon, Miss miss, Distribution reworkTime,
        int initialBank, List<VariantSpec> variants, PacksFrom packsFrom) {

    /** Where the frozen sequence takes its packs from. */
    public enum PacksFrom {
        /**
         * The last stock point (nearest the line): every stock point holds every variant (its level split by share)
         * and is replenished one for one per variant; the pack line builds what the first stock point ships.
         */
        STOCK,
        /** The pack line builds every called-off pack in sequence; stores pass packs straight on. */
        PACK_LINE;

        /** The key's value in a scenario file. */
        public String key() {
            return this == STOCK ? "stock" : "pack_line";
        }
    }

    /** What the vehicle line does when the pack its sequence calls for is not there. */
    public enum Miss {
        /** The line stops until the pack arrives (counted as starved). */
        WAIT,
        /** The vehicle is built without its pack, set aside, and fitted when the pack arrives (a rework). */
        REWORK
    }

    public OrdersSpec {
        variants = List.copyOf(variants);
    }

    /** Orders the frozen sequence holds: the frozen horizon in vehicle takts, at least one. */
    public int sequenceSlots(double takt) {
        return (int) Math.max(1, Math.ceil(frozenHorizon / takt - 1e-9));
    }
}
