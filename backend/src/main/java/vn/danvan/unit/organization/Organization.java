package vn.danvan.unit.organization;

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

/** An organization (cơ quan, tổ chức) of a unit; renames and merges end it and name a successor. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganizationKind kind;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    /** Its unit's scope path (kept by the database, V12__scope_read_model.sql). */
    @Column(name = "scope_path", insertable = false, updatable = false)
    public String scopePath;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "successor_id")
    public Long successorId;

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
