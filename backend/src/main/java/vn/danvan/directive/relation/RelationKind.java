package vn.danvan.directive.relation;

/** thực hiện, cụ thể hóa, tiếp tục thực hiện, thay thế, căn cứ. */
public enum RelationKind {
    IMPLEMENTS, CONCRETIZES, CONTINUES, REPLACES, CITES
}
