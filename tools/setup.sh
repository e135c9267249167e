#!/usr/bin/env bash
# Installs what this machine lacks, quickly when nothing is missing:
#   tools/setup.sh run    nats-server + npm packages (enough for `npm start`)
#   tools/setup.sh test   also PostgreSQL and Chromium (for `npm test`)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

packages=()
[ -x /usr/sbin/nats-server ] || command -v nats-server >/dev/null 2>&1 || packages+=(nats-server)
if [ "$mode" = test ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
  [ -x /usr/bin/chromium ] || packages+=(chromium fonts-dejavu-core)
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${packages[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# npm packages from the committed lock; skipped when node_modules was installed from this very lock.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.lock-hash
fi
