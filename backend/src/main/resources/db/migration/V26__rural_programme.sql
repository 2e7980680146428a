-- The new rural programme (nông thôn mới, NTM), issue 14 parts 1 and 2 (feature rural).
--
-- 1. The programme's criteria sets as versioned data of the criteria machinery (V20): four national titles of
--    communes, issued by the Prime Minister (Thủ tướng Chính phủ, organization TW-TTG of the central level, V6), decided
--    by the province, and the decisions that issued the sets in the directive register (public, in force or expired).
--    NO legal text is invented here. What was checked in public sources (issue 14, ../shared/DOMAIN.md):
--      * QĐ 1980/QĐ-TTg of 17/10/2016: the 2016–2020 set, 5 groups and 19 criteria, names as listed below;
--      * QĐ 318/QĐ-TTg of 08/3/2022: "Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn
--        mới nâng cao giai đoạn 2021 - 2025" (19 criteria, 57 indicators); the names of criteria 1, 2, 4–10 and 14–19
--        are those of the 2016–2020 set; criteria 3, 11, 12 and 13 were renamed in 2022 and their new wording was not in
--        hand: they carry their number and the 2016–2020 name in brackets, marked "chưa đối chiếu", for an admin to
--        correct by revising the set;
--      * QĐ 319/QĐ-TTg of 08/3/2022: xã NTM kiểu mẫu 2021–2025 (conditions, not a list of criteria: see notes);
--      * Quyết định 51/2025/QĐ-TTg, in force 15/02/2026: the 2026–2030 commune set, 10 criteria (names below) and 47
--        indicators, each criterion with a variant for commune groups 1, 2 and 3, and the pilot "xã NTM hiện đại".
--    The INDICATOR texts (57 and 47) and the group variants' thresholds were not in hand: no indicator is loaded. An
--    admin of the central level enters them through the criteria editor or the .xlsx import (a revision of the set),
--    and the variants' notes say so. No criterion is marked key (then chốt) for the same reason.
--    The revocation rule of the 2021–2025 sets (a title is revoked when 30–50% of criteria, one of them key, or 50% or
--    more fail) is data: revoke_key_fail_percent = 30, revoke_fail_percent = 50.
-- 2. Each commune's group for a period and its assessed criteria by year (audited, versioned). A commune is a unit of
--    level COMMUNE (xã, phường, đặc khu; a former one too); scope comes from unit_scope, never from the unit tables.

-- ---- the issuing decisions (directive register) --------------------------------------------------------------------
INSERT INTO directive (type, number_text, number_key, issuer_id, issue_date, place, subject, period_from, period_to,
                       status, public_access)
SELECT v.type, v.number_text, v.number_key, o.id, v.issue_date, 'Hà Nội', v.subject, v.period_from, v.period_to,
       v.status, true
FROM (VALUES
  ('DECISION', '1980/QĐ-TTg', '1980/QĐ-TTG', DATE '2016-10-17',
   'Về việc ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020', 2016, 2020, 'REPLACED'),
  ('DECISION', '318/QĐ-TTg', '318/QĐ-TTG', DATE '2022-03-08',
   'Ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025',
   2021, 2025, 'EXPIRED'),
  ('DECISION', '319/QĐ-TTg', '319/QĐ-TTG', DATE '2022-03-08',
   'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025', 2021, 2025, 'EXPIRED'),
  -- the signing day was not in hand (in force 15/02/2026): left empty
  ('DECISION', '51/2025/QĐ-TTg', '51/2025/QĐ-TTG', NULL::date,
   'Ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030', 2026, 2030, 'IN_FORCE')
) AS v (type, number_text, number_key, issue_date, subject, period_from, period_to, status)
CROSS JOIN organization o
WHERE o.code = 'TW-TTG';

-- ---- the titles ---------------------------------------------------------------------------------------------------
INSERT INTO recognition_title (code, name, subject_kind, issuer_organization_id, deciding_level, description)
SELECT v.code, v.name, 'COMMUNE', o.id, 'PROVINCE', v.description
FROM (VALUES
  ('XA-NTM', 'Xã đạt chuẩn nông thôn mới', 'Chương trình MTQG xây dựng nông thôn mới: xã đạt chuẩn NTM'),
  ('XA-NTM-NANG-CAO', 'Xã đạt chuẩn nông thôn mới nâng cao', 'Xã NTM nâng cao (QĐ 318/QĐ-TTg, giai đoạn 2021–2025)'),
  ('XA-NTM-KIEU-MAU', 'Xã nông thôn mới kiểu mẫu', 'Xã NTM kiểu mẫu (QĐ 319/QĐ-TTg, giai đoạn 2021–2025)'),
  ('XA-NTM-HIEN-DAI', 'Xã nông thôn mới hiện đại', 'Thí điểm xã NTM hiện đại (Quyết định 51/2025/QĐ-TTg, giai đoạn 2026–2030)')
) AS v (code, name, description)
CROSS JOIN organization o
WHERE o.code = 'TW-TTG';

