package vn.danvan.attachment;

import org.mapstruct.Mapper;

/** Attachment entity → DTO. */
@Mapper
public interface AttachmentMapper {

    AttachmentDto toDto(Attachment attachment);
}
