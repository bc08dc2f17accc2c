// The editorial board's journey in a real browser: Debian's Chromium, driven by playwright-core.
// Run by tests/test_browser.py (which starts the portal and creates the accounts); by hand:
//   PORTAL_PORT=8080 PORTAL_HOST=soyte.tinh.gov.vn PORTAL_BASE=tinh.gov.vn \
//   CONTRIBUTOR_LOGIN=… EDITOR_LOGIN=… CHIEF_LOGIN=… INITIAL_PASSWORD=… NEW_PASSWORD=… \
//   ARTIFACTS=tests/artifacts node tests/browser/journey.mjs
// Each person has a browser context of their own (own cookies), and does what a person does:
// fills labelled fields and presses the buttons by their visible names. Every step prints
// "PASS <id>" or "FAIL <id>: why" (then a screenshot of the page is saved and the script exits 1).
// Screenshots are printed as "SCREENSHOT <path>"; anything odd the browser reported (console
// errors, failed requests, HTTP errors of sub-resources) as "NOTE …" lines.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

function need(name) {
  const v = process.env[name];
  if (!v) {
    console.log(`FAIL setup: environment variable ${name} is not set`);
    process.exit(2);
  }
  return v;
}

const PORT = need('PORTAL_PORT');
const HOST = need('PORTAL_HOST');                 // soyte.tinh.gov.vn
const BASE = need('PORTAL_BASE');                 // tinh.gov.vn
const LOGINS = {
  contributor: need('CONTRIBUTOR_LOGIN'),
  editor: need('EDITOR_LOGIN'),
  chief: need('CHIEF_LOGIN'),
};
const INITIAL = need('INITIAL_PASSWORD');
const NEW_PASSWORD = need('NEW_PASSWORD');
const ARTIFACTS = path.resolve(need('ARTIFACTS'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.STEP_TIMEOUT_MS || 15000);
const ORIGIN = `http://${HOST}:${PORT}`;

const SUFFIX = Math.random().toString(16).slice(2, 8);
const TITLE = `Khám sức khỏe miễn phí cho người cao tuổi ${SUFFIX}`;
const EDITED_TITLE = `${TITLE} (đã biên tập)`;
const REASON = 'Cần bổ sung nguồn tin';

fs.mkdirSync(ARTIFACTS, { recursive: true });

// ------------------------------------------------------------------ the browser
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  // playwright-core adds --no-sandbox (chromiumSandbox is false by default) and a fresh
  // temporary --user-data-dir of its own for every launch.
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-proxy-server',
    `--host-resolver-rules=MAP *.${BASE} 127.0.0.1, MAP ${BASE} 127.0.0.1`,
  ],
  timeout: 30000,
});

const notes = [];
function note(who, text) {
  const line = `NOTE ${who}: ${text}`;
  if (!notes.includes(line)) {
    notes.push(line);
    console.log(line);
  }
}

const people = {};
// The body is a rich-text editor when its script loaded: switch it to its HTML view and fill
// that; without the script the labelled textarea is filled directly.
async function fillBody(page, html) {
  const src = page.getByRole('button', { name: 'Mã HTML', exact: true });
  if (await src.count() && await src.getAttribute('aria-pressed') === 'false') await src.click();
  await page.getByRole('textbox', { name: /^Nội dung/ }).fill(html);
}

