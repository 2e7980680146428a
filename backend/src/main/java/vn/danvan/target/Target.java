package vn.danvan.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A target (chỉ tiêu) of a directive: a measure over a unit's scope, a deadline and a value; progress is counted. */
@Entity
@Table(name = "target")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directive_id", nullable = false)
    public Long directiveId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetMeasure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_group")
    public TargetUnitGroup unitGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_level")
    public TargetTitleLevel titleLevel;

    @Column(name = "title_id")
    public Long titleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetExpression expression;

    /** A unit, possibly abolished (read through unit_scope). */
    @Column(name = "scope_unit_id", nullable = false)
    public Long scopeUnitId;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "value_min", nullable = false)
    public BigDecimal valueMin;

    @Column(name = "value_max")
    public BigDecimal valueMax;

    public String wording;

    @Column(nullable = false)
    public int position;

    /** Made by the demo data, not a real target. */
    @Column(nullable = false)
    public boolean demo;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
