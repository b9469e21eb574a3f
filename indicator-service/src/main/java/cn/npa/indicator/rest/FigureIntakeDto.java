package cn.npa.indicator.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures intake format, for the OpenAPI document only: the service reads the body as a stream of tokens
 * ({@code FigureIntakeReader}), never into this record. docs/indicators.md, "Intake", is the contract.
 */
@Schema(name = "FigureIntake", description = "The figures of every node for one period at one figure version (period and figureVersion first)")
public record FigureIntakeDto(
        @Schema(description = "2026-10 (month), 2026-Q3 (quarter) or 2026 (year)", required = true) String period,
        @Schema(description = "1, 2, ...: one version holds one content; a higher one supersedes", required = true) int figureVersion,
        @Schema(required = true) List<Node> nodes,
        List<Exposure> clientExposures) {

    /** One node with its links for the period and its figures on both bases. */
    @Schema(name = "FigureIntakeNode")
    public record Node(@Schema(required = true) String code,
                       @Schema(required = true, enumeration = {"REGULATOR_NATIONAL", "REGULATOR_BUREAU", "REGULATOR_SUB_BUREAU",
                           "BANK_HEAD_OFFICE", "BRANCH_GRADE_ONE", "BRANCH", "SUB_BRANCH", "PEER_GROUP"}) String kind,
                       String parentCode, String supervisorCode, String headOfficeCode,
                       @Schema(enumeration = {"LARGE_COMMERCIAL", "JOINT_STOCK", "CITY_COMMERCIAL", "RURAL_COMMERCIAL", "PRIVATE", "FOREIGN"})
                       String peerGroup,
                       String regionCode,
                       @Schema(description = "AS_FIRST_REPORTED (required with figures) and RESTATED (absent: nothing amended)")
                       Map<String, Sections> figures) {
    }

    /** The sections a node's figures carry; a section not reported is left out, never sent as zeros. */
    @Schema(name = "FigureIntakeSections")
    public record Sections(Loan loan, NonCredit nonCredit, Obs obs) {
    }

    @Schema(name = "FigureIntakeLoan")
    public record Loan(BigDecimal totalLoans, BigDecimal npl, BigDecimal cashCollected, BigDecimal cashCollectedYtd) {
    }

    @Schema(name = "FigureIntakeNonCredit")
    public record NonCredit(BigDecimal totalAssets, BigDecimal npa, BigDecimal estimatedLosses) {
    }

    @Schema(name = "FigureIntakeObs")
    public record Obs(BigDecimal balance, BigDecimal advances) {
    }

    @Schema(name = "FigureIntakeExposure")
    public record Exposure(String filerCode, String clientCode, String name, String groupId, BigDecimal loanBalance,
                           BigDecimal nplBalance) {
    }
}
