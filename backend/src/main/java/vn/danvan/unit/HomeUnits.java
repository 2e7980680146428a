package vn.danvan.unit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The units in force that accounts name by code ({@code unit_code}), kept for a minute so that a request does not look
 * its caller's unit up again. Units change rarely, by an admin; a change is seen by this instance at once
 * ({@link #forget()}) and by the others within the minute.
 */
@ApplicationScoped
public class HomeUnits {

    /** What a request needs of its caller's unit. */
    public record Home(long id, String name, String path, UnitLevel level) {
    }

    private record Entry(Optional<Home> home, LocalDate day, long until) {
    }

    private static final long TTL_NANOS = Duration.ofMinutes(1).toNanos();

    private final ConcurrentHashMap<String, Entry> byCode = new ConcurrentHashMap<>();

    @Inject
    AdministrativeUnitRepository units;

    Optional<Home> find(String code, LocalDate day) {
        long now = System.nanoTime();
        Entry entry = byCode.get(code);
        if (entry == null || !entry.day().equals(day) || now - entry.until() > 0) {
            Optional<Home> home = units.findCurrentByCode(code, day).map(u -> new Home(u.id, u.name, u.path, u.level));
            entry = new Entry(home, day, now + TTL_NANOS);
            if (byCode.size() > 10_000) {
                byCode.clear(); // codes come from tokens: bounded, whatever a client sends
            }
            byCode.put(code, entry);
        }
        return entry.home();
    }

    void forget() {
        byCode.clear();
    }
}
