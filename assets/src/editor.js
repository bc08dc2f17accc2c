// editor.js - the rich-text editor of the article form (admin, edit page).
// Progressive enhancement of <textarea data-editor="html">: without this script the textarea is
// the editor (HTML source). With it, the textarea is hidden and a Tiptap editor with a toolbar
// takes its place; the textarea keeps the editor's HTML (whitelisted like the server does, NFC)
// after every change and before the form is submitted, so the form posts as before.
// Every visible text comes from data-ed-* attributes of the textarea (xslt/admin/edit.xsl,
// strings from xslt/admin/strings.xsl): nothing to translate here. When one is missing the
// textarea is left alone.
// Keyboard: Tab reaches the toolbar (one stop, arrows move between its buttons, Esc goes back
// to the text) and the text; Alt+F10 in the text goes to the toolbar; Esc then Tab leaves the
// text even inside a list or a table (where Tab indents or moves between cells).
// A text the editor cannot hold without loss (e.g. a table <caption>) opens in the HTML view,
// with a notice; the HTML view ("Mã HTML") is always one button away.
import { Editor, Mark, Node } from '@tiptap/core';
import { DOMSerializer } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import Image from '@tiptap/extension-image';
import { tidy, losses } from './html.js';
import './editor.css';

const STRINGS = ['toolbar', 'bold', 'italic', 'h2', 'h3', 'bullet', 'ordered', 'quote', 'link',
  'table', 'undo', 'redo', 'source', 'rowAdd', 'colAdd', 'rowDel', 'colDel', 'tableDel',
  'linkUrl', 'linkApply', 'linkRemove', 'cancel', 'linkInvalid', 'help', 'loss'];

// Marks and nodes the server keeps that the starter kit lacks.
const Subscript = Mark.create({
  name: 'subscript',
  excludes: 'superscript',
  parseHTML: () => [{ tag: 'sub' }],
  renderHTML: () => ['sub', 0],
});
const Superscript = Mark.create({
  name: 'superscript',
  excludes: 'subscript',
  parseHTML: () => [{ tag: 'sup' }],
  renderHTML: () => ['sup', 0],
});
const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'image figcaption?',
  isolating: true,
  parseHTML: () => [{ tag: 'figure' }],
  renderHTML: () => ['figure', 0],
});
const Figcaption = Node.create({
  name: 'figcaption',
  content: 'inline*',
  parseHTML: () => [{ tag: 'figcaption' }],
  renderHTML: () => ['figcaption', 0],
});

const MAC = /Mac|iPhone|iPad/.test(navigator.platform || '');
const MOD = MAC ? 'Meta' : 'Control';

// The toolbar: [command, string key, run, active?, shortcut]; null starts a new group.
const TOOLS = [
  ['bold', 'bold', (c) => c.toggleBold(), (e) => e.isActive('bold'), `${MOD}+B`],
  ['italic', 'italic', (c) => c.toggleItalic(), (e) => e.isActive('italic'), `${MOD}+I`],
  null,
  ['h2', 'h2', (c) => c.toggleHeading({ level: 2 }), (e) => e.isActive('heading', { level: 2 }), `${MOD}+Alt+2`],
  ['h3', 'h3', (c) => c.toggleHeading({ level: 3 }), (e) => e.isActive('heading', { level: 3 }), `${MOD}+Alt+3`],
  null,
  ['bullet', 'bullet', (c) => c.toggleBulletList(), (e) => e.isActive('bulletList'), `${MOD}+Shift+8`],
  ['ordered', 'ordered', (c) => c.toggleOrderedList(), (e) => e.isActive('orderedList'), `${MOD}+Shift+7`],
  ['quote', 'quote', (c) => c.toggleBlockquote(), (e) => e.isActive('blockquote'), `${MOD}+Shift+B`],
  null,
  ['link', 'link', null, (e) => e.isActive('link'), `${MOD}+K`],
  ['table', 'table', (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }), null, ''],
  null,
  ['undo', 'undo', (c) => c.undo(), null, `${MOD}+Z`],
  ['redo', 'redo', (c) => c.redo(), null, `${MOD}+Shift+Z`],
  null,
  ['source', 'source', null, null, ''],
  null,
  // shown only inside a table
  ['rowAdd', 'rowAdd', (c) => c.addRowAfter(), null, ''],
  ['colAdd', 'colAdd', (c) => c.addColumnAfter(), null, ''],
  ['rowDel', 'rowDel', (c) => c.deleteRow(), null, ''],
  ['colDel', 'colDel', (c) => c.deleteColumn(), null, ''],
  ['tableDel', 'tableDel', (c) => c.deleteTable(), null, ''],
];
const TABLE_TOOLS = new Set(['rowAdd', 'colAdd', 'rowDel', 'colDel', 'tableDel']);

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
  e.append(...children);
  return e;
}

