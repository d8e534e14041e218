#!/usr/bin/env bash
# The browser tests drive Debian's Chromium: Playwright cannot download its own browser
# on this image. Installs it when neither CHROMIUM_PATH nor /usr/bin/chromium has one,
# so `npm test` works on a fresh machine. `--dry-run` prints what it would do.
set -euo pipefail

dry_run=false
[ "${1:-}" = "--dry-run" ] && dry_run=true

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] && exit 0
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is geen programma dat kan starten. Pas het pad aan of laat CHROMIUM_PATH weg." >&2
  exit 1
fi

default_path=/usr/bin/chromium
[ -x "$default_path" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium ontbreekt ($default_path). De browsertests hebben het nodig." >&2
  echo "Installeer het als root: apt-get install chromium" >&2
  echo "Of geef het pad naar een Chromium op: CHROMIUM_PATH=/pad/naar/chromium npm test" >&2
  exit 1
fi

echo "Chromium ontbreekt ($default_path): installeren met apt-get install chromium ..."
if $dry_run; then
  echo "[dry-run] apt-get update -qq"
  echo "[dry-run] DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
