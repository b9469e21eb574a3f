package cn.npa.indicator.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registered indicator formula, as stored. */
@Entity
@Table(name = "formula")
public class FormulaEntity {
    @Id
    public String id;
    public String indicator;
    public int version;
    public String name;
    public String article;
    public String definition;
    @Column(name = "is_default")
    public boolean isDefault;
    @Column(name = "asset_classes")
    public String assetClasses;
}
