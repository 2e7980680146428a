package vn.danvan.unit.organization;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.danvan.unit.AdministrativeUnit;
import vn.danvan.unit.UnitScopeService;

/**
 * Finds the organization a document means by a name such as "Ban Dân vận Tỉnh ủy" or "Ủy ban MTTQ Việt Nam tỉnh An
 * Giang". Documents leave out their own province ("Tỉnh ủy" in a Kiên Giang text is Tỉnh ủy Kiên Giang), abbreviate
 * (MTTQ, UBND, TW) and use formal names (Ban Chấp hành Đảng bộ tỉnh). A name matches only when exactly one
 * organization, in force on the document's date, carries it; collective names ("các xã, phường") match nothing.
 */
@ApplicationScoped
public class OrganizationMatcher {

    private static final Map<String, String> ABBREVIATIONS = Map.of("mttq", "mat tran to quoc", "ubnd",
            "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "tw", "trung uong", "vn", "viet nam", "btv",
            "ban thuong vu");

    /** "Ban Chấp hành Đảng bộ tỉnh" is the Tỉnh ủy. */
    private static final Map<String, String> FORMAL_NAMES = Map.of("ban chap hanh dang bo tinh", "tinh uy",
            "ban chap hanh dang bo thanh pho", "thanh uy", "ban chap hanh dang bo huyen", "huyen uy",
            "ban chap hanh dang bo xa", "dang uy xa", "ban chap hanh dang bo phuong", "dang uy phuong");

    @Inject
    EntityManager em;

    /** Where a document comes from: the unit whose name it leaves out, and the day its names are read on. */
    public record Context(Long unitId, LocalDate on) {
    }

    @Inject
    UnitScopeService scope;

    /** The context of a document whose issuer is not known yet: the caller's own unit. */
    @Transactional
    public Context callerContext(LocalDate on) {
        return new Context(scope.homeUnit().id(), on);
    }

    /** The context of a document issued by this organization on this day. */
    @Transactional
    public Context contextOf(Long issuerId, LocalDate on) {
        if (issuerId == null) {
            return new Context(null, on);
        }
        Organization issuer = em.find(Organization.class, issuerId);
        return new Context(issuer == null ? null : issuer.unitId, on);
    }

    @Transactional
    public Optional<OrganizationRefDto> match(String name, Context context) {
        if (name == null || name.isBlank() || name.length() > 300) {
            return Optional.empty();
        }
        String folded = expand(fold(name));
        if (folded.startsWith("cac ") || folded.contains(" cac ")) {
            return Optional.empty();
        }
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(folded);
        AdministrativeUnit unit = context.unitId() == null ? null : em.find(AdministrativeUnit.class, context.unitId());
        if (unit != null) {
            // "Ban Dân vận Tỉnh ủy" + "Kiên Giang"; "Ủy ban nhân dân tỉnh" + "Kiên Giang"
            candidates.add(folded + " " + expand(fold(unit.shortName)));
        }
        for (String candidate : candidates) {
            List<Organization> found = named(candidate, context.on());
            if (found.size() == 1) {
                Organization o = found.get(0);
                return Optional.of(new OrganizationRefDto(o.id, o.code, o.name));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private List<Organization> named(String folded, LocalDate on) {
        // the trigram index narrows by the ending; the exact folded name decides
        List<Organization> found = em
                .createNativeQuery(
                        "SELECT * FROM organization o WHERE o.search_text LIKE :words"
                                + " AND trim(regexp_replace(dv_fold(o.name), '[^[:alnum:]]+', ' ', 'g')) = :folded",
                        Organization.class)
                .setParameter("words", "%" + folded.replace(' ', '%')).setParameter("folded", folded).setMaxResults(20)
                .getResultList();
        LocalDate day = on == null ? LocalDate.now() : on;
        List<Organization> valid = new ArrayList<>();
        for (Organization o : found) {
            if ((o.validFrom == null || !o.validFrom.isAfter(day)) && (o.validTo == null || !o.validTo.isBefore(day))) {
                valid.add(o);
            }
        }
        return valid;
    }

    private static String expand(String folded) {
        StringBuilder out = new StringBuilder();
        for (String word : folded.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(ABBREVIATIONS.getOrDefault(word, word));
        }
        String expanded = out.toString();
        for (Map.Entry<String, String> formal : FORMAL_NAMES.entrySet()) {
            if (expanded.equals(formal.getKey()) || expanded.startsWith(formal.getKey() + " ")) {
                expanded = formal.getValue() + expanded.substring(formal.getKey().length());
                break;
            }
        }
        return expanded;
    }

    /** The same folding as the database's dv_fold: no diacritics, đ → d, lower case, single spaces. */
    static String fold(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
