package vn.danvan.reminder;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text of a digest e-mail, in Vietnamese with English, dates as dd/MM/yyyy. */
final class DigestMail {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Map<DigestDtos.Kind, String> HEADINGS = Map.of(DigestDtos.Kind.OVERDUE,
            "Nhiệm vụ quá hạn (overdue)", DigestDtos.Kind.DUE_SOON, "Nhiệm vụ sắp đến hạn (due soon)",
            DigestDtos.Kind.RETURNED, "Báo cáo bị trả lại, cần bổ sung (reports returned for revision)",
            DigestDtos.Kind.EXPLANATION_REQUESTED, "Yêu cầu giải trình (explanations asked)");

    private DigestMail() {
    }

    static String subject(DigestDtos.Digest digest) {
        return "[DânVận] Nhắc việc ngày " + DAY.format(digest.day()) + ": " + digest.items().size() + " việc cần xử lý";
    }

    static String body(String fullName, String appUrl, DigestDtos.Digest digest) {
        StringBuilder text = new StringBuilder();
        text.append("Kính gửi ").append(fullName == null ? "đồng chí" : "đồng chí " + fullName).append(",\n\n");
        text.append("Đơn vị của đồng chí có các việc sau cần xử lý (as of ").append(DAY.format(digest.day()))
                .append("):\n");
        Map<DigestDtos.Kind, List<DigestDtos.Item>> byKind = digest.items().stream()
                .collect(Collectors.groupingBy(DigestDtos.Item::kind));
        for (DigestDtos.Kind kind : DigestDtos.Kind.values()) {
            List<DigestDtos.Item> items = byKind.get(kind);
            if (items == null) {
                continue;
            }
            text.append("\n").append(HEADINGS.get(kind)).append(" — ").append(items.size()).append("\n");
            for (DigestDtos.Item item : items) {
                text.append("  • ").append(item.ordinal()).append(". ").append(item.title());
                if (item.periodLabel() != null) {
                    text.append(" — báo cáo ").append(item.periodLabel());
                }
                if (item.dueDate() != null && item.kind() != DigestDtos.Kind.RETURNED) {
                    text.append(" — hạn ").append(DAY.format(item.dueDate()));
                }
                if (item.note() != null) {
                    text.append("\n    «").append(item.note()).append("»");
                }
                text.append("\n    ").append(appUrl).append("/tasks/").append(item.taskId()).append("\n");
            }
        }
        text.append("\nThư này do hệ thống DânVận gửi tự động mỗi ngày có việc cần nhắc"
                + " (sent automatically on days with something due).\n");
        return text.toString();
    }
}
