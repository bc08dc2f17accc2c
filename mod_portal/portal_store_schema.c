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
    /* search ranking (portal_store_search.c): the index gets a column per
     * part of an item so that bm25 weighs them apart: the folded title,
     * summary and fields, search_text (everything, folded, as before) and
     * search_marked, the item's distinct words with diacritics, marked
     * (portal_text_fold_marked: "đường" is d9u7o7ng2, "dương" du7o7ng), so
     * that a query typed with diacritics prefers the items written alike.
     * The program writes the new columns (portal_item_searchable); for the
     * rows already there, SQL gives the folded parts the tokenizer's
     * folding cannot (đ), search_marked stays empty until the item is
     * saved again. The index is rebuilt from them. */
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
