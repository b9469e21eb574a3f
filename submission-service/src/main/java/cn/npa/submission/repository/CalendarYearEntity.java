package cn.npa.submission.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A year whose holiday schedule was loaded, as stored. */
@Entity
@Table(name = "calendar_year")
public class CalendarYearEntity {

    @Id
    @Column(name = "cal_year")
    public Integer year;
    @Column(name = "loaded_at")
    public OffsetDateTime loadedAt;
    @Column(name = "loaded_by")
    public String loadedBy;
}
