package vn.danvan.unit;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.time.BusinessClock;

/**
 * The one scope rule every feature uses: a user sees and acts within their own unit and its descendants. An abolished
 * unit belongs to the scope of the unit that succeeded it, so that a province officer of An Giang keeps the history of
 * former Kiên Giang.
 */
@RequestScoped
public class UnitScopeService {

    @Inject
    Caller caller;

    @Inject
    HomeUnits homeUnits;

    @Inject
    BusinessClock clock;

    private HomeUnits.Home home;

    /** The caller's own unit, from the token's {@code unit_code}; 403 when the account has none. */
    public HomeUnits.Home homeUnit() {
        if (home == null) {
            String code = caller.current().unitCode();
            home = (code == null ? Optional.<HomeUnits.Home> empty() : homeUnits.find(code, clock.today()))
                    .orElseThrow(() -> new ProblemException(ProblemType.OUT_OF_SCOPE,
                            "Tài khoản chưa gắn với đơn vị hành chính đang có hiệu lực (your account has no unit in force)"));
        }
        return home;
    }

    /** The name of the caller's unit (for titles of exports). */
    public String homeUnitName() {
        return homeUnit().name();
    }

    /** Whether the caller's account belongs to the central level (which reaches the whole country). */
    public boolean central() {
        return homeUnit().level() == UnitLevel.NATIONAL;
    }

    /**
     * The prefix of every scope path the caller reaches: their home unit's path, or {@code /} (the whole country) for
     * an account of the central level.
     */
    public String scopePath() {
        HomeUnits.Home unit = homeUnit();
        return unit.level() == UnitLevel.NATIONAL ? "/" : unit.path();
    }

    /** The caller's scope path, or empty for an account with no unit in force (which may still search names). */
    public Optional<String> scopePathIfAny() {
        String code = caller.current().unitCode();
        if (code == null) {
            return Optional.empty();
        }
        return homeUnits.find(code, clock.today()).map(u -> u.level() == UnitLevel.NATIONAL ? "/" : u.path());
    }

    /** Whether the caller's scope holds this scope path (a unit's or an organization's). */
    public boolean reaches(String scopePath) {
        return scopePath != null && scopePath.startsWith(scopePath());
    }

    public boolean inScope(AdministrativeUnit unit) {
        return effectivePath(unit).startsWith(scopePath());
    }

    public void requireInScope(AdministrativeUnit unit) {
        if (!inScope(unit)) {
            throw outOfScope();
        }
    }

    /** For records that store the path of their unit (such as audit events). */
    public void requireInScope(String path) {
        if (path == null || !path.startsWith(scopePath())) {
            throw outOfScope();
        }
    }

    /** The path that decides who may see a unit: its own, or that of the unit in force that succeeded it. */
    public String effectivePath(AdministrativeUnit unit) {
        return unit.scopePath != null ? unit.scopePath : unit.path;
    }

    private static ProblemException outOfScope() {
        return new ProblemException(ProblemType.OUT_OF_SCOPE,
                "Bản ghi này nằm ngoài đơn vị của bạn (this record is outside your unit)");
    }
}
