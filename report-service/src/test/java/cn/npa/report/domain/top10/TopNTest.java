package cn.npa.report.domain.top10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopNTest {

    private record Item(String code, BigDecimal value) {
    }

    private static List<Item> items(Map<String, String> values) {
        List<Item> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(new Item(k, v == null ? null : new BigDecimal(v))));
        return out;
    }

    private static List<String> keys(List<RankedRow<Item>> rows) {
        return rows.stream().map(RankedRow::key).toList();
    }

    @Test
    void tiesAtTheCutOffAreAllIncluded_R3() {
        List<Item> in = items(Map.of("E", "5", "D", "4", "C3", "3.00", "A3", "3", "B3", "3.0", "Z", "1"));
        List<RankedRow<Item>> top = TopN.of(in, Item::code, Item::value, 3);
        assertEquals(List.of("E", "D", "A3", "B3", "C3"), keys(top), "value desc, then code; 3, 3.0 and 3.00 are equal");
        assertEquals(List.of(1, 2, 3, 3, 3), top.stream().map(RankedRow::rank).toList());
    }

    @Test
    void noTieNoExtraRows_R3() {
        List<Item> in = items(Map.of("E", "5", "D", "4", "C", "3", "Z", "1"));
        assertEquals(List.of("E", "D"), keys(TopN.of(in, Item::code, Item::value, 2)));
    }

    @Test
    void orderDoesNotDependOnInputOrder_R3() {
        List<Item> in = items(Map.of("B", "2", "A", "2", "C", "2", "D", "9"));
        List<Item> shuffled = new ArrayList<>(in);
        Collections.reverse(shuffled);
        assertEquals(TopN.of(in, Item::code, Item::value, 10), TopN.of(shuffled, Item::code, Item::value, 10));
        assertEquals(List.of("D", "A", "B", "C"), keys(TopN.of(in, Item::code, Item::value, TopN.DEFAULT)));
    }

    @Test
    void undefinedValuesAreNotRankedAndNMustBePositive_R3() {
        List<Item> in = new ArrayList<>(items(Map.of("A", "1")));
        in.add(new Item("B", null));
        assertEquals(List.of("A"), keys(TopN.of(in, Item::code, Item::value, 10)));
        assertThrows(IllegalArgumentException.class, () -> TopN.of(in, Item::code, Item::value, 0));
    }
}
