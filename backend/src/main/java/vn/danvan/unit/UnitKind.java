package vn.danvan.unit;

/** What a unit is called: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu. */
public enum UnitKind {
    NATION(UnitLevel.NATIONAL), PROVINCE(UnitLevel.PROVINCE), MUNICIPALITY(UnitLevel.PROVINCE),
    RURAL_DISTRICT(UnitLevel.DISTRICT), URBAN_DISTRICT(UnitLevel.DISTRICT), DISTRICT_TOWN(UnitLevel.DISTRICT),
    PROVINCIAL_CITY(UnitLevel.DISTRICT), COMMUNE(UnitLevel.COMMUNE), WARD(UnitLevel.COMMUNE),
    TOWNSHIP(UnitLevel.COMMUNE), SPECIAL_ZONE(UnitLevel.COMMUNE);

    private final UnitLevel level;

    UnitKind(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }
}
