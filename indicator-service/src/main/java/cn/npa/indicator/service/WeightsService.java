package cn.npa.indicator.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.peer.ProgressWeights;
import cn.npa.indicator.repository.WeightsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each regulator's progress-degree weights (Art. 12, 14): read and set by the regulator itself or the CBRC; default equal. */
@ApplicationScoped
public class WeightsService {

    private static final BigDecimal MAX = new BigDecimal("1000");

    private final WeightsRepository weights;
    private final Clock clock;

    public WeightsService(WeightsRepository weights, Clock clock) {
        this.weights = weights;
        this.clock = clock;
    }

    /** The weights in force and whether they are the default. */
    public record InForce(ProgressWeights weights, boolean isDefault) {
    }

    @Transactional
    public InForce get(String regulator, Caller caller) {
        own(regulator, caller);
        return weights.find(regulator).map(w -> new InForce(w, false)).orElse(new InForce(ProgressWeights.equal(regulator), true));
    }

    /** Sets the weights from indicator ids to numbers: every one of I1, I2, I4, I7, each 0 to 1000, not all 0. */
    @Transactional
    public InForce set(String regulator, Map<String, BigDecimal> given, Caller caller) {
        own(regulator, caller);
        List<FieldError> errors = new ArrayList<>();
        Map<FormulaId, BigDecimal> w = new EnumMap<>(FormulaId.class);
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            FormulaId f = ProgressWeights.INDICATORS.stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElse(null);
            if (f == null) {
                errors.add(new FieldError(RuleId.WEIGHTS, "$." + e.getKey(), "weights are given for I1, I2, I4 and I7 only"));
            } else if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().compareTo(MAX) > 0 || e.getValue().scale() > 4) {
                errors.add(new FieldError(RuleId.WEIGHTS, "$." + e.getKey(), "a weight is a number from 0 to 1000 with at most 4 fraction digits"));
            } else {
                w.put(f, e.getValue());
            }
        }
        for (FormulaId f : ProgressWeights.INDICATORS) {
            if (!given.containsKey(f.id())) {
                errors.add(new FieldError(RuleId.WEIGHTS, "$." + f.id(), "the weight of " + f.id() + " is required"));
            }
        }
        if (errors.isEmpty() && w.values().stream().allMatch(v -> v.signum() == 0)) {
            errors.add(new FieldError(RuleId.WEIGHTS, "$", "at least one weight must be above 0"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The weights break " + errors.size() + " rule(s); nothing was stored.", errors);
        }
        ProgressWeights pw = new ProgressWeights(regulator, w);
        weights.save(pw, caller.subject(), OffsetDateTime.now(clock));
        return new InForce(pw, false);
    }

    private static void own(String regulator, Caller caller) {
        if (!caller.is(Roles.CBRC) && !caller.is(Roles.SERVICE) && !regulator.equals(caller.institution())) {
            throw ProblemException.forbidden("A bureau manages only its own progress weights.");
        }
    }
}
