package vn.danvan.attachment;

/** A file to send back: what it is and its bytes. */
public record StoredFile(AttachmentDto attachment, byte[] content) {
}
