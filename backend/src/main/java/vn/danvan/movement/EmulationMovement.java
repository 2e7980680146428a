package vn.danvan.movement;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An emulation movement (phong trào thi đua) such as "Dân vận khéo", run by one organization. */
@Entity
@Table(name = "emulation_movement")
public class EmulationMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "directive_id")
    public Long directiveId;

    public String description;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
