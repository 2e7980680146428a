package vn.danvan.task;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Tasks created together (TaskBatch in openapi.yaml). */
public record TaskBatchDto(
        @NotNull(message = "bắt buộc (required)") @Size(min = 1, max = 200, message = "từ 1 đến 200 nhiệm vụ (1 to 200 tasks)") List<@Valid @NotNull(message = "bắt buộc (required)") TaskWriteDto> tasks) {
}