function keyName(shortcut) {
  return shortcut.replace('Control', 'Ctrl').replace('Meta', '⌘');
}

// "www.x.vn" -> "https://www.x.vn"; only web, mail, phone and same-site addresses.
function normalizeUrl(raw) {
  const url = raw.trim();
  if (!url || /\s/.test(url)) return null;
  if (/^(https?:\/\/[^/]|mailto:|tel:)/i.test(url)) return url;
  if (/^\/(?!\/)/.test(url) || url.startsWith('#')) return url;
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]|$)/u.test(url)) return `https://${url}`;
  return null;
}

function mount(ta) {
  const d = {};
  for (const k of STRINGS) {
    const v = ta.dataset[`ed${k[0].toUpperCase()}${k.slice(1)}`];
    if (!v) {
      console.warn(`editor: data-ed-* string "${k}" missing; the HTML textarea stays`);
      return;
    }
    d[k] = v;
  }
  const id = ta.id || 'noi-dung-bai';
  if (!ta.id) ta.id = id;
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  if (label && !label.id) label.id = `${id}-nhan`;
  const described = (ta.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);

  // ---------------------------------------------------------------- DOM
  const box = h('div', { class: 'ed', id: `${id}-khung` });
  const toolbar = h('div', {
    class: 'ed-toolbar', role: 'toolbar', 'aria-label': d.toolbar, 'aria-controls': `${id}-soan-thao`,
  });
  const buttons = {};
  let group = h('div', { class: 'ed-group' });
  toolbar.append(group);
  for (const tool of TOOLS) {
    if (!tool) {
      group = h('div', { class: 'ed-group' });
      toolbar.append(group);
      continue;
    }
    const [cmd, key, , active, shortcut] = tool;
    const toggle = !!active || cmd === 'source';
    const b = h('button', {
      type: 'button',
      class: `ed-btn ed-${cmd}`,
      tabindex: '-1',
      'data-cmd': cmd,
      'aria-pressed': toggle ? 'false' : null,
      'aria-keyshortcuts': shortcut || null,
      title: shortcut ? `${d[key]} (${keyName(shortcut)})` : null,
    }, d[key]);
    if (TABLE_TOOLS.has(cmd)) {
      b.hidden = true;
      group.classList.add('ed-table-tools');
    }
    buttons[cmd] = b;
    group.append(b);
  }
  buttons.bold.tabIndex = 0;

  // link panel
  const panel = h('div', { class: 'ed-panel' });
  panel.hidden = true;
  const linkInput = h('input', {
    id: `${id}-lk`, type: 'text', inputmode: 'url', autocomplete: 'url', spellcheck: 'false',
    autocapitalize: 'none',
  });
  const linkError = h('p', { class: 'field-error', id: `${id}-lk-loi` });
  linkError.hidden = true;
  const linkApply = h('button', { type: 'button', class: 'ed-btn' }, d.linkApply);
  const linkRemove = h('button', { type: 'button', class: 'ed-btn' }, d.linkRemove);
  const linkCancel = h('button', { type: 'button', class: 'ed-btn' }, d.cancel);
  panel.append(
    h('label', { id: `${id}-lk-nhan`, for: `${id}-lk` }, d.linkUrl),
    linkError, linkInput,
    h('div', { class: 'ed-panel-buttons' }, linkApply, linkRemove, linkCancel),
  );

  const notice = h('p', { class: 'ed-notice', role: 'status', id: `${id}-thong-bao` });
  const help = h('p', { class: 'hint ed-help', id: `${id}-huong-dan` }, d.help);
  const surface = h('div', { class: 'ed-surface' });

  ta.before(box);
  box.append(toolbar, panel, notice, ta, surface, help);

  // ---------------------------------------------------------------- editor
  const attributes = {
    id: `${id}-soan-thao`,
    class: 'ed-text',
    role: 'textbox',
    'aria-multiline': 'true',
    spellcheck: 'true',
    'aria-describedby': [...described, help.id].join(' '),
  };
  if (label) attributes['aria-labelledby'] = label.id;
  if (ta.getAttribute('aria-invalid') === 'true') attributes['aria-invalid'] = 'true';
  const lang = ta.closest('[lang]')?.getAttribute('lang');
  if (lang) attributes.lang = lang;

  let dirty = false; // the editor's text differs from what the textarea held when loaded
  let source = false; // the HTML view is on
  const editor = new Editor({
    element: surface,
    injectCSS: false,
    content: '',
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4, 5, 6] },
        link: {
          openOnClick: false,
          autolink: false,
          defaultProtocol: 'https',
          HTMLAttributes: { target: null, rel: null, class: null },
        },
      }),
      TableKit.configure({ table: { resizable: false } }),
      Image.configure({ inline: false, allowBase64: true }),
      Subscript, Superscript, Figure, Figcaption,
    ],
    editorProps: {
      attributes,
      handleKeyDown: (view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
            && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openLink();
          return true;
        }
        return false;
      },
    },
    onUpdate: () => {
      dirty = true;
      sync();
    },
    onTransaction: () => refresh(),
    onFocus: () => refresh(),
  });

  // The editor's HTML, built in a document without a window: its <img> elements load nothing
  // (editor.getHTML() builds them in the page's document, which fetches every image again).
  const inert = document.implementation.createHTMLDocument('');
  function raw() {
    const div = inert.createElement('div');
    div.append(DOMSerializer.fromSchema(editor.schema)
      .serializeFragment(editor.state.doc.content, { document: inert }));
    return div.innerHTML;
  }
  function html() {
    return tidy(raw());
  }
  function sync() {
    if (source || !dirty) return;
    const value = html();
    if (ta.value !== value) {
      ta.value = value;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  // Loads the textarea's HTML into the editor; false (and the editor left empty) when the
  // editor would lose part of it.
  function load() {
    const value = ta.value;
    editor.chain().setMeta('addToHistory', false).setContent(value, { emitUpdate: false }).run();
    const lost = losses(value, raw());
    dirty = false;
    if (lost.length) {
      console.info(`editor: the text keeps its HTML view, the editor would lose: ${lost.join(', ')}`);
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- toolbar state
  function visibleButtons() {
    return [...toolbar.querySelectorAll('button')].filter((b) => !b.hidden);
  }
  function setDisabled(b, off) {
    if (off) b.setAttribute('aria-disabled', 'true');
    else b.removeAttribute('aria-disabled');
  }
  function refresh() {
    const inTable = !source && editor.isActive('table');
    for (const tool of TOOLS) {
      if (!tool) continue;
      const [cmd, , run, active] = tool;
      const b = buttons[cmd];
      if (TABLE_TOOLS.has(cmd)) b.hidden = !inTable;
      if (cmd === 'source') {
        b.setAttribute('aria-pressed', String(source));
        continue;
      }
      if (active) b.setAttribute('aria-pressed', String(!source && active(editor)));
      let can = !source;
      if (can && run) can = run(editor.can().chain()).run();
      if (can && cmd === 'link') can = editor.can().setLink({ href: 'https://x.vn' });
      setDisabled(b, !can);
    }
    for (const g of toolbar.querySelectorAll('.ed-table-tools')) g.hidden = !inTable;
    // keep one tab stop
    const list = visibleButtons();
    if (!list.some((b) => b.tabIndex === 0)) {
      for (const b of list) b.tabIndex = -1;
      (list[0] || buttons.bold).tabIndex = 0;
    }
  }

  function focusToolbar() {
    const list = visibleButtons();
    (list.find((b) => b.tabIndex === 0) || list[0]).focus();
  }
  function setStop(b) {
    for (const x of toolbar.querySelectorAll('button')) x.tabIndex = -1;
    b.tabIndex = 0;
  }
  function moveTo(b) {
    setStop(b);
    b.focus();
  }
  // Back to the text at once (Tiptap's focus() waits a frame: keys typed meanwhile are lost).
  function focusBack() {
    if (source) ta.focus();
    else editor.view.focus();
  }

  toolbar.addEventListener('keydown', (e) => {
    const list = visibleButtons();
    const i = list.indexOf(document.activeElement);
    if (i < 0) return;
    let to = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') to = list[(i + 1) % list.length];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') to = list[(i - 1 + list.length) % list.length];
    else if (e.key === 'Home') to = list[0];
    else if (e.key === 'End') to = list[list.length - 1];
    else if (e.key === 'Escape') {
      e.preventDefault();
      focusBack();
      return;
    }
    if (to) {
      e.preventDefault();
      moveTo(to);
    }
  });
  // A mouse click keeps the focus (and the selection) in the text.
  toolbar.addEventListener('mousedown', (e) => {
    if (e.target.closest('button') && !source) e.preventDefault();
  });
  toolbar.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    setStop(b); // a click from the mouse leaves the focus in the text
    if (b.getAttribute('aria-disabled') === 'true') return;
    const cmd = b.dataset.cmd;
    if (cmd === 'source') {
      setSource(!source);
      return;
    }
    if (cmd === 'link') {
      openLink();
      return;
    }
    const tool = TOOLS.find((t) => t && t[0] === cmd);
    tool[2](editor.chain()).run();
    focusBack();
    if (TABLE_TOOLS.has(cmd) && !editor.isActive('table')) refresh();
  });

  // ---------------------------------------------------------------- link panel
  function showLinkError(on) {
    linkError.hidden = !on;
    linkError.textContent = on ? d.linkInvalid : '';
    if (on) {
      linkInput.setAttribute('aria-invalid', 'true');
      linkInput.setAttribute('aria-describedby', linkError.id);
    } else {
      linkInput.removeAttribute('aria-invalid');
      linkInput.removeAttribute('aria-describedby');
    }
  }
  // ProseMirror reads the DOM selection on "selectionchange", which may not have come yet
  // when a shortcut follows a Shift+arrow at once: read it now.
  function readSelection() {
    const { view } = editor;
    const sel = document.getSelection();
    if (!view.hasFocus() || !sel || !sel.anchorNode || !(view.state.selection instanceof TextSelection)
        || !view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return;
    try {
      const anchor = view.posAtDOM(sel.anchorNode, sel.anchorOffset);
      const head = view.posAtDOM(sel.focusNode, sel.focusOffset);
      if (anchor !== view.state.selection.anchor || head !== view.state.selection.head) {
        view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
      }
    } catch (err) {
      // a selection ProseMirror cannot map: keep its own
    }
  }
  function openLink() {
    if (source) return;
    readSelection();
    showLinkError(false);
    linkInput.value = editor.getAttributes('link').href || '';
    linkRemove.hidden = !editor.isActive('link');
    panel.hidden = false;
    linkInput.focus();
    linkInput.select();
  }
  function closeLink() {
    panel.hidden = true;
    focusBack();
  }
  function applyLink() {
    const href = normalizeUrl(linkInput.value);
    if (!href) {
      showLinkError(true);
      linkInput.focus();
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      editor.chain().insertContent({
        type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }],
      }).run();
    } else {
      editor.chain().extendMarkRange('link').setLink({ href }).run();
    }
    closeLink();
  }
  linkApply.addEventListener('click', applyLink);
  linkCancel.addEventListener('click', closeLink);
  linkRemove.addEventListener('click', () => {
    editor.chain().extendMarkRange('link').unsetLink().run();
    closeLink();
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeLink();
    } else if (e.key === 'Enter' && e.target === linkInput) {
      e.preventDefault(); // not the form's submit
      applyLink();
    }
  });

  // ---------------------------------------------------------------- HTML view
  function setSource(on, { focus = true, reason = '' } = {}) {
    if (on) {
      sync();
      source = true;
      panel.hidden = true;
      ta.hidden = false;
      surface.hidden = true;
      help.hidden = true;
      notice.textContent = reason;
      refresh();
      if (focus) ta.focus();
      return;
    }
    if (!load()) {
      notice.textContent = d.loss;
      return;
    }
    source = false;
    notice.textContent = '';
    ta.hidden = true;
    surface.hidden = false;
    help.hidden = false;
    refresh();
    if (focus) editor.view.focus();
  }

  // ---------------------------------------------------------------- keyboard, labels, form
  let escaped = false;
  surface.addEventListener('keydown', (e) => {
    if (e.key === 'F10' && e.altKey) {
      e.preventDefault();
      focusToolbar();
      return;
    }
    if (e.key === 'Escape') {
      escaped = true;
      return;
    }
    if (e.key === 'Tab' && escaped) {
      escaped = false;
      e.stopPropagation(); // the browser moves the focus; the editor does not see the Tab
      return;
    }
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) escaped = false;
  }, true);
  ta.addEventListener('keydown', (e) => {
    if (e.key === 'F10' && e.altKey) {
      e.preventDefault();
      focusToolbar();
    }
  });

  // The label and the error summary's link point at the textarea: lead them to the editor.
  function focusText(e) {
    if (source) return;
    e.preventDefault();
    editor.view.focus();
    editor.view.dom.scrollIntoView({ block: 'center' });
  }
  if (label) label.addEventListener('click', focusText);
  document.addEventListener('click', (e) => {
    const a = e.target.closest?.('a[href]');
    if (a && a.getAttribute('href') === `#${id}`) focusText(e);
  });

  const form = ta.form;
  if (form) form.addEventListener('submit', () => sync(), true);

  // ---------------------------------------------------------------- start
  ta.hidden = true;
  box.classList.add('ed-on');
  if (load()) {
    setSource(false, { focus: false });
  } else {
    setSource(true, { focus: false, reason: d.loss });
  }
  ta.editor = editor; // for tests and other scripts
}

function start() {
  for (const ta of document.querySelectorAll('textarea[data-editor="html"]')) {
    if (ta.readOnly || ta.disabled || ta.dataset.editorMounted) continue;
    ta.dataset.editorMounted = '1';
    try {
      mount(ta);
    } catch (err) {
      // whatever went wrong, the plain textarea must stay usable
      console.error('editor: not started', err);
      const box = ta.closest('.ed');
      if (box) box.replaceWith(ta);
      ta.hidden = false;
    }
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
