package vn.danvan.mobilization;

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

/** A "Dân vận khéo" model (mô hình): the practice itself, registered once, with a record per round. */
@Entity
@Table(name = "mobilization_model")
public class MobilizationModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "movement_id", nullable = false)
    public Long movementId;

    @Column(name = "registered_round_id", nullable = false)
    public Long registeredRoundId;

    @Column(nullable = false)
    public String name;

    @Column(name = "field_id", nullable = false)
    public Long fieldId;

    /** The registering organization: its scope is the model's. */
    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    public ModelOwnerKind ownerKind;

    @Column(name = "owner_name", nullable = false)
    public String ownerName;

    @Column(name = "owner_position")
    public String ownerPosition;

    @Column(name = "owner_organization_id")
    public Long ownerOrganizationId;

    @Column(name = "owner_area_id")
    public Long ownerAreaId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "residential_area_id")
    public Long residentialAreaId;

    public String place;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(nullable = false)
    public String problem;

    @Column(nullable = false)
    public String approach;

    @Column(name = "expected_results")
    public String expectedResults;

    /** JSON array of ModelIndicator. */
    @Column(nullable = false)
    public String indicators;

    @Column(name = "replication_of_id")
    public Long replicationOfId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelLevel level;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
