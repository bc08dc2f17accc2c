// html.js - the article HTML as the server keeps it, in the browser.
// The server sanitizes the body with a whitelist (mod_portal's sanitizer); the editor tidies its
// own output with the same whitelist so that the textarea holds what will be stored, and uses
// the same model to tell whether loading a text into the editor would lose anything.
// Every parse goes through DOMParser: an inert document (no script runs, no image loads).

// Tag -> attributes kept. Anything else is unwrapped (its children kept) or, for DROPPED, removed
// with its content.
export const ALLOWED = {
  p: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  strong: [], em: [], u: [], s: [], sub: [], sup: [],
  blockquote: [], ul: [], ol: [], li: [],
  a: ['href'], img: ['src', 'alt'],
  table: [], thead: [], tbody: [], tr: [], th: [], td: [], caption: [],
  figure: [], figcaption: [], hr: [], br: [], code: [], pre: [],
};
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed',
  'svg', 'math', 'head', 'title', 'textarea', 'select', 'button']);
// Elements whose loss the editor must not cause. <p> and <br> come and go with the editor's
// structure (a <p> inside a list item, a trailing <br>), <tbody> is added by every HTML parser.
const COUNTED = Object.keys(ALLOWED).filter((t) => !['p', 'br', 'tbody'].includes(t));
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table',
  'figure', 'hr', 'pre']);

function parse(html) {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`,
    'text/html').body;
}

// Keeps only the whitelist: unknown elements unwrapped, dropped ones removed, other attributes
// removed.
function whitelist(node) {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === 8) { // comment
      child.remove();
    } else if (child.nodeType === 1) {
      const tag = child.localName;
      if (DROPPED.has(tag)) {
        child.remove();
        continue;
      }
      whitelist(child);
      if (!Object.prototype.hasOwnProperty.call(ALLOWED, tag)) {
        child.replaceWith(...child.childNodes);
        continue;
      }
      for (const attr of [...child.attributes]) {
        if (!ALLOWED[tag].includes(attr.name)) child.removeAttribute(attr.name);
      }
    }
  }
}

function isEmptyParagraph(e) {
  return e.localName === 'p' && !e.textContent.trim() && !e.querySelector('img');
}

// The editor writes a header row as <tbody><tr><th>…; a table whose first row holds only <th>
// gets it in a <thead>. A list item or a cell holding one paragraph loses the <p>.
function tidyStructure(body) {
  for (const table of body.querySelectorAll('table')) {
    if (table.tHead) continue;
    const first = table.rows[0];
    if (first && first.cells.length && [...first.cells].every((c) => c.localName === 'th')
        && first.parentNode.localName === 'tbody') {
      const thead = table.ownerDocument.createElement('thead');
      thead.append(first);
      table.insertBefore(thead, table.tBodies[0] || null);
    }
    for (const tbody of [...table.tBodies]) if (!tbody.rows.length) tbody.remove();
  }
  for (const e of body.querySelectorAll('li, td, th')) {
    const kids = [...e.children];
    const paragraphs = kids.filter((k) => k.localName === 'p');
    if (paragraphs.length === 1 && kids[0] === paragraphs[0]
        && ![...e.childNodes].some((n) => n.nodeType === 3 && n.data.trim())) {
      paragraphs[0].replaceWith(...paragraphs[0].childNodes);
    }
  }
  while (body.lastElementChild && isEmptyParagraph(body.lastElementChild)) {
    body.lastElementChild.remove();
  }
  // Top-level blocks one per line: readable in the HTML view and in diffs.
  for (const n of [...body.childNodes]) {
    if (n.nodeType === 3 && !n.data.trim()) n.remove();
  }
  for (const e of [...body.children]) {
    if (BLOCKS.has(e.localName) && e.nextSibling) e.after('\n');
  }
}

// The editor's HTML as it goes into the textarea: whitelisted, tidied, NFC.
export function tidy(html) {
  const body = parse(html);
  whitelist(body);
  tidyStructure(body);
  const out = body.innerHTML.trim();
  return out.normalize('NFC');
}

// What a text holds that must survive: its words (whitespace aside), the whitelisted elements
// and the link, image and alt values.
function summary(html) {
  const body = parse(html);
  whitelist(body);
  tidyStructure(body);
  const counts = {};
  for (const t of COUNTED) counts[t] = body.getElementsByTagName(t).length;
  const values = [];
  for (const a of body.querySelectorAll('a[href]')) values.push(`href=${a.getAttribute('href')}`);
  for (const i of body.querySelectorAll('img')) {
    values.push(`src=${i.getAttribute('src') || ''}`, `alt=${i.getAttribute('alt') || ''}`);
  }
  values.sort();
  return { text: body.textContent.replace(/\s+/g, '').normalize('NFC'), counts, values };
}

// What loading `original` into the editor (which gave back `edited`) would lose, as a list of
// short English reasons for the console; empty when nothing is lost.
export function losses(original, edited) {
  const a = summary(original);
  const b = summary(edited);
  const out = [];
  if (a.text !== b.text) out.push('text');
  for (const t of COUNTED) if (b.counts[t] < a.counts[t]) out.push(`<${t}>`);
  if (a.values.join('\n') !== b.values.join('\n')) out.push('link or image addresses');
  return out;
}
