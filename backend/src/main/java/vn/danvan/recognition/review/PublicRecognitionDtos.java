package vn.danvan.recognition.review;

import java.time.LocalDate;

/** The public list of recognized residential areas (PublicRecognizedArea in openapi.yaml): no people, nothing more. */
public final class PublicRecognitionDtos {

    private PublicRecognitionDtos() {
    }

    public record PublicRecognizedArea(long decisionId, String areaName, String communeName, String provinceName,
            String provinceCode, String titleName, String decisionNumber, LocalDate signedOn, String level,
            LocalDate validUntil) {
    }
}
