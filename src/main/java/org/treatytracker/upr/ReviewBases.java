package org.treatytracker.upr;

import java.util.List;
import org.treatytracker.upr.UprStatsView.Totals;

/**
 * What the sources on record give for one review (a state in a cycle): each distinct set of totals
 * a source reports (an article quoting the UN's outcome report), and each distinct count of an
 * imported dataset's recommendations. They are two bases of one review, not two reviews.
 *
 * <p>The headline rule: a review's figures are its reported totals when its sources report one set,
 * because those follow the UN's own numbering of the recommendations; else its count when its
 * datasets give one; else none (its sources disagree among themselves and nothing is picked). A
 * dataset's count may differ from the UN's numbering even after merging (UPR Info lists a
 * recommendation once per recommending state and words some apart), which is why both are shown.
 */
record ReviewBases(List<Totals> reported, List<Totals> counted) {

    static final String REPORTED = "reported";
    static final String COUNTED = "counted";
    /** A group of reviews whose headline figures took both bases. */
    static final String MIXED = "mixed";
    /** No single set of figures: the headline figures are null. */
    static final String NONE = "none";

    /** The basis of the review's headline figures, or null when neither basis gives one set of figures. */
    String headline() {
        if (reported.size() == 1) {
            return REPORTED;
        }
        return counted.size() == 1 ? COUNTED : null;
    }

    Totals headlineTotals() {
        String basis = headline();
        return basis == null ? null : basis.equals(REPORTED) ? reported.get(0) : counted.get(0);
    }

    /** Whether the sources give more than one set of figures (two reports, two counts, or a report and a count). */
    boolean disagree() {
        return reported.size() > 1 || counted.size() > 1
                || (reported.size() == 1 && counted.size() == 1 && !reported.get(0).equals(counted.get(0)));
    }
}
