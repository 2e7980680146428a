package vn.danvan.target;

/** Why a target can no longer be measured. */
public enum TargetNotMeasurableReason {
    /** Districts are counted, but none is in force on the deadline within the scope (the 2025 reform). */
    DISTRICTS_ABOLISHED(
            "Cấp huyện đã kết thúc hoạt động (sắp xếp đơn vị hành chính từ 01/07/2025): chỉ tiêu cấp huyện không còn đo được"
                    + " (districts were abolished on 1 July 2025: the target can no longer be measured)"),
    /** Districts are counted, but the data holds no NTM title for districts. */
    NO_DISTRICT_TITLE(
            "Chưa có danh hiệu nông thôn mới cấp huyện trong dữ liệu (no NTM title for districts is held in the data)");

    final String text;

    TargetNotMeasurableReason(String text) {
        this.text = text;
    }
}
