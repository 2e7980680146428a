package vn.danvan.attachment;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Attachments by their owner. */
@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<Attachment> {

    public List<Attachment> ofOwner(String ownerType, long ownerId) {
        return list("ownerType = ?1 and ownerId = ?2 order by id", ownerType, ownerId);
    }

    public Optional<Attachment> ofOwner(String ownerType, long ownerId, long id) {
        return find("id = ?1 and ownerType = ?2 and ownerId = ?3", id, ownerType, ownerId).firstResultOptional();
    }
}
