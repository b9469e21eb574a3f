package cn.npa.indicator.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.indicator.config.AssessmentConfig;
import cn.npa.indicator.domain.ActiveFormula;
import cn.npa.indicator.domain.assessment.AssessmentEngine;
import cn.npa.indicator.domain.assessment.AssessmentResult;
import cn.npa.indicator.domain.assessment.AssessmentRun;
import cn.npa.indicator.domain.assessment.Fingerprint;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.Population;
import cn.npa.indicator.domain.assessment.Recomputation;
import cn.npa.indicator.domain.assessment.RunFormula;
import cn.npa.indicator.domain.assessment.InputLoad;
import cn.npa.indicator.domain.assessment.RunStatus;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.intake.FigureLoad;
import cn.npa.indicator.domain.keylist.Flag;
import cn.npa.indicator.domain.keylist.SupervisorFlag;
import cn.npa.indicator.domain.peer.NearestRankQuantileMethod;
import cn.npa.indicator.domain.peer.ProgressWeights;
import cn.npa.indicator.domain.peer.QuantileMethod;
import cn.npa.indicator.repository.FigureLoadRepository;
import cn.npa.indicator.repository.FlagRepository;
import cn.npa.indicator.repository.LoadReader;
import cn.npa.indicator.repository.NodeQueries;
import cn.npa.indicator.repository.RunRepository;
import cn.npa.indicator.repository.RunResults;
import cn.npa.indicator.repository.WeightsRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Assessment runs (domain §6–§7): a run of a period for a regulator reads the current figure version of each input
 * period, the regulator's formulas and weights and the K4 flags in force, computes everything in memory, and stores
 * its peer statistics, ranks and key lists with the ids of what it read. It is never changed afterwards: an amendment
 * (a new figure version) changes nothing in it, a new run reads the new version. Recomputing a run reads the same
 * stored inputs and must give the same fingerprints.
 *
 * <p>Runs are made on request ({@code POST /runs}), not on intake: an intake of one period says nothing about which
 * assessments should change (the next period's, last year's...), a regulator chooses its variants and weights and when
 * to publish, and an intake of 235,000 nodes should not wait for an assessment.
 */
@ApplicationScoped
public class RunService {

    private static final Logger LOG = Logger.getLogger(RunService.class);

    private final FigureLoadRepository loads;
    private final NodeQueries nodes;
    private final PopulationCache populations;
    private final LoadReader reader;
    private final RunRepository runs;
    private final FlagRepository flags;
    private final WeightsRepository weights;
    private final FormulaService formulas;
    private final AssessmentScope scope;
    private final ObjectMapper json;
    private final Clock clock;
    private final AssessmentConfig config;

