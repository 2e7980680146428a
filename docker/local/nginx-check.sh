#!/usr/bin/env bash
# Checks docker/nginx.conf without Docker (make test-deploy): installs Debian's nginx when missing,
# runs `nginx -t` on the file inside a minimal wrapper (the http {} block the nginx image gives it),
# then starts that nginx on a free port, serving a tiny build output, with /api going to a dummy
# backend, and checks with curl: the security headers on the app's pages and files, the API's own
# headers passed through, HSTS only over https, no source map served, no /q/ here, a 21 MB body
# refused with 413 (and 20 MB let through), problem+json when the backend is down. Stops what it started.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt_install nginx-light
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
KEYCLOAK_URL="https://sso.example.gov.vn" # stands for DANVAN_KEYCLOAK_URL

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
WEB_PORT="$(free_port)"
API_PORT="$(free_port)"
WORK="$(mktemp -d /tmp/danvan-nginx-check.XXXXXX)"
chmod 755 "$WORK" # nginx's workers run as www-data and read the files below
mkdir -p "$WORK/html/assets" "$WORK/logs" "$WORK/temp"

backend_pid=""
cleanup() {
  [ -s "$WORK/nginx.pid" ] && "$NGINX" -p "$WORK/" -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
  [ -n "$backend_pid" ] && kill "$backend_pid" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- the configuration under test ---------------------------------------------------------------
# Rendered as the nginx image renders it (envsubst of DANVAN_KEYCLOAK_URL only). Changed for this
# machine, and nothing else: the upstream `backend` (a name in the compose network only) becomes the
# dummy on 127.0.0.1, port 80 a free port, the image's html directory the tiny build below.
DANVAN_KEYCLOAK_URL="$KEYCLOAK_URL" envsubst '${DANVAN_KEYCLOAK_URL}' <"${REPO_ROOT}/docker/nginx.conf" \
  | sed -e "s#proxy_pass http://backend:8080;#proxy_pass http://127.0.0.1:${API_PORT};#" \
    -e "s#listen 80;#listen 127.0.0.1:${WEB_PORT};#" \
    -e "s#root /usr/share/nginx/html;#root ${WORK}/html;#" >"$WORK/default.conf"
for expected in "127.0.0.1:${API_PORT}" "listen 127.0.0.1:${WEB_PORT}" "root ${WORK}/html" "$KEYCLOAK_URL"; do
  grep -qF "$expected" "$WORK/default.conf" || die "docker/nginx.conf changed shape: could not set '${expected}' in the test copy"
done
cat >"$WORK/nginx.conf" <<CONF
pid ${WORK}/nginx.pid;
error_log ${WORK}/logs/error.log;
worker_processes 1;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${WORK}/logs/access.log;
    client_body_temp_path ${WORK}/temp/body;
    proxy_temp_path ${WORK}/temp/proxy;
    fastcgi_temp_path ${WORK}/temp/fastcgi;
    uwsgi_temp_path ${WORK}/temp/uwsgi;
    scgi_temp_path ${WORK}/temp/scgi;
    include ${WORK}/default.conf;
}
CONF

say "nginx -t on docker/nginx.conf"
"$NGINX" -t -p "$WORK/" -c "$WORK/nginx.conf"

# --- a tiny build output and a dummy backend ------------------------------------------------------
printf '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>\n' >"$WORK/html/index.html"
printf 'console.log("app");\n//# sourceMappingURL=index-abc123.js.map\n' >"$WORK/html/assets/index-abc123.js"
printf '{"version":3,"sources":["secret-source.tsx"]}\n' >"$WORK/html/assets/index-abc123.js.map"
cp "$WORK/html/assets/index-abc123.js.map" "$WORK/html/stray.js.map"
printf '<!doctype html><html><head><script src="/silent-renew.js"></script></head><body></body></html>\n' >"$WORK/html/silent-renew.html"
printf 'self.addEventListener("fetch", () => {});\n' >"$WORK/html/sw.js"
chmod -R a+rX "$WORK/html"

