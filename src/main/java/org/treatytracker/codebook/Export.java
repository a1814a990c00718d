package org.treatytracker.codebook;

import java.util.List;
import java.util.Map;
import org.treatytracker.web.ExportColumn;
import org.treatytracker.web.ExportColumns;

/**
 * One CSV export as the codebook describes it: the operation's path, what a row is, and its columns;
 * for an export whose first columns depend on the request ({@code group_by}), those columns by the key
 * that brings them.
 */
public record Export(String path, String row, ExportColumns columns, Map<String, List<ExportColumn>> leading) {

    public Export(String path, String row, Class<?> itemType) {
        this(path, row, ExportColumns.of(itemType), Map.of());
    }

    /** The header a request gets: the leading columns of the keys it names, in its order, then the others. */
    public List<ExportColumn> columnsFor(List<String> keys) {
        return columns.after(keys.stream().flatMap(key -> leading.get(key).stream()).toList()).columns();
    }
}
