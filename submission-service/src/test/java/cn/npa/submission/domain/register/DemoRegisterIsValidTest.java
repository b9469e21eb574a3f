package cn.npa.submission.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.common.problem.FieldError;
import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's demo and national registers obey every register rule (the demo, the tests and the benchmarks rely on it). */
class DemoRegisterIsValidTest {

    static List<FieldError> problems(List<InstitutionRow> rows) {
        List<FieldError> errors = new ArrayList<>();
        List<ImportPlanner.Incoming> incoming = new ArrayList<>();
        int n = 0;
        for (InstitutionRow r : rows) {
            n++;
            InstitutionParser.Parsed p = InstitutionParser.parse(new InstitutionDraft(r.code(), r.name(), r.kind(), r.parentCode(),
                    r.supervisorCode(), r.regionCode(), r.peerGroup(), r.validFrom().toString(),
                    r.validTo() == null ? null : r.validTo().toString()), "rows[" + n + "]");
            errors.addAll(p.errors());
            if (p.institution() != null) {
                incoming.add(new ImportPlanner.Incoming("rows[" + n + "]", p.institution()));
            }
        }
        errors.addAll(ImportPlanner.plan(List.of(), incoming).errors());
        return errors;
    }

    @Test
    void demoRegisterHasNoProblems() {
        List<FieldError> errors = problems(RegisterGenerator.generate(2004L, RegisterScale.DEMO));
        assertEquals(List.of(), errors.stream().limit(10).toList());
    }

    @Test
    void nationalRegisterHasNoProblems() {
        List<FieldError> errors = problems(RegisterGenerator.generate(2004L, RegisterScale.NATIONAL));
        assertEquals(List.of(), errors.stream().limit(10).toList());
    }
}
