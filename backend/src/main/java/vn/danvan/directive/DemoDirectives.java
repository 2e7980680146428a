package vn.danvan.directive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.danvan.directive.relation.DirectiveRelation;
import vn.danvan.directive.relation.DirectiveRelationRepository;
import vn.danvan.directive.relation.RelationKind;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.directive.parse.DirectiveDraft;
import vn.danvan.directive.parse.DirectiveDraft.Citation;
import vn.danvan.directive.parse.DirectiveTextParser;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Demo data for {@code make run} (danvan.demo-data=true): the five source documents read by the parser and registered
 * as public directives of their issuers, each citing the directives its text names (kept by number until those are
 * registered). Idempotent; off in production and tests.
 */
@ApplicationScoped
public class DemoDirectives {

    private static final Logger LOG = Logger.getLogger(DemoDirectives.class);
    private static final String ACTOR = "system:demo-data";

    /** A source document and the organization that issued it (code of organization table). */
    record Source(String file, String issuerCode, RelationKind citesAs) {
    }

    static final List<Source> SOURCES = List.of(
            new Source("2021-02-02_tinh-uy-kien-giang_70-CV-TU_dan-van-kheo-2021-2025.txt", "KG-TU",
                    RelationKind.CITES),
            new Source("2021-11-17_kien-giang_bai-viet_doi-moi-cong-tac-dan-van.txt", "KG-TU", RelationKind.IMPLEMENTS),
            new Source("2022-11-23_tinh-uy-kien-giang_632-CV-TU_cuoc-van-dong-nong-thon-moi.txt", "KG-TU",
                    RelationKind.IMPLEMENTS),
            new Source("huyen-uy-don-duong_chi-thi_khu-dan-cu-kieu-mau-2021-2025.txt", "DD-BTV",
                    RelationKind.IMPLEMENTS),
            // the text names no province: the demo files it under An Giang's standing committee
            new Source("tinh-uy_chi-thi_lanh-dao-cuoc-van-dong-nong-thon-moi.txt", "91-BTV", RelationKind.IMPLEMENTS));

    @Inject
    DanvanConfig config;

    @Inject
    DirectiveTextParser parser;

    @Inject
    DirectiveRepository directives;

    @Inject
    DirectiveRelationRepository relations;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(2000) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        int added = 0;
        for (Source source : SOURCES) {
            DirectiveDraft draft = parser.parse(read(source.file()));
            Optional<Long> issuer = organizationId(source.issuerCode());
            if (issuer.isEmpty() || draft.type() == null || draft.subject() == null) {
                LOG.warnf("demo data: %s not loaded (issuer %s found: %s, type %s, subject %s)", source.file(),
                        source.issuerCode(), issuer.isPresent(), draft.type(), draft.subject());
                continue;
            }
            boolean loaded = draft.number() != null
                    ? directives.count("numberKey = ?1 and issuerId = ?2", draft.number().normalized(),
                            issuer.get()) > 0
                    : directives.count("subject = ?1 and issuerId = ?2 and numberKey is null", draft.subject(),
                            issuer.get()) > 0;
            if (loaded) {
                continue;
            }
            Directive d = new Directive();
            d.type = draft.type();
            d.numberText = draft.number() == null ? null : draft.number().text();
            d.numberKey = draft.number() == null ? null : draft.number().normalized();
            d.issuerId = issuer.get();
            d.issueDate = draft.issueDate();
            d.place = draft.place();
            d.subject = draft.subject();
            d.signer = draft.signer();
            d.signingCapacity = draft.signingCapacity();
            d.periodFrom = draft.periodFrom();
            d.periodTo = draft.periodTo();
            d.fullText = read(source.file());
            d.status = DirectiveStatus.IN_FORCE;
            d.publicAccess = true;
            directives.persistAndFlush(d);
            relations.linkWaiting(d);
            for (Citation c : draft.citations()) {
                DirectiveRelation r = new DirectiveRelation();
                r.sourceId = d.id;
                r.kind = source.citesAs();
                r.targetType = c.type();
                r.targetNumberText = c.number().text();
                r.targetNumberKey = c.number().normalized();
                r.targetIssueDate = c.issueDate();
                directives.find("numberKey = ?1 and id <> ?2", r.targetNumberKey, d.id).firstResultOptional()
                        .ifPresent(t -> r.targetId = t.id);
                relations.persist(r);
            }
            audit.recordAs(ACTOR, DirectiveService.AUDIT_TYPE, d.id, AuditAction.CREATE, scopePathOf(d.issuerId),
                    java.util.Map.of("subject", d.subject, "number", String.valueOf(d.numberText)));
            added++;
        }
        LOG.infof("demo data: %d directives added (%d source documents)", added, SOURCES.size());
    }

    private Optional<Long> organizationId(String code) {
        return organizations.refByCode(code).map(OrganizationRefDto::id);
    }

    private String scopePathOf(long organizationId) {
        return organizations.scopePathOf(organizationId);
    }

    private static String read(String file) {
        try (InputStream in = DemoDirectives.class.getResourceAsStream("/demo/documents/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing demo document " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read demo document " + file, e);
        }
    }
}
