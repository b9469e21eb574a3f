package cn.npa.submission.repository;

import cn.npa.submission.domain.obligation.Obligation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a filing needs to know before it is stored, read in one round trip once its slot is claimed: its obligation,
 * locked until the transaction ends (empty when none was generated), and the latest bodies of the slots the quality
 * rules compare it with.
 */
@ApplicationScoped
public class FilingContextQueries {

    private static final String LATEST = "(select v.body::text from submission s join submission_version v on v.submission_id = s.id"
            + " and v.version = s.latest_version where s.institution_code = ? and s.report_type = ? and s.period = ?)";
    private static final String SQL = "with ob as (select " + ObligationRows.COLUMNS + " from obligation"
            + " where institution_code = ? and report_type = ? and period = ? for update)"
            + " select ob.*, " + LATEST + " as compared_0, " + LATEST + " as compared_1, " + LATEST + " as compared_2"
            + " from (values (1)) as one (x) left join ob on true";

    private final Jdbc jdbc;

    public FilingContextQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One report slot; a null slot stands for "none". */
    public record Slot(String institutionCode, String reportType, String period) {
    }

    /** The locked obligation and the latest stored body of each compared slot, in the order asked (null: not filed). */
    public record Context(Optional<Obligation> obligation, List<String> comparedBodies) {
    }

    /** @param compared up to three slots to read the latest body of */
    public Context read(Slot obligation, List<Slot> compared) {
        if (compared.size() > 3) {
            throw new IllegalArgumentException("at most three compared slots");
        }
        List<Object> args = new ArrayList<>(List.of(obligation.institutionCode(), obligation.reportType(), obligation.period()));
        for (int i = 0; i < 3; i++) {
            Slot s = i < compared.size() ? compared.get(i) : null;
            args.add(s == null ? null : s.institutionCode());
            args.add(s == null ? null : s.reportType());
            args.add(s == null ? null : s.period());
        }
        return jdbc.one(SQL, rs -> {
            Optional<Obligation> o = rs.getObject("id") == null ? Optional.empty() : Optional.of(ObligationRows.read(rs));
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < compared.size(); i++) {
                bodies.add(rs.getString("compared_" + i));
            }
            return new Context(o, bodies);
        }, args.toArray()).orElseThrow();
    }
}
