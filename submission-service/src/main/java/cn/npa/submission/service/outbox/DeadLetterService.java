package cn.npa.submission.service.outbox;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.outbox.DeadLetter;
import cn.npa.submission.repository.DeadLetterRepository;
import cn.npa.submission.domain.outbox.DeadLetterPayload;
import cn.npa.submission.domain.outbox.OutboxState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The operator's view of parked outbox events (docs/reliability.md, "Dead letters"): list, read, requeue after a fix. */
@ApplicationScoped
public class DeadLetterService {

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);

    private final DeadLetterRepository letters;
    private final DeadLetterMetric metric;

    public DeadLetterService(DeadLetterRepository letters, DeadLetterMetric metric) {
        this.letters = letters;
        this.metric = metric;
    }

    @Transactional
    public Page<DeadLetter> page(PageRequest request) {
        return new Page<>(letters.page(request.offset(), request.size()), request.page(), request.size(), letters.count());
    }

    @Transactional
    public DeadLetterPayload get(UUID id) {
        return letters.get(id).orElseThrow(() -> ProblemException.notFound("No parked outbox event " + id + "."));
    }

    /** Requeues a parked event; again on the same event changes nothing and answers the same (idempotent). */
    public OutboxState retry(UUID id, String operator) {
        OutboxState state = QuarkusTransaction.requiringNew().call(() -> letters.requeue(id))
                .orElseThrow(() -> ProblemException.notFound("No outbox event " + id + "."));
        LOG.infof("outbox event %s requeued by %s: %s", id, operator, state.state());
        metric.refresh();
        return state;
    }
}
