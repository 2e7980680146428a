package vn.danvan.mobilization;

/** COLLECTIVE tập thể (an organization, a residential area, a branch); INDIVIDUAL cá nhân. */
public enum ModelOwnerKind {
    COLLECTIVE, INDIVIDUAL
}
