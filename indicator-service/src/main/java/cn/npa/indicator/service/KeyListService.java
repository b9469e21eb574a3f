package cn.npa.indicator.service;

import cn.npa.common.problem.ProblemException;
import cn.npa.indicator.config.AssessmentConfig;
import cn.npa.indicator.domain.assessment.AssessmentRun;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.Jurisdictions;
import cn.npa.indicator.domain.assessment.KeyList;
import cn.npa.indicator.domain.assessment.KeyLists;
import cn.npa.indicator.domain.assessment.Level;
import cn.npa.indicator.domain.assessment.Population;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.keylist.Flag;
import cn.npa.indicator.domain.keylist.SupervisorFlag;
import cn.npa.indicator.repository.FlagRepository;
import cn.npa.indicator.repository.RunRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * K1–K7 of a regulator's jurisdiction for a period (domain §7): at the default level the list a run stored; at another
 * level of the bank tree computed on request from the run's inputs and the flags that were in force for it, so the
 * answer is that run's too.
 */
@ApplicationScoped
public class KeyListService {

    private final RunRepository runs;
    private final RunService runService;
    private final AssessmentScope scope;
    private final FlagRepository flags;
    private final PopulationCache populations;
    private final AssessmentConfig config;

    public KeyListService(RunRepository runs, RunService runService, AssessmentScope scope, FlagRepository flags, PopulationCache populations,
                          AssessmentConfig config) {
        this.runs = runs;
        this.runService = runService;
        this.scope = scope;
        this.flags = flags;
        this.populations = populations;
        this.config = config;
    }

    /** The run and the key list: the run named, or the latest run of the period holding the regulator's list. */
    public record Answer(AssessmentRun run, KeyList list) {
    }

    public Answer keyList(String regulator, String periodText, Long runId, Level level) {
        Period p = Params.period(periodText, "period");
        Level l = level == null ? Level.DEFAULT : level;
        AssessmentRun run = QuarkusTransaction.requiringNew().call(() -> {
            AssessmentRun r = runId != null ? runService.visible(runId) : runs.latestWithKeyList(p.toString(), regulator)
                    .or(() -> runs.latest(p.toString(), config.nationalRegulator()).map(AssessmentRun::id))
                    .map(runService::visible)
                    .orElseThrow(() -> ProblemException.notFound("No assessment run of " + p + " holds key lists of '" + regulator + "'."));
            if (!r.period().equals(p.toString())) {
                throw ProblemException.notFound("Assessment run " + r.id() + " is not of " + p + ".");
            }
            scope.requireRegulator(r.loads().get(InputSlot.CURRENT), regulator, "key list");
            return r;
        });
        Optional<KeyList> stored = QuarkusTransaction.requiringNew().call(() -> runs.keyList(run.id(), regulator, l));
        if (stored.isPresent()) {
            return new Answer(run, stored.get());
        }
        List<String> regulators = QuarkusTransaction.requiringNew().call(() -> scope.regulatorsUnder(run.loads().get(InputSlot.CURRENT), regulator));
        if (regulators.isEmpty()) {
            throw ProblemException.notFound("No key list of regulator '" + regulator + "'.");
        }
        List<SupervisorFlag> inForce = QuarkusTransaction.requiringNew().call(() -> flags.byIds(runs.flagIds(run.id()))).stream()
                .map(Flag::toSupervisorFlag).toList();
        Population pop = populations.population(Period.parse(run.period()), run.loads(),
                regulator.equals(config.nationalRegulator()) ? null : regulators);
        KeyLists lists = new KeyLists(new Jurisdictions(pop.nodes()), pop.histories(Basis.RESTATED), pop.exposures(), inForce);
        return new Answer(run, lists.of(regulator, l));
    }
}
