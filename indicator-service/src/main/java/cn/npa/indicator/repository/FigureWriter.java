package cn.npa.indicator.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.NonCreditFigures;
import cn.npa.indicator.domain.figures.ObsFigures;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.IntakeNode;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.ClientExposure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a load's nodes and exposures with PostgreSQL's COPY, streamed as the intake is read: nodes go to the server
 * in chunks while the body is still arriving, so a national load never sits in memory. Joins the caller's transaction:
 * a rejected intake cancels the copy and the transaction rolls everything back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FigureWriter {

    static final String NODE_COLUMNS = "load_id, code, kind, parent_code, supervisor_code, head_office_code, peer_group, region_code,"
            + " f_total_loans, f_npl, f_cash, f_cash_ytd, f_nc_total, f_nc_npa, f_nc_loss, f_obs_balance, f_obs_advances, restated,"
            + " r_total_loans, r_npl, r_cash, r_cash_ytd, r_nc_total, r_nc_npa, r_nc_loss, r_obs_balance, r_obs_advances";
    private static final int CHUNK = 1 << 20;

    private final Jdbc jdbc;

    public FigureWriter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A COPY of nodes in progress; {@link #end()} or {@link #cancel()} it. */
    public final class NodeCopy {
        private final long loadId;
        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
        private final CopyText line = new CopyText(buffer);

        private NodeCopy(long loadId) {
            this.loadId = loadId;
            this.connection = jdbc.connection();
            try {
                this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy figure_node (" + NODE_COLUMNS + ") from stdin");
            } catch (SQLException e) {
                close();
                throw new IllegalStateException("COPY of figure nodes did not start", e);
            }
        }

        public void write(IntakeNode n) {
            NodeLinks l = n.links();
            line.number(loadId).text(l.code()).text(l.kind().name()).text(l.parentCode()).text(l.supervisorCode())
                    .text(l.headOfficeCode()).text(l.peerGroup() == null ? null : l.peerGroup().name()).text(l.regionCode());
            sections(n.firstReported());
            line.bool(n.restated() != null);
            sections(n.restated() == null ? FigureSections.NONE : n.restated());
            line.end();
            if (buffer.length() >= CHUNK) {
                flush();
            }
        }

        private void sections(FigureSections s) {
            LoanFigures loan = s.loan();
            NonCreditFigures nc = s.nonCredit();
            ObsFigures obs = s.obs();
            line.number(loan == null ? null : loan.totalLoans()).number(loan == null ? null : loan.npl())
                    .number(loan == null ? null : loan.cashCollected()).number(loan == null ? null : loan.cashCollectedYtd())
                    .number(nc == null ? null : nc.totalAssets()).number(nc == null ? null : nc.npa())
                    .number(nc == null ? null : nc.estimatedLosses())
                    .number(obs == null ? null : obs.balance()).number(obs == null ? null : obs.advances());
        }

        private void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                cancel();
                throw new IllegalStateException("COPY of figure nodes failed", e);
            }
        }

        public void end() {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY of figure nodes failed", e);
            } finally {
                close();
            }
        }

        /** Abandons the copy; the transaction is rolled back by the caller. */
        public void cancel() {
            try {
                if (copy != null && copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the transaction is being rolled back anyway
            } finally {
                close();
            }
        }

        private void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the enlisted connection is released with the transaction
            }
        }
    }

    public NodeCopy nodes(long loadId) {
        return new NodeCopy(loadId);
    }

    public void exposures(long loadId, List<ClientExposure> exposures) {
        if (exposures.isEmpty()) {
            return;
        }
        StringBuilder buffer = new StringBuilder(exposures.size() * 160);
        CopyText line = new CopyText(buffer);
        for (ClientExposure e : exposures) {
            line.number(loadId).text(e.filerCode()).text(e.clientCode()).text(e.name()).text(e.groupId())
                    .number(e.loanBalance()).number(e.nplBalance());
            line.end();
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try (Connection c = jdbc.connection()) {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy client_exposure (load_id, filer_code, client_code, name, group_id, loan_balance, npl_balance) from stdin");
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of client exposures failed", e);
        }
    }

    /** Stores a load's snapshot (docs/indicators.md, "Load snapshots") in the caller's transaction, with the load. */
    public void snapshot(long loadId, int format, int nodeCount, byte[] bytes) {
        jdbc.update("insert into figure_snapshot (load_id, format, node_count, bytes) values (?, ?, ?, ?)", loadId, format, nodeCount, bytes);
    }

    /** Fresh planner statistics after a large load, so that the scope queries use their indexes. */
    public void analyze() {
        jdbc.update("analyze figure_node");
        jdbc.update("analyze client_exposure");
    }
}
