package vn.danvan.movement;

/** YEARLY sơ kết hằng năm; MID_TERM sơ kết giữa kỳ; FINAL tổng kết. */
public enum RoundKind {
    YEARLY, MID_TERM, FINAL
}
