package vn.danvan.recognition;

/**
 * A recognition case's state — REGISTERED đã đăng ký, SELF_ASSESSED đã tự đánh giá, REVIEWED xã đã rà soát, POSTED
 * đang/đã niêm yết, VOTED hội đồng đã bỏ phiếu đạt, APPRAISED đã thẩm định, RECOGNIZED đã công nhận, REFUSED không công
 * nhận, WITHDRAWN đã rút.
 */
public enum RecognitionCaseState {
    REGISTERED, SELF_ASSESSED, REVIEWED, POSTED, VOTED, APPRAISED, RECOGNIZED, REFUSED, WITHDRAWN
}
