package org.treatytracker.importer;

import org.treatytracker.web.CsvColumn;

/**
 * One item an import added, changed or removed, keyed within its dataset; {@code before} and
 * {@code after} describe the item in the previous and in this export.
 */
public record ImportChangeView(
        @CsvColumn("The item's key within its dataset.") String itemKey,
        @CsvColumn(value = "What the import did to it.", values = {"added", "changed", "removed"}) String change,
        @CsvColumn(value = "The item in the previous export.", empty = "added") String before,
        @CsvColumn(value = "The item in this export.", empty = "removed") String after) {
}
