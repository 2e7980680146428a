package vn.danvan.recognition;

/**
 * A decision's status, computed when read: IN_FORCE còn hiệu lực, LAPSED hết hạn (valid until before today), REVOKED bị
 * thu hồi, LOST mất danh hiệu do đánh giá lại không đạt.
 */
public enum RecognitionDecisionStatus {
    IN_FORCE, LAPSED, REVOKED, LOST
}
