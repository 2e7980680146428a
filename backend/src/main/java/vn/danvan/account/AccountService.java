package vn.danvan.account;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.common.security.Caller;
import vn.danvan.common.security.CurrentUser;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.organization.OrganizationService;
import vn.danvan.unit.residential.ResidentialAreaService;

/** Who the caller is, with the organization and unit their token names. */
@ApplicationScoped
public class AccountService {

    /** A person as last seen: who, where to write, for which organization. */
    public record Person(String username, String fullName, String email, String organizationCode, List<String> roles) {
    }

    @Inject
    Caller caller;

    @Inject
    UnitService units;

    @Inject
    OrganizationService organizations;

    @Inject
    ResidentialAreaService areas;

    @Inject
    CurrentUserMapper mapper;

    @Inject
    UserDirectory directory;

    public CurrentUserDto me() {
        CurrentUser user = caller.current();
        directory.seen(user);
        return mapper.toDto(user, organizations.refByCode(user.organizationCode()).orElse(null),
                units.currentByCode(user.unitCode()).orElse(null),
                areas.byCode(user.residentialAreaCode()).orElse(null));
    }

    /** The people reminders go to: everyone with an e-mail address and an organization, by organization. */
    public List<Person> reachable() {
        return directory.reachable();
    }
}
