#!/usr/bin/env bash
# Crafted uploads against `make run`: how long the backend takes to refuse (or accept) a ZIP that inflates far beyond
# its size. The type is read from the ZIP's central directory and a .docx's text from at most 50 MB of inflated XML,
# so the time should follow the bytes sent, not the bytes the archive claims.
#   backend/bench/crafted-uploads.sh            (needs make run: the demo people and data)
# Prints, for each crafted file and route: the HTTP status and the time of the whole request (curl), best of 3.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../docker/local/common.sh"
API="http://localhost:${DANVAN_API_PORT}/api/v1"
KC="http://localhost:${KC_PORT}/realms/danvan/protocol/openid-connect/token"
PSQL=(env PGPASSWORD="${DANVAN_DB_PASSWORD}" psql -X -q -At -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" -U "${DANVAN_DB_USER}" -d "${DANVAN_DB_NAME}")
url_ok "http://localhost:${DANVAN_MANAGEMENT_PORT}/q/health/ready" \
  || die "the backend does not answer: make run first"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

token() {
  curl -fsS -d grant_type=password -d client_id=danvan-scripts \
    -d client_secret="${DANVAN_SCRIPTS_SECRET:-changeme-scripts}" \
    -d username="$1" -d password="${DEMO_PASSWORD:-demo}" "$KC" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

say "Crafting the files (once: deflated zeros, stored entries repeated)"
python3 - "$WORK" <<'PY'
import struct, sys, zlib
work = sys.argv[1]
GIB = 1 << 30

def deflated_zeros(size):
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(1 << 20)
    out = []
    crc = 0
    for _ in range(size // len(chunk)):
        out.append(comp.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    out.append(comp.flush())
    return b"".join(out), crc

def write_zip(path, entries):
    """entries: (name, deflated bytes, crc, uncompressed size); written by hand so one entry can repeat."""
    local, central, offset = [], [], 0
    for name, data, crc, size in entries:
        n = name.encode()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(n), 0) + n
        local.append(header + data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), size,
                                   len(n), 0, 0, 0, 0, 0, offset) + n)
        offset += len(header) + len(data)
    cd = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), offset, 0)
    with open(path, "wb") as f:
        f.write(b"".join(local) + cd + end)

data, crc = deflated_zeros(GIB)
# 1 MB holding 1 GiB of zeros, as a bare zip
write_zip(f"{work}/bomb-1mb.zip", [("zeros.bin", data, crc, GIB)])
# the same shaped as a Word document: word/document.xml is 1 GiB of zeros
ct = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
ctd = zlib.compressobj(9, zlib.DEFLATED, -15); ctz = ctd.compress(ct) + ctd.flush()
write_zip(f"{work}/bomb-1mb.docx", [("[Content_Types].xml", ctz, zlib.crc32(ct), len(ct)),
                                    ("word/document.xml", data, crc, GIB)])
# about 20 MB holding 20 GiB: the 1 GiB entry twenty times
copies = max(1, (19 * 1024 * 1024) // len(data))
write_zip(f"{work}/bomb-20mb.zip", [(f"zeros-{i}.bin", data, crc, GIB) for i in range(copies)])
write_zip(f"{work}/bomb-20mb.docx", [("[Content_Types].xml", ctz, zlib.crc32(ct), len(ct))]
          + [("word/document.xml" if i == 0 else f"word/media/zeros-{i}.bin", data, crc, GIB) for i in range(copies)])
PY
ls -l "$WORK" | awk 'NR > 1 { printf "  %-16s %10d bytes\n", $9, $5 }'

EDITOR_TOKEN=$(token editor.angiang)
REPORTER_TOKEN=$(token reporter.rachgia)
BOARD=$("${PSQL[@]}" -c "select id from organization where code = '91-BTGDV'")
N=$RANDOM$RANDOM
PLAN=$(curl -fsS -H "Authorization: Bearer $EDITOR_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"type\":\"PLAN\",\"number\":\"$N-KH/BTGDVTU\",\"issuerId\":$BOARD,\"issueDate\":\"2026-03-02\",\"subject\":\"Kế hoạch đo tệp tải lên $N\"}" \
  "$API/directives" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
REPORT=$("${PSQL[@]}" -c "select s.id from report_slot s join task_assignment a on a.id = s.assignment_id
  join organization o on o.id = a.organization_id where o.code = '30742-DU' and s.status in ('OPEN', 'RETURNED')
  order by s.id limit 1")

upload() { # TOKEN URL FILE NAME: prints "status seconds", best time of 3
  local best="" status t
  for _ in 1 2 3; do
    read -r status t < <(curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $1" \
      -F "file=@$3;filename=$4" "$2")
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $t < $best else 1)"; then best=$t; fi
  done
  echo "$status $best"
}

printf '\n%-18s %-34s %6s %9s\n' "file" "route" "status" "seconds"
for f in bomb-1mb.zip bomb-1mb.docx bomb-20mb.zip bomb-20mb.docx; do
  name="${f/bomb/ho-so}"
  read -r s t < <(upload "$EDITOR_TOKEN" "$API/directives/parse-file" "$WORK/$f" "$name")
  printf '%-18s %-34s %6s %9s\n' "$f" "POST /directives/parse-file" "$s" "$t"
  read -r s t < <(upload "$EDITOR_TOKEN" "$API/directives/$PLAN/attachments" "$WORK/$f" "$name")
  printf '%-18s %-34s %6s %9s\n' "$f" "POST /directives/{id}/attachments" "$s" "$t"
  if [ -n "$REPORT" ]; then
    read -r s t < <(upload "$REPORTER_TOKEN" "$API/reports/$REPORT/attachments" "$WORK/$f" "$name")
    printf '%-18s %-34s %6s %9s\n' "$f" "POST /reports/{id}/attachments" "$s" "$t"
  fi
done
echo
echo "Type detection reads the central directory (vn.danvan.common.upload.ZipDirectory); .docx text reads at most"
echo "50 MB of inflated XML (DocumentTextExtractor). A file the type rules refuse is 400; a well-formed .docx bomb"
echo "kept as evidence is stored as it came (201): it is never inflated on the server."
