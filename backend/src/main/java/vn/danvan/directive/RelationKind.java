package vn.danvan.directive;

/** thực hiện, cụ thể hóa, tiếp tục thực hiện, thay thế, căn cứ. */
public enum RelationKind {
    IMPLEMENTS, CONCRETIZES, CONTINUES, REPLACES, CITES
}
