package org.treatytracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The columns a record makes: dotted nested ones, a precision beside each date, names beside codes, quoted codes. */
class ExportColumnsTest {

    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    enum Colour { red, green }

    record Inner(@CsvColumn("x") String en) {
    }

    record Item(@CsvColumn(value = "s", coded = CsvColumn.Coded.state) String state,
                @CsvColumn(value = "d", date = true, empty = "undated") String signedOn,
                @CsvColumn(value = "u", quoted = true, empty = "none") String unNumber,
                @CsvColumn(value = "r", coded = CsvColumn.Coded.state, empty = "none") List<String> recommendingStates,
                @CsvColumn(value = "t", coded = CsvColumn.Coded.treaty) String treaty,
                @CsvColumn("c") Colour colour,
                Inner names,
                @CsvColumn(value = "hidden", csv = false) String hidden) {
    }

    record Undescribed(String text) {
    }

    private static final CodeNames NAMES = new CodeNames(Map.of("VNM", "Viet Nam", "DNK", "Denmark"), Map.of("CAT", "Convention against Torture"));

    @Test
    void aRecordsColumnsHaveTheirDerivedNeighbours() {
        ExportColumns columns = ExportColumns.of(Item.class);
        assertEquals(List.of("state", "state_name", "signed_on", "signed_on_precision", "un_number", "recommending_states",
                "recommending_state_names", "treaty", "treaty_name", "colour", "names.en"), columns.names());
        ExportColumn precision = columns.columns().get(3);
        assertEquals(List.of("day", "month", "year"), precision.vocabulary());
        assertEquals(List.of("red", "green"), columns.columns().get(9).vocabulary());
        assertEquals(ColumnType.list, columns.columns().get(5).type());
    }

    @Test
    void cellsComeFromTheJsonWithNamesAndPrecisions() {
        Item item = new Item("VNM", "2015-02", "38.10", List.of("DNK", "XXX", "VNM"), "CAT", Colour.green, new Inner("Viet Nam"), "no");
        assertEquals("state,state_name,signed_on,signed_on_precision,un_number,recommending_states,recommending_state_names,"
                        + "treaty,treaty_name,colour,names.en\r\n"
                        + "VNM,Viet Nam,2015-02,month,\"38.10\",\"DNK | XXX | VNM\",\"Denmark |  | Viet Nam\",CAT,"
                        + "Convention against Torture,green,Viet Nam\r\n",
                ExportColumns.of(Item.class).table(List.of(item), NAMES, JSON));
        Item bare = new Item("ZZZ", null, null, List.of(), "CAT", Colour.red, null, null);
        assertEquals("ZZZ,,,,,,,CAT,Convention against Torture,red,\r\n",
                ExportColumns.of(Item.class).table(List.of(bare), NAMES, JSON).lines().skip(1).findFirst().orElseThrow() + "\r\n");
    }

    @Test
    void anUndescribedColumnIsRefused() {
        assertThrows(IllegalStateException.class, () -> ExportColumns.of(Undescribed.class));
    }
}
