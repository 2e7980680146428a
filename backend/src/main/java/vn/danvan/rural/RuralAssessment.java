package vn.danvan.rural;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The assessed state of one criterion or indicator of an NTM set, for one commune and one year. */
@Entity
@Table(name = "rural_assessment")
public class RuralAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public Integer year;

    @Column(name = "criterion_id", nullable = false)
    public Long criterionId;

    @Column(nullable = false)
    public Boolean met;

    public BigDecimal value;

    public String note;

    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    public OffsetDateTime assessedAt;

    @Version
    public long version;
}
