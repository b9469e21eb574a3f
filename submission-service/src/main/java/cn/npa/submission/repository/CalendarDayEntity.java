package cn.npa.submission.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One holiday or make-up workday, as stored. */
@Entity
@Table(name = "calendar_day")
public class CalendarDayEntity {

    @Id
    public LocalDate day;
    @Column(name = "cal_year")
    public Integer year;
    public String kind;
    public String name;
}
