-- The standing organizations of every province and commune in force since 1 July 2025, and the
-- former ones that older documents name. Codes are <unit code>-<abbreviation>, e.g. 91-BTGDV.

CREATE TEMPORARY TABLE org_template (abbr text, kind text, level text, prefix text, parent_abbr text, ord int);
INSERT INTO org_template VALUES
  ('TU',    'PARTY_COMMITTEE',               'PROVINCE', 'Tỉnh ủy',                                  NULL, 1),
  ('BTV',   'PARTY_STANDING_COMMITTEE',      'PROVINCE', 'Ban Thường vụ Tỉnh ủy',                    'TU', 2),
  ('BTGDV', 'PROPAGANDA_MOBILIZATION_BOARD', 'PROVINCE', 'Ban Tuyên giáo và Dân vận Tỉnh ủy',        'TU', 3),
  ('VP',    'PARTY_OFFICE',                  'PROVINCE', 'Văn phòng Tỉnh ủy',                        'TU', 4),
  ('UBND',  'PEOPLES_COMMITTEE',             'PROVINCE', 'Ủy ban nhân dân',                          NULL, 5),
  ('MTTQ',  'FATHERLAND_FRONT',              'PROVINCE', 'Ủy ban Mặt trận Tổ quốc Việt Nam',         NULL, 6),
  ('HND',   'FARMERS_ASSOCIATION',           'PROVINCE', 'Hội Nông dân',                             'MTTQ', 7),
  ('HLHPN', 'WOMENS_UNION',                  'PROVINCE', 'Hội Liên hiệp Phụ nữ',                     'MTTQ', 8),
  ('HCCB',  'VETERANS_ASSOCIATION',          'PROVINCE', 'Hội Cựu chiến binh',                       'MTTQ', 9),
  ('LDLD',  'LABOUR_FEDERATION',             'PROVINCE', 'Liên đoàn Lao động',                       'MTTQ', 10),
  ('DTN',   'YOUTH_UNION',                   'PROVINCE', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',     'MTTQ', 11),
  ('DU',    'PARTY_COMMITTEE',               'COMMUNE',  'Đảng ủy',                                  NULL, 1),
  ('BTV',   'PARTY_STANDING_COMMITTEE',      'COMMUNE',  'Ban Thường vụ Đảng ủy',                    'DU', 2),
  ('UBND',  'PEOPLES_COMMITTEE',             'COMMUNE',  'Ủy ban nhân dân',                          NULL, 3),
  ('MTTQ',  'FATHERLAND_FRONT',              'COMMUNE',  'Ủy ban Mặt trận Tổ quốc Việt Nam',         NULL, 4),
  ('HND',   'FARMERS_ASSOCIATION',           'COMMUNE',  'Hội Nông dân',                             'MTTQ', 5),
  ('HLHPN', 'WOMENS_UNION',                  'COMMUNE',  'Hội Liên hiệp Phụ nữ',                     'MTTQ', 6),
  ('HCCB',  'VETERANS_ASSOCIATION',          'COMMUNE',  'Hội Cựu chiến binh',                       'MTTQ', 7),
  ('DTN',   'YOUTH_UNION',                   'COMMUNE',  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',     'MTTQ', 8);

-- "Tỉnh ủy An Giang", "Ủy ban nhân dân tỉnh An Giang", "Thành ủy Hà Nội", "Đảng ủy phường Rạch Giá"
INSERT INTO organization (code, name, kind, unit_id, valid_from)
SELECT u.code || '-' || t.abbr,
       CASE
         WHEN u.level = 'PROVINCE' AND u.kind = 'MUNICIPALITY' AND t.prefix LIKE '%Tỉnh ủy'
           THEN replace(t.prefix, 'Tỉnh ủy', 'Thành ủy') || ' ' || u.short_name
         WHEN u.level = 'PROVINCE' AND t.prefix LIKE '%Tỉnh ủy' THEN t.prefix || ' ' || u.short_name
         ELSE t.prefix || ' ' || lower(left(u.name, 1)) || substr(u.name, 2)
       END,
       t.kind, u.id, u.valid_from
FROM administrative_unit u
JOIN org_template t ON t.level = u.level
WHERE u.valid_to IS NULL AND u.code IS NOT NULL;

UPDATE organization o SET parent_id = p.id
FROM administrative_unit u, org_template t, organization p
WHERE o.unit_id = u.id AND u.valid_to IS NULL AND t.level = u.level
  AND o.code = u.code || '-' || t.abbr AND t.parent_abbr IS NOT NULL
  AND p.code = u.code || '-' || t.parent_abbr;

-- Former bodies of Kiên Giang province (merged into An Giang on 1 July 2025) and of Đơn Dương
-- district (Lâm Đồng): the issuers of older directives.
INSERT INTO organization (code, name, kind, unit_id, valid_to, successor_id)
SELECT v.code, v.name, v.kind, u.id, DATE '2025-06-30', s.id
FROM (VALUES
  ('KG-TU',    'Tỉnh ủy Kiên Giang',                                'PARTY_COMMITTEE',          'Tỉnh Kiên Giang', '91-TU'),
  ('KG-BTV',   'Ban Thường vụ Tỉnh ủy Kiên Giang',                  'PARTY_STANDING_COMMITTEE', 'Tỉnh Kiên Giang', '91-BTV'),
  ('KG-BDV',   'Ban Dân vận Tỉnh ủy Kiên Giang',                    'PROPAGANDA_MOBILIZATION_BOARD', 'Tỉnh Kiên Giang', '91-BTGDV'),
  ('KG-UBND',  'Ủy ban nhân dân tỉnh Kiên Giang',                   'PEOPLES_COMMITTEE',        'Tỉnh Kiên Giang', '91-UBND'),
  ('KG-MTTQ',  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang',  'FATHERLAND_FRONT',         'Tỉnh Kiên Giang', '91-MTTQ'),
  ('DD-HU',    'Huyện ủy Đơn Dương',                                'PARTY_COMMITTEE',          'Huyện Đơn Dương', NULL),
  ('DD-BTV',   'Ban Thường vụ Huyện ủy Đơn Dương',                  'PARTY_STANDING_COMMITTEE', 'Huyện Đơn Dương', NULL),
  ('DD-BDV',   'Ban Dân vận Huyện ủy Đơn Dương',                    'PROPAGANDA_MOBILIZATION_BOARD', 'Huyện Đơn Dương', NULL)
) AS v (code, name, kind, unit_name, successor_code)
JOIN administrative_unit u ON u.name = v.unit_name AND u.valid_to IS NOT NULL
     AND (u.level = 'PROVINCE' OR u.path LIKE (SELECT path FROM administrative_unit WHERE name = 'Tỉnh Lâm Đồng' AND valid_to IS NOT NULL) || '%')
LEFT JOIN organization s ON s.code = v.successor_code;

UPDATE organization o SET parent_id = p.id
FROM organization p
WHERE (o.code, p.code) IN (('KG-BTV', 'KG-TU'), ('KG-BDV', 'KG-TU'), ('DD-BTV', 'DD-HU'), ('DD-BDV', 'DD-HU'));

DROP TABLE org_template;
