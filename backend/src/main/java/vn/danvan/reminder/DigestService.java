package vn.danvan.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.assignment.AssignmentDto;
import vn.danvan.assignment.AssignmentService;
import vn.danvan.assignment.Bucket;
import vn.danvan.assignment.explanation.ExplanationService;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.security.CurrentUser;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.report.ReportService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * What an organization must be reminded of on a day: its open assignments overdue or due soon, its reports returned for
 * revision, the explanations asked of it. The daily e-mail and the app show the same digest.
 */
@ApplicationScoped
public class DigestService {

    /** At most this many items of each kind: a digest is read, not searched. */
    static final int LIMIT = 50;

    @Inject
    AssignmentService assignments;

    @Inject
    ReportService reports;

    @Inject
    ExplanationService explanations;

    @Inject
    OrganizationService organizations;

    @Inject
    DigestMapper mapper;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    /** The caller's organization's digest today. */
    @Transactional
    public DigestDtos.Digest forCaller(int dueSoonDays) {
        CurrentUser user = caller.current();
        if (user.organizationCode() == null) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Tài khoản chưa gắn với đơn vị nào (the account names no organization)");
        }
        return forOrganization(user.organizationCode(), clock.today(), dueSoonDays);
    }

    @Transactional
    public DigestDtos.Digest forOrganization(String organizationCode, LocalDate day, int dueSoonDays) {
        OrganizationRefDto organization = organizationCode == null ? null
                : organizations.refByCode(organizationCode).orElse(null);
        if (organization == null) {
            return new DigestDtos.Digest(day, List.of());
        }
        List<DigestDtos.Item> items = new ArrayList<>();
        List<AssignmentDto> read = assignments.openOf(organization.id(), day);
        read.stream().filter(a -> a.bucket() == Bucket.OPEN_OVERDUE)
                .sorted(Comparator.comparing(AssignmentDto::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(LIMIT).forEach(a -> items.add(item(DigestDtos.Kind.OVERDUE, a, null, null, null, null)));
        read.stream()
                .filter(a -> a.bucket() == Bucket.OPEN_IN_TIME && Bucket.dueSoon(a.dueDate(), null, day, dueSoonDays))
                .sorted(Comparator.comparing(AssignmentDto::dueDate)).limit(LIMIT)
                .forEach(a -> items.add(item(DigestDtos.Kind.DUE_SOON, a, null, null, null, null)));
        Map<Long, AssignmentDto> byId = read.stream().collect(Collectors.toMap(AssignmentDto::id, Function.identity()));
        if (!byId.isEmpty()) {
            reports.returnedAmong(byId.keySet(), LIMIT).forEach(s -> items.add(item(DigestDtos.Kind.RETURNED,
                    byId.get(s.assignmentId()), s.id(), s.periodLabel(), null, s.reviewComment())));
            explanations.waitingAmong(byId.keySet()).stream().limit(LIMIT)
                    .forEach(e -> items.add(item(DigestDtos.Kind.EXPLANATION_REQUESTED, byId.get(e.assignmentId()),
                            null, null, e.id(), e.question())));
        }
        return new DigestDtos.Digest(day, items);
    }

    private DigestDtos.Item item(DigestDtos.Kind kind, AssignmentDto a, Long reportId, String periodLabel,
            Long explanationId, String note) {
        return mapper.toItem(kind, a, reportId, periodLabel, explanationId, note);
    }
}
