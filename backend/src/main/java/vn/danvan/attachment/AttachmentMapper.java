package vn.danvan.attachment;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.account.PeopleService.People;

/** Attachment entity → DTO, its uploader named from the people of the response. */
@Mapper
public interface AttachmentMapper {

    @Mapping(target = "uploadedByPerson", expression = "java(people.of(attachment.uploadedBy))")
    AttachmentDto toDto(Attachment attachment, @Context People people);
}
