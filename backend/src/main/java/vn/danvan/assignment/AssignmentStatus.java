package vn.danvan.assignment;

/** Chưa thực hiện, đang thực hiện, hoàn thành, hủy. */
public enum AssignmentStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED
}
