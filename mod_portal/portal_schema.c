/*
 * portal_schema.c: the SQLite schema as a list of migrations.
 *
 * PRAGMA user_version holds the number of migrations applied. A migration is
 * never edited once released: a change to the schema is a new entry at the
 * end, so every existing database walks the same path to the current one.
 */
#include <stddef.h>

/* Used by portal_store.c only; declared there. */
extern const char *const portal_schema_migrations[];
extern const int portal_schema_count;

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
};

const int portal_schema_count =
    (int)(sizeof(portal_schema_migrations) / sizeof(portal_schema_migrations[0]));
