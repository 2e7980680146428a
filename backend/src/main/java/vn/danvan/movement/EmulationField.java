package vn.danvan.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One field (lĩnh vực) of a movement's configurable list; models keep its id, people know its code. */
@Entity
@Table(name = "emulation_field")
public class EmulationField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "movement_id", nullable = false)
    public Long movementId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;
}
