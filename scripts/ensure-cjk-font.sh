#!/usr/bin/env bash
# Run before `npm test` and in CI: the page has a Japanese dictionary, and the browser tests
# measure and screenshot it (tests/e2e/display.test.ts). Without a CJK font, Chromium draws
# every Japanese character as an empty box of a fallback width, so the layout the tests
# measure is not the one a Japanese reader sees. Installs Debian's fonts-noto-cjk when no
# font covers Japanese and we are root; otherwise says how, and fails rather than measure
# boxes.
set -euo pipefail
has_cjk_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ja family)" ]; }
has_cjk_font && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing Debian's fonts-noto-cjk so Chromium can draw the Japanese page" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null
  has_cjk_font && exit 0
fi
echo "pretest: no font on this machine covers Japanese (fc-list :lang=ja is empty), so the" >&2
echo "Japanese page's browser tests would measure empty boxes. Install one as root" >&2
echo "(apt-get install fonts-noto-cjk), or any CJK font fontconfig can find." >&2
exit 1
