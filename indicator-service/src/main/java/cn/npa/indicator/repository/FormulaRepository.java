package cn.npa.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Queries over the formula registry and the regulators' choices. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FormulaRepository implements PanacheRepositoryBase<FormulaEntity, String> {

    public List<FormulaEntity> all() {
        return list("order by indicator, isDefault desc, id");
    }

    public List<FormulaChoiceEntity> choices(String regulatorCode) {
        return getEntityManager().createQuery("from FormulaChoiceEntity c where c.key.regulatorCode = ?1", FormulaChoiceEntity.class)
                .setParameter(1, regulatorCode).getResultList();
    }

    public FormulaChoiceEntity choice(String regulatorCode, String indicator) {
        return getEntityManager().find(FormulaChoiceEntity.class, new FormulaChoiceEntity.Key(regulatorCode, indicator));
    }

    public void save(FormulaChoiceEntity choice) {
        getEntityManager().merge(choice);
    }
}
