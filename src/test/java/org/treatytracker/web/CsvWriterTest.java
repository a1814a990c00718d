package org.treatytracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes of every CSV answer: quoting only where RFC 4180 needs it, CRLF, the header even alone. */
class CsvWriterTest {

    @Test
    void aCellIsQuotedOnlyForACommaAQuoteOrALineBreak() {
        String longPlain = "Convention against Torture and Other Cruel, Inhuman".replace(",", "");
        assertEquals("text\r\n"
                + longPlain + "\r\n"
                + "\"a, b\"\r\n"
                + "\"say \"\"no\"\"\"\r\n"
                + "\"two\nlines\"\r\n"
                + "\"cr\ralone\"\r\n"
                + "# not a comment; spaces kept \r\n"
                + "\r\n"
                + "\r\n",
                CsvWriter.table(List.of("text"), List.of(List.of(longPlain), List.of("a, b"), List.of("say \"no\""),
                        List.of("two\nlines"), List.of("cr\ralone"), List.of("# not a comment; spaces kept "),
                        List.of(""), Arrays.asList((Object) null))));
    }

    @Test
    void numbersDatesAndTruthValuesAreWrittenAsJavaPrintsThem() {
        assertEquals("a,b,c,d,e,f,g\r\n7,-12,20,0.000001,123456789012345678901234567890,false,2014-12-31\r\n",
                CsvWriter.table(List.of("a", "b", "c", "d", "e", "f", "g"), List.of(List.of(7, -12L,
                        new BigDecimal("2E+1"), new BigDecimal("1E-6"), new BigInteger("123456789012345678901234567890"),
                        false, LocalDate.of(2014, 12, 31)))));
    }

    @Test
    void anEmptyTableIsItsHeader() {
        assertEquals("id,names.en\r\n", CsvWriter.table(List.of("id", "names.en"), List.of()));
    }

    @Test
    void aStreamedTableIsWrittenRowByRowAndLeavesItsOutputOpen() throws IOException {
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("the caller closes its output");
            }
        };
        try (CsvWriter csv = CsvWriter.to(out, List.of("id", "text"))) {
            csv.row(List.of(1, "one"));
            csv.row(Arrays.asList(2, null));
        }
        assertEquals("id,text\r\n1,one\r\n2,\r\n", out.toString());
    }
}
