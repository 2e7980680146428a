package vn.danvan.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import vn.danvan.common.error.ProblemException;

/**
 * Reviews many reports at once: each through {@link ReportService#review} (the same rules of role, scope, state and
 * version, the same audit), each in a transaction of its own, so that a stale or refused report is listed with its
 * outcome and the others are still reviewed. Deliberately not transactional itself.
 */
@ApplicationScoped
public class ReportBulkReviewService {

    @Inject
    ReportService reports;

    public ReportBulkReviewDtos.Result review(ReportBulkReviewDtos.Request request) {
        boolean returning = request.decision() == ReportDtos.Decision.RETURNED;
        if (returning && (request.comment() == null || request.comment().isBlank())) {
            throw ProblemException.invalid("comment", "bắt buộc khi trả lại (required to return a report)");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            if (!seen.add(request.items().get(i).id())) {
                throw ProblemException.invalid("items[" + i + "].id",
                        "báo cáo đã có trong danh sách (the report is listed twice)");
            }
        }
        List<ReportBulkReviewDtos.ItemResult> results = new ArrayList<>();
        int reviewed = 0;
        for (ReportBulkReviewDtos.Item item : request.items()) {
            ReportBulkReviewDtos.ItemResult result = reviewOne(item, request);
            if (result.report() != null) {
                reviewed++;
            }
            results.add(result);
        }
        return new ReportBulkReviewDtos.Result(results, reviewed, results.size() - reviewed);
    }

    private ReportBulkReviewDtos.ItemResult reviewOne(ReportBulkReviewDtos.Item item,
            ReportBulkReviewDtos.Request request) {
        long id = item.id();
        if (id < 1) {
            return failed(id, ReportBulkReviewDtos.Outcome.NOT_FOUND,
                    "Báo cáo " + id + " không tồn tại (does not exist)");
        }
        try {
            ReportDtos.Slot done = reports.review(id,
                    new ReportDtos.Review(request.decision(), request.comment(), item.version()));
            return new ReportBulkReviewDtos.ItemResult(id, request.decision() == ReportDtos.Decision.ACCEPTED
                    ? ReportBulkReviewDtos.Outcome.ACCEPTED : ReportBulkReviewDtos.Outcome.RETURNED, null, done);
        } catch (ProblemException e) {
            ReportBulkReviewDtos.Outcome outcome = switch (e.type()) {
            case NOT_FOUND -> ReportBulkReviewDtos.Outcome.NOT_FOUND;
            case FORBIDDEN, OUT_OF_SCOPE -> ReportBulkReviewDtos.Outcome.FORBIDDEN;
            case STALE_VERSION, CONFLICT, DUPLICATE -> ReportBulkReviewDtos.Outcome.CONFLICT;
            default -> throw e;
            };
            return failed(id, outcome, e.getMessage());
        } catch (RuntimeException e) {
            // reviewed by someone else between our read and our write
            if (concurrentChange(e)) {
                return failed(id, ReportBulkReviewDtos.Outcome.CONFLICT,
                        "Báo cáo vừa bị người khác thay đổi (changed concurrently)");
            }
            throw e;
        }
    }

    private static ReportBulkReviewDtos.ItemResult failed(long id, ReportBulkReviewDtos.Outcome outcome,
            String detail) {
        return new ReportBulkReviewDtos.ItemResult(id, outcome, detail, null);
    }

    private static boolean concurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
