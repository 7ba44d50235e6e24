package org.fifsim.optimize;

/** Reading a fake design's values back from its name ("x=7,y=13"). */
final class Designs {
    private Designs() {
    }

    /** The i-th value of a design name. */
    static double value(String design, int i) {
        String part = design.split(",")[i];
        return Double.parseDouble(part.substring(part.indexOf('=') + 1));
    }
}
