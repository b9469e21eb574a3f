package cn.npa.submission.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.submission.domain.filing.KeyFigure;
import cn.npa.submission.domain.filing.KeyFigures;
import cn.npa.submission.domain.obligation.Obligation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a filing needs to know before it is stored, read in one round trip once its slot is claimed: its obligation,
 * locked until the transaction ends (empty when none was generated), and the key figures of the latest versions of the
 * slots the quality rules compare it with (stored figures: no body is sent or parsed).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FilingContextQueries {

    private static final int COMPARED = 3;
    private static final String SQL = sql();

    private final Jdbc jdbc;

    public FilingContextQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One report slot; a null slot stands for "none". */
    public record Slot(String institutionCode, String reportType, String period) {
    }

    /** The locked obligation and the key figures of each compared slot's latest version, in the order asked (null: not filed). */
    public record Context(Optional<Obligation> obligation, List<KeyFigures> compared) {
    }

    /** @param compared up to three slots (null: none) to read the latest figures of */
    public Context read(Slot obligation, List<Slot> compared) {
        if (compared.size() > COMPARED) {
            throw new IllegalArgumentException("at most three compared slots");
        }
        List<Object> args = new ArrayList<>(List.of(obligation.institutionCode(), obligation.reportType(), obligation.period()));
        for (int i = 0; i < COMPARED; i++) {
            Slot s = i < compared.size() ? compared.get(i) : null;
            args.add(s == null ? null : s.institutionCode());
            args.add(s == null ? null : s.reportType());
            args.add(s == null ? null : s.period());
        }
        return jdbc.one(SQL, rs -> {
            Optional<Obligation> o = rs.getObject("id") == null ? Optional.empty() : Optional.of(ObligationRows.read(rs));
            List<KeyFigures> figures = new ArrayList<>();
            for (int i = 0; i < compared.size(); i++) {
                Slot slot = compared.get(i);
                figures.add(rs.getObject("c" + i + "_found") == null ? null
                        : new KeyFigures(slot.reportType(), slot.period(), VersionRepository.figures(rs, "c" + i + "_")));
            }
            return new Context(o, figures);
        }, args.toArray()).orElseThrow();
    }

    private static String sql() {
        StringBuilder select = new StringBuilder("with ob as (select " + ObligationRows.COLUMNS + " from obligation"
                + " where institution_code = ? and report_type = ? and period = ? for update) select ob.*");
        StringBuilder from = new StringBuilder(" from (values (1)) as one (x) left join ob on true");
        for (int i = 0; i < COMPARED; i++) {
            String c = "c" + i;
            select.append(", ").append(c).append(".found as ").append(c).append("_found");
            StringBuilder columns = new StringBuilder("1 as found");
            for (KeyFigure f : KeyFigure.values()) {
                String col = VersionRepository.column(f);
                select.append(", ").append(c).append('.').append(col).append(" as ").append(c).append('_').append(col);
                columns.append(", v.").append(col);
            }
            from.append(" left join lateral (select ").append(columns).append(" from submission s join submission_version v")
                    .append(" on v.submission_id = s.id and v.version = s.latest_version")
                    .append(" where s.institution_code = ? and s.report_type = ? and s.period = ?) ").append(c).append(" on true");
        }
        return select.append(from).toString();
    }
}
