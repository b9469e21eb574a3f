package cn.npa.indicator.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.indicator.domain.assessment.AssessmentRun;
import cn.npa.indicator.domain.assessment.Column;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.KeyList;
import cn.npa.indicator.domain.assessment.Level;
import cn.npa.indicator.domain.assessment.PeerSummary;
import cn.npa.indicator.domain.assessment.RankSet;
import cn.npa.indicator.domain.assessment.RunFormula;
import cn.npa.indicator.domain.assessment.InputLoad;
import cn.npa.indicator.domain.assessment.RunStatus;
import cn.npa.indicator.domain.assessment.Universe;
import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import cn.npa.indicator.domain.peer.ProgressWeights;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Assessment runs: their inputs, formulas and fingerprints, and their stored results (peer statistics, ranks, key lists). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RunRepository {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RunRepository.class);

    private static final String RUN_COLUMNS = "id, period, regulator_code, status, formulas::text as formulas, weights::text as weights,"
            + " quantile_method, flags_as_of, classes, node_count, value_count, fingerprint, results_sha256, compute_millis, created_at,"
            + " created_by, published_at, published_by";

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public RunRepository(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Everything a new run stores; returns its id. */
    public long insert(AssessmentRun run, List<Long> flagIds, RunResults results) {
        long start = System.nanoTime();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        ProgressWeights.INDICATORS.forEach(f -> weights.put(f.id(), run.weights().weight(f)));
        long id = jdbc.one("insert into assessment_run (period, regulator_code, status, formulas, weights, quantile_method, flags_as_of,"
                        + " classes, node_count, value_count, fingerprint, results_sha256, compute_millis, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", rs -> rs.getLong(1),
                run.period(), run.regulatorCode(), run.status().name(), new Jdbc.JsonText(RunResults.write(json, run.formulas())),
                new Jdbc.JsonText(RunResults.write(json, weights)), run.quantileMethod(), run.flagsAsOf(),
                run.classes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")), run.nodeCount(), run.valueCount(),
                run.fingerprint(), run.resultsSha256(), run.computeMillis(), run.createdAt(), run.createdBy()).orElseThrow();
        jdbc.batch("insert into run_input (run_id, slot, period, load_id, figure_version) values (?, ?, ?, ?, ?)",
                run.inputs().values().stream().map(i -> new Object[] {id, i.slot().name(), i.period(), i.loadId(), i.figureVersion()}).toList());
        jdbc.batch("insert into run_flag (run_id, flag_id) values (?, ?)", flagIds.stream().map(f -> new Object[] {id, f}).toList());
        List<Object[]> stats = new ArrayList<>();
        for (int k = 0; k < results.peer.size(); k++) {
            PeerSummary s = results.peer.get(k);
            IndicatorValue a = s.aggregate();
            stats.add(new Object[] {id, s.basis().name(), s.universe().group().name(), s.universe().kind().name(),
                s.column().formula().id(), s.column().assetClass().name(), base(s.column().base()), s.memberCount(), s.observationCount(),
                a == null ? null : a.value(), a == null || a.reason() == null ? null : a.reason().name(),
                new Jdbc.JsonText(results.peerBodies.get(k))});
        }
        jdbc.batch("insert into run_peer_stat (run_id, basis, peer_group, kind, formula_id, asset_class, comparison_base, member_count,"
                + " observation_count, aggregate_value, aggregate_reason, body) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stats);
        long statsDone = System.nanoTime();
        List<Object[]> rankRows = new ArrayList<>();
        for (int k = 0; k < results.rankSets.size(); k++) {
            RankSet set = results.rankSets.get(k);
            rankRows.add(new Object[] {id, set.universe().group().name(), set.universe().kind().name(), set.codes().size(),
                results.rankCodes.get(k), results.rankBytes.get(k)});
        }
        jdbc.batch("insert into run_rank (run_id, peer_group, kind, member_count, codes, ranks) values (?, ?, ?, ?, ?, ?)", rankRows);
        long ranksDone = System.nanoTime();
        List<Object[]> lists = new ArrayList<>();
        for (int k = 0; k < results.keyLists.size(); k++) {
            KeyList l = results.keyLists.get(k);
            lists.add(new Object[] {id, l.regulatorCode(), l.level().name(), l.unitsConsidered(), results.keyListBodies.get(k)});
        }
        jdbc.batch("insert into run_key_list (run_id, regulator_code, level, units_considered, body) values (?, ?, ?, ?, ?)", lists);
        LOG.debugf("run %d: run row and peer statistics %d ms, ranks %d ms, key lists %d ms", id, (statsDone - start) / 1_000_000,
                (ranksDone - statsDone) / 1_000_000, (System.nanoTime() - ranksDone) / 1_000_000);
        return id;
    }

    public Optional<AssessmentRun> find(long id) {
        return jdbc.one("select " + RUN_COLUMNS + " from assessment_run where id = ?", this::run, id).map(this::withInputs);
    }

    /** The latest run of a period by a regulator. */
    public Optional<AssessmentRun> latest(String period, String regulator) {
        return jdbc.one("select " + RUN_COLUMNS + " from assessment_run where period = ? and regulator_code = ? order by id desc limit 1",
                this::run, period, regulator).map(this::withInputs);
    }

    /** Runs, newest first, optionally of one period and of the given regulators only (null: any). */
    public List<AssessmentRun> page(String period, List<String> regulators, int offset, int limit) {
        return jdbc.list("select " + RUN_COLUMNS + " from assessment_run where (?::text is null or period = ?)"
                + " and (?::text[] is null or regulator_code = any(?)) order by id desc limit ? offset ?", this::run,
                period, period, array(regulators), array(regulators), limit, offset).stream().map(this::withInputs).toList();
    }

    public long count(String period, List<String> regulators) {
        return jdbc.count("select count(*) from assessment_run where (?::text is null or period = ?)"
                + " and (?::text[] is null or regulator_code = any(?))", period, period, array(regulators), array(regulators));
    }

    public void publish(long id, String by, OffsetDateTime at) {
        jdbc.update("update assessment_run set status = 'PUBLISHED', published_by = ?, published_at = ? where id = ? and status = 'COMPUTED'",
                by, at, id);
    }

    public List<Long> flagIds(long runId) {
        return jdbc.list("select flag_id from run_flag where run_id = ? order by flag_id", rs -> rs.getLong(1), runId);
    }

    /** Peer statistics of a run; each filter may be null (any). */
    public List<PeerSummary> peerStats(long runId, Basis basis, PeerGroup group, InstitutionKind kind, FormulaId formula,
                                          AssetClass assetClass, ComparisonBase base, int offset, int limit) {
        return jdbc.list("select * , body::text as body_text from run_peer_stat where run_id = ? and (?::text is null or basis = ?)"
                        + " and (?::text is null or peer_group = ?) and (?::text is null or kind = ?) and (?::text is null or formula_id = ?)"
                        + " and (?::text is null or asset_class = ?) and (?::text is null or comparison_base = ?)"
                        + " order by basis, peer_group, kind, asset_class, formula_id, comparison_base limit ? offset ?", this::peerStat,
                runId, name(basis), name(basis), name(group), name(group), name(kind), name(kind), formula == null ? null : formula.id(),
                formula == null ? null : formula.id(), name(assetClass), name(assetClass), base == null ? null : base(base),
                base == null ? null : base(base), limit, offset);
    }

    public long countPeerStats(long runId, Basis basis, PeerGroup group, InstitutionKind kind, FormulaId formula, AssetClass assetClass,
                               ComparisonBase base) {
        return jdbc.count("select count(*) from run_peer_stat where run_id = ? and (?::text is null or basis = ?)"
                        + " and (?::text is null or peer_group = ?) and (?::text is null or kind = ?) and (?::text is null or formula_id = ?)"
                        + " and (?::text is null or asset_class = ?) and (?::text is null or comparison_base = ?)",
                runId, name(basis), name(basis), name(group), name(group), name(kind), name(kind), formula == null ? null : formula.id(),
                formula == null ? null : formula.id(), name(assetClass), name(assetClass), base == null ? null : base(base),
                base == null ? null : base(base));
    }

    /** The I2 and I4 aggregates (and the rank counts) of the given universes: what reading a unit's sheet needs. */
    public List<PeerSummary> comparisons(long runId, List<Universe> universes) {
        if (universes.isEmpty()) {
            return List.of();
        }
        List<String> keys = universes.stream().map(u -> u.group() + "/" + u.kind()).distinct().toList();
        return jdbc.list("select *, body::text as body_text from run_peer_stat where run_id = ? and formula_id in ('I1', 'I2', 'I4', 'I7')"
                + " and peer_group || '/' || kind = any(?)", this::peerStat, runId, new Jdbc.TextArray(keys));
    }

    /** The ranks of a run's universe, or none when the run ranked no unit there. */
    public Optional<RankSet> rankSet(long runId, Universe u) {
        return jdbc.one("select codes, ranks from run_rank where run_id = ? and peer_group = ? and kind = ?", rs -> {
            String codes = rs.getString("codes");
            return new RankSet(u, codes.isEmpty() ? List.of() : List.of(codes.split("\n")), RankSet.ints(rs.getBytes("ranks")));
        }, runId, u.group().name(), u.kind().name());
    }

    public Optional<KeyList> keyList(long runId, String regulator, Level level) {
        return jdbc.one("select units_considered, body from run_key_list where run_id = ? and regulator_code = ? and level = ?",
                rs -> {
                    RunResults.KeyListBody b = read(rs.getString("body"), new TypeReference<>() { });
                    return new KeyList(regulator, level, b.unitsConsidered(), b.institutions(), b.clients());
                }, runId, regulator, level.name());
    }

    /** The latest run of a period holding the key list of a regulator at the default level, the regulator's own first. */
    public Optional<Long> latestWithKeyList(String period, String regulator) {
        return jdbc.one("select r.id from assessment_run r join run_key_list k on k.run_id = r.id where r.period = ?"
                + " and k.regulator_code = ? and k.level = 'DEFAULT' order by (r.regulator_code = ?) desc, r.id desc limit 1",
                rs -> rs.getLong(1), period, regulator, regulator);
    }

    private PeerSummary peerStat(ResultSet rs) throws SQLException {
        FormulaId f = FormulaId.ofId(rs.getString("formula_id"));
        AssetClass c = AssetClass.valueOf(rs.getString("asset_class"));
        String b = rs.getString("comparison_base");
        ComparisonBase base = b.isEmpty() ? null : ComparisonBase.valueOf(b);
        IndicatorValue aggregate = null;
        BigDecimal value = rs.getBigDecimal("aggregate_value");
        String reason = rs.getString("aggregate_reason");
        if (value != null || reason != null) {
            aggregate = new IndicatorValue(f, c, base, value, reason == null ? null : UndefinedReason.valueOf(reason));
        }
        RunResults.PeerBody body = read(rs.getString("body_text"), new TypeReference<>() { });
        return new PeerSummary(Basis.valueOf(rs.getString("basis")), new Universe(PeerGroup.valueOf(rs.getString("peer_group")),
                InstitutionKind.valueOf(rs.getString("kind"))), new Column(f, c, base), body.quantileMethod(), rs.getInt("member_count"),
                rs.getInt("observation_count"), aggregate, body.aggregateUnits(), body.trimmedPerEnd(), body.trimmedUnits(), body.median(),
                body.percentiles(), body.warnings(), body.withoutValue());
    }

    private AssessmentRun run(ResultSet rs) throws SQLException {
        List<RunFormula> formulas = read(rs.getString("formulas"), new TypeReference<>() { });
        Map<String, BigDecimal> w = read(rs.getString("weights"), new TypeReference<>() { });
        Map<FormulaId, BigDecimal> weights = new EnumMap<>(FormulaId.class);
        w.forEach((k, v) -> weights.put(FormulaId.ofId(k), v));
        String classes = rs.getString("classes");
        Set<AssetClass> cls = EnumSet.noneOf(AssetClass.class);
        if (!classes.isEmpty()) {
            Arrays.stream(classes.split(",")).map(AssetClass::valueOf).forEach(cls::add);
        }
        return new AssessmentRun(rs.getLong("id"), rs.getString("period"), rs.getString("regulator_code"),
                RunStatus.valueOf(rs.getString("status")), Map.of(), formulas, new ProgressWeights(rs.getString("regulator_code"), weights),
                rs.getString("quantile_method"), Jdbc.time(rs, "flags_as_of"), cls, rs.getInt("node_count"), rs.getLong("value_count"),
                rs.getString("fingerprint"), rs.getString("results_sha256"), rs.getInt("compute_millis"), Jdbc.time(rs, "created_at"),
                rs.getString("created_by"), Jdbc.time(rs, "published_at"), rs.getString("published_by"));
    }

    private AssessmentRun withInputs(AssessmentRun r) {
        Map<InputSlot, InputLoad> inputs = new EnumMap<>(InputSlot.class);
        jdbc.list("select slot, period, load_id, figure_version from run_input where run_id = ?", rs -> {
            InputSlot s = InputSlot.valueOf(rs.getString("slot"));
            inputs.put(s, new InputLoad(s, rs.getString("period"), rs.getLong("load_id"), rs.getInt("figure_version")));
            return 1;
        }, r.id());
        return new AssessmentRun(r.id(), r.period(), r.regulatorCode(), r.status(), inputs, r.formulas(), r.weights(), r.quantileMethod(),
                r.flagsAsOf(), r.classes(), r.nodeCount(), r.valueCount(), r.fingerprint(), r.resultsSha256(), r.computeMillis(),
                r.createdAt(), r.createdBy(), r.publishedAt(), r.publishedBy());
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored run result cannot be read", e);
        }
    }

    private static String base(ComparisonBase b) {
        return b == null ? "" : b.name();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Jdbc.TextArray array(List<String> codes) {
        return codes == null ? null : new Jdbc.TextArray(codes);
    }
}
