#!/bin/sh
# Build-time only (run by Maven in generate-resources): installs the web UI's font with npm from
# package-lock.json, once. Later builds find node_modules and do nothing, so they work offline.
# Nothing is ever fetched at run time: the font is copied into the jar (see pom.xml).
cd "$(dirname "$0")" || exit 0
if [ -f node_modules/@fontsource/noto-naskh-arabic/package.json ]; then exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  echo "isnad-web: npm not found; the web UI falls back to the system's Arabic fonts" >&2
  exit 0
fi
npm ci --prefer-offline --no-audit --no-fund --loglevel=error \
  || echo "isnad-web: npm could not install the font; the web UI falls back to the system's Arabic fonts" >&2
exit 0
