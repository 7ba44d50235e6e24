package org.fifsim.model;

import java.util.Arrays;

/**
 * A t-digest of unit-weight observations whose quantiles equal, bit for bit, those of t-digest 3.3's
 * {@code MergingDigest(compression)} fed the same values: the same buffer and centroid sizes, the same merge schedule
 * (every other merge runs backwards), the same K_2 weight limit and the same interpolation. Profiled, the library's
 * merge spent most of its time in an indirect stable quicksort of the buffer together with the centroids, which are
 * already sorted. That sort's permutation is unique and the merge reads only values and weights, so here the new
 * values (all of weight 1, so their order among equals does not matter) are sorted as plain doubles, by buckets of
 * their bits when all are positive (lead times), and merged linearly with the centroids, a new value before an equal
 * centroid as its lower index put it there; nothing is allocated after construction.
 *
 * <p>Exact for every input the library orders deterministically: NaN is refused as it refuses it; only once a merged
 * mean overflows to NaN (two infinities, or values near {@code Double.MAX_VALUE}) does the library's order depend on
 * its random pivots.
 */
final class QuantileDigest {
    /** The merge's own compression, larger than the public one (the library's two-level compression). */
    private final double compression;
    /** Values added since the last merge, which sorts them in place. */
    private final double[] incoming;
    private final PositiveSort sorter;
    /** The merge's ascending sequence of the sorted new values and the centroids. */
    private final double[] sequenceMean;
    private final double[] sequenceWeight;
    private int incomingCount;
    /** The centroids, ascending; a merge writes the next ones into the spare pair, and the pairs swap. */
    private double[] mean;
    private double[] weight;
    private double[] nextMean;
    private double[] nextWeight;
    private int centroids;
    private double totalWeight;
    private int merges;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    /** A -0.0 is waiting in the buffer: a plain sort puts it before +0.0, the library keeps the zeros' input order. */
    private boolean negativeZero;
    private double[] zeros;

    /**
     * The library's default sizes for {@code new MergingDigest(compression)} with its weight limit and two-level
     * compression: room for 2 c + 10 centroids (rounded up), a buffer five times that (rounded down), and a merge
     * compression of sqrt(5 - 1) c.
     */
    QuantileDigest(double publicCompression) {
        double c = Math.max(10, publicCompression);
        double sizeFudge = c < 30 ? 30 : 10;
        int bufferSize = 5 * (int) (2 * c + sizeFudge);
        compression = 2 * c;
        int size = (int) Math.ceil(compression + sizeFudge);
        incoming = new double[bufferSize];
        sorter = new PositiveSort(bufferSize);
        sequenceMean = new double[bufferSize];
        sequenceWeight = new double[bufferSize];
        mean = new double[size];
        weight = new double[size];
        nextMean = new double[size];
        nextWeight = new double[size];
    }

