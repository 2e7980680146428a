package vn.danvan.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A period (giai đoạn) of a movement, e.g. 2021–2025. */
@Entity
@Table(name = "emulation_period")
public class EmulationPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "movement_id", nullable = false)
    public Long movementId;

    @Column(nullable = false)
    public String name;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year", nullable = false)
    public int endYear;

    /** Demonstration data, not taken from a source document. */
    @Column(nullable = false)
    public boolean demo;
}
