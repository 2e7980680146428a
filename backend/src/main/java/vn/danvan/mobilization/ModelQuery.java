package vn.danvan.mobilization;

import java.util.List;

/** The filters of the model list (listModels); nulls filter nothing. */
public record ModelQuery(String unitPath, Long movementId, Long roundId, ModelRoundState roundState,
        List<Long> fieldIds, ModelState state, ModelLevel level, ModelOwnerKind ownerKind, String text) {
}
