package org.treatytracker.importer;

import org.treatytracker.provenance.PartialDate;
import org.treatytracker.ratification.TreatyAction;

/**
 * A treaty action read from a row: {@code key} identifies it within its dataset (party, treaty,
 * action, and an occurrence number when a party did the same thing twice), so that a newer export
 * updates it; {@code locator} says where in the file it was read. {@code date} is null when the row
 * gives none, and has the precision the row gives.
 */
record ActionRecord(String key, String party, String treaty, TreatyAction.Type action, PartialDate date, String locator) {

    /** How the action reads in the change log. */
    String describe() {
        return describe(party, treaty, action.name(), date);
    }

    static String describe(String party, String treaty, String action, PartialDate date) {
        return party + " " + treaty + " " + action + " " + (date == null ? "undated" : date.iso());
    }
}
