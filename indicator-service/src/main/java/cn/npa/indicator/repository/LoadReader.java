package cn.npa.indicator.repository;

import cn.npa.indicator.domain.assessment.HistoryBuilder;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.Population;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.NonCreditFigures;
import cn.npa.indicator.domain.figures.ObsFigures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.ClientExposure;
import cn.npa.indicator.domain.snapshot.Snapshot;
import cn.npa.indicator.domain.snapshot.SnapshotJoin;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Reads whole loads for an assessment run: the nodes of period t with their links, and every node's figures at each
 * input slot, each load's snapshot (or, for a load without one, its rows through PostgreSQL's COPY) on a connection of
 * its own, in parallel. The one repository that
 * does not join the caller's transaction, on purpose: a committed load is never changed, so reading it needs no
 * transaction, and parallel reads need connections of their own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class LoadReader {

    private static final Logger LOG = Logger.getLogger(LoadReader.class);

    private static final String FIGURES = "f_total_loans, f_npl, f_cash, f_cash_ytd, f_nc_total, f_nc_npa, f_nc_loss, f_obs_balance,"
            + " f_obs_advances, restated, r_total_loans, r_npl, r_cash, r_cash_ytd, r_nc_total, r_nc_npa, r_nc_loss, r_obs_balance,"
            + " r_obs_advances";
    /** One thread per distinct load of a run (at most five) and one for the client exposures: no read waits for another. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(InputSlot.values().length + 1, r -> {
        Thread t = new Thread(r, "load-reader");
        t.setDaemon(true);
        return t;
    });

    private final AgroalDataSource db;

    public LoadReader(AgroalDataSource db) {
        this.db = db;
    }

    /**
     * The population of a run: the nodes of the CURRENT load (all, or only those supervised by one of
     * {@code supervisors} and those regulators themselves), their figures at every slot that has a load, and the
     * client exposures of t. Read from the loads' snapshots when every load has one, else from their rows by COPY.
     */
    public Population population(Period t, Map<InputSlot, Long> loads, List<String> supervisors) {
        long start = System.nanoTime();
        long current = loads.get(InputSlot.CURRENT);
        CompletableFuture<List<ClientExposure>> exposures = CompletableFuture.supplyAsync(() -> exposures(current), POOL);
        Map<Long, CompletableFuture<Snapshot>> reads = new LinkedHashMap<>();
        loads.forEach((slot, load) -> {
            if (load != null) {
                reads.computeIfAbsent(load, l -> CompletableFuture.supplyAsync(() -> SnapshotFetch.fetch(db, l), POOL));
            }
        });
        Map<InputSlot, Snapshot> slots = new EnumMap<>(InputSlot.class);
        try {
            loads.forEach((slot, load) -> {
                if (load != null) {
                    slots.put(slot, reads.get(load).join());
                }
            });
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (slots.containsValue(null)) {
            LOG.infof("loads %s: not every one has a snapshot; reading their rows", reads.keySet());
            return copied(t, loads, supervisors, exposures);
        }
        long fetched = System.nanoTime();
        Population p = SnapshotJoin.population(t, slots, supervisors == null ? null : Set.copyOf(supervisors), exposures::join, POOL);
        LOG.infof("snapshots of loads %s fetched in %d ms, joined in %d ms", reads.keySet(), (fetched - start) / 1_000_000,
                (System.nanoTime() - fetched) / 1_000_000);
        return p;
    }

    /** The population read from the loads' rows by COPY, as before snapshots (loads stored before V3 have none). */
    private Population copied(Period t, Map<InputSlot, Long> loads, List<String> supervisors,
                              CompletableFuture<List<ClientExposure>> exposures) {
        long current = loads.get(InputSlot.CURRENT);
        String filter = supervisors == null ? "" : " and (supervisor_code = any(" + textArray(supervisors) + ") or code = any("
                + textArray(supervisors) + "))";
        // Every distinct load at once, each on its own connection (January's previous period is its year start).
        List<NodeLinks> links = new ArrayList<>();
        Map<Long, CompletableFuture<Map<String, FigureSections[]>>> reads = new LinkedHashMap<>();
        reads.put(current, CompletableFuture.supplyAsync(() -> {
            Map<String, FigureSections[]> byCode = new HashMap<>(1 << 19);
            copy("copy (select code, kind, parent_code, supervisor_code, head_office_code, peer_group, region_code, " + FIGURES
                    + " from figure_node where load_id = " + current + filter + ") to stdout", line -> {
                        NodeLinks n = new NodeLinks(line.text(), InstitutionKind.valueOf(line.text()), line.text(), line.text(), line.text(),
                                group(line.text()), line.text());
                        links.add(n);
                        byCode.put(n.code(), both(line));
                    });
            return byCode;
        }, POOL));
        // The other loads: the same nodes by code, wherever they were supervised then (a node that moved into the
        // jurisdiction keeps its history, as in a national run; so a bureau's list computed on request is the one a
        // national run would give it).
        String sameNodes = supervisors == null ? "" : " and code in (select code from figure_node where load_id = " + current + filter + ")";
        loads.forEach((slot, load) -> {
            if (load != null && !reads.containsKey(load)) {
                reads.put(load, CompletableFuture.supplyAsync(() -> {
                    Map<String, FigureSections[]> byCode = new HashMap<>(1 << 19);
                    copy("copy (select code, " + FIGURES + " from figure_node where load_id = " + load + sameNodes + ") to stdout",
                            line -> byCode.put(line.text(), both(line)));
                    return byCode;
                }, POOL));
            }
        });
        try {
            CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new)).join();
            links.sort(Comparator.comparing(NodeLinks::code));
            HistoryBuilder builder = new HistoryBuilder(t, links);
            loads.forEach((slot, load) -> {
                if (load == null) {
                    return;
                }
                Map<String, FigureSections[]> byCode = reads.get(load).join();
                FigureSections[][] target = builder.slot(slot);
                for (int i = 0; i < links.size(); i++) {
                    FigureSections[] f = byCode.get(links.get(i).code());
                    if (f != null) {
                        target[i] = f;
                    }
                }
            });
            return new Population(t, links, builder.build(), exposures.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private List<ClientExposure> exposures(long load) {
        List<ClientExposure> out = new ArrayList<>();
        copy("copy (select filer_code, client_code, name, group_id, loan_balance, npl_balance from client_exposure where load_id = "
                + load + " order by filer_code, client_code) to stdout", line -> out.add(new ClientExposure(line.text(),
                        line.text(), unescape(line.text()), unescape(line.text()), line.amount(), line.amount())));
        return out;
    }

    /** Both bases of one line: [first reported, restated or null]. */
    private static FigureSections[] both(CopyLine line) {
        FigureSections first = sections(line);
        boolean restated = line.bool();
        FigureSections again = sections(line);
        return new FigureSections[] {first, restated ? again : null};
    }

    private static FigureSections sections(CopyLine line) {
        BigDecimal total = line.amount(), npl = line.amount(), cash = line.amount(), ytd = line.amount();
        BigDecimal ncTotal = line.amount(), ncNpa = line.amount(), ncLoss = line.amount();
        BigDecimal obsBalance = line.amount(), obsAdvances = line.amount();
        return new FigureSections(total == null ? null : new LoanFigures(total, npl, cash, ytd),
                ncTotal == null ? null : new NonCreditFigures(ncTotal, ncNpa, ncLoss),
                obsBalance == null ? null : new ObsFigures(obsBalance, obsAdvances));
    }

    private static PeerGroup group(String s) {
        return s == null ? null : PeerGroup.valueOf(s);
    }

    /** COPY text escapes (names may hold a backslash). */
    private static String unescape(String s) {
        if (s == null || s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Codes are [A-Z0-9-] (checked at intake), so a literal array needs no quoting beyond the braces. */
    private static String textArray(List<String> codes) {
        for (String c : codes) {
            if (!c.matches("[A-Z0-9-]{1,40}")) {
                throw new IllegalArgumentException("not a code: " + c);
            }
        }
        return "'{" + String.join(",", codes) + "}'::text[]";
    }

    private interface LineHandler {
        void line(CopyLine line);
    }

    private void copy(String sql, LineHandler handler) {
        try (Connection c = db.getConnection()) {
            CopyOut out = c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
            CopyLine line = new CopyLine();
            byte[] row;
            while ((row = out.readFromCopy()) != null) {
                handler.line(line.reset(row));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY out failed", e);
        }
    }
}
