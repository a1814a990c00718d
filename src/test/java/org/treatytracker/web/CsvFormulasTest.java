package org.treatytracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV injection: a text cell a spreadsheet would run is written inert; numbers stay numbers. */
class CsvFormulasTest {

    /** An item whose text cells all start a formula, beside numbers and a truth value. */
    record Item(@CsvColumn("t") String title, @CsvColumn("p") String plus, @CsvColumn("m") String minus,
                @CsvColumn("a") String at, @CsvColumn("t") String tab, @CsvColumn("c") String cr, @CsvColumn("p") String plain,
                @CsvColumn("n") int count, @CsvColumn("s") BigDecimal share, @CsvColumn("f") boolean flag,
                @CsvColumn(value = "q", quoted = true) String code) {
    }

    @Test
    void textCellsStartingAFormulaGetAQuoteInFront() {
        Item item = new Item("=HYPERLINK(\"https://evil.example\",\"click\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "Viet Nam",
                -1, new BigDecimal("-0.25"), true, "=38.10");
        String csv = ExportColumns.of(Item.class).table(List.of(item), CodeNames.NONE, new ObjectMapper());
        assertEquals("title,plus,minus,at,tab,cr,plain,count,share,flag,code\r\n"
                + "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",'+1,'-1,'@SUM(A1),'\tx,\"'\rx\",Viet Nam,-1,-0.25,true,\"'=38.10\"\r\n",
                csv);
    }

    @Test
    void rowWritersKeepNumbersAndNeutraliseText() {
        assertEquals("a,b,c,d,e\r\n-3,'-3,'=1+1,2.5,\r\n", CsvWriter.table(List.of("a", "b", "c", "d", "e"),
                List.of(Arrays.asList(-3, "-3", "=1+1", new BigDecimal("2.50").stripTrailingZeros(), null))));
    }
}
