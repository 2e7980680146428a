package vn.danvan.mobilization;

/** The model itself — REGISTERED đã đăng ký, ACTIVE đang triển khai, DISCONTINUED đã dừng. */
public enum ModelState {
    REGISTERED, ACTIVE, DISCONTINUED
}
