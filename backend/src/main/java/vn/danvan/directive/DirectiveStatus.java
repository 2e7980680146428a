package vn.danvan.directive;

/** Where a directive stands: dự thảo, còn hiệu lực, hết hiệu lực, bị thay thế. */
public enum DirectiveStatus {
    DRAFT, IN_FORCE, EXPIRED, REPLACED
}
