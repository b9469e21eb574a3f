package cn.npa.submission.service.register;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.submission.domain.register.ImportPlanner;
import cn.npa.submission.domain.register.ImportRow;
import cn.npa.submission.domain.register.ImportSummary;
import cn.npa.submission.domain.register.InstitutionParser;
import cn.npa.submission.repository.register.RegisterQueries;
import cn.npa.submission.repository.register.RegisterWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Imports a whole register, all or nothing: every row is checked against the register as it would be afterwards,
 * every problem of every row is reported, and nothing is stored unless there are none.
 */
@ApplicationScoped
public class RegisterImportService {

    private static final Logger LOG = Logger.getLogger(RegisterImportService.class);
    /** Changes beyond this many rows refresh the statistics at once rather than waiting for autovacuum. */
    private static final int ANALYZE_AFTER = 1000;
    private final RegisterQueries queries;
    private final RegisterWriter writer;

    public RegisterImportService(RegisterQueries queries, RegisterWriter writer) {
        this.queries = queries;
        this.writer = writer;
    }

    /** Imports the rows read from a body, with the problems already found while reading it. */
    @Transactional
    public ImportSummary importRows(List<ImportRow> rows, List<FieldError> readErrors) {
        long start = System.nanoTime();
        List<FieldError> errors = new ArrayList<>(readErrors);
        List<ImportPlanner.Incoming> incoming = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            InstitutionParser.Parsed parsed = InstitutionParser.parse(row.input(), row.path());
            errors.addAll(parsed.errors());
            if (parsed.institution() != null) {
                incoming.add(new ImportPlanner.Incoming(row.path(), parsed.institution()));
            }
        }
        writer.lockRegister();
        ImportPlanner.Plan plan = ImportPlanner.plan(queries.all(), incoming);
        errors.addAll(plan.errors());
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(ImportRegister::rowOf).thenComparing(FieldError::path));
            LOG.infof("register import rejected: %d problem(s) in %d row(s)", errors.size(), rows.size());
            throw ProblemException.invalid("The import has " + errors.size() + " problem(s); nothing was stored.", errors);
        }
        writer.insert(plan.inserts());
        writer.update(plan.updates());
        if (!plan.inserts().isEmpty() || !plan.updates().isEmpty()) {
            writer.bumpVersion();
        }
        if (plan.inserts().size() + plan.updates().size() >= ANALYZE_AFTER) {
            writer.analyze();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("register import: %d rows, %d inserted, %d updated, %d unchanged in %d ms", rows.size(),
                plan.inserts().size(), plan.updates().size(), plan.unchanged(), millis);
        return new ImportSummary(rows.size(), plan.inserts().size(), plan.updates().size(), plan.unchanged(), millis);
    }

    /** Orders problems by row number ("rows[12]..."), then the rest. */
    private static final class ImportRegister {
        static int rowOf(FieldError e) {
            String p = e.path();
            if (p.startsWith("rows[")) {
                int end = p.indexOf(']');
                try {
                    return Integer.parseInt(p.substring(5, end));
                } catch (NumberFormatException ignored) {
                    return Integer.MAX_VALUE;
                }
            }
            return Integer.MAX_VALUE;
        }
    }
}
