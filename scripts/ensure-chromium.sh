#!/usr/bin/env bash
# Print the path of a headless-capable Chromium, installing it with apt-get when missing (root only).
#
#   scripts/ensure-chromium.sh      -> /usr/bin/chromium
#
# Only the path goes to stdout; progress and errors go to stderr. Exit 3 when no browser can be had.
set -euo pipefail
say() { echo "ensure-chromium: $*" >&2; }

find_browser() {
    local name
    for name in chromium chromium-browser google-chrome-stable google-chrome; do
        if command -v "$name" >/dev/null 2>&1 && "$name" --version >/dev/null 2>&1; then
            command -v "$name"; return 0
        fi
    done
    return 1
}

if find_browser; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    say "no Chromium found and cannot install it (need root and apt-get)"; exit 3
fi
say "installing chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2 && apt-get install -y -qq chromium chromium-driver >&2 || { say "apt-get install failed"; exit 3; }
find_browser || { say "chromium installed but not runnable"; exit 3; }
