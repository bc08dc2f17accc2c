#!/bin/sh
# assets/build.sh - builds the admin's article editor into assets/dist/:
#   editor.js   one self-contained script (Tiptap + ProseMirror + src/, minified, no eval, no
#               external loads), with the licences of what it bundles at its end
#   editor.css  its styles
# Run from anywhere: assets/build.sh. Installs the exact versions of package-lock.json with
# `npm ci` (the npm registry), then bundles with esbuild. Same inputs, same files.
# Needs node >= 18 and npm (Debian's packages nodejs and npm).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

need() {
    echo "assets/build.sh: $1 - install Debian's packages nodejs and npm (apt-get install -y nodejs npm)" >&2
    exit 2
}
command -v node >/dev/null 2>&1 || need "node not found"
command -v npm >/dev/null 2>&1 || need "npm not found"
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$major" -ge 18 ] 2>/dev/null || need "node $(node --version 2>/dev/null) is too old (need 18 or later)"

npm ci --no-audit --no-fund --loglevel=error

out="$here/dist"
tmp="$here/dist.tmp.$$"
trap 'rm -rf "$tmp"' EXIT INT TERM
rm -rf "$tmp"
mkdir -p "$tmp"
# editor.js imports editor.css: esbuild writes both, named after the entry point.
./node_modules/.bin/esbuild src/editor.js \
    --bundle --minify --format=iife --platform=browser --target=es2020,chrome90,firefox90,safari15 \
    --charset=utf8 --legal-comments=none --metafile="$tmp/meta.json" \
    --outfile="$tmp/editor.js" --log-level=warning
node licenses.mjs "$tmp/meta.json" >> "$tmp/editor.js"
rm -f "$tmp/meta.json"
for f in editor.js editor.css; do
    [ -s "$tmp/$f" ] || { echo "assets/build.sh: esbuild wrote no $f" >&2; exit 1; }
done
if grep -q -E '\beval\(|new Function\(' "$tmp/editor.js"; then
    echo "assets/build.sh: the bundle calls eval or new Function (the admin's CSP forbids it)" >&2
    exit 1
fi
rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT INT TERM
for f in editor.js editor.css; do
    printf '%s\t%s bytes\t%s bytes gzipped\n' "dist/$f" "$(wc -c < "$out/$f")" "$(gzip -9c "$out/$f" | wc -c)"
done