    void add(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("Cannot add NaN to t-digest");
        }
        if (incomingCount >= incoming.length - centroids - 1) {
            mergeNewValues();
        }
        incoming[incomingCount++] = x;
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        if (x == 0 && Double.doubleToRawLongBits(x) != 0) {
            negativeZero = true;
        }
    }

    void clear() {
        incomingCount = 0;
        centroids = 0;
        totalWeight = 0;
        merges = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        negativeZero = false;
    }

    /** The q-quantile, 0 &le; q &le; 1; NaN when empty. Merges the buffer first, as the library's does. */
    double quantile(double q) {
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("q should be in [0,1], got " + q);
        }
        mergeNewValues();
        if (centroids == 0) {
            return Double.NaN;
        } else if (centroids == 1) {
            return mean[0];
        }
        int n = centroids;
        double index = q * totalWeight;
        if (index < 1) {
            return min;
        }
        // one sample sits at min (max), so a heavier end centroid is interpolated with less weight
        if (weight[0] > 1 && index < weight[0] / 2) {
            return min + (index - 1) / (weight[0] / 2 - 1) * (mean[0] - min);
        }
        if (index > totalWeight - 1) {
            return max;
        }
        if (weight[n - 1] > 1 && totalWeight - index <= weight[n - 1] / 2) {
            return max - (totalWeight - index - 1) / (weight[n - 1] / 2 - 1) * (max - mean[n - 1]);
        }
        double weightSoFar = weight[0] / 2;
        for (int i = 0; i < n - 1; i++) {
            double dw = (weight[i] + weight[i + 1]) / 2;
            if (weightSoFar + dw > index) {
                // a single-weight centroid is a point, not a spread: no interpolation within its half unit
                double leftUnit = 0;
                if (weight[i] == 1) {
                    if (index - weightSoFar < 0.5) {
                        return mean[i];
                    }
                    leftUnit = 0.5;
                }
                double rightUnit = 0;
                if (weight[i + 1] == 1) {
                    if (weightSoFar + dw - index <= 0.5) {
                        return mean[i + 1];
                    }
                    rightUnit = 0.5;
                }
                double z1 = index - weightSoFar - leftUnit;
                double z2 = weightSoFar + dw - index - rightUnit;
                return weightedAverage(mean[i], z2, mean[i + 1], z1);
            }
            weightSoFar += dw;
        }
        double z1 = index - totalWeight - weight[n - 1] / 2.0;
        double z2 = weight[n - 1] / 2 - z1;
        return weightedAverage(mean[n - 1], z1, max, z2);
    }

    /** Weighted mean of two points, kept within them despite rounding. */
    private static double weightedAverage(double x1, double w1, double x2, double w2) {
        return x1 <= x2 ? weightedAverageSorted(x1, w1, x2, w2) : weightedAverageSorted(x2, w2, x1, w1);
    }

    private static double weightedAverageSorted(double x1, double w1, double x2, double w2) {
        double x = (x1 * w1 + x2 * w2) / (w1 + w2);
        return Math.max(x1, Math.min(x, x2));
    }

    private void mergeNewValues() {
        if (incomingCount > 0) {
            merge(merges % 2 == 1);
            merges++;
            incomingCount = 0;
        }
    }

    /**
     * Folds the buffer into the centroids: the values and centroids in ascending order (the library's stable order),
     * walked upwards or, every other merge, downwards, each joining the current centroid while the K_2 limit allows.
     */
    private void merge(boolean backwards) {
        int count = sortedSequence();
        totalWeight += incomingCount;
        double normalizer = compression / (4 * Math.log(totalWeight / compression) + 24);
        double[] m = nextMean;
        double[] w = nextWeight;
        int last = 0;
        int first = backwards ? count - 1 : 0;
        m[0] = sequenceMean[first];
        w[0] = sequenceWeight[first];
        double wSoFar = 0;
        // the limit's left term changes only when a centroid is closed: the same expression, evaluated once; and a
        // weight above it alone is above the limit (rounding is monotone), so the right term is needed only below it
        double q0 = wSoFar / totalWeight;
        double leftLimit = q0 * (1 - q0) / normalizer;
        double leftCap = totalWeight * leftLimit;
        for (int k = 1; k < count; k++) {
            int ix = backwards ? count - 1 - k : k;
            double x = sequenceMean[ix];
            double xw = sequenceWeight[ix];
            double proposed = w[last] + xw;
            boolean addThis = false;
            // the second and the last element never merge
            if (k != 1 && k != count - 1 && proposed <= leftCap) {
                double q2 = (wSoFar + proposed) / totalWeight;
                addThis = proposed <= totalWeight * Math.min(leftLimit, q2 * (1 - q2) / normalizer);
            }
            if (addThis) {
                w[last] += xw;
                m[last] = m[last] + (x - m[last]) * xw / w[last];
            } else {
                wSoFar += w[last];
                q0 = wSoFar / totalWeight;
                leftLimit = q0 * (1 - q0) / normalizer;
                leftCap = totalWeight * leftLimit;
                last++;
                m[last] = x;
                w[last] = xw;
            }
        }
        centroids = last + 1;
        if (backwards) {
            reverse(m, centroids);
            reverse(w, centroids);
        }
        nextMean = mean;
        nextWeight = weight;
        mean = m;
        weight = w;
        min = Math.min(min, mean[0]);
        max = Math.max(max, mean[centroids - 1]);
    }

    /**
     * The new values and the centroids in one ascending sequence, in the order of the library's stable sort of the
     * buffer followed by the centroids: equal values keep their index order, so a new value precedes an equal
     * centroid and equal centroids keep their stored order. Returns its length.
     */
    private int sortedSequence() {
        int n = incomingCount;
        if (!sorter.sort(incoming, n)) {
            if (negativeZero) {
                sortKeepingZerosInInputOrder(n);
            } else {
                Arrays.sort(incoming, 0, n);
            }
        }
        sortCentroids();
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < n && j < centroids) {
            if (incoming[i] <= mean[j]) {
                sequenceMean[k] = incoming[i++];
                sequenceWeight[k++] = 1;
            } else {
                sequenceMean[k] = mean[j];
                sequenceWeight[k++] = weight[j++];
            }
        }
        while (i < n) {
            sequenceMean[k] = incoming[i++];
            sequenceWeight[k++] = 1;
        }
        while (j < centroids) {
            sequenceMean[k] = mean[j];
            sequenceWeight[k++] = weight[j++];
        }
        return k;
    }

    /** Stable insertion sort of the centroids: they are normally in order already, so this only checks. */
    private void sortCentroids() {
        for (int i = 1; i < centroids; i++) {
            double v = mean[i];
            if (mean[i - 1] > v) {
                double vw = weight[i];
                int j = i;
                while (j > 0 && mean[j - 1] > v) {
                    mean[j] = mean[j - 1];
                    weight[j] = weight[j - 1];
                    j--;
                }
                mean[j] = v;
                weight[j] = vw;
            }
        }
    }

    /** Sorts the buffer, then puts its zeros back in input order (the library compares -0.0 and +0.0 as equal). */
    private void sortKeepingZerosInInputOrder(int n) {
        if (zeros == null) {
            zeros = new double[incoming.length];
        }
        int z = 0;
        for (int i = 0; i < n; i++) {
            if (incoming[i] == 0) {
                zeros[z++] = incoming[i];
            }
        }
        Arrays.sort(incoming, 0, n);
        int at = 0;
        while (incoming[at] != 0) {
            at++;
        }
        System.arraycopy(zeros, 0, incoming, at, z);
        negativeZero = false;
    }

    private static void reverse(double[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
