#!/bin/sh
# Writes the console's nginx `server` block from deploy/nginx/console.conf.template and the
# environment. The container's entrypoint and the e2e tests (scripts/nginx-e2e.ts) both run it,
# so the tests exercise the configuration that ships. Plain POSIX sh and sed: it runs in the
# nginx image (busybox) and on Debian alike.
#
#   render-nginx-conf.sh <template> <output>
#
# Environment:
#   FIFTYONE_API_URI  required: the FiftyOne API, e.g. https://api.fiftyone.mycompany.com or
#                     http://teams-api:8000 (what the SDK's FIFTYONE_API_URI holds)
#   BASE_PATH         where the console is served, e.g. /admin/ (default /)
#   LISTEN            nginx `listen`: a port or address:port (default 8080)
#   CONSOLE_ROOT      the built console, `npm run build`'s dist/ (default /usr/share/nginx/html)
#   CSP_CONNECT_SRC   optional extra origins the browser may call directly (an API with CORS)
set -eu

fail() {
  echo "render-nginx-conf: $*" >&2
  exit 1
}

[ "$#" -eq 2 ] || fail "usage: render-nginx-conf.sh <template> <output>"
template=$1
output=$2

api=${FIFTYONE_API_URI:-}
[ -n "$api" ] || fail "FIFTYONE_API_URI is not set (the FiftyOne API, e.g. https://api.fiftyone.mycompany.com)"
case "$api" in
  http://?* | https://?*) ;;
  *) fail "FIFTYONE_API_URI must start with http:// or https:// (got: $api)" ;;
esac
# Characters that would end an nginx directive or a quoted string.
case "$api" in
  *[[:space:]\;\{\}\'\"\\]*) fail "FIFTYONE_API_URI holds a character nginx cannot take: $api" ;;
esac
api=$(printf '%s' "$api" | sed 's|/*$||')

base=${BASE_PATH:-/}
case "$base" in /*) ;; *) base="/$base" ;; esac
case "$base" in */) ;; *) base="$base/" ;; esac
if printf '%s' "$base" | grep -q '[^A-Za-z0-9._~/-]'; then
  fail "BASE_PATH may hold letters, digits, '.', '_', '~', '-' and '/' only (got: $base)"
fi
case "$base" in *//*) fail "BASE_PATH has an empty segment: $base" ;; esac
case "$base" in */./* | */../*) fail "BASE_PATH has a . or .. segment: $base" ;; esac

listen=${LISTEN:-8080}
case "$listen" in
  *[!0-9A-Za-z.:\[\]]*) fail "LISTEN must be a port or address:port (got: $listen)" ;;
esac

root=${CONSOLE_ROOT:-/usr/share/nginx/html}
case "$root" in
  /*) ;;
  *) fail "CONSOLE_ROOT must be an absolute path (got: $root)" ;;
esac
case "$root" in
  *[[:space:]\;\{\}\'\"\\\$]*) fail "CONSOLE_ROOT holds a character nginx cannot take: $root" ;;
esac
root=$(printf '%s' "$root" | sed 's|/*$||')
[ -f "$root/index.html" ] || fail "CONSOLE_ROOT has no index.html (build the console first): $root"

connect=${CSP_CONNECT_SRC:-}
case "$connect" in
  *[\;\'\"\\\$]*) fail "CSP_CONNECT_SRC must be a space-separated list of origins (got: $connect)" ;;
esac
[ -z "$connect" ] || connect=" $connect"

# The `#sub-path:` lines exist only when the console has a sub-path.
if [ "$base" = / ]; then sub_path='/^#sub-path:/d'; else sub_path='s/^#sub-path://'; fi

# A value in a sed replacement: escape the delimiter, `&` and backslashes.
escape() {
  printf '%s' "$1" | sed 's/[|&\\]/\\&/g'
}

sed \
  -e "$sub_path" \
  -e "s|\${FIFTYONE_API_URI}|$(escape "$api")|g" \
  -e "s|\${BASE_PATH_NO_SLASH}|$(escape "${base%/}")|g" \
  -e "s|\${BASE_PATH}|$(escape "$base")|g" \
  -e "s|\${LISTEN}|$(escape "$listen")|g" \
  -e "s|\${CONSOLE_ROOT}|$(escape "$root")|g" \
  -e "s|\${CSP_CONNECT_SRC}|$(escape "$connect")|g" \
  "$template" >"$output.tmp"

if grep -n '\${' "$output.tmp" >&2; then
  rm -f "$output.tmp"
  fail "the template has a placeholder this script does not fill (above)"
fi
mv "$output.tmp" "$output"
echo "render-nginx-conf: console at ${base} (files in ${root}), API ${api}, listening on ${listen}"
