package vn.danvan.directive.parse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The plain text of a document to read a draft from (DirectiveParseRequest in openapi.yaml). */
public record ParseRequestDto(
        @NotBlank(message = "bắt buộc (required)") @Size(max = 200_000, message = "tối đa 200.000 ký tự (at most 200,000 characters)") String text) {
}
