package vn.danvan.criteria;

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

/** A title (danh hiệu) such as "khu dân cư kiểu mẫu", issued by a body of a province or of the central level. */
@Entity
@Table(name = "recognition_title")
public class RecognitionTitle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    @Column(name = "issuer_organization_id", nullable = false)
    public Long issuerOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_level", nullable = false)
    public DecidingLevel decidingLevel;

    public String description;

    /** A demo example, not a real title. */
    @Column(nullable = false)
    public boolean demo;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
