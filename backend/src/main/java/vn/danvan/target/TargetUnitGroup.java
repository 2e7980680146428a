package vn.danvan.target;

import java.util.List;

/** Which units a target counts: xã only; xã, phường and đặc khu; or the districts abolished in 2025. */
public enum TargetUnitGroup {
    COMMUNES(List.of("COMMUNE")), COMMUNE_LEVEL(List.of("COMMUNE", "WARD", "SPECIAL_ZONE")), DISTRICTS(List.of());

    /** The unit kinds counted; the districts are counted by their level instead. */
    final List<String> kinds;

    TargetUnitGroup(List<String> kinds) {
        this.kinds = kinds;
    }
}
