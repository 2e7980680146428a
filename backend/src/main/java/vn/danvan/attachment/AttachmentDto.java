package vn.danvan.attachment;

import java.time.OffsetDateTime;

import vn.danvan.account.PersonDto;

/** An attached file (Attachment in openapi.yaml). */
public record AttachmentDto(Long id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
        PersonDto uploadedByPerson, OffsetDateTime uploadedAt) {
}
