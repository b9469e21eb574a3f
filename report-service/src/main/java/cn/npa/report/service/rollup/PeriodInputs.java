package cn.npa.report.service.rollup;

import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.ObligationStatus;
import cn.npa.report.repository.rollup.RollupInputsRepository;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a period's rollups are computed from, kept between recomputes and brought up to date by reading only the slots
 * and obligation statuses changed since the revision last read. This is safe because a feed transaction draws the
 * period's revision first, holding the period's row lock until it commits: transactions of one period commit in
 * revision order, so once revision R is visible, every change at or below R is too. Not thread-safe: callers lock it.
 */
final class PeriodInputs {

    /** A unit's filing slot on both bases: the events carrying its first and latest accepted versions. */
    record SlotPair(String submissionId, UUID firstEvent, int firstVersion, UUID latestEvent, int latestVersion) {

        UUID event(Basis basis) {
            return basis == Basis.AS_FIRST_REPORTED ? firstEvent : latestEvent;
        }

        int version(Basis basis) {
            return basis == Basis.AS_FIRST_REPORTED ? firstVersion : latestVersion;
        }
    }

    private final String period;
    private final List<String> reportTypes;
    private long revisionRead = -1;
    private final Map<String, SlotPair> slots = new HashMap<>();
    private final Map<String, ObligationStatus> obligations = new HashMap<>();
    private String previousStamp;
    private Map<String, BigDecimal> previousLoans = Map.of();

    PeriodInputs(String period, List<String> reportTypes) {
        this.period = period;
        this.reportTypes = reportTypes;
    }

    /**
     * Reads what changed since the last call (everything the first time), given the period's revision {@code now} read
     * before (the rollup's stamp); the previous period's loans only when its revision moved. Runs in the caller's
     * transaction; returns how many slots and statuses were read.
     */
    int refresh(RollupInputsRepository inputs, long now, String previousPeriod, long previousRevision) {
        int[] read = {0};
        inputs.slotChanges(period, reportTypes, revisionRead, (code, submission, first, firstVersion, latest, latestVersion) -> {
            slots.put(code, new SlotPair(submission, first, firstVersion, latest, latestVersion));
            read[0]++;
        });
        inputs.obligationChanges(period, reportTypes, revisionRead, (code, status) -> {
            obligations.put(code, status);
            read[0]++;
        });
        // rows written after `now` may be read too (committed meanwhile): they are read again next time, which changes nothing
        revisionRead = now;
        String stamp = previousPeriod + "@" + previousRevision;
        if (!stamp.equals(previousStamp)) {
            previousLoans = Map.copyOf(inputs.totalLoans(previousPeriod, reportTypes));
            previousStamp = stamp;
        }
        return read[0];
    }

    Map<String, SlotPair> slots() {
        return slots;
    }

    Map<String, ObligationStatus> obligations() {
        return obligations;
    }

    Map<String, BigDecimal> previousLoans() {
        return previousLoans;
    }
}