-- ---- the sets -----------------------------------------------------------------------------------------------------
INSERT INTO criteria_set (title_id, version_no, name, level, directive_id, effective_from, effective_to, status,
                          pass_rule, revoke_key_fail_percent, revoke_fail_percent, notes, published_at, published_by)
SELECT t.id, v.version_no, v.name, v.level, d.id, v.effective_from, v.effective_to, v.status, 'ALL_REQUIRED',
       v.revoke_key, v.revoke_all, v.notes, CASE WHEN v.status <> 'DRAFT' THEN now() END,
       CASE WHEN v.status <> 'DRAFT' THEN 'system:migration' END
FROM (VALUES
  ('XA-NTM', 1, 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020', 'STANDARD', '1980/QĐ-TTG',
   DATE '2016-10-17', DATE '2022-03-07', 'RETIRED', NULL::numeric, NULL::numeric,
   'Giữ để tra cứu các quyết định công nhận trước năm 2022. Chỉ tiêu: chưa nhập.'),
  ('XA-NTM', 2, 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025', 'STANDARD', '318/QĐ-TTG',
   DATE '2022-03-08', DATE '2026-02-14', 'RETIRED', 30, 50,
   '19 tiêu chí, 57 chỉ tiêu. Tên tiêu chí 3, 11, 12, 13 và nội dung 57 chỉ tiêu chưa đối chiếu văn bản: quản trị nhập qua trình soạn bộ tiêu chí hoặc tệp .xlsx (sửa đổi thành phiên bản mới).'),
  ('XA-NTM', 3, 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030', 'STANDARD', '51/2025/QĐ-TTG',
   DATE '2026-02-15', DATE '2030-12-31', 'PUBLISHED', NULL, NULL,
   '10 tiêu chí, 47 chỉ tiêu; mỗi tiêu chí có mức đạt cho xã nhóm 1, 2, 3. Nội dung 47 chỉ tiêu và mức đạt từng nhóm chưa nhập: quản trị nhập qua trình soạn bộ tiêu chí hoặc tệp .xlsx.'),
  ('XA-NTM-NANG-CAO', 1, 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025', 'ADVANCED',
   '318/QĐ-TTG', DATE '2022-03-08', DATE '2026-02-14', 'RETIRED', 30, 50,
   'Tiêu chí và chỉ tiêu chưa nhập (văn bản chưa đối chiếu): quản trị nhập qua trình soạn bộ tiêu chí hoặc tệp .xlsx.'),
  ('XA-NTM-KIEU-MAU', 1, 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025', 'MODEL', '319/QĐ-TTG',
   DATE '2022-03-08', DATE '2026-02-14', 'RETIRED', 30, 50,
   'Điều kiện (theo tin đăng về QĐ 319, chưa đối chiếu nguyên văn): là xã NTM nâng cao 2021–2025; thu nhập bình quân cao hơn từ 10% so với xã NTM nâng cao; có ít nhất một mô hình thôn thông minh; đạt kiểu mẫu ở ít nhất một lĩnh vực nổi trội do UBND tỉnh quy định. Tiêu chí chưa nhập.'),
  ('XA-NTM-HIEN-DAI', 1, 'Khung thí điểm xã nông thôn mới hiện đại giai đoạn 2026–2030', 'MODERN', '51/2025/QĐ-TTG',
   DATE '2026-02-15', DATE '2030-12-31', 'DRAFT', NULL, NULL,
   'Thí điểm. Tiêu chí chưa nhập: quản trị nhập rồi công bố.')
) AS v (title_code, version_no, name, level, directive_key, effective_from, effective_to, status, revoke_key,
        revoke_all, notes)
JOIN recognition_title t ON t.code = v.title_code
JOIN directive d ON d.number_key = v.directive_key AND d.issuer_id = t.issuer_organization_id;

UPDATE criteria_set SET copied_from_id = (SELECT s.id FROM criteria_set s JOIN recognition_title t ON t.id = s.title_id
                                          WHERE t.code = 'XA-NTM' AND s.version_no = 1)