    public RunService(FigureLoadRepository loads, NodeQueries nodes, PopulationCache populations, LoadReader reader, RunRepository runs, FlagRepository flags,
                      WeightsRepository weights, FormulaService formulas, AssessmentScope scope, ObjectMapper json, Clock clock,
                      AssessmentConfig config) {
        this.loads = loads;
        this.nodes = nodes;
        this.populations = populations;
        this.reader = reader;
        this.runs = runs;
        this.flags = flags;
        this.weights = weights;
        this.formulas = formulas;
        this.scope = scope;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    /** What a new run reads, decided in one short transaction. */
    private record Plan(Period period, String regulator, Map<InputSlot, InputLoad> inputs, List<RunFormula> formulas,
                        ProgressWeights weights, List<Flag> flags, OffsetDateTime at, List<String> filter) {
    }

    /** Computes and stores a run of a period for a regulator (default: the national regulator). */
    public AssessmentRun create(String periodText, String regulatorCode, Caller caller) {
        Period t = Params.period(periodText, "$.period");
        String regulator = regulatorCode == null || regulatorCode.isBlank() ? config.nationalRegulator() : regulatorCode;
        if (!regulator.matches("[A-Z0-9-]{2,40}")) {
            throw ProblemException.invalid("Unknown regulator.", List.of(new FieldError(RuleId.RUN, "$.regulatorCode",
                    "a regulator code is 2 to 40 characters from A-Z, 0-9 and -")));
        }
        Plan plan = QuarkusTransaction.requiringNew().call(() -> plan(t, regulator));
        long start = System.nanoTime();
        Population pop = populations.population(t, RunInputs.loadIds(plan.inputs()), plan.filter());
        long read = System.nanoTime();
        Set<FormulaId> set = formulaIds(plan.formulas());
        List<SupervisorFlag> inForce = plan.flags().stream().map(Flag::toSupervisorFlag).toList();
        AssessmentResult result = AssessmentEngine.run(pop, regulator, set, QuantileMethod.DEFAULT, inForce);
        long computed = System.nanoTime();
        RunResults stored = RunResults.of(result, pop.nodes(), json);
        int millis = (int) ((System.nanoTime() - start) / 1_000_000);
        LOG.infof("run of %s for %s: read %d ms, compute %d ms, results serialised %d ms (%d KB)", t, regulator, (read - start) / 1_000_000,
                (computed - read) / 1_000_000, (System.nanoTime() - computed) / 1_000_000, stored.bytes() / 1024);
        AssessmentRun run = new AssessmentRun(0, t.toString(), regulator, RunStatus.COMPUTED, plan.inputs(), plan.formulas(),
                plan.weights(), QuantileMethod.DEFAULT.name(), plan.at(), result.classes(), result.scope().size(), result.valueCount(),
                Fingerprint.hex(result.fingerprint()), stored.sha256(), millis, plan.at(), caller.subject(), null, null);
        long storing = System.nanoTime();
        long id = QuarkusTransaction.requiringNew().call(() -> runs.insert(run, plan.flags().stream().map(Flag::id).toList(), stored));
        LOG.infof("run %d stored in %d ms", id, (System.nanoTime() - storing) / 1_000_000);
        LOG.infof("assessment run %d of %s for %s: %d nodes, %d values, %d peer statistics, %d key lists, computed in %d ms", id, t,
                regulator, result.scope().size(), result.valueCount(), result.peerStatistics().size(), result.keyLists().size(), millis);
        return QuarkusTransaction.requiringNew().call(() -> runs.find(id).orElseThrow());
    }

    private Plan plan(Period t, String regulator) {
        FigureLoad current = loads.current(t.toString()).orElseThrow(() -> ProblemException.invalid("No figures for " + t + ".",
                List.of(new FieldError(RuleId.RUN, "$.period", "no figures of " + t + " were received; send them to /api/v1/figures first"))));
        boolean isRegulator = nodes.node(current.id(), regulator).map(n -> n.kind().isRegulator()).orElse(false);
        if (!isRegulator) {
            if (scope.caller().is(Roles.BUREAU)) {
                throw ProblemException.forbidden("A bureau runs assessments of itself and the regulators below it.");
            }
            throw ProblemException.invalid("Unknown regulator.", List.of(new FieldError(RuleId.RUN, "$.regulatorCode",
                    "'" + regulator + "' is no regulator in the figures of " + t)));
        }
        if (!scope.mayActFor(current.id(), regulator)) {
            throw ProblemException.forbidden("A bureau runs assessments of itself and the regulators below it.");
        }
        Map<InputSlot, InputLoad> inputs = RunInputs.of(t, current, loads);
        List<RunFormula> chosen = new ArrayList<>();
        for (ActiveFormula a : formulas.active(regulator)) {
            FormulaId def = FormulaId.ofId(a.indicator());
            chosen.add(new RunFormula(a.indicator(), def.id(), def.version(), false));
            if (!a.formula().id().equals(def.id())) {
                chosen.add(new RunFormula(a.indicator(), a.formula().id(), a.formula().version(), true));
            }
        }
        ProgressWeights w = weights.find(regulator).orElse(ProgressWeights.equal(regulator));
        OffsetDateTime at = OffsetDateTime.now(clock);
        List<String> filter = regulator.equals(config.nationalRegulator()) ? null : scope.regulatorsUnder(current.id(), regulator);
        return new Plan(t, regulator, inputs, chosen, w, flags.inForceAt(at), at, filter);
    }

    /** Computes a run again from its stored inputs and compares. Nothing is stored. */
    public Recomputation recompute(long id) {
        AssessmentRun run = QuarkusTransaction.requiringNew().call(() -> visible(id));
        List<SupervisorFlag> inForce = QuarkusTransaction.requiringNew().call(() -> flags.byIds(runs.flagIds(id))).stream()
                .map(Flag::toSupervisorFlag).toList();
        List<String> filter = run.regulatorCode().equals(config.nationalRegulator()) ? null
                : QuarkusTransaction.requiringNew().call(() -> scope.regulatorsUnder(run.loads().get(InputSlot.CURRENT), run.regulatorCode()));
        long start = System.nanoTime();
        Period t = Period.parse(run.period());
        // Read from storage, not the populations kept in memory: a recompute checks that the stored inputs give the run.
        Population pop = reader.population(t, run.loads(), filter);
        AssessmentResult result = AssessmentEngine.run(pop, run.regulatorCode(), formulaIds(run.formulas()), method(run.quantileMethod()),
                inForce);
        RunResults again = RunResults.of(result, pop.nodes(), json);
        return new Recomputation(id, run.fingerprint(), Fingerprint.hex(result.fingerprint()), run.resultsSha256(), again.sha256(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Transactional
    public AssessmentRun publish(long id, Caller caller) {
        AssessmentRun run = visible(id);
        if (!scope.mayActFor(run.loads().get(InputSlot.CURRENT), run.regulatorCode())) {
            throw ProblemException.forbidden("A bureau publishes its own runs (and those of the regulators below it).");
        }
        runs.publish(id, caller.subject(), OffsetDateTime.now(clock));
        return runs.find(id).orElseThrow();
    }

    @Transactional
    public AssessmentRun find(long id) {
        return visible(id);
    }

    /** Runs the caller may see, newest first. */
    @Transactional
    public List<AssessmentRun> page(String period, int offset, int limit) {
        return runs.page(period, visibleRegulators(), offset, limit);
    }

    @Transactional
    public long count(String period) {
        return runs.count(period, visibleRegulators());
    }

    /**
     * A run the caller may see: the CBRC and services any; a bureau the national runs, its own and those below it; a bank
     * any run's results about its own units and its peer group (the node scope narrows every read; banks cannot list or
     * change runs).
     */
    AssessmentRun visible(long id) {
        AssessmentRun run = runs.find(id).orElseThrow(() -> ProblemException.notFound("No assessment run " + id + "."));
        if (scope.caller().readsAll() || scope.caller().is(Roles.BANK) || run.regulatorCode().equals(config.nationalRegulator())) {
            return run;
        }
        if (scope.caller().is(Roles.BUREAU) && scope.mayActFor(run.loads().get(InputSlot.CURRENT), run.regulatorCode())) {
            return run;
        }
        throw ProblemException.notFound("No assessment run " + id + ".");
    }

    private List<String> visibleRegulators() {
        if (scope.caller().readsAll()) {
            return null;
        }
        List<String> out = new ArrayList<>(List.of(config.nationalRegulator()));
        loads.latest().ifPresent(l -> out.addAll(scope.regulatorsUnder(l.id(), scope.caller().institution() == null ? "" : scope.caller().institution())));
        return out;
    }

    static Set<FormulaId> formulaIds(List<RunFormula> formulas) {
        Set<FormulaId> set = EnumSet.noneOf(FormulaId.class);
        formulas.forEach(f -> set.add(FormulaId.ofId(f.formulaId())));
        return set;
    }

    private static QuantileMethod method(String name) {
        NearestRankQuantileMethod nearest = new NearestRankQuantileMethod();
        return nearest.name().equals(name) ? nearest : QuantileMethod.DEFAULT;
    }
}