# Answers every request like the backend's API does (its own CSP, nosniff, Referrer-Policy), reads
# the whole body, and logs "METHOD PATH X-Forwarded-Proto BODY-BYTES".
python3 - "$API_PORT" "$WORK/backend.log" <<'PY' &
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

port, log = int(sys.argv[1]), sys.argv[2]

class Api(BaseHTTPRequestHandler):
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        remaining = length
        while remaining > 0:
            remaining -= len(self.rfile.read(min(remaining, 1 << 20)))
        with open(log, "a") as f:
            f.write(f"{self.command} {self.path} {self.headers.get('X-Forwarded-Proto')} {length}\n")
        body = b'{"username":"dummy"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = answer

    def log_message(self, *args):
        pass

HTTPServer(("127.0.0.1", port), Api).serve_forever()
PY
backend_pid=$!

say "Starting nginx on 127.0.0.1:${WEB_PORT} (dummy backend on ${API_PORT})"
"$NGINX" -p "$WORK/" -c "$WORK/nginx.conf"
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:${API_PORT}/api/ready" 2>/dev/null \
    && curl -fsS -o /dev/null "http://127.0.0.1:${WEB_PORT}/" 2>/dev/null && break
  sleep 0.2
done

# --- checks --------------------------------------------------------------------------------------
failed=0
fail() { printf 'FAIL: %s\n' "$*"; failed=1; }
ok() { printf '  ok  %s\n' "$*"; }

# fetch NAME CURL-ARGS...: the response's status, headers and body into $WORK/NAME.{status,headers,body}
fetch() {
  local name="$1"
  shift
  curl -sS -o "$WORK/$name.body" -D "$WORK/$name.headers" -w '%{http_code}' "$@" >"$WORK/$name.status"
}
status_is() { # NAME CODE
  if [ "$(cat "$WORK/$1.status")" = "$2" ]; then ok "$1: $2"; else fail "$1: status $(cat "$WORK/$1.status"), expected $2"; fi
}
header_count() { grep -ci "^$2:" "$WORK/$1.headers" || true; }
has_header() { # NAME HEADER VALUE-SUBSTRING
  if grep -i "^$2:" "$WORK/$1.headers" | grep -qF -- "$3"; then ok "$1: $2 has $3"; else fail "$1: no $2 with '$3'"; fi
}
lacks_header() { # NAME HEADER
  if [ "$(header_count "$1" "$2")" -eq 0 ]; then ok "$1: no $2"; else fail "$1: unexpected $2"; fi
}
app_headers() { # NAME: the web app's headers
  has_header "$1" Content-Security-Policy "default-src 'self'; script-src 'self';"
  has_header "$1" Content-Security-Policy "connect-src 'self' ${KEYCLOAK_URL};"
  has_header "$1" Content-Security-Policy "frame-ancestors 'none'"
  has_header "$1" Content-Security-Policy "frame-src 'self' ${KEYCLOAK_URL};"
  has_header "$1" X-Content-Type-Options nosniff
  has_header "$1" Referrer-Policy strict-origin-when-cross-origin
  has_header "$1" X-Frame-Options DENY
}
WEB="http://127.0.0.1:${WEB_PORT}"

fetch index "$WEB/"
status_is index 200
app_headers index
has_header index Cache-Control no-cache
lacks_header index Strict-Transport-Security

fetch route "$WEB/directives/42"
status_is route 200
grep -q 'id="root"' "$WORK/route.body" && ok "route: the app's index.html" || fail "route: not index.html"
app_headers route

# The silent sign-in's page is framed by the app (and by nothing else); the rest never is.
fetch silent "$WEB/silent-renew.html"
status_is silent 200
has_header silent Content-Security-Policy "frame-ancestors 'self'"
has_header silent Content-Security-Policy "script-src 'self'"
has_header silent X-Frame-Options SAMEORIGIN
has_header silent X-Content-Type-Options nosniff
[ "$(header_count silent Content-Security-Policy)" -eq 1 ] && ok "silent: one Content-Security-Policy" \
  || fail "silent: $(header_count silent Content-Security-Policy) Content-Security-Policy headers"

