package cn.npa.submission.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.common.problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field rules of one institution, each with its failing and passing case. */
class InstitutionParserTest {

    private static List<String> rules(InstitutionDraft in) {
        return InstitutionParser.parse(in, "$").errors().stream().map(e -> e.rule() + "@" + e.path()).toList();
    }

    @Test
    void acceptsAWellFormedBranch() {
        InstitutionParser.Parsed p = InstitutionParser.parse(Inst.branch("ICBC-440100-01", "ICBC-440000", "SUB-440100").input(), "$");
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        assertNotNull(p.institution());
    }

    @Test
    void codeMustMatchThePattern() {
        assertEquals(List.of("REG-CODE@$.code"), rules(new InstitutionDraft("icbc_1", "n", "BRANCH_GRADE_ONE", "ICBC", "BUR-440000", "440000", null, "2000-01-01", null)));
        assertEquals(List.of("REG-CODE@$.code"), rules(new InstitutionDraft("X", "n", "BRANCH_GRADE_ONE", "ICBC", "BUR-440000", "440000", null, "2000-01-01", null)));
        assertEquals(List.of("REG-CODE@$.code"), rules(new InstitutionDraft("A".repeat(41), "n", "BRANCH_GRADE_ONE", "ICBC", "BUR-440000", "440000", null, "2000-01-01", null)));
        assertEquals(List.of(), rules(new InstitutionDraft("A".repeat(40), "n", "BRANCH_GRADE_ONE", "ICBC", "BUR-440000", "440000", null, "2000-01-01", null)));
    }

    @Test
    void regionMustBeInARealProvince() {
        assertEquals(List.of("REG-REGION@$.regionCode"), rules(Inst.bureau("BUR-990000", "990000").input()));
        assertEquals(List.of("REG-REGION@$.regionCode"), rules(Inst.bureau("BUR-44", "44").input()));
        assertEquals(List.of(), rules(Inst.bureau("BUR-440300", "440300").input()));
        assertEquals(List.of(), rules(Inst.bureau("BUR-540000", "540000").input()));
    }

    @Test
    void headOfficesAndOnlyHeadOfficesHaveAPeerGroup() {
        assertEquals(List.of("REG-PEER@$.peerGroup"), rules(Inst.headOffice("CC0001", "BUR-440000").peer(null).input()));
        assertEquals(List.of("REG-PEER@$.peerGroup"), rules(Inst.gradeOne("CC0001-440000", "CC0001", "BUR-440000").peer(PeerGroup.PRIVATE).input()));
        assertEquals(List.of("REG-VALUE@$.peerGroup"), rules(new InstitutionDraft("CC0002", "n", "BANK_HEAD_OFFICE", null, "CBRC", "440000", "MEGA", "2000-01-01", null)));
    }

    @Test
    void kindDecidesWhetherParentAndSupervisorAreNeeded() {
        assertEquals(List.of("REG-PARENT@$.parentCode"), rules(Inst.headOffice("CC0001", "BUR-440000").parent("LC0001").input()));
        assertEquals(List.of("REG-PARENT@$.parentCode"), rules(Inst.branch("B-1", null, "BUR-440000").input()));
        assertEquals(List.of("REG-SUPERVISOR@$.supervisorCode"), rules(Inst.cbrc().supervisor("BUR-440000").input()));
        assertEquals(List.of("REG-SUPERVISOR@$.supervisorCode"), rules(Inst.subBranch("S-1", "B-1", null).input()));
    }

    @Test
    void datesMustBeDatesInOrder() {
        assertEquals(List.of("REG-DATES@$.validTo"), rules(Inst.cbrc().from("2020-01-01").to("2019-12-31").input()));
        assertEquals(List.of("REG-DATES@$.validFrom"), rules(new InstitutionDraft("CBRC", "n", "REGULATOR_NATIONAL", null, null, "110000", null, "2020-13-01", null)));
        assertEquals(List.of("REG-REQUIRED@$.validFrom"), rules(new InstitutionDraft("CBRC", "n", "REGULATOR_NATIONAL", null, null, "110000", null, null, null)));
    }

    @Test
    void selfReferenceIsACycle() {
        assertEquals(List.of("REG-CYCLE@$.parentCode"), rules(Inst.subBranch("S-1", "S-1", "BUR-440000").input()));
    }

    @Test
    void everyProblemOfARowIsNamedAtOnce() {
        List<FieldError> errors = InstitutionParser.parse(new InstitutionDraft("bad code", "", "BANK", null, null, "123", null, "x", null), "rows[3]").errors();
        assertEquals(List.of("rows[3].code", "rows[3].name", "rows[3].kind", "rows[3].regionCode", "rows[3].validFrom"),
                errors.stream().map(FieldError::path).toList());
    }

    /** Issue 16: padded identifiers were trimmed and stored; now each is refused by the form rule of its field, naming it. */
    @Test
    void paddedIdentifiersAreRefusedNotTrimmed() {
        assertEquals(List.of("REG-CODE@$.code"), rules(new InstitutionDraft("LC0001 ", "n", "BANK_HEAD_OFFICE", null, "CBRC", "110000", "LARGE_COMMERCIAL", "2000-01-01", null)));
        assertEquals(List.of("REG-VALUE@$.kind"), rules(new InstitutionDraft("LC0001", "n", " BANK_HEAD_OFFICE", null, "CBRC", "110000", "LARGE_COMMERCIAL", "2000-01-01", null)));
        assertEquals(List.of("REG-CODE@$.supervisorCode"), rules(new InstitutionDraft("LC0001", "n", "BANK_HEAD_OFFICE", null, "CBRC\n", "110000", "LARGE_COMMERCIAL", "2000-01-01", null)));
        assertEquals(List.of("REG-REGION@$.regionCode"), rules(new InstitutionDraft("LC0001", "n", "BANK_HEAD_OFFICE", null, "CBRC", "110000\t", "LARGE_COMMERCIAL", "2000-01-01", null)));
        assertEquals(List.of("REG-DATES@$.validFrom"), rules(new InstitutionDraft("LC0001", "n", "BANK_HEAD_OFFICE", null, "CBRC", "110000", "LARGE_COMMERCIAL", " 2000-01-01", null)));
        String message = InstitutionParser.parse(new InstitutionDraft("LC0001 ", "n", "BANK_HEAD_OFFICE", null, "CBRC", "110000", "LARGE_COMMERCIAL",
                "2000-01-01", null), "$").errors().get(0).message();
        assertEquals("code 'LC0001 ' must match [A-Z0-9-]{2,40} (no blank space or line break before or after)", message);
    }

    @Test
    void aNameWithAControlCharacterOrALoneSurrogateIsRefused() {
        assertEquals(List.of("REG-NAME@$.name"), rules(new InstitutionDraft("LC0001", "Bank\u0000", "BANK_HEAD_OFFICE", null, "CBRC", "110000", "LARGE_COMMERCIAL", "2000-01-01", null)));
        assertEquals(List.of("REG-NAME@$.name"), rules(new InstitutionDraft("LC0001", "Bank \ud800", "BANK_HEAD_OFFICE", null, "CBRC", "110000", "LARGE_COMMERCIAL", "2000-01-01", null)));
        assertEquals("Bank", InstitutionParser.parse(new InstitutionDraft("LC0001", " Bank ", "BANK_HEAD_OFFICE", null, "CBRC", "110000",
                "LARGE_COMMERCIAL", "2000-01-01", null), "$").institution().name(), "a name is free text: stored without surrounding blanks");
    }
}
