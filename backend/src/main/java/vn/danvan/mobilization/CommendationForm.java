package vn.danvan.mobilization;

/** GIAY_KHEN giấy khen; BANG_KHEN bằng khen; OTHER another form. */
public enum CommendationForm {
    GIAY_KHEN, BANG_KHEN, OTHER
}