WHERE version_no = 2 AND title_id = (SELECT id FROM recognition_title WHERE code = 'XA-NTM');
UPDATE criteria_set SET copied_from_id = (SELECT s.id FROM criteria_set s JOIN recognition_title t ON t.id = s.title_id
                                          WHERE t.code = 'XA-NTM' AND s.version_no = 2)
WHERE version_no = 3 AND title_id = (SELECT id FROM recognition_title WHERE code = 'XA-NTM');

-- 2016–2020 (QĐ 1980/QĐ-TTg): five groups, nineteen criteria.
INSERT INTO criteria_group (set_id, code, name, position)
SELECT s.id, g.code, g.name, g.position
FROM (VALUES ('I', 'Quy hoạch', 1), ('II', 'Hạ tầng kinh tế - xã hội', 2), ('III', 'Kinh tế và tổ chức sản xuất', 3),
             ('IV', 'Văn hóa - xã hội - môi trường', 4), ('V', 'Hệ thống chính trị', 5)) AS g (code, name, position)
CROSS JOIN criteria_set s JOIN recognition_title t ON t.id = s.title_id
WHERE t.code = 'XA-NTM' AND s.version_no = 1;

INSERT INTO criterion (set_id, group_id, code, name, kind, required, position)
SELECT s.id, g.id, c.code, c.name, 'PASS_FAIL', true, c.position
FROM (VALUES
  ('1', 'Quy hoạch', 'I', 1), ('2', 'Giao thông', 'II', 2), ('3', 'Thủy lợi', 'II', 3), ('4', 'Điện', 'II', 4),
  ('5', 'Trường học', 'II', 5), ('6', 'Cơ sở vật chất văn hóa', 'II', 6),
  ('7', 'Cơ sở hạ tầng thương mại nông thôn', 'II', 7), ('8', 'Thông tin và Truyền thông', 'II', 8),
  ('9', 'Nhà ở dân cư', 'II', 9), ('10', 'Thu nhập', 'III', 10), ('11', 'Hộ nghèo', 'III', 11),
  ('12', 'Lao động có việc làm', 'III', 12), ('13', 'Tổ chức sản xuất', 'III', 13),
  ('14', 'Giáo dục và Đào tạo', 'IV', 14), ('15', 'Y tế', 'IV', 15), ('16', 'Văn hóa', 'IV', 16),
  ('17', 'Môi trường và an toàn thực phẩm', 'IV', 17), ('18', 'Hệ thống chính trị và tiếp cận pháp luật', 'V', 18),
  ('19', 'Quốc phòng và An ninh', 'V', 19)
) AS c (code, name, group_code, position)
CROSS JOIN criteria_set s JOIN recognition_title t ON t.id = s.title_id
JOIN criteria_group g ON g.set_id = s.id AND g.code = c.group_code
WHERE t.code = 'XA-NTM' AND s.version_no = 1;

-- 2021–2025 (QĐ 318/QĐ-TTg): nineteen criteria; no groups (their 2022 wording was not in hand) and no indicators.
INSERT INTO criterion (set_id, code, name, kind, required, position)
SELECT s.id, c.code, c.name, 'PASS_FAIL', true, c.position
FROM (VALUES
  ('1', 'Quy hoạch', 1), ('2', 'Giao thông', 2),
  ('3', 'Tiêu chí số 3 (giai đoạn 2016–2020: Thủy lợi; tên theo QĐ 318/QĐ-TTg chưa đối chiếu)', 3),
  ('4', 'Điện', 4), ('5', 'Trường học', 5), ('6', 'Cơ sở vật chất văn hóa', 6),
  ('7', 'Cơ sở hạ tầng thương mại nông thôn', 7), ('8', 'Thông tin và Truyền thông', 8), ('9', 'Nhà ở dân cư', 9),
  ('10', 'Thu nhập', 10),
  ('11', 'Tiêu chí số 11 (giai đoạn 2016–2020: Hộ nghèo; tên theo QĐ 318/QĐ-TTg chưa đối chiếu)', 11),
  ('12', 'Tiêu chí số 12 (giai đoạn 2016–2020: Lao động có việc làm; tên theo QĐ 318/QĐ-TTg chưa đối chiếu)', 12),
  ('13', 'Tiêu chí số 13 (giai đoạn 2016–2020: Tổ chức sản xuất; tên theo QĐ 318/QĐ-TTg chưa đối chiếu)', 13),
  ('14', 'Giáo dục và Đào tạo', 14), ('15', 'Y tế', 15), ('16', 'Văn hóa', 16),
  ('17', 'Môi trường và an toàn thực phẩm', 17), ('18', 'Hệ thống chính trị và tiếp cận pháp luật', 18),
  ('19', 'Quốc phòng và An ninh', 19)
) AS c (code, name, position)
CROSS JOIN criteria_set s JOIN recognition_title t ON t.id = s.title_id
WHERE t.code = 'XA-NTM' AND s.version_no = 2;

