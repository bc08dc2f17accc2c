// licenses.mjs META.json - prints, as one JS comment, the licence of every npm package that
// esbuild bundled (from its metafile), for the end of dist/editor.js. Packages with the same
// licence text share one copy of it.
import fs from 'node:fs';
import path from 'node:path';

const meta = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const packages = new Map(); // dir -> name@version
for (const input of Object.keys(meta.inputs)) {
  const m = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
  if (!m || packages.has(m[1])) continue;
  const pkg = JSON.parse(fs.readFileSync(path.join(m[1], 'package.json'), 'utf8'));
  packages.set(m[1], pkg);
}
const texts = new Map(); // licence text -> [name@version licence]
for (const [dir, pkg] of [...packages].sort((a, b) => a[1].name.localeCompare(b[1].name))) {
  const file = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.md|\.txt)?$/i.test(f));
  const text = file ? fs.readFileSync(path.join(dir, file), 'utf8').trim()
    : `${pkg.license} licence; no licence file in the package.`;
  if (!texts.has(text)) texts.set(text, []);
  texts.get(text).push(`${pkg.name}@${pkg.version} (${pkg.license})`);
}
let out = '\n/*! Third-party code in this file, and its licences:\n';
for (const [text, names] of texts) {
  out += `\n${names.join('\n')}\n\n${text.replace(/\*\//g, '* /')}\n`;
}
out += '*/\n';
process.stdout.write(out);
