package vn.danvan.criteria;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A criterion (tiêu chí) of a set or, with a parent, one of its indicators (chỉ tiêu). */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "set_id", nullable = false)
    public Long setId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CriterionKind kind;

    @Column(name = "max_points")
    public BigDecimal maxPoints;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    public String comparison;

    public BigDecimal threshold;

    @Column(nullable = false)
    public boolean required;

    @Column(name = "key_criterion", nullable = false)
    public boolean keyCriterion;

    @Column(name = "expected_evidence")
    public String expectedEvidence;

    @Column(nullable = false)
    public int position;
}
