package cn.npa.report.service.outbox;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.report.domain.outbox.ParkedFigures;
import cn.npa.report.repository.outbox.FiguresDeadLetterRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/** The operator's view of the periods whose figures are parked (docs/reliability.md, "Dead letters"): list, read, requeue. */
@ApplicationScoped
public class FiguresDeadLetterService {

    private static final Logger LOG = Logger.getLogger(FiguresDeadLetterService.class);

    private final FiguresDeadLetterRepository letters;
    private final FiguresDeadLetterMetric metric;
    private final Clock clock;

    public FiguresDeadLetterService(FiguresDeadLetterRepository letters, FiguresDeadLetterMetric metric, Clock clock) {
        this.letters = letters;
        this.metric = metric;
        this.clock = clock;
    }

    @Transactional
    public Page<ParkedFigures> page(PageRequest request) {
        return new Page<>(letters.page(request.offset(), request.size()), request.page(), request.size(), letters.count());
    }

    @Transactional
    public ParkedFigures get(String period) {
        return letters.get(period).orElseThrow(() -> ProblemException.notFound("No parked figures of period " + period + "."));
    }

    /** Requeues a period's parked figures; again changes nothing and answers the same (idempotent). Answers PENDING or DELIVERED. */
    public String retry(String period, String operator) {
        String state = QuarkusTransaction.requiringNew().call(() -> {
            if (!letters.requeue(period, OffsetDateTime.now(clock))) {
                throw ProblemException.notFound("No figures of period " + period + " were ever owed.");
            }
            return letters.state(period);
        });
        LOG.infof("figures of %s requeued by %s: %s", period, operator, state);
        metric.refresh();
        return state;
    }
}
