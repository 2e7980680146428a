package vn.danvan.recognition;

/** The commune's review of one criterion: AGREE with the self-assessment, or CHANGE it (with a reason). */
public enum ReviewVerdict {
    AGREE, CHANGE
}