-- 2026–2030 (Quyết định 51/2025/QĐ-TTg): ten criteria, each with its variant for groups 1, 2, 3 (thresholds to enter).
INSERT INTO criterion (set_id, code, name, kind, required, position)
SELECT s.id, c.code, c.name, 'PASS_FAIL', true, c.position
FROM (VALUES
  ('1', 'Quy hoạch', 1), ('2', 'Hạ tầng kinh tế – xã hội', 2), ('3', 'Phát triển kinh tế nông thôn', 3),
  ('4', 'Đào tạo nguồn nhân lực nông thôn', 4), ('5', 'Văn hóa, giáo dục, y tế', 5),
  ('6', 'Giảm nghèo và an sinh xã hội', 6), ('7', 'Khoa học công nghệ và chuyển đổi số', 7),
  ('8', 'Môi trường và cảnh quan nông thôn', 8), ('9', 'Xây dựng hệ thống chính trị và hành chính công', 9),
  ('10', 'Tiếp cận pháp luật và an ninh, quốc phòng', 10)
) AS c (code, name, position)
CROSS JOIN criteria_set s JOIN recognition_title t ON t.id = s.title_id
WHERE t.code = 'XA-NTM' AND s.version_no = 3;

INSERT INTO criterion_variant (criterion_id, commune_group, threshold, note)
SELECT k.id, g.n, NULL, 'Mức đạt chuẩn cho xã nhóm ' || g.n || ' theo Quyết định 51/2025/QĐ-TTg: chưa nhập'
FROM criterion k JOIN criteria_set s ON s.id = k.set_id JOIN recognition_title t ON t.id = s.title_id
CROSS JOIN (VALUES (1), (2), (3)) AS g (n)
WHERE t.code = 'XA-NTM' AND s.version_no = 3 AND k.parent_id IS NULL;

-- ---- each commune's group for a period --------------------------------------------------------------------------
-- Set by the province's editor or admin; one row per commune and period (2026–2030 starts in 2026).
CREATE TABLE rural_commune_group (
    id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    unit_id       bigint       NOT NULL,
    period_from   int          NOT NULL CHECK (period_from BETWEEN 2010 AND 2100),
    period_to     int          NOT NULL CHECK (period_to BETWEEN 2010 AND 2100),
    commune_group smallint     NOT NULL CHECK (commune_group BETWEEN 1 AND 3),
    note          text,
    set_by        varchar(200) NOT NULL,
    set_at        timestamptz  NOT NULL,
    demo          boolean      NOT NULL DEFAULT false,
    version       bigint       NOT NULL DEFAULT 0,
    UNIQUE (unit_id, period_from),
    CHECK (period_to >= period_from)
);

-- ---- each commune's assessed criteria and indicators by year ------------------------------------------------------
-- One row per commune × criterion (or indicator) × year; national scale 3,321 × 47 × 5 ≈ 780,000 rows. The key leads
-- with the commune and the year: a commune's criteria page and a province's met counts are index range scans.
CREATE TABLE rural_assessment (
    id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    unit_id      bigint        NOT NULL,
    year         int           NOT NULL CHECK (year BETWEEN 2010 AND 2100),
    criterion_id bigint        NOT NULL REFERENCES criterion (id),
    met          boolean       NOT NULL,
    value        numeric(14, 4),
    note         text,
    assessed_by  varchar(200)  NOT NULL,
    assessed_at  timestamptz   NOT NULL,
    demo         boolean       NOT NULL DEFAULT false,
    version      bigint        NOT NULL DEFAULT 0,
    CONSTRAINT rural_assessment_identity UNIQUE (unit_id, year, criterion_id)
);
CREATE INDEX rural_assessment_met ON rural_assessment (unit_id, year) INCLUDE (criterion_id) WHERE met;
CREATE INDEX rural_assessment_criterion ON rural_assessment (criterion_id);

-- ---- recognition of communes: a past decision made on paper, entered afterwards, is marked as such -----------------
ALTER TABLE recognition_decision ADD COLUMN recorded boolean NOT NULL DEFAULT false;
