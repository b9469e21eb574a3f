package cn.npa.indicator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of figures intake and assessment runs ({@code npa.assessment.*}). */
@ConfigMapping(prefix = "npa.assessment")
public interface AssessmentConfig {

    /** The code of the national regulator in the figures: reads without a regulator use its runs. */
    @WithDefault("CBRC")
    String nationalRegulator();

    /** Intakes with more nodes than this refresh the planner's statistics at once (as the register import does). */
    @WithDefault("1000")
    int analyzeAfterNodes();

    /**
     * Nodes of run populations kept in memory between runs (PopulationCache): the default holds one national population
     * (about 235,000 nodes, 400 MB of heap) and a bureau's beside it; 0 reads every run's population afresh.
     */
    @WithDefault("300000")
    int populationCacheNodes();

    /** Whether the national population of the latest period is read into memory right after its intake (PopulationWarmer). */
    @WithDefault("true")
    boolean prepareAfterIntake();
}
