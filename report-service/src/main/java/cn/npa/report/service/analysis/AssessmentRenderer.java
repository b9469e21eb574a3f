package cn.npa.report.service.analysis;

import cn.npa.report.domain.assessment.AssessmentReport;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/** Renders a quarterly assessment report for people: the Qute template {@code templates/assessment.html}, and its PDF. */
@ApplicationScoped
public class AssessmentRenderer {

    private final Template template;
    private final AnalysisRenderer pdfs;

    public AssessmentRenderer(@Location("assessment.html") Template template, AnalysisRenderer pdfs) {
        this.template = template;
        this.pdfs = pdfs;
    }

    public String html(AssessmentReport doc) {
        return template.data("doc", doc).render();
    }

    public byte[] pdf(String html) {
        return pdfs.pdf(html);
    }
}
