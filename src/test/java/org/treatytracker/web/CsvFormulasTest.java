package org.treatytracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV injection: a text cell a spreadsheet would run is written inert; numbers stay numbers. */
class CsvFormulasTest {

    @Test
    void textCellsStartingAFormulaGetAQuoteInFront() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", "=HYPERLINK(\"https://evil.example\",\"click\")");
        item.put("plus", "+1");
        item.put("minus", "-1");
        item.put("at", "@SUM(A1)");
        item.put("tab", "\tx");
        item.put("cr", "\rx");
        item.put("plain", "Viet Nam");
        item.put("count", -1);
        item.put("share", new BigDecimal("-0.25"));
        item.put("flag", true);
        String csv = CsvTable.of(new ObjectMapper(), List.of(item), null);
        assertEquals("title,plus,minus,at,tab,cr,plain,count,share,flag\r\n"
                + "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",'+1,'-1,'@SUM(A1),'\tx,\"'\rx\",Viet Nam,-1,-0.25,true\r\n",
                csv);
    }

    @Test
    void rowWritersKeepNumbersAndNeutraliseText() {
        assertEquals("a,b,c,d,e\r\n-3,'-3,'=1+1,2.5,\r\n", CsvWriter.table(List.of("a", "b", "c", "d", "e"),
                List.of(Arrays.asList(-3, "-3", "=1+1", new BigDecimal("2.50").stripTrailingZeros(), null))));
    }
}
