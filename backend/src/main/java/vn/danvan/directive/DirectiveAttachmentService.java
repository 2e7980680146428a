package vn.danvan.directive;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentService.StoredFile;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;

/**
 * A directive's files: seen by whoever sees the directive, changed by whoever may edit it; a confidential directive
 * keeps none. Each change is part of the directive's history.
 */
@ApplicationScoped
public class DirectiveAttachmentService {

    @Inject
    DirectiveService directives;

    @Inject
    AttachmentService attachments;

    @Inject
    AuditLog audit;

    @Transactional
    public List<AttachmentDto> list(long directiveId) {
        directives.requireVisible(directives.require(directiveId));
        return attachments.list(DirectiveService.AUDIT_TYPE, directiveId);
    }

    @Transactional
    public StoredFile open(long directiveId, long attachmentId) {
        directives.requireVisible(directives.require(directiveId));
        return attachments.open(DirectiveService.AUDIT_TYPE, directiveId, attachmentId);
    }

    @Transactional
    public AttachmentDto add(long directiveId, String fileName, byte[] content) {
        Directive directive = directives.require(directiveId);
        directives.requireWritable(directive);
        AttachmentService.check(content);
        if (directive.confidential) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Văn bản mật chỉ lưu thông tin, không lưu tệp (a confidential directive keeps no files)");
        }
        AttachmentDto added = attachments.store(DirectiveService.AUDIT_TYPE, directiveId, fileName, content);
        audit.record(DirectiveService.AUDIT_TYPE, directiveId, AuditAction.UPDATE, directives.auditPath(directive),
                Map.of("attachmentAdded", added));
        return added;
    }

    @Transactional
    public void delete(long directiveId, long attachmentId) {
        Directive directive = directives.require(directiveId);
        directives.requireWritable(directive);
        AttachmentDto removed = attachments.delete(DirectiveService.AUDIT_TYPE, directiveId, attachmentId);
        audit.record(DirectiveService.AUDIT_TYPE, directiveId, AuditAction.UPDATE, directives.auditPath(directive),
                Map.of("attachmentRemoved", removed));
    }
}
