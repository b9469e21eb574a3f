package cn.npa.indicator.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A regulator's chosen variant for one indicator, as stored. */
@Entity
@Table(name = "formula_choice")
public class FormulaChoiceEntity {

    @EmbeddedId
    public Key key;
    @Column(name = "formula_id")
    public String formulaId;
    @Column(name = "chosen_by")
    public String chosenBy;
    @Column(name = "chosen_at")
    public OffsetDateTime chosenAt;

    /** Regulator and indicator. */
    @Embeddable
    public record Key(@Column(name = "regulator_code") String regulatorCode, @Column(name = "indicator") String indicator)
            implements Serializable {
    }
}
