package vn.danvan.recognition;

/** INITIAL lần đầu; REASSESSMENT đánh giá lại một quyết định đã có. */
public enum RecognitionCaseKind {
    INITIAL, REASSESSMENT
}
