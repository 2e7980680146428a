package vn.danvan.recognition.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.UnitSummaryDto;

/**
 * The public list of recognized residential areas for the provincial portal (no login): the decisions in force today
 * (valid from on or before today, valid until today or later or open, neither revoked nor lost), newest first, with the
 * area, its commune and province, the title and the decision; no people.
 */
@ApplicationScoped
public class PublicRecognitionService {

    @Inject
    PublicRecognitionRepository repository;

    @Inject
    CriteriaCatalogService criteria;

    @Inject
    UnitService units;

    @Inject
    BusinessClock clock;

    @Transactional
    public PageResult<PublicRecognitionDtos.PublicRecognizedArea> list(String provinceCode, String text,
            PageRequest page) {
        String path = null;
        if (provinceCode != null) {
            UnitSummaryDto province = units.currentByCode(provinceCode).filter(u -> u.level() == UnitLevel.PROVINCE)
                    .orElseThrow(() -> ProblemException.invalid("provinceCode",
                            "không có tỉnh, thành phố mang mã " + provinceCode + " (no province with this code)"));
            path = units.pathOf(province.id()).orElseThrow();
        }
        PublicRecognitionRepository.Page ids = repository.page(clock.today(), path, text, page.offset(), page.size());
        List<PublicRecognitionRepository.Line> lines = repository.lines(ids.ids());
        Map<Long, String> titles = new HashMap<>();
        criteria.titles(lines.stream().map(PublicRecognitionRepository.Line::titleId).distinct().toList())
                .forEach(t -> titles.put(t.id(), t.name()));
        Map<Long, String> provinceCodes = new HashMap<>();
        Map<Long, PublicRecognitionRepository.Line> byId = new HashMap<>();
        lines.forEach(l -> byId.put(l.decisionId(), l));
        List<PublicRecognitionDtos.PublicRecognizedArea> items = ids.ids().stream().map(byId::get)
                .filter(java.util.Objects::nonNull)
                .map(l -> new PublicRecognitionDtos.PublicRecognizedArea(l.decisionId(), l.areaName(), l.communeName(),
                        l.provinceName(),
                        l.provinceId() == null ? null
                                : provinceCodes.computeIfAbsent(l.provinceId(), id -> units.codeOf(id).orElse(null)),
                        titles.get(l.titleId()), l.number(), l.signedOn(), l.level(), l.validUntil()))
                .toList();
        return new PageResult<>(items, page.page(), page.size(), ids.total());
    }
}
