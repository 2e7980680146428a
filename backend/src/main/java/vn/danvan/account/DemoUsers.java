package vn.danvan.account;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.security.CurrentUser;

/**
 * Demo data for {@code make run}: the people of the demo realm (docker/keycloak/danvan-realm.json) as if each had
 * opened the app once, so that the first daily digest reaches them before anyone signs in. Kept in step with the realm
 * by {@code DemoUsersTest}.
 */
@ApplicationScoped
public class DemoUsers {

    static final List<CurrentUser> PEOPLE = List.of(person("admin.angiang", "Trần Quốc Bảo", "admin", "91-BTGDV", "91"),
            person("editor.angiang", "Nguyễn Thị Mai", "editor", "91-BTGDV", "91"),
            person("reporter.angiang", "Lê Văn Hùng", "reporter", "91-MTTQ", "91"),
            person("appraiser.angiang", "Phạm Thị Lan", "appraiser", "91-BTGDV", "91"),
            person("leader.angiang", "Võ Minh Tuấn", "leader", "91-BTV", "91"),
            person("admin.rachgia", "Huỳnh Văn Phúc", "admin", "30742-UBND", "30742"),
            person("editor.rachgia", "Đặng Thị Hồng", "editor", "30742-DU", "30742"),
            // the Front (MTTQ) of phường Rạch Giá: designs its satisfaction surveys and enters paper forms (issue 14)
            new CurrentUser("mttq.rachgia", "Lâm Thị Ngọc", "mttq.rachgia@danvan.example",
                    List.of("editor", "reporter"), "30742-MTTQ", "30742"),
            person("reporter.rachgia", "Bùi Văn Tâm", "reporter", "30742-DU", "30742"),
            areaPerson("reporter.kp01", "Trương Thị Ngọc", "30742-KP01"),
            areaPerson("reporter.kp02", "Lưu Văn Thành", "30742-KP02"),
            person("appraiser.rachgia", "Dương Thị Thu", "appraiser", "30742-UBND", "30742"),
            person("leader.rachgia", "Lâm Quốc Khánh", "leader", "30742-DU", "30742"),
            person("admin.hanoi", "Nguyễn Văn Hải", "admin", "01-BTGDV", "01"),
            person("editor.hanoi", "Trịnh Thị Hà", "editor", "01-BTGDV", "01"),
            person("reporter.hanoi", "Phan Văn Long", "reporter", "01-MTTQ", "01"),
            person("appraiser.hanoi", "Đỗ Thị Hạnh", "appraiser", "01-BTGDV", "01"),
            person("leader.hanoi", "Vũ Đức Thắng", "leader", "01-BTV", "01"),
            person("admin.trunguong", "Hoàng Minh Đức", "admin", "TW-BTGDV", "TW"));

    /** The author of the demo records (tasks, assignments) made at start-up. */
    static final String DEMO_DATA_ACTOR = "system:demo-data";

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Châu", "Tô", "Thái");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh", "Quốc", "Kim");
    private static final List<String> GIVEN = List.of("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Khoa", "Lộc", "Mỹ",
            "Nam", "Oanh", "Phúc", "Quyên", "Sơn", "Thảo", "Uyên", "Vinh", "Xuân", "Yến", "Trí");

    @Inject
    DanvanConfig config;

    @Inject
    UserDirectory directory;

    @Inject
    PeopleService people;

    void load(@Observes @Priority(2300) StartupEvent event) {
        if (config.demoData()) {
            PEOPLE.forEach(directory::seen);
            people.introduce(DEMO_DATA_ACTOR, "Dữ liệu mẫu", null, null, "");
        }
    }

    /** A made-up Vietnamese name for a demo login, the same on every start. */
    static String nameOf(String username) {
        int h = Math.floorMod(username.hashCode(), FAMILY.size() * MIDDLE.size() * GIVEN.size());
        return FAMILY.get(h % FAMILY.size()) + " " + MIDDLE.get(h / FAMILY.size() % MIDDLE.size()) + " "
                + GIVEN.get(h / (FAMILY.size() * MIDDLE.size()));
    }

    /** A reporter of a residential area of phường Rạch Giá (its Front's working committee). */
    private static CurrentUser areaPerson(String username, String name, String area) {
        return new CurrentUser(username, name, username + "@danvan.example", List.of("reporter"), "30742-MTTQ", "30742",
                area);
    }

    private static CurrentUser person(String username, String name, String role, String organization, String unit) {
        return new CurrentUser(username, name, username + "@danvan.example", List.of(role), organization, unit);
    }
}
