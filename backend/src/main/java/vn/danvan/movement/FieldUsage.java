package vn.danvan.movement;

import vn.danvan.common.ExtensionPoint;

/** Whether records of a feature above (the models) use a field, which may then not be removed from the list. */
@ExtensionPoint
public interface FieldUsage {

    boolean inUse(long fieldId);
}
