package org.fifsim.optimize;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.stats.Estimate;

/**
 * The first step of the clean-up (Boesel, Nelson &amp; Kim 2003): screen every visited design on the data the search
 * already has, unequal counts allowed, so the selection on fresh replications starts from few designs.
 *
 * <p>A design is dropped when one constraint's mean is above its bound at one-sided confidence 1 − α_F/(k·s), or when
 * a design that is feasible at that confidence beats it on their common replications by more than
 * W = t(1 − α_S/(k−1), r − 1)·S/√r, S the standard deviation of the r paired differences (Bonferroni, which common
 * random numbers allow; Nelson et al. 2001's (1 − α)^(1/(k−1)) needs independence). The best design is kept with
 * probability at least 1 − α.
 *
 * <p>No indifference zone is subtracted from W (Boesel et al.'s (W − δ)⁺): with unequal counts that lets two
 * well-sampled near-equal designs eliminate each other on a difference far below δ while a barely-sampled one is
 * protected by its wide W, so the survivors would be the least known designs. Keeping both costs the selection a
 * little; losing the best region costs the answer.
 */
final class Screen {
    private final Criteria criteria;
    private final double alpha;

    /** @param alpha the screen's error, split evenly between feasibility and objective when there are constraints */
    Screen(Criteria criteria, double alpha) {
        this.criteria = criteria;
        this.alpha = alpha;
    }

    /** Which designs survive, in the order given. */
    List<Observed> survivors(List<Observed> designs) {
        int k = designs.size();
        int s = criteria.constraints().size();
        double alphaF = s == 0 ? 0 : alpha / 2;
        double alphaS = alpha - alphaF;
        boolean[] infeasible = new boolean[k];
        boolean[] feasible = new boolean[k];
        for (int i = 0; i < k; i++) {
            Observed d = designs.get(i);
            feasible[i] = true;
            for (int l = 0; l < s; l++) {
                Estimate e = Estimate.of(d.excess(l, d.n()), 1 - 2 * alphaF / (k * s));
                infeasible[i] |= e.ci95Low() > 0;
                feasible[i] &= e.ci95High() <= 0;
            }
        }
        List<Observed> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (!infeasible[i] && !beaten(designs, i, feasible, alphaS)) {
                out.add(designs.get(i));
            }
        }
        return out;
    }

    /** Whether a design feasible with confidence beats design i by more than the screen allows. */
    private boolean beaten(List<Observed> designs, int i, boolean[] feasible, double alphaS) {
        int k = designs.size();
        Observed d = designs.get(i);
        for (int l = 0; l < k; l++) {
            if (l == i || !feasible[l]) {
                continue;
            }
            Observed o = designs.get(l);
            int r = Math.min(d.n(), o.n());
            double[] x = d.better(r);
            double[] y = o.better(r);
            double[] diff = new double[r];
            for (int j = 0; j < r; j++) {
                diff[j] = y[j] - x[j];
            }
            // the two-sided half-width at level 1 − 2β is the one-sided t(1 − β) margin
            Estimate e = Estimate.of(diff, 1 - 2 * alphaS / (k - 1));
            if (e.mean() > e.halfWidth()) {
                return true;
            }
        }
        return false;
    }
}
