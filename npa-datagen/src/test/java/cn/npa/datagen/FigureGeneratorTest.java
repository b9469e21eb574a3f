package cn.npa.datagen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures the assessment benchmark sends: rolled up as the report service would (R1), the same for the same seed. */
class FigureGeneratorTest {

    private static final List<InstitutionRow> REGISTER = RegisterGenerator.generate(2004L, RegisterScale.DEMO);

    private static int index(String code) {
        for (int i = 0; i < REGISTER.size(); i++) {
            if (REGISTER.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void everyParentIsTheSumOfItsChildrenAndTheCbrcOfTheHeadOffices_R1() {
        FigureGenerator.Month m = new FigureGenerator(REGISTER, 7L).month(YearMonth.of(2026, 1));
        long[] heads = new long[4];
        for (int i = 0; i < REGISTER.size(); i++) {
            InstitutionRow r = REGISTER.get(i);
            long[] children = new long[4];
            boolean any = false;
            for (int j = 0; j < REGISTER.size(); j++) {
                if (r.code().equals(REGISTER.get(j).parentCode()) && !REGISTER.get(j).kind().startsWith("REGULATOR")) {
                    any = true;
                    for (int k = 0; k < 4; k++) {
                        children[k] += m.first()[j][k];
                    }
                }
            }
            if (any && !r.kind().startsWith("REGULATOR")) {
                assertArrayEquals(children, m.first()[i], r.code());
            }
            if (r.kind().equals("BANK_HEAD_OFFICE")) {
                for (int k = 0; k < 4; k++) {
                    heads[k] += m.first()[i][k];
                }
            }
            assertTrue(m.first()[i][FigureGenerator.NPL] <= m.first()[i][FigureGenerator.TOTAL], r.code());
        }
        assertArrayEquals(heads, m.first()[index(RegisterGenerator.CBRC)]);
    }

    @Test
    void theSameSeedGivesTheSameIntake() throws Exception {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        FigureGenerator g = new FigureGenerator(REGISTER, 7L);
        g.writeIntake(g.month(YearMonth.of(2026, 3)), 1, a);
        new FigureGenerator(REGISTER, 7L).writeIntake(new FigureGenerator(REGISTER, 7L).month(YearMonth.of(2026, 3)), 1, b);
        assertEquals(a.toString(), b.toString());
        assertTrue(a.toString().startsWith("{\"period\":\"2026-03\",\"figureVersion\":1,\"nodes\":["));
        assertTrue(a.toString().contains("\"kind\":\"PEER_GROUP\""));
    }
}
