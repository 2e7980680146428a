package vn.danvan.mobilization;

/**
 * Who appraises a model — COMMUNE the commune's steering committee, PROVINCE the province's Ban Tuyên giáo và Dân vận.
 */
public enum ModelLevel {
    COMMUNE, PROVINCE
}
