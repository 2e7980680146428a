package vn.danvan.unit;

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

/** An administrative unit (đơn vị hành chính): a node of the province → commune tree, with its history. */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitLevel level;

    @Column(name = "parent_id")
    public Long parentId;

    /** Ids from the root down, e.g. {@code /32/3107/}. */
    @Column(nullable = false)
    public String path;

    /**
     * The path that decides who sees this unit: its own, or its successor's scope path when abolished (kept by the
     * database, V12__scope_read_model.sql).
     */
    @Column(name = "scope_path", insertable = false, updatable = false)
    public String scopePath;

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
