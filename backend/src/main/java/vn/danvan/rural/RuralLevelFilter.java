package vn.danvan.rural;

/** The list's level filter: NONE for communes holding no NTM title, else the highest level in force. */
public enum RuralLevelFilter {
    NONE, STANDARD, ADVANCED, MODEL, MODERN
}
