package org.treatytracker.importer;

import java.time.LocalDate;
import org.treatytracker.ratification.TreatyAction;

/**
 * A treaty action read from a row: {@code key} identifies it within its dataset (party, treaty,
 * action, and an occurrence number when a party did the same thing twice), so that a newer export
 * updates it; {@code locator} says where in the file it was read.
 */
record ActionRecord(String key, String party, String treaty, TreatyAction.Type action, LocalDate date, String locator) {

    /** How the action reads in the change log. */
    String describe() {
        return party + " " + treaty + " " + action + " " + (date == null ? "undated" : date);
    }
}
