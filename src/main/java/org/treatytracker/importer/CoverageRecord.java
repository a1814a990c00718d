package org.treatytracker.importer;

/** A dataset row that lists a state for a treaty: with a complete record, the evidence that it took no other action. */
record CoverageRecord(String party, String treaty, String locator) {
}
