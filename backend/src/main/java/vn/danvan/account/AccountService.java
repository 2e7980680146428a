package vn.danvan.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.common.security.Caller;
import vn.danvan.common.security.CurrentUser;
import vn.danvan.unit.OrganizationService;
import vn.danvan.unit.UnitService;

/** Who the caller is, with the organization and unit their token names. */
@ApplicationScoped
public class AccountService {

    @Inject
    Caller caller;

    @Inject
    UnitService units;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUserMapper mapper;

    @Inject
    UserDirectory directory;

    public CurrentUserDto me() {
        CurrentUser user = caller.current();
        directory.seen(user);
        return mapper.toDto(user, organizations.refByCode(user.organizationCode()).orElse(null),
                units.currentByCode(user.unitCode()).orElse(null));
    }
}
