package cn.npa.embedded;

import cn.npa.client.submission.model.CauseLine;
import cn.npa.client.submission.model.ClientExposure;
import cn.npa.client.submission.model.Filing;
import cn.npa.client.submission.model.FilingHeader;
import cn.npa.client.submission.model.Grades;
import cn.npa.client.submission.model.IndustryLine;
import cn.npa.client.submission.model.LoanSection;
import cn.npa.client.submission.model.Narrative;
import cn.npa.client.submission.model.NonCreditAmounts;
import cn.npa.client.submission.model.NonCreditLine;
import cn.npa.client.submission.model.NonCreditSection;
import cn.npa.client.submission.model.NplMovements;
import cn.npa.client.submission.model.ObsLine;
import cn.npa.client.submission.model.OffBalanceSheetSection;
import cn.npa.client.submission.model.RegionLine;
import cn.npa.client.submission.model.ReportType;
import cn.npa.client.submission.model.TrendProjection;
import cn.npa.client.submission.model.VintageLine;
import java.math.BigDecimal;

/**
 * Reports built the way a bank's system builds them with the generated client: model classes and their setters only,
 * amounts as {@code BigDecimal}, optional breakdowns left as the generated model has them (an empty list) unless a
 * report says otherwise.
 */
final class BankReports {

    /** The loan figures of one report: total loans, four grades and the period's NPL movements. */
    record Loans(BigDecimal total, BigDecimal specialMention, BigDecimal substandard, BigDecimal doubtful, BigDecimal loss,
                 BigDecimal newNpl, BigDecimal cashCollected, BigDecimal writtenOff, BigDecimal upgraded) {

        /** Pass is what the other four grades leave of total loans (total loans are the sum of the five grades). */
        BigDecimal pass() {
            return total.subtract(specialMention).subtract(npl());
        }

        BigDecimal npl() {
            return substandard.add(doubtful).add(loss);
        }
    }

    private BankReports() {
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    /** A monthly NPL report of a branch: no regional or disposal breakdown (both optional for a branch). */
    static Filing branchMonthly(String branch, String period, Loans figures) {
        return new Filing().header(header(branch, ReportType.BRANCH_MONTHLY_NPL, period))
                .loans(loans(figures, Integer.parseInt(period.substring(0, 4))));
    }

    /** A quarterly NPA report of a head office: loans with the regional breakdown it requires, non-credit, OBS, words. */
    static Filing headOfficeQuarterly(String headOffice, String regionCode, String quarter, Loans figures) {
        LoanSection loans = loans(figures, Integer.parseInt(quarter.substring(0, 4)));
        loans.addByRegionItem(new RegionLine().regionCode(regionCode).total(figures.total()).npl(figures.npl()));
        NonCreditSection nonCredit = new NonCreditSection()
                .total(new NonCreditAmounts().assets(amount("81619006105.80")).npa(amount("6768547700.25")).estimatedLoss(amount("2199550000.00")))
                .addByCategoryItem(new NonCreditLine().category(NonCreditLine.CategoryEnum.RECEIVABLES)
                        .assets(amount("81619006105.80")).npa(amount("6768547700.25")).estimatedLoss(amount("2199550000.00")))
                .disposedInPeriod(amount("318640200.00")).newInPeriod(amount("401225800.00"));
        OffBalanceSheetSection obs = new OffBalanceSheetSection().addByBusinessTypeItem(new ObsLine()
                .businessType(ObsLine.BusinessTypeEnum.BANK_ACCEPTANCE).outstanding(amount("412605330000.00"))
                .advances(amount("1082400000.00")).newAdvances(amount("206150000.00")));
        Narrative narrative = new Narrative().causeAnalysis("New NPL of the quarter came from two exporters in manufacturing.")
                .trendProjection(new TrendProjection().text("Stable in the next quarter."))
                .measures("Exporters on the watch list are reviewed monthly.");
        return new Filing().header(header(headOffice, ReportType.BANK_QUARTERLY_NPA, quarter))
                .loans(loans).nonCredit(nonCredit).offBalanceSheet(obs).narrative(narrative);
    }

    private static FilingHeader header(String institution, ReportType type, String period) {
        return new FilingHeader().institutionCode(institution).reportType(type).period(period);
    }

    /** Every required breakdown with one line that carries the whole figure; the optional ones untouched. */
    private static LoanSection loans(Loans f, int year) {
        NplMovements movements = new NplMovements().newNpl(f.newNpl()).cashCollected(f.cashCollected())
                .writtenOff(f.writtenOff()).debtAssetSwap(BigDecimal.ZERO).upgraded(f.upgraded()).otherReduction(BigDecimal.ZERO);
        LoanSection loans = new LoanSection().totalLoans(f.total())
                .grades(new Grades().pass(f.pass()).specialMention(f.specialMention()).substandard(f.substandard())
                        .doubtful(f.doubtful()).loss(f.loss()))
                .addByIndustryItem(new IndustryLine().industry("C").total(f.total()).npl(f.npl()))
                .movements(movements)
                .addVintagesItem(new VintageLine().year(year).balance(f.total()).npl(f.npl()))
                .addClientsItem(new ClientExposure().clientId("91440600MA04LN2G5G").name("Lingnan Steel Products Co., Ltd.")
                        .loanBalance(f.total()).nplBalance(f.npl()));
        if (f.newNpl().signum() > 0) {
            loans.addNewNplCausesItem(new CauseLine().cause(CauseLine.CauseEnum.POOR_MANAGEMENT_OR_BANKRUPTCY).amount(f.newNpl()));
        }
        return loans;
    }
}
