package org.treatytracker.importer;

/**
 * One item an import added, changed or removed, keyed within its dataset; {@code before} and
 * {@code after} describe the item in the previous and in this export.
 */
public record ImportChangeView(String itemKey, String change, String before, String after) {
}
