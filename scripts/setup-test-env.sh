#!/usr/bin/env bash
# What the VS Code suites need besides npm ci: Debian's Chromium and ripgrep (and Kerberos headers
# for code-server's native modules), then code-server itself. Nothing downloads a browser or VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "Please install: ${missing[*]} (Debian packages)" >&2
    exit 1
  fi
fi
./scripts/install-code-server.sh
