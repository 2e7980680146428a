package vn.danvan.common.audit;

/** What a change did to a record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE
}
