#!/usr/bin/env bash
# Installs code-server (VS Code 1.100 from npm) into .vscode-test/code-server, offline-safe:
# @vscode/ripgrep would download ripgrep, so Debian's rg is put in its cache first.
# See ../shared/notes/real-vscode.md. Needs: node 20, npm, and Debian's ripgrep.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=4.100.3
DEST=.vscode-test/code-server
if [ -x "$DEST/node_modules/.bin/code-server" ] && grep -q "\"version\": \"$VERSION\"" "$DEST/node_modules/code-server/package.json" 2>/dev/null; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi
RG=$(command -v rg || true)
if [ -z "$RG" ]; then
  echo "ripgrep (rg) is missing: apt-get install -y ripgrep" >&2
  exit 1
fi
CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$CACHE"
STAGE=$(mktemp -d)
cp "$RG" "$STAGE/rg"
tar -czf "$CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$STAGE" rg
rm -rf "$STAGE"
mkdir -p "$DEST"
cat > "$DEST/package.json" <<JSON
{ "name": "code-server-for-tests", "private": true, "dependencies": { "code-server": "$VERSION" } }
JSON
cd "$DEST"
npm_config_unsafe_perm=true npm_config_yes=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
  npm install --no-audit --no-fund --loglevel=error
test -x node_modules/.bin/code-server
echo "code-server $VERSION installed in $DEST"
