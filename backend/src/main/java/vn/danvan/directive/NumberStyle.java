package vn.danvan.directive;

/** How a document number is written: the Party's "632-CV/TU", the State's "88/2016/NQLT/CP-...", or neither. */
public enum NumberStyle {
    PARTY, STATE, UNPARSED
}
