package cn.npa.indicator.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.indicator.domain.ActiveFormula;
import cn.npa.indicator.domain.Formula;
import cn.npa.indicator.repository.FormulaChoiceEntity;
import cn.npa.indicator.repository.FormulaEntity;
import cn.npa.indicator.repository.FormulaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The formula registry: lists formulas and keeps each regulator's choice of variant (domain spec section 6). */
@ApplicationScoped
public class FormulaService {

    private final FormulaRepository formulas;
    private final Clock clock;

    public FormulaService(FormulaRepository formulas, Clock clock) {
        this.clock = clock;
        this.formulas = formulas;
    }

    @Transactional
    public List<Formula> all() {
        return formulas.all().stream().map(FormulaService::toDomain).toList();
    }

    /** For each indicator, the formula in force at a regulator: its choice, or the default. */
    @Transactional
    public List<ActiveFormula> active(String regulatorCode) {
        Map<String, FormulaChoiceEntity> chosen = formulas.choices(regulatorCode).stream()
                .collect(Collectors.toMap(c -> c.key.indicator(), Function.identity()));
        Map<String, FormulaEntity> byId = formulas.all().stream().collect(Collectors.toMap(f -> f.id, Function.identity()));
        return formulas.all().stream().filter(f -> f.isDefault).map(def -> {
            FormulaChoiceEntity c = chosen.get(def.indicator);
            FormulaEntity f = c == null ? def : byId.get(c.formulaId);
            return new ActiveFormula(def.indicator, toDomain(f), c != null, c == null ? null : c.chosenBy);
        }).toList();
    }

    /** Records a regulator's choice of variant for an indicator. */
    @Transactional
    public ActiveFormula choose(String regulatorCode, String indicator, String formulaId, String chosenBy) {
        FormulaEntity formula = formulas.findByIdOptional(formulaId).orElseThrow(() -> ProblemException.invalid(
                "Unknown formula.", List.of(new FieldError(RuleId.FORMULA, "$.formulaId", "no formula '" + formulaId + "' is registered"))));
        if (!formula.indicator.equals(indicator)) {
            throw ProblemException.invalid("The formula computes another indicator.", List.of(new FieldError(RuleId.FORMULA, "$.formulaId",
                    "formula '" + formulaId + "' computes " + formula.indicator + ", not " + indicator)));
        }
        FormulaChoiceEntity choice = new FormulaChoiceEntity();
        choice.key = new FormulaChoiceEntity.Key(regulatorCode, indicator);
        choice.formulaId = formulaId;
        choice.chosenBy = chosenBy;
        choice.chosenAt = OffsetDateTime.now(clock);
        formulas.save(choice);
        return new ActiveFormula(indicator, toDomain(formula), true, chosenBy);
    }

    private static Formula toDomain(FormulaEntity e) {
        return new Formula(e.id, e.indicator, e.version, e.name, e.article, e.definition, e.isDefault,
                List.of(e.assetClasses.split(",")));
    }
}
