/*
 * portal_store_schema.c: the SQLite schema as a list of migrations.
 *
 * PRAGMA user_version holds the number of migrations applied. A migration is
 * never edited once released: a change to the schema is a new entry at the
 * end, so every existing database walks the same path to the current one.
 */
#include "portal_store_internal.h"

const char *const portal_schema_migrations[] = {
    /* 1: tenants, aliases, categories, articles, pages */
    "CREATE TABLE tenants ("
    "  id INTEGER PRIMARY KEY,"
    "  slug TEXT NOT NULL UNIQUE,"
    "  kind TEXT NOT NULL CHECK (kind IN ('province','agency','commune','thematic')),"
    "  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active','archived')),"
    "  parent_id INTEGER REFERENCES tenants(id),"
    "  name_vi TEXT NOT NULL, name_en TEXT,"
    "  full_name_vi TEXT, full_name_en TEXT,"
    "  address TEXT, phone TEXT, email TEXT, responsible TEXT,"
    "  has_en INTEGER NOT NULL DEFAULT 0,"
    "  updated_at INTEGER NOT NULL DEFAULT 0);"
    "CREATE UNIQUE INDEX tenants_one_province ON tenants(kind) WHERE kind = 'province';"
    "CREATE TABLE aliases ("
    "  host TEXT PRIMARY KEY,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE);"
    "CREATE TABLE categories ("
    "  id INTEGER PRIMARY KEY,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  slug TEXT NOT NULL, name_vi TEXT NOT NULL, name_en TEXT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (tenant_id, slug));"
    "CREATE TABLE articles ("
    "  id INTEGER PRIMARY KEY,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,"
    "  lang TEXT NOT NULL CHECK (lang IN ('vi','en')),"
    "  slug TEXT NOT NULL, title TEXT NOT NULL, summary TEXT, body TEXT,"
    "  author TEXT, source_name TEXT, source_url TEXT,"
    "  state TEXT NOT NULL DEFAULT 'draft',"
    "  featured INTEGER NOT NULL DEFAULT 0,"
    "  published_at INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL DEFAULT 0,"
    "  updated_at INTEGER NOT NULL DEFAULT 0,"
    "  search_text TEXT,"
    "  UNIQUE (tenant_id, lang, slug));"
    /* Every public list is 'published articles of a tenant in a language,
     * newest first', optionally per category: these indexes serve it. */
    "CREATE INDEX articles_public ON articles(tenant_id, lang, state, published_at DESC);"
    "CREATE INDEX articles_category ON articles(category_id, lang, state, published_at DESC);"
    "CREATE TABLE pages ("
    "  id INTEGER PRIMARY KEY,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  lang TEXT NOT NULL CHECK (lang IN ('vi','en')),"
    "  slug TEXT NOT NULL, title TEXT NOT NULL, body TEXT,"
    "  updated_at INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (tenant_id, lang, slug));",
    /* 2: settings shared by the module and portalctl (e.g. where the page
     * cache lives, so that portalctl can invalidate it) */
    "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);",
    /* 3: export walks a tenant's articles in id order */
    "CREATE INDEX articles_tenant ON articles(tenant_id, id);",
    /* 4: the editorial board (docs/workflow.md) */
    "CREATE TABLE users ("
    "  id INTEGER PRIMARY KEY,"
    "  login TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    "  name TEXT NOT NULL, email TEXT,"
    "  password_hash TEXT NOT NULL,"
    "  must_change INTEGER NOT NULL DEFAULT 1,"
    "  password_changed_at INTEGER NOT NULL DEFAULT 0,"
    "  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active','disabled')),"
    "  province_admin INTEGER NOT NULL DEFAULT 0,"
    "  failed_logins INTEGER NOT NULL DEFAULT 0,"
    "  locked_until INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE roles ("
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  role TEXT NOT NULL CHECK (role IN ('contributor','editor','chief','admin')),"
    "  PRIMARY KEY (user_id, tenant_id, role));"
    "CREATE TABLE sessions ("
    "  id TEXT PRIMARY KEY,"              /* SHA-256 of the cookie's token, hex */
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  csrf TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL, seen_at INTEGER NOT NULL, ip TEXT);"
    "CREATE TABLE login_failures (ip TEXT NOT NULL, at INTEGER NOT NULL);"
    "CREATE INDEX login_failures_ip ON login_failures(ip, at);"
    "CREATE TABLE revisions ("
    "  id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    "  category_id INTEGER, title TEXT NOT NULL, summary TEXT, body TEXT,"
    "  author TEXT, source_name TEXT, source_url TEXT,"
    "  saved_by INTEGER REFERENCES users(id), saved_at INTEGER NOT NULL);"
    "CREATE INDEX revisions_article ON revisions(article_id, id);"
    "CREATE TABLE audit ("
    "  id INTEGER PRIMARY KEY, at INTEGER NOT NULL,"
    "  user_id INTEGER, tenant_id INTEGER, article_id INTEGER,"
    "  action TEXT NOT NULL, from_state TEXT, to_state TEXT, reason TEXT, ip TEXT);"
    "CREATE INDEX audit_tenant ON audit(tenant_id, at);"
    "ALTER TABLE articles ADD COLUMN wf_state TEXT;"
    "ALTER TABLE articles ADD COLUMN working_revision INTEGER;"
    "ALTER TABLE articles ADD COLUMN published_revision INTEGER;"
    "ALTER TABLE articles ADD COLUMN owner_id INTEGER REFERENCES users(id);"
    "ALTER TABLE articles ADD COLUMN reject_reason TEXT;"
    "CREATE INDEX articles_workflow ON articles(tenant_id, wf_state);",
    /* 5: uploaded images and documents, stored outside the document root */
    "CREATE TABLE uploads ("
    "  id INTEGER PRIMARY KEY,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL, type TEXT NOT NULL, size INTEGER NOT NULL,"
    "  stored TEXT NOT NULL,"               /* path under PortalUploads */
    "  uploaded_by INTEGER REFERENCES users(id), created_at INTEGER NOT NULL,"
    "  downloads INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX uploads_tenant ON uploads(tenant_id, id);",
    /* 6: scheduled publication and withdrawal */
    "ALTER TABLE articles ADD COLUMN publish_at INTEGER;"
    "ALTER TABLE articles ADD COLUMN unpublish_at INTEGER;"
    "CREATE INDEX articles_publish_due ON articles(publish_at) WHERE wf_state = 'approved';"
    "CREATE INDEX articles_unpublish_due ON articles(unpublish_at) "
    "  WHERE state = 'published' AND unpublish_at IS NOT NULL;",
    /* 7: full-text search over the folded text (no diacritics, đ = d, no
     * case: portal_text_fold), kept in step with the articles by triggers */
    "CREATE VIRTUAL TABLE articles_fts USING fts5(search_text, content='articles', "
    "  content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
    "INSERT INTO articles_fts(rowid, search_text) "
    "  SELECT id, coalesce(search_text, '') FROM articles;"
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
    "  INSERT INTO articles_fts(rowid, search_text) VALUES (new.id, coalesce(new.search_text, ''));"
    "END;"
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
    "  INSERT INTO articles_fts(articles_fts, rowid, search_text)"
    "    VALUES ('delete', old.id, coalesce(old.search_text, ''));"
    "END;"
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF search_text ON articles BEGIN"
    "  INSERT INTO articles_fts(articles_fts, rowid, search_text)"
    "    VALUES ('delete', old.id, coalesce(old.search_text, ''));"
    "  INSERT INTO articles_fts(rowid, search_text) VALUES (new.id, coalesce(new.search_text, ''));"
    "END;",
    /* 8: structured content types (docs/content-types.md). An item of any
     * type is an article row, so workflow, revisions, uploads, search and
     * the cache treat every type alike; the fields of its type are a JSON
     * object of strings (filters use json_extract). */
    "ALTER TABLE articles ADD COLUMN type TEXT NOT NULL DEFAULT 'news' CHECK (type IN "
    "  ('news','document','gazette','project','schedule','contact','service'));"
    "ALTER TABLE articles ADD COLUMN fields TEXT;"
    "ALTER TABLE revisions ADD COLUMN fields TEXT;"
    "CREATE INDEX articles_type ON articles(tenant_id, lang, type, state, published_at DESC);",
    /* 9: what search filters and ranks each hit by, for the published items
     * only, in rows of a few bytes: checking a hit of the full-text index
     * here instead of in its article row (which holds the body) makes a
     * broad search over 100 000 items several times faster. Kept in step
     * by triggers; portal_store_search.c reads it. */
    "CREATE TABLE search_meta ("
    "  id INTEGER PRIMARY KEY,"             /* = articles.id = articles_fts.rowid */
    "  tenant_id INTEGER NOT NULL, lang TEXT NOT NULL, type TEXT NOT NULL,"
    "  published_at INTEGER NOT NULL);"
    "INSERT INTO search_meta SELECT id, tenant_id, lang, type, published_at FROM articles "
    "  WHERE state = 'published';"
    "CREATE TRIGGER search_meta_insert AFTER INSERT ON articles "
    "  WHEN new.state = 'published' BEGIN"
    "  INSERT OR REPLACE INTO search_meta VALUES (new.id, new.tenant_id, new.lang, new.type,"
    "    new.published_at);"
    "END;"
    "CREATE TRIGGER search_meta_update AFTER UPDATE OF state, tenant_id, lang, type, "
    "  published_at ON articles BEGIN"
    "  DELETE FROM search_meta WHERE id = old.id;"
    "  INSERT INTO search_meta SELECT new.id, new.tenant_id, new.lang, new.type, new.published_at"
    "    WHERE new.state = 'published';"
    "END;"
    "CREATE TRIGGER search_meta_delete AFTER DELETE ON articles BEGIN"
    "  DELETE FROM search_meta WHERE id = old.id;"
    "END;",
    /* 10: citizens' interaction (docs/interaction.md): questions routed to
     * an agency with a due date in working days, the sysadmin's holidays,
     * consultations on drafts with moderated comments, anonymous ratings,
     * and the per-IP counters of the public forms (shared by processes).
     * Personal data lives in its own table so that a purge is one DELETE. */
    "CREATE TABLE holidays (day TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE questions ("
    "  id INTEGER PRIMARY KEY,"
    "  code TEXT NOT NULL UNIQUE,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  agency_id INTEGER REFERENCES tenants(id) ON DELETE SET NULL,"
    "  state TEXT NOT NULL DEFAULT 'received' CHECK (state IN "
    "    ('received','assigned','transferred','answered','rejected')),"
    "  field TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,"
    "  answer TEXT, answered_by INTEGER REFERENCES users(id), answered_at INTEGER,"
    "  reject_reason TEXT, progress_note TEXT,"
    "  received_at INTEGER NOT NULL, due_day TEXT NOT NULL,"
    "  closed_at INTEGER, updated_at INTEGER NOT NULL);"
    "CREATE INDEX questions_tenant ON questions(tenant_id, state, id);"
    "CREATE INDEX questions_agency ON questions(agency_id, state, id);"
    "CREATE INDEX questions_public ON questions(state, answered_at DESC);"
    "CREATE TABLE question_askers ("
    "  question_id INTEGER PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,"
    "  kind TEXT NOT NULL CHECK (kind IN ('individual','organisation')),"
    "  name TEXT NOT NULL, nationality TEXT, id_number TEXT, address TEXT,"
    "  phone TEXT NOT NULL, email TEXT, organisation TEXT, title TEXT);"
    "CREATE TABLE question_events ("
    "  id INTEGER PRIMARY KEY,"
    "  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,"
    "  at INTEGER NOT NULL, kind TEXT NOT NULL,"
    "  tenant_id INTEGER REFERENCES tenants(id) ON DELETE SET NULL,"
    "  user_id INTEGER REFERENCES users(id), note TEXT, due_day TEXT);"
    "CREATE INDEX question_events_q ON question_events(question_id, id);"
    "CREATE TABLE question_delegates ("
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  PRIMARY KEY (tenant_id, user_id));"
    "CREATE TABLE consultations ("
    "  id INTEGER PRIMARY KEY,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  title TEXT NOT NULL, summary TEXT, body TEXT,"
    "  unit TEXT NOT NULL, contact TEXT NOT NULL,"
    "  opens_at INTEGER NOT NULL, closes_at INTEGER NOT NULL,"
    "  created_by INTEGER REFERENCES users(id), created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL);"
    "CREATE INDEX consultations_tenant ON consultations(tenant_id, closes_at);"
    "CREATE TABLE consultation_files ("
    "  consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,"
    "  upload_id INTEGER NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,"
    "  PRIMARY KEY (consultation_id, upload_id));"
    "CREATE TABLE comments ("
    "  id INTEGER PRIMARY KEY,"
    "  consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,"
    "  name TEXT, email TEXT, body TEXT NOT NULL,"
    "  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','approved','rejected')),"
    "  created_at INTEGER NOT NULL, moderated_by INTEGER REFERENCES users(id),"
    "  moderated_at INTEGER);"
    "CREATE INDEX comments_consultation ON comments(consultation_id, state, id);"
    "CREATE TABLE ratings ("
    "  id INTEGER PRIMARY KEY,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  path TEXT NOT NULL, helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),"
    "  interface INTEGER CHECK (interface BETWEEN 1 AND 5),"
    "  content INTEGER CHECK (content BETWEEN 1 AND 5),"
    "  support INTEGER CHECK (support BETWEEN 1 AND 5),"
    "  created_at INTEGER NOT NULL);"
    "CREATE INDEX ratings_tenant ON ratings(tenant_id, created_at);"
    "CREATE TABLE form_hits (key TEXT NOT NULL, at INTEGER NOT NULL);"
    "CREATE INDEX form_hits_key ON form_hits(key, at);",
    /* maintenance notices (portal_store_maintenance.c): a window of UTC
     * instants, shown from lead_days working days ahead, on every tenant
     * (all_tenants) or on those listed in maintenance_tenants */
    "CREATE TABLE maintenance ("
    "  id INTEGER PRIMARY KEY,"
    "  all_tenants INTEGER NOT NULL CHECK (all_tenants IN (0, 1)),"
    "  starts_at INTEGER NOT NULL, ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),"
    "  lead_days INTEGER NOT NULL CHECK (lead_days BETWEEN 0 AND 365),"
    "  message_vi TEXT NOT NULL, message_en TEXT,"
    "  created_at INTEGER NOT NULL);"
    "CREATE INDEX maintenance_ends ON maintenance(ends_at);"
    "CREATE TABLE maintenance_tenants ("
    "  maintenance_id INTEGER NOT NULL REFERENCES maintenance(id) ON DELETE CASCADE,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  PRIMARY KEY (maintenance_id, tenant_id));"
    "CREATE INDEX maintenance_tenants_t ON maintenance_tenants(tenant_id);",
    /* a tenant's own EMC monitoring code (portal_monitoring.h); none: the
     * server's PortalMonitoring code. A table of its own rather than a
     * column: later migrations add tables only (tests/test_backup.py) */
    "CREATE TABLE tenant_monitoring ("
    "  tenant_id INTEGER PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,"
    "  code TEXT NOT NULL);",
    /* update deadlines (issue 12, portal_deadline.h): when an item's source
     * reached the board and whether it is urgent; when it first went public
     * (published_at moves when an item is withdrawn and published again),
     * kept by triggers so that every way of publishing sets it; and the
     * deadline of each kind of information (004 Đ9, Đ8.4), which the
     * sysadmin changes with portalctl deadline set. */
    "ALTER TABLE articles ADD COLUMN received_at INTEGER;"
    "ALTER TABLE articles ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1));"
    "ALTER TABLE articles ADD COLUMN first_published_at INTEGER;"
    /* an item brought in by import was created after it was published */
    "UPDATE articles SET received_at = CASE WHEN published_at > 0 "
    "  AND (created_at = 0 OR published_at < created_at) THEN published_at ELSE created_at END;"
    "UPDATE articles SET first_published_at = coalesce(min(published_at, (SELECT min(at) "
    "  FROM audit WHERE article_id = articles.id AND to_state = 'published')), published_at) "
    "  WHERE published_at > 0 AND state IN ('published', 'unpublished');"
    "CREATE TRIGGER articles_received_default AFTER INSERT ON articles "
    "  WHEN new.received_at IS NULL BEGIN"
    "  UPDATE articles SET received_at = new.created_at WHERE id = new.id;"
    "END;"
    "CREATE TRIGGER articles_first_published_insert AFTER INSERT ON articles "
    "  WHEN new.state = 'published' AND new.first_published_at IS NULL BEGIN"
    "  UPDATE articles SET first_published_at = new.published_at WHERE id = new.id;"
    "END;"
    "CREATE TRIGGER articles_first_published AFTER UPDATE OF state ON articles "
    "  WHEN new.state = 'published' AND new.first_published_at IS NULL BEGIN"
    "  UPDATE articles SET first_published_at = new.published_at WHERE id = new.id;"
    "END;"
    /* the deadlines report of a tenant or of all; the items not yet public */
    "CREATE INDEX articles_first_published ON articles(tenant_id, first_published_at) "
    "  WHERE first_published_at IS NOT NULL;"
    "CREATE INDEX articles_first_published_all ON articles(first_published_at) "
    "  WHERE first_published_at IS NOT NULL;"
    "CREATE INDEX articles_not_yet_public ON articles(tenant_id) "
    "  WHERE first_published_at IS NULL AND state = 'draft';"
    "CREATE TABLE deadline_rules ("
    "  kind TEXT PRIMARY KEY,"
    "  unit TEXT NOT NULL CHECK (unit IN ('working-days','days','hours')),"
    "  amount INTEGER NOT NULL CHECK (amount BETWEEN 0 AND 9999),"
    "  urgent_unit TEXT CHECK (urgent_unit IN ('working-days','days','hours')),"
    "  urgent_amount INTEGER CHECK (urgent_amount BETWEEN 0 AND 9999),"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  updated_at INTEGER NOT NULL DEFAULT 0);"
    "INSERT INTO deadline_rules (kind, unit, amount, urgent_unit, urgent_amount, position) VALUES"
    "  ('legal', 'working-days', 7, NULL, NULL, 1),"
    "  ('administrative', 'working-days', 2, 'working-days', 0, 2),"
    "  ('planning', 'days', 15, NULL, NULL, 3),"
    "  ('investment', 'working-days', 2, NULL, NULL, 4),"
    "  ('science', 'working-days', 10, NULL, NULL, 5),"
    "  ('event', 'hours', 24, NULL, NULL, 6),"
    "  ('other', 'working-days', 5, NULL, NULL, 7);",
    /* royalties (nhuận bút, portal_store_royalties.c): per tenant, the kinds
     * of work and their coefficients (in thousandths of a point, so that sums
     * are exact) and an optional base rate in VND per point; per item, the
     * credits the board recorded. A credit copies its kind's name and
     * coefficient, so that a later change of the list rewrites no history. */
    "CREATE TABLE royalty_settings ("
    "  tenant_id INTEGER PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,"
    "  base_rate INTEGER CHECK (base_rate IS NULL OR base_rate BETWEEN 0 AND 1000000000));"
    "CREATE TABLE royalty_kinds ("
    "  id INTEGER PRIMARY KEY,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  code TEXT NOT NULL, name TEXT NOT NULL,"
    "  coef_milli INTEGER NOT NULL CHECK (coef_milli BETWEEN 1 AND 100000),"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (tenant_id, code));"
    "CREATE TABLE royalty_credits ("
    "  id INTEGER PRIMARY KEY,"
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    "  user_id INTEGER REFERENCES users(id),"
    "  name TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL, kind_name TEXT NOT NULL,"
    "  coef_milli INTEGER NOT NULL CHECK (coef_milli BETWEEN 0 AND 100000),"
    "  recorded_by INTEGER REFERENCES users(id), recorded_at INTEGER NOT NULL);"
    "CREATE INDEX royalty_credits_article ON royalty_credits(article_id, id);"
    "CREATE INDEX royalty_credits_tenant ON royalty_credits(tenant_id, article_id);",
    /* access statistics (portal_store_access.c): views per tenant, day (a
     * Vietnamese day number), page and kind of reader; a HyperLogLog of the
     * day's visitors (registers only); the daily secret of the visitors'
     * hashes, deleted once its day is over */
    "CREATE TABLE access_views ("
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  day INTEGER NOT NULL, path TEXT NOT NULL, item_id INTEGER NOT NULL DEFAULT 0,"
    "  views INTEGER NOT NULL DEFAULT 0, crawler_views INTEGER NOT NULL DEFAULT 0,"
    "  board_views INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (tenant_id, day, path, item_id)) WITHOUT ROWID;"
    "CREATE INDEX access_views_day ON access_views(day);"
    "CREATE TABLE access_visitors ("
    "  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
    "  day INTEGER NOT NULL, hll BLOB NOT NULL,"
    "  PRIMARY KEY (tenant_id, day)) WITHOUT ROWID;"
    "CREATE TABLE access_secrets (day INTEGER PRIMARY KEY, secret BLOB NOT NULL);",
    /* search ranking (portal_store_search.c): the index gets a column per
     * part of an item so that the ranking weighs them apart: the folded title,
     * summary and fields, search_text (everything, folded, as before) and
     * search_marked, the item's distinct words with diacritics, marked
     * (portal_text_fold_marked: "đường" is d9u7o7ng2, "dương" du7o7ng), so
     * that a query typed with diacritics prefers the items written alike.
     * The program writes the new columns (portal_item_searchable); for the
     * rows already there, SQL gives the folded parts the tokenizer's
     * folding cannot (đ), and portalctl computes them again after this
     * migration (ctl_migrate_store: it finds this migration by its
     * search_marked column). The index is rebuilt from them. */
    "ALTER TABLE articles ADD COLUMN search_title TEXT;"
    "ALTER TABLE articles ADD COLUMN search_summary TEXT;"
    "ALTER TABLE articles ADD COLUMN search_fields TEXT;"
    "ALTER TABLE articles ADD COLUMN search_marked TEXT;"
    "DROP TRIGGER articles_fts_insert;"
    "DROP TRIGGER articles_fts_delete;"
    "DROP TRIGGER articles_fts_update;"
    "DROP TABLE articles_fts;"
    "UPDATE articles SET"
    "  search_title = replace(replace(title, 'Đ', 'd'), 'đ', 'd'),"
    "  search_summary = replace(replace(coalesce(summary, ''), 'Đ', 'd'), 'đ', 'd'),"
    "  search_fields = CASE WHEN json_valid(fields) THEN replace(replace(("
    "    SELECT coalesce(group_concat(value, ' '), '') FROM json_each(fields)"
    "    WHERE type = 'text'), 'Đ', 'd'), 'đ', 'd') ELSE '' END;"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(search_title, search_summary, search_fields,"
    "  search_text, search_marked, content='articles', content_rowid='id',"
    "  tokenize='unicode61 remove_diacritics 2');"
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
    "  INSERT INTO articles_fts(rowid, search_title, search_summary, search_fields, search_text,"
    "    search_marked) VALUES (new.id, new.search_title, new.search_summary,"
    "    new.search_fields, new.search_text, new.search_marked);"
    "END;"
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
    "  INSERT INTO articles_fts(articles_fts, rowid, search_title, search_summary,"
    "    search_fields, search_text, search_marked) VALUES ('delete', old.id,"
    "    old.search_title, old.search_summary, old.search_fields, old.search_text,"
    "    old.search_marked);"
    "END;"
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF search_title, search_summary,"
    "  search_fields, search_text, search_marked ON articles BEGIN"
    "  INSERT INTO articles_fts(articles_fts, rowid, search_title, search_summary,"
    "    search_fields, search_text, search_marked) VALUES ('delete', old.id,"
    "    old.search_title, old.search_summary, old.search_fields, old.search_text,"
    "    old.search_marked);"
    "  INSERT INTO articles_fts(rowid, search_title, search_summary, search_fields, search_text,"
    "    search_marked) VALUES (new.id, new.search_title, new.search_summary,"
    "    new.search_fields, new.search_text, new.search_marked);"
    "END;",
};

const int portal_schema_count =
    (int)(sizeof(portal_schema_migrations) / sizeof(portal_schema_migrations[0]));
