#!/usr/bin/env bash
# Run before `npm test`: the browser tests drive Debian's Chromium through playwright-core
# (Playwright's own browser download cannot work on this project's machines). Installs it
# when missing and we are root; otherwise says how, and fails rather than skip the tests.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing Debian's chromium for the browser tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium" ] && exit 0
fi
echo "pretest: no Chromium at $chromium. Install Debian's package as root (apt-get install chromium)," >&2
echo "or point CHROMIUM_PATH at a Chromium or Chrome binary." >&2
exit 1
