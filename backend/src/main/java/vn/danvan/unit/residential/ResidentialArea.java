package vn.danvan.unit.residential;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.danvan.unit.Validity;

/** A residential area (khu dân cư: thôn, ấp, khu phố ...) under a commune; codes are local. */
@Entity
@Table(name = "residential_area")
public class ResidentialArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResidentialAreaKind kind;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    @Column(nullable = false)
    public long version;

    /** Folded (no diacritics, lower case) code and name, maintained by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    public boolean isValidOn(LocalDate day) {
        return Validity.validOn(validFrom, validTo, day);
    }
}
