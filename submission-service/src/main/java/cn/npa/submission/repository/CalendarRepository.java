package cn.npa.submission.repository;

import cn.npa.submission.domain.deadline.CalendarDay;
import cn.npa.submission.domain.deadline.CalendarYear;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and replaces the loaded holiday schedules (calendar_year and calendar_day). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CalendarRepository implements PanacheRepositoryBase<CalendarDayEntity, LocalDate> {

    /** The years loaded between two years inclusive, each with its days. */
    public List<CalendarYear> years(int from, int to) {
        List<Integer> loaded = getEntityManager()
                .createQuery("select y.year from CalendarYearEntity y where y.year between ?1 and ?2", Integer.class)
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<Integer, List<CalendarDay>> days = list("year between ?1 and ?2 order by day", from, to).stream()
                .collect(Collectors.groupingBy(e -> e.year, Collectors.mapping(CalendarRepository::toDomain, Collectors.toList())));
        return loaded.stream().sorted().map(y -> new CalendarYear(y, days.getOrDefault(y, List.of()))).toList();
    }

    public Optional<CalendarYear> year(int year) {
        return years(year, year).stream().findFirst();
    }

    /** When and by whom a year was last loaded. */
    public Optional<CalendarYearEntity> header(int year) {
        return Optional.ofNullable(getEntityManager().find(CalendarYearEntity.class, year));
    }

    /**
     * Replaces a year's days. The upsert of the year row locks it, so two concurrent replacements of one year
     * run one after the other instead of colliding on the days' keys.
     */
    public void replace(CalendarYear year, String loadedBy, OffsetDateTime loadedAt) {
        getEntityManager().createNativeQuery("insert into calendar_year (cal_year, loaded_at, loaded_by) values (?1, ?2, ?3) "
                        + "on conflict (cal_year) do update set loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by")
                .setParameter(1, year.year()).setParameter(2, loadedAt).setParameter(3, loadedBy).executeUpdate();
        delete("year", year.year());
        for (CalendarDay day : year.days()) {
            CalendarDayEntity e = new CalendarDayEntity();
            e.day = day.date();
            e.year = year.year();
            e.kind = day.kind().name();
            e.name = day.name();
            persist(e);
        }
        flush();
        getEntityManager().clear();
    }

    static CalendarDay toDomain(CalendarDayEntity e) {
        return new CalendarDay(e.day, CalendarDay.Kind.valueOf(e.kind), e.name);
    }
}
