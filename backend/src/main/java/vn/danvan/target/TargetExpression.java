package vn.danvan.target;

/** How a target's value is expressed: a percentage of the units counted, or a number. */
public enum TargetExpression {
    SHARE, COUNT
}
