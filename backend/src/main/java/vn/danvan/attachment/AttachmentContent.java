package vn.danvan.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, apart so that lists never read them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    public Long attachmentId;

    @Column(nullable = false)
    public byte[] content;
}
