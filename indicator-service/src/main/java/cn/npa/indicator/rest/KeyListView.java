package cn.npa.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.indicator.domain.assessment.AssessmentRun;
import cn.npa.indicator.domain.assessment.KeyList;
import cn.npa.indicator.domain.keylist.Figure;
import cn.npa.indicator.domain.keylist.KeyClient;
import cn.npa.indicator.domain.keylist.KeyEvidence;
import cn.npa.indicator.domain.keylist.KeyInstitution;
import cn.npa.indicator.domain.keylist.KeyRule;
import cn.npa.common.web.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A regulator's key institutions (K1–K4) and key clients (K5–K7) for a period, from one run, paged: institutions first
 * (by code), then clients (by credit code), then groups. Every entry lists each rule that put it there with the figures
 * the rule looked at.
 */
public record KeyListView(long runId, String period, String regulatorCode, String level, int unitsConsidered, int institutions,
                          int clients, List<EntryView> items, int page, int size, long total) {

    /** One key institution, client or group. */
    public record EntryView(String type, String code, @Schema(nullable = true, description = "A client's name; none for an institution") String name, List<String> rules, List<EvidenceView> evidence, List<String> filers) {
    }

    /** Why one rule selected the entry. */
    public record EvidenceView(String rule, @Schema(nullable = true) String note, List<FigureView> figures, @Schema(nullable = true, type = SchemaType.OBJECT, implementation = Object.class,
            description = "For K4: the flag (unitCode, reason, flaggedOn); none for the other rules") FlagView flag) {
    }

    /** A figure behind an entry: a value, or why it is undefined. */
    public record FigureView(String name, @Schema(nullable = true) BigDecimal value, @Schema(nullable = true) String reason) {
    }

    /** The supervisor's flag behind a K4 entry. */
    public record FlagView(String unitCode, String reason, LocalDate flaggedOn) {
    }

    public static KeyListView of(AssessmentRun run, KeyList list, PageRequest page) {
        List<EntryView> all = new ArrayList<>();
        for (KeyInstitution k : list.institutions()) {
            all.add(new EntryView("INSTITUTION", k.unitCode(), null, rules(k.rules()), evidence(k.evidence()), List.of()));
        }
        for (KeyClient c : list.clients()) {
            all.add(new EntryView(c.kind().name(), c.id(), c.name(), rules(c.rules()), evidence(c.evidence()), c.filers()));
        }
        int from = Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return new KeyListView(run.id(), run.period(), list.regulatorCode(), list.level().name(), list.unitsConsidered(),
                list.institutions().size(), list.clients().size(), all.subList(from, to), page.page(), page.size(), all.size());
    }

    private static List<String> rules(List<KeyRule> rules) {
        return rules.stream().map(Enum::name).toList();
    }

    private static List<EvidenceView> evidence(List<KeyEvidence> evidence) {
        return evidence.stream().map(e -> new EvidenceView(e.rule().name(), e.note(), e.figures().stream().map(KeyListView::figure).toList(),
                e.flag() == null ? null : new FlagView(e.flag().unitCode(), e.flag().reason(), e.flag().flaggedOn()))).toList();
    }

    private static FigureView figure(Figure f) {
        return new FigureView(f.name(), f.value(), f.reason() == null ? null : f.reason().name());
    }
}
