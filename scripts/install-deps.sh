#!/bin/sh
# install-deps.sh — make sure the Debian packages that cordon's build, tests and demo need are
# present; install only the missing ones. Fast (one dpkg-query) when everything is there.
#
# Usage: scripts/install-deps.sh [--check]
#   --check   only report what is missing (exit 1 if anything is)
set -eu

PACKAGES="build-essential pkg-config clang libclang-rt-dev \
libutf8proc-dev libicu-dev libjansson-dev libxml2-dev zlib1g-dev libsqlite3-dev \
libmicrohttpd-dev libcurl4-openssl-dev libssl-dev libcmocka-dev libmecab-dev mecab-ipadic-utf8 \
jq python3 xxd curl wrk chromium nodejs sqlite3"

missing=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing="$missing $pkg"
done

[ -z "$missing" ] && exit 0
if [ "${1:-}" = "--check" ]; then
    echo "install-deps: missing:$missing" >&2
    exit 1
fi

echo "install-deps: installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo"
else
    echo "install-deps: cannot install as $(id -un) without sudo; run as root:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "install-deps: done" >&2
