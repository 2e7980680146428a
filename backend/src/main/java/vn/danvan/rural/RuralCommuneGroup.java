package vn.danvan.rural;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A commune's group (1, 2, 3) for a period of the programme, set by its province. */
@Entity
@Table(name = "rural_commune_group")
public class RuralCommuneGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "period_from", nullable = false)
    public Integer periodFrom;

    @Column(name = "period_to", nullable = false)
    public Integer periodTo;

    @Column(name = "commune_group", nullable = false)
    public Short communeGroup;

    public String note;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public OffsetDateTime setAt;

    @Version
    public long version;
}
