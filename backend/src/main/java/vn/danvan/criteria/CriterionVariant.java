package vn.danvan.criteria;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A criterion's threshold and note for one commune group (NTM 2026–2030: groups 1, 2 and 3). */
@Entity
@Table(name = "criterion_variant")
@IdClass(CriterionVariant.Key.class)
public class CriterionVariant {

    @Id
    @Column(name = "criterion_id", nullable = false)
    public Long criterionId;

    @Id
    @Column(name = "commune_group", nullable = false)
    public short communeGroup;

    public BigDecimal threshold;

    public String note;

    /** The primary key: criterion and commune group. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public Long criterionId;
        public short communeGroup;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(criterionId, k.criterionId) && communeGroup == k.communeGroup;
        }

        @Override
        public int hashCode() {
            return Objects.hash(criterionId, communeGroup);
        }
    }
}
