package vn.danvan.mobilization;

/** The year's mark — NEW mới, MAINTAINED duy trì bền vững, WEAK yếu (củng cố), DISCONTINUED đã dừng. */
public enum ModelRoundMark {
    NEW, MAINTAINED, WEAK, DISCONTINUED
}
