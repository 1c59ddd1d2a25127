#!/usr/bin/env bash
# Installs a headless-capable Chromium for the HTML report test (BacktestHtmlBrowserTest), from
# Debian's or Ubuntu's own packages. Prints the browser's path on success; exits 1 with one line on
# standard error when it cannot install (not root and no sudo, no apt-get, no network), and the test
# is then skipped with that reason.
set -euo pipefail

for name in chromium chromium-browser; do
  if path="$(command -v "$name")"; then
    printf '%s\n' "$path"
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get on this machine; install chromium by hand" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "install-chromium: installing needs root or password-less sudo; run: apt-get install -y chromium" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { "${as_root[@]}" apt-get update -q && "${as_root[@]}" apt-get install -y -q --no-install-recommends chromium; } >"$log" 2>&1; then
  echo "install-chromium: apt-get could not install chromium: $(tail -n 1 "$log")" >&2
  exit 1
fi
for name in chromium chromium-browser; do
  if path="$(command -v "$name")"; then
    printf '%s\n' "$path"
    exit 0
  fi
done
echo "install-chromium: apt-get installed chromium but no chromium command is on the PATH" >&2
exit 1