# The service worker is revalidated on every check for an update of the app.
fetch sw "$WEB/sw.js"
status_is sw 200
has_header sw Cache-Control no-cache
app_headers sw

fetch asset "$WEB/assets/index-abc123.js"
status_is asset 200
app_headers asset
has_header asset Cache-Control max-age=

fetch asset_map "$WEB/assets/index-abc123.js.map"
status_is asset_map 404
fetch stray_map "$WEB/stray.js.map"
status_is stray_map 404

fetch https_index -H 'X-Forwarded-Proto: https' "$WEB/"
has_header https_index Strict-Transport-Security "max-age=31536000"

fetch metrics "$WEB/q/metrics"
status_is metrics 404
fetch health "$WEB/q/health/ready"
status_is health 404

fetch api "$WEB/api/v1/me"
status_is api 200
[ "$(header_count api Content-Security-Policy)" -eq 1 ] && ok "api: one Content-Security-Policy" \
  || fail "api: $(header_count api Content-Security-Policy) Content-Security-Policy headers"
has_header api Content-Security-Policy "default-src 'none'; frame-ancestors 'none'"
[ "$(header_count api X-Content-Type-Options)" -eq 1 ] && ok "api: one X-Content-Type-Options" \
  || fail "api: $(header_count api X-Content-Type-Options) X-Content-Type-Options headers"
lacks_header api Strict-Transport-Security
fetch api_https -H 'X-Forwarded-Proto: https' "$WEB/api/v1/me"
has_header api_https Strict-Transport-Security "max-age=31536000"
[ "$(header_count api_https Strict-Transport-Security)" -eq 1 ] && ok "api_https: one Strict-Transport-Security" \
  || fail "api_https: $(header_count api_https Strict-Transport-Security) Strict-Transport-Security headers"
grep -q '^GET /api/v1/me https ' "$WORK/backend.log" && ok "api_https: the backend was told https" \
  || fail "api_https: X-Forwarded-Proto https did not reach the backend"

head -c $((21 * 1024 * 1024)) /dev/zero >"$WORK/21mb.bin"
fetch upload_21mb -X POST -H 'Content-Type: application/octet-stream' --data-binary "@$WORK/21mb.bin" "$WEB/api/v1/attachments"
status_is upload_21mb 413
has_header upload_21mb Content-Type application/problem+json
grep -q '"status":413' "$WORK/upload_21mb.body" && ok "upload_21mb: problem+json body" || fail "upload_21mb: body $(head -c 200 "$WORK/upload_21mb.body")"
if grep -q "$((21 * 1024 * 1024))\$" "$WORK/backend.log"; then fail "upload_21mb: reached the backend"; else ok "upload_21mb: never reached the backend"; fi
head -c $((20 * 1024 * 1024 + 4096)) /dev/zero >"$WORK/20mb.bin"
fetch upload_20mb -X POST -H 'Content-Type: application/octet-stream' --data-binary "@$WORK/20mb.bin" "$WEB/api/v1/attachments"
status_is upload_20mb 200 # a 20 MB file and its multipart envelope get through

kill "$backend_pid" 2>/dev/null || true
wait "$backend_pid" 2>/dev/null || true
backend_pid=""
fetch backend_down "$WEB/api/v1/me"
status_is backend_down 503
has_header backend_down Content-Type application/problem+json
has_header backend_down X-Content-Type-Options nosniff

"$NGINX" -p "$WORK/" -c "$WORK/nginx.conf" -s stop 2>/dev/null
rm -f "$WORK/nginx.pid"
[ "$failed" -eq 0 ] || { echo "==> nginx check FAILED (error log below)"; tail -n 20 "$WORK/logs/error.log" || true; exit 1; }
say "nginx.conf: headers, no source maps, no /q/, 413 over 20 MB: all as expected"
