package vn.danvan.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.danvan.account.PeopleService;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.security.Caller;

/**
 * Files kept for records of other features. The owner feature checks who may see and change its record; this keeps the
 * file and its description together in one transaction, so an upload that fails leaves nothing behind.
 */
@ApplicationScoped
public class AttachmentService {

    /** The largest file kept: 20 MB. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    /** A file to send back: what it is and its bytes. */
    public record StoredFile(AttachmentDto attachment, byte[] content) {
    }

    @Inject
    AttachmentRepository attachments;

    @Inject
    AttachmentMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PeopleService people;

    /** Checks a file without keeping it: its size, and that its content is one of the kept types. */
    public static FileType check(byte[] content) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "tệp rỗng hoặc thiếu (the file is empty or missing)");
        }
        if (content.length > MAX_SIZE) {
            throw ProblemException.invalid("file", "tệp lớn hơn 20 MB (the file is larger than 20 MB)");
        }
        FileType type = FileType.detect(content);
        if (type == null) {
            throw ProblemException.invalid("file",
                    "chỉ nhận PDF, DOCX, XLSX, JPEG, PNG theo nội dung tệp (only PDF, DOCX, XLSX, JPEG or PNG content)");
        }
        return type;
    }

    /** A multipart upload's {@code file} part, with the platform's 400s (for the owner feature's resource). */
    public static byte[] bytesOf(FileUpload file) {
        return Uploads.bytesOf(file);
    }

    /** The same file with its uploader named from the people of the response it belongs to. */
    public static AttachmentDto named(AttachmentDto f, PeopleService.People people) {
        return new AttachmentDto(f.id(), f.fileName(), f.mediaType(), f.size(), f.sha256(), f.uploadedBy(),
                people.of(f.uploadedBy()), f.uploadedAt());
    }

    /** An attachment id in a path, with the platform's 400 (for the owner feature's resource). */
    public static long attachmentIdOf(String raw) {
        return Uploads.attachmentIdOf(raw);
    }

    /** The HTTP response that hands a stored file to a browser (for the owner feature's resource). */
    public static Response download(StoredFile file) {
        return Downloads.of(file);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AttachmentDto store(String ownerType, long ownerId, String fileName, byte[] content) {
        FileType type = check(content);
        Attachment attachment = new Attachment();
        attachment.ownerType = ownerType;
        attachment.ownerId = ownerId;
        attachment.fileName = safeName(fileName, type);
        attachment.mediaType = type.mediaType();
        attachment.size = content.length;
        attachment.sha256 = sha256(content);
        attachment.uploadedBy = caller.current().username();
        attachment.uploadedAt = OffsetDateTime.now();
        attachments.persistAndFlush(attachment);
        AttachmentContent stored = new AttachmentContent();
        stored.attachmentId = attachment.id;
        stored.content = content;
        em.persist(stored);
        em.flush();
        return named(attachment);
    }

    @Transactional
    public List<AttachmentDto> list(String ownerType, long ownerId) {
        List<Attachment> found = attachments.ofOwner(ownerType, ownerId);
        PeopleService.People uploaders = people.byUsername(found.stream().map(a -> a.uploadedBy).toList());
        return found.stream().map(a -> mapper.toDto(a, uploaders)).toList();
    }

    /**
     * The files of several records of one type, by record, in one query. Their uploaders are left unnamed
     * ({@code uploadedByPerson}): the caller names them with the rest of its response's people, in one query
     * ({@link #named(AttachmentDto, PeopleService.People)}).
     */
    @Transactional
    public java.util.Map<Long, List<AttachmentDto>> listOf(String ownerType, java.util.Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return java.util.Map.of();
        }
        return attachments.list("ownerType = ?1 and ownerId in ?2 order by id", ownerType, ownerIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(a -> a.ownerId, java.util.stream.Collectors.mapping(
                        a -> mapper.toDto(a, PeopleService.People.UNNAMED), java.util.stream.Collectors.toList())));
    }

    @Transactional
    public StoredFile open(String ownerType, long ownerId, long id) {
        Attachment attachment = require(ownerType, ownerId, id);
        AttachmentContent content = em.find(AttachmentContent.class, attachment.id);
        return new StoredFile(named(attachment), content.content);
    }

    /** Removes one file and returns what it was, for the owner's history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AttachmentDto delete(String ownerType, long ownerId, long id) {
        Attachment attachment = require(ownerType, ownerId, id);
        AttachmentDto removed = named(attachment);
        attachments.delete(attachment);
        attachments.flush();
        return removed;
    }

    /** Removes every file of a record that is being removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteAll(String ownerType, long ownerId) {
        attachments.delete("ownerType = ?1 and ownerId = ?2", ownerType, ownerId);
    }

    private AttachmentDto named(Attachment attachment) {
        return mapper.toDto(attachment, people.byUsername(List.of(attachment.uploadedBy)));
    }

    private Attachment require(String ownerType, long ownerId, long id) {
        return attachments.ofOwner(ownerType, ownerId, id)
                .orElseThrow(() -> ProblemException.notFound("Tệp đính kèm (attachment)", id));
    }

    /** The name as given, without folders or control characters, ending in the extension of its real type. */
    static String safeName(String given, FileType type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "tep-dinh-kem";
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean rightExtension = lower.endsWith("." + type.extension())
                || (type == FileType.JPEG && lower.endsWith(".jpeg"));
        if (!rightExtension) {
            name = name + "." + type.extension();
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
