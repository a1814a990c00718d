package org.treatytracker.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The first sheet of an Excel workbook (legacy binary .xls or .xlsx), through Apache POI. Cells
 * formatted as dates come out as ISO dates (POI applies the workbook's 1900 or 1904 date system to
 * the serial number), other numbers as plain numbers, text as text. Spreadsheets of the size these
 * tables have (hundreds of rows) are read whole, as POI does.
 */
public final class SpreadsheetRowReader implements RowReader {

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final DataFormatter plain = new DataFormatter(java.util.Locale.ROOT);

    public SpreadsheetRowReader(Path file) throws IOException {
        try {
            this.workbook = WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            throw new MalformedFileException(0, "not a readable Excel workbook: " + e.getMessage());
        }
        this.rows = workbook.getSheetAt(0).iterator();
    }

    @Override
    public Optional<SourceRow> next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                cells.add(text(row.getCell(column)));
            }
            SourceRow read = new SourceRow(row.getRowNum() + 1L, cells);
            if (!read.isBlank()) {
                return Optional.of(read);
            }
        }
        return Optional.empty();
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return plain.formatCellValue(cell).strip();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