async function person(who) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') note(who, `console ${m.type()}: ${m.text()} (${m.location()?.url || page.url()})`);
  });
  page.on('pageerror', (e) => note(who, `page error: ${e.message}`));
  page.on('requestfailed', (r) => note(who, `request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    const req = r.request();
    if (r.status() >= 400 && !req.isNavigationRequest()) {
      note(who, `HTTP ${r.status()} for ${req.resourceType()} ${req.method()} ${r.url()}`);
    }
  });
  people[who] = { context, page };
  return page;
}

// ------------------------------------------------------------------ steps
let current = 'setup';
async function step(id, what, fn) {
  current = id;
  const t0 = Date.now();
  await fn();
  console.log(`PASS ${id} (${Date.now() - t0} ms): ${what}`);
}

function check(cond, message) {
  if (!cond) throw new Error(message);
}

// Presses a button (or follows a link) and waits for the page it leads to.
async function press(page, locator, { status = 200 } = {}) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  check(response, `no response after clicking (still at ${page.url()})`);
  const got = response.status();
  check(got === status, `HTTP ${got} at ${page.url()} (wanted ${status}): ${await mainText(page)}`);
  return response;
}

async function mainText(page) {
  try {
    const main = page.locator('main');
    const text = (await main.count()) ? await main.innerText() : await page.locator('body').innerText();
    return text.replace(/\s+/g, ' ').slice(0, 400);
  } catch (e) {
    return `(no text: ${e.message})`;
  }
}

const button = (page, name) => page.getByRole('button', { name, exact: true });
const field = (page, label) => page.getByLabel(new RegExp(`^${label}`));

// After an action: no error, and the page confirms it (the flash message, role="status").
async function flashOk(page) {
  const err = page.locator('.flash-error, .error-summary');
  check(!(await err.count()), `error shown: ${await mainText(page)}`);
  const ok = page.getByRole('status');
  check(await ok.count(), `no confirmation shown at ${page.url()}: ${await mainText(page)}`);
  return (await ok.first().innerText()).trim();
}

async function statusIs(page, state) {
  const text = await page.locator('p.meta:not(.dl-item)').innerText();
  check(text.includes(state), `status should read "${state}", page says "${text.replace(/\s+/g, ' ')}"`);
}

async function login(page, who) {
  await page.goto(`${ORIGIN}/admin/dang-nhap`);
  await field(page, 'Tên đăng nhập').fill(LOGINS[who]);
  await field(page, 'Mật khẩu').fill(INITIAL);
  await press(page, button(page, 'Đăng nhập'));
  // the initial password must be changed before anything else
  check(page.url().endsWith('/admin/doi-mat-khau'),
    `after the first login the password page should come, got ${page.url()}: ${await mainText(page)}`);
  await field(page, 'Mật khẩu hiện tại').fill(INITIAL);
  await field(page, 'Mật khẩu mới').fill(NEW_PASSWORD);
  await field(page, 'Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
  await press(page, button(page, 'Đổi mật khẩu'));
  check(!page.url().includes('/admin/doi-mat-khau') && !page.url().includes('/admin/dang-nhap'),
    `still at ${page.url()} after changing the password: ${await mainText(page)}`);
  await flashOk(page);
}

// Opens the article from the dashboard, as a person would: by its link there. The link is
// found by its address (the id is known from the contributor's page); when its text is not the
// article's title, that is reported as a NOTE and the dashboard kept as a screenshot.
async function openFromDashboard(page, who, title) {
  await page.goto(`${ORIGIN}/admin/`);
  const id = itemUrl.split('/').pop();
  const link = page.locator(`main a[href$="/admin/bai-viet/${id}"]`);
  check(await link.count(), `article ${id} is not on the dashboard of the ${who}: ${await mainText(page)}`);
  const text = (await link.first().innerText()).trim();
  if (text !== title) {
    note(who, `BUG dashboard lists article ${id} as "${text}", not by its title "${title}"`);
    await shot(page, `browser-${who}-dashboard.png`);
  }
  await press(page, link.first());
  check(page.url().split('?')[0] === itemUrl, `the link led to ${page.url()}`);
}

async function shot(page, name) {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`SCREENSHOT ${file}`);
  return file;
}

let itemUrl = null;
try {
  const author = await person('contributor');
  const editor = await person('editor');
  const chief = await person('chief');
  const visitor = await person('visitor');

  await step('contributor-login', 'the contributor logs in and changes the initial password',
    () => login(author, 'contributor'));

  await step('contributor-write', 'the contributor writes an article and saves the draft', async () => {
    await press(author, author.getByRole('link', { name: 'Viết bài mới', exact: true }));
    check(author.url().endsWith('/admin/bai-viet/moi'), `"Viết bài mới" led to ${author.url()}`);
    await field(author, 'Tiêu đề').fill(TITLE);
    await field(author, 'Tóm tắt').fill('Trung tâm Y tế tổ chức khám sức khỏe miễn phí cho người cao tuổi.');
    await field(author, 'Tác giả').fill('Phòng Truyền thông');
    const select = field(author, 'Chuyên mục');
    const first = await select.locator('option:not([value=""])').first().getAttribute('value');
    await select.selectOption(first);
    await fillBody(author, 
      '<p>Sáng nay, Trung tâm Y tế huyện tổ chức khám sức khỏe miễn phí cho hơn 300 người cao tuổi.</p>');
    await press(author, button(author, 'Lưu nháp'));
    check(/\/admin\/bai-viet\/\d+/.test(author.url()), `saving led to ${author.url()}`);
    itemUrl = author.url().split('?')[0].split('#')[0];
    await flashOk(author);
    await statusIs(author, 'Bản nháp');
    check(await field(author, 'Tiêu đề').inputValue() === TITLE, 'the saved title is not in the form');
  });

  await step('contributor-submit', 'the contributor submits the draft for review', async () => {
    await press(author, button(author, 'Gửi duyệt'));
    await flashOk(author);
    await author.goto(itemUrl);
    await statusIs(author, 'Chờ duyệt');
  });

  await step('editor-login', 'the editor logs in and changes the initial password',
    () => login(editor, 'editor'));

  await step('editor-edit', 'the editor finds the article on the dashboard, edits it', async () => {
    await openFromDashboard(editor, 'editor', TITLE);
    await field(editor, 'Tiêu đề').fill(EDITED_TITLE);
    await fillBody(editor, 
      '<p>Sáng nay, Trung tâm Y tế huyện đã tổ chức khám sức khỏe miễn phí cho hơn 300 người cao tuổi.</p>'
      + '<p>Chương trình kéo dài đến hết tháng.</p>');
    await shot(editor, 'browser-editor-edit.png');
  });

  await step('editor-forward', 'the editor passes the article to the chief', async () => {
    await press(editor, button(editor, 'Chuyển trưởng ban'));
    await flashOk(editor);
    await editor.goto(itemUrl);
    await statusIs(editor, 'Đã biên tập');
    check(await field(editor, 'Tiêu đề').inputValue() === EDITED_TITLE, 'the edited title was not kept');
  });

  await step('chief-login', 'the chief logs in and changes the initial password',
    () => login(chief, 'chief'));

  await step('chief-reject', 'the chief opens the article and returns it with a reason', async () => {
    await openFromDashboard(chief, 'chief', EDITED_TITLE);
    await statusIs(chief, 'Đã biên tập');
    await field(chief, 'Lý do trả lại').fill(REASON);
    await shot(chief, 'browser-chief-review.png');
    await press(chief, button(chief, 'Trả lại'));
    await flashOk(chief);
    await chief.goto(itemUrl);
    await statusIs(chief, 'Bị trả lại');
  });

  await step('contributor-sees-reason', 'the contributor sees the article returned, with the reason', async () => {
    await openFromDashboard(author, 'contributor', EDITED_TITLE);
    const notice = author.getByRole('region', { name: 'Bài bị trả lại' });
    await notice.waitFor({ state: 'visible' });
    const text = await notice.innerText();
    check(text.includes(REASON), `the notice does not give the reason: ${text}`);
  });

  await step('contributor-resubmit', 'the contributor adds the source and submits again', async () => {
    await field(author, 'Tiêu đề').fill(TITLE);
    await field(author, 'Nguồn').fill('Báo Hưng Yên');
    await field(author, 'Địa chỉ nguồn').fill('https://baohungyen.vn/');
    await press(author, button(author, 'Gửi duyệt'));
    await flashOk(author);
    await author.goto(itemUrl);
    await statusIs(author, 'Chờ duyệt');
  });

  await step('chief-approve', 'the chief approves and publishes', async () => {
    await chief.goto(itemUrl);
    await press(chief, button(chief, 'Duyệt và xuất bản'));
    await flashOk(chief);
    await chief.goto(itemUrl);
    await statusIs(chief, 'Đã xuất bản');
  });

  await step('visitor-sees', 'a visitor sees the article on the public home of soyte', async () => {
    const r = await visitor.goto(`${ORIGIN}/`);
    check(r.status() === 200, `home: HTTP ${r.status()}`);
    const link = visitor.getByRole('link', { name: TITLE });
    check(await link.count(), `"${TITLE}" is not on the home page`);
    await link.first().waitFor({ state: 'visible' });
    await press(visitor, link.first());
    check((await visitor.locator('h1').first().innerText()).includes(TITLE),
      `the article page at ${visitor.url()} does not have the title as its heading`);
  });

  await step('chief-unpublish', 'the chief unpublishes the article', async () => {
    await chief.goto(itemUrl);
    await press(chief, button(chief, 'Gỡ xuống'));
    await flashOk(chief);
    await chief.goto(itemUrl);
    await statusIs(chief, 'Đã gỡ');
  });

  await step('visitor-gone', 'the visitor no longer sees it', async () => {
    const r = await visitor.goto(`${ORIGIN}/`);
    check(r.status() === 200, `home: HTTP ${r.status()}`);
    const body = await visitor.locator('body').innerText();
    check(!body.includes(TITLE), `"${TITLE}" is still on the home page`);
  });
} catch (e) {
  console.log(`FAIL ${current}: ${e.message.split('\n')[0]}`);
  console.log(e.stack);
  for (const [who, { page }] of Object.entries(people)) {
    try {
      console.log(`  ${who} was at ${page.url()}`);
      await shot(page, `browser-failed-${current}-${who}.png`);
    } catch { /* the page may be gone */ }
  }
  await browser.close();
  process.exit(1);
}
await browser.close();
console.log(`ALL PASSED (${notes.length} notes)`);
