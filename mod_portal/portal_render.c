/*
 * portal_render.c: the stylesheet cache and the transform (see header).
 *
 * A cached entry is reference counted: a thread that renders holds a
 * reference, so a stylesheet replaced after its file changed is freed only
 * when the last transform that uses it is done.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_thread_mutex.h>
#include <apr_time.h>
#include <libxml/parser.h>
#include <libxml/hash.h>
#include <libxml/xpathInternals.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>
#include <libxslt/extensions.h>
#include <libexslt/exslt.h>

#include "portal_render.h"

#define RECHECK_SECONDS 1
/* ps:string(key), the strings table's lookup by a key computed at run time */
#define STRINGS_NS "urn:portal:strings"
#define ERR_MAX 512

/* What a stylesheet's table of UI strings is, per language (vi, en). */
enum { STRINGS_UNKNOWN, STRINGS_READY, STRINGS_NONE };

typedef struct sheet {
    xsltStylesheetPtr xsl;     /* NULL: the file does not exist */
    apr_int64_t mtime;         /* ns */
    int refs;                  /* the cache's own reference counts as one */
    /* The stylesheet's strings table (<ui-strings>, strings.xsl) in each
     * language, built by one transform and then added to every document it
     * renders: rebuilding it in XSLT cost a third of a render. Written once
     * under the cache's lock, read-only afterwards. */
    xmlDocPtr strings[2];
    xmlHashTablePtr index[2];  /* key → text of strings[i] (the first of a key wins) */
    int strings_state[2];
} sheet_t;

typedef struct {
    sheet_t *sheet;
    apr_int64_t checked;       /* when the file was last stat()ed */
} entry_t;

struct portal_render {
    apr_pool_t *pool;
    const char *dir;
    apr_hash_t *entries;       /* path → entry_t* */
    apr_thread_mutex_t *lock;
    xsltSecurityPrefsPtr prefs;
    apr_int64_t signature;     /* newest mtime in the stylesheet tree */
    apr_int64_t signed_at;     /* when it was last computed */
};

void portal_render_global_init(void)
{
    xmlInitParser();
    exsltRegisterAll();
}

void portal_render_global_cleanup(void)
{
    /* libxslt's registries (EXSLT functions, extension modules) are global;
     * freed here they do not leak when httpd unloads the module on restart.
     * xmlCleanupParser() is left alone: other modules may use libxml2. */
    xsltCleanupGlobals();
}

static void sheet_release(sheet_t *s)
{
    if (s && --s->refs == 0) {
        for (int i = 0; i < 2; i++) {
            xmlHashFree(s->index[i], NULL);    /* its values belong to the document */
            xmlFreeDoc(s->strings[i]);
        }
        if (s->xsl)
            xsltFreeStylesheet(s->xsl);
        free(s);
    }
}

static apr_status_t render_cleanup(void *data)
{
    portal_render_t *r = data;
    for (apr_hash_index_t *hi = apr_hash_first(NULL, r->entries); hi; hi = apr_hash_next(hi)) {
        entry_t *e = apr_hash_this_val(hi);
        sheet_release(e->sheet);
    }
    xsltFreeSecurityPrefs(r->prefs);
    return APR_SUCCESS;
}

apr_status_t portal_render_create(portal_render_t **out, apr_pool_t *p, const char *dir)
{
    portal_render_t *r = apr_pcalloc(p, sizeof(*r));
    apr_status_t rv = apr_thread_mutex_create(&r->lock, APR_THREAD_MUTEX_DEFAULT, p);
    if (rv != APR_SUCCESS)
        return rv;
    r->pool = p;
    r->dir = apr_pstrdup(p, dir);
    r->entries = apr_hash_make(p);
    /* Stylesheets may read nothing but themselves and write nothing. */
    r->prefs = xsltNewSecurityPrefs();
    xsltSetSecurityPrefs(r->prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
    xsltSetSecurityPrefs(r->prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
    xsltSetSecurityPrefs(r->prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
    xsltSetSecurityPrefs(r->prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
    apr_pool_cleanup_register(p, r, render_cleanup, apr_pool_cleanup_null);
    *out = r;
    return APR_SUCCESS;
}

/* Collects libxml2/libxslt messages of one compile or transform. */
typedef struct {
    char text[ERR_MAX];
    apr_size_t len;
} errbuf_t;

static void collect_error(void *ctx, const char *msg, ...)
{
    errbuf_t *e = ctx;
    va_list ap;
    va_start(ap, msg);
    if (e->len < sizeof(e->text) - 1) {
        int n = vsnprintf(e->text + e->len, sizeof(e->text) - e->len, msg, ap);
        if (n > 0)
            e->len = e->len + (apr_size_t)n < sizeof(e->text) ? e->len + (apr_size_t)n
                                                              : sizeof(e->text) - 1;
    }
    va_end(ap);
}

/* Compiles a stylesheet file; the caller holds the lock, because libxslt's
 * generic error handler is per thread but compiles are rare. */
static sheet_t *compile(const char *path, apr_int64_t mtime, errbuf_t *err)
{
    sheet_t *s = calloc(1, sizeof(*s));
    if (!s)
        return NULL;
    s->refs = 1;
    s->mtime = mtime;
    if (mtime == 0)
        return s;               /* remembers that the file is absent */
    xsltSetGenericErrorFunc(err, collect_error);
    xmlSetGenericErrorFunc(err, collect_error);
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    if (doc)
        s->xsl = xsltParseStylesheetDoc(doc);
    if (doc && !s->xsl)
        xmlFreeDoc(doc);
    xsltSetGenericErrorFunc(NULL, NULL);
    xmlSetGenericErrorFunc(NULL, NULL);
    if (!s->xsl) {
        free(s);
        return NULL;
    }
    return s;
}

/* Modification times in nanoseconds: an edit within the same second as
 * the previous one must still be noticed. */
static apr_int64_t mtime_ns(const struct stat *sb)
{
    return (apr_int64_t)sb->st_mtim.tv_sec * 1000000000 + sb->st_mtim.tv_nsec;
}

static apr_int64_t file_mtime(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISREG(sb.st_mode) ? mtime_ns(&sb) : 0;
}

/* Returns a referenced sheet for path (xsl NULL when absent), or NULL when
 * the file exists but does not compile. */
static sheet_t *acquire(portal_render_t *r, const char *path, errbuf_t *err)
{
    apr_int64_t now = apr_time_sec(apr_time_now());
    sheet_t *s = NULL;
    apr_thread_mutex_lock(r->lock);
    entry_t *e = apr_hash_get(r->entries, path, APR_HASH_KEY_STRING);
    if (!e) {
        e = apr_pcalloc(r->pool, sizeof(*e));
        apr_hash_set(r->entries, apr_pstrdup(r->pool, path), APR_HASH_KEY_STRING, e);
    }
    if (!e->sheet || now - e->checked >= RECHECK_SECONDS) {
        apr_int64_t mtime = file_mtime(path);
        e->checked = now;
        if (!e->sheet || e->sheet->mtime != mtime) {
            sheet_t *fresh = compile(path, mtime, err);
            if (fresh) {
                sheet_release(e->sheet);
                e->sheet = fresh;
            } else if (!e->sheet || !e->sheet->xsl) {
                apr_thread_mutex_unlock(r->lock);
                return NULL;
            }
            /* else: a broken edit keeps the last good stylesheet serving */
        }
    }
    s = e->sheet;
    s->refs++;
    apr_thread_mutex_unlock(r->lock);
    return s;
}

static void release(portal_render_t *r, sheet_t *s)
{
    apr_thread_mutex_lock(r->lock);
    sheet_release(s);
    apr_thread_mutex_unlock(r->lock);
}

static sheet_t *find_sheet(portal_render_t *r, apr_pool_t *p, const char *tenant,
                           const char *kind, errbuf_t *err, const char **used)
{
    if (tenant) {
        *used = apr_pstrcat(p, r->dir, "/tenants/", tenant, "/", kind, ".xsl", NULL);
        sheet_t *s = acquire(r, *used, err);
        if (!s || s->xsl)
            return s;
        release(r, s);
    }
    *used = apr_pstrcat(p, r->dir, "/", kind, ".xsl", NULL);
    return acquire(r, *used, err);
}

static const char *content_type_of(const char *kind)
{
    if (strcmp(kind, "rss") == 0)
        return "application/rss+xml; charset=utf-8";
    if (strcmp(kind, "sitemap-xml") == 0)
        return "application/xml; charset=utf-8";
    return "text/html; charset=utf-8";
}

/* ps:string(key): the string of the stylesheet's table for a key computed at
 * run time, "" for none (strings.xsl's str and fmt use it when it is there;
 * a scan of the table by key was most of what they cost). */
static void ps_string(xmlXPathParserContextPtr ctxt, int nargs)
{
    if (nargs != 1) {
        xmlXPathSetArityError(ctxt);
        return;
    }
    xmlChar *key = xmlXPathPopString(ctxt);
    xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(ctxt);
    const xmlChar *v = key && tctxt && tctxt->_private
        ? xmlHashLookup((xmlHashTablePtr)tctxt->_private, key) : NULL;
    xmlFree(key);
    valuePush(ctxt, xmlXPathNewString(v ? v : BAD_CAST ""));
}

/* The result of applying the stylesheet to doc, or NULL. index: the strings
 * table's index for ps:string(), or NULL. */
static xmlDocPtr apply(sheet_t *s, xmlDocPtr doc, xsltSecurityPrefsPtr prefs, errbuf_t *err,
                       xmlHashTablePtr index)
{
    xsltTransformContextPtr ctxt = xsltNewTransformContext(s->xsl, doc);
    if (!ctxt)
        return NULL;
    xsltSetTransformErrorFunc(ctxt, err, collect_error);
    xsltSetCtxtSecurityPrefs(prefs, ctxt);
    if (index) {
        ctxt->_private = index;
        xsltRegisterExtFunction(ctxt, BAD_CAST "string", BAD_CAST STRINGS_NS, ps_string);
    }
    xmlDocPtr res = xsltApplyStylesheetUser(s->xsl, doc, NULL, NULL, NULL, ctxt);
    if (res && ctxt->state != XSLT_STATE_OK) {
        xmlFreeDoc(res);
        res = NULL;
    }
    xsltFreeTransformContext(ctxt);
    return res;
}

/* Builds the strings table of a stylesheet in a language: the stylesheet
 * applied to <ROOT lang><ui-strings-request/></ROOT> answers <ui-strings>
 * (layout.xsl); NULL for one that does not. */
static xmlDocPtr build_strings(sheet_t *s, const xmlChar *root_name, const char *lang,
                               xsltSecurityPrefsPtr prefs)
{
    errbuf_t err = {{0}, 0};
    xmlDocPtr req = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewDocNode(req, NULL, root_name, NULL);
    xmlDocSetRootElement(req, root);
    xmlNewProp(root, BAD_CAST "lang", BAD_CAST lang);
    xmlNewChild(root, NULL, BAD_CAST "ui-strings-request", NULL);
    xmlDocPtr table = apply(s, req, prefs, &err, NULL);
    xmlFreeDoc(req);
    xmlNodePtr top = table ? xmlDocGetRootElement(table) : NULL;
    if (!top || !xmlStrEqual(top->name, BAD_CAST "ui-strings")) {
        xmlFreeDoc(table);
        return NULL;
    }
    return table;
}

/* key → text of each string of a table; the first of a key wins (a
 * tenant's override comes before the default). */
static xmlHashTablePtr index_strings(xmlDocPtr table)
{
    xmlHashTablePtr h = xmlHashCreate(512);
    for (xmlNodePtr n = xmlDocGetRootElement(table)->children; h && n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && !xmlHashLookup(h, n->name))
            xmlHashAddEntry(h, n->name, (void *)(n->children && n->children->type == XML_TEXT_NODE
                                                 ? n->children->content : BAD_CAST ""));
    return h;
}

/* Adds the stylesheet's strings table in the document's language to the
 * document (built the first time it is wanted); returns its index for
 * ps:string(), or NULL. */
static xmlHashTablePtr add_strings(portal_render_t *r, sheet_t *s, xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root)
        return NULL;
    xmlChar *lang = xmlGetProp(root, BAD_CAST "lang");
    int en = lang && xmlStrEqual(lang, BAD_CAST "en");
    xmlFree(lang);
    apr_thread_mutex_lock(r->lock);
    int state = s->strings_state[en];
    apr_thread_mutex_unlock(r->lock);
    if (state == STRINGS_UNKNOWN) {
        xmlDocPtr table = build_strings(s, root->name, en ? "en" : "vi", r->prefs);
        apr_thread_mutex_lock(r->lock);
        if (s->strings_state[en] == STRINGS_UNKNOWN) {   /* else another thread was first */
            s->strings[en] = table;
            s->index[en] = table ? index_strings(table) : NULL;
            s->strings_state[en] = table ? STRINGS_READY : STRINGS_NONE;
            table = NULL;
        }
        state = s->strings_state[en];
        apr_thread_mutex_unlock(r->lock);
        xmlFreeDoc(table);
    }
    if (state != STRINGS_READY)
        return NULL;
    xmlAddChild(root, xmlDocCopyNode(xmlDocGetRootElement(s->strings[en]), doc, 1));
    return s->index[en];
}

static int transform(sheet_t *s, apr_pool_t *p, xmlDocPtr doc, const char *kind,
                     xsltSecurityPrefsPtr prefs, xmlHashTablePtr index, portal_output_t *out,
                     errbuf_t *err)
{
    xmlDocPtr res = apply(s, doc, prefs, err, index);
    int failed = !res;
    xmlChar *buf = NULL;
    int len = 0;
    if (!failed && xsltSaveResultToString(&buf, &len, res, s->xsl) != 0)
        failed = 1;
    xmlFreeDoc(res);
    if (failed) {
        xmlFree(buf);
        return -1;
    }
    int html = strcmp(content_type_of(kind), "text/html; charset=utf-8") == 0;
    const char *doctype = html ? "<!DOCTYPE html>\n" : "";
    out->body = apr_pstrcat(p, doctype, buf ? (const char *)buf : "", NULL);
    out->len = strlen(out->body);
    out->content_type = content_type_of(kind);
    out->mtime = s->mtime / 1000000000;
    xmlFree(buf);
    return 0;
}

/* The newest mtime of a folder, its entries and (depth > 0) its
 * subfolders' entries: adding, changing or removing a stylesheet anywhere
 * in the tree moves it forward. */
static apr_int64_t newest_mtime(const char *dir, int depth)
{
    struct stat sb;
    apr_int64_t newest = stat(dir, &sb) == 0 ? mtime_ns(&sb) : 0;
    DIR *d = opendir(dir);
    if (!d)
        return newest;
    struct dirent *e;
    char path[4096];
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        if (stat(path, &sb) != 0)
            continue;
        apr_int64_t m = S_ISDIR(sb.st_mode) && depth > 0 ? newest_mtime(path, depth - 1)
                                                         : mtime_ns(&sb);
        if (m > newest)
            newest = m;
    }
    closedir(d);
    return newest;
}

apr_int64_t portal_render_signature(portal_render_t *r)
{
    apr_int64_t now = apr_time_sec(apr_time_now());
    apr_thread_mutex_lock(r->lock);
    if (r->signed_at == 0 || now - r->signed_at >= RECHECK_SECONDS) {
        r->signed_at = now;
        /* the folder, tenants/ and tenants/<slug>/ */
        r->signature = newest_mtime(r->dir, 2);
    }
    apr_int64_t sig = r->signature;
    apr_thread_mutex_unlock(r->lock);
    return sig;
}

int portal_render(portal_render_t *r, apr_pool_t *p, const char *tenant, const char *kind,
                  xmlDocPtr doc, portal_output_t *out, char **err)
{
    errbuf_t e = {{0}, 0};
    const char *used = NULL;
    sheet_t *s = find_sheet(r, p, tenant, kind, &e, &used);
    if (!s || !s->xsl) {
        *err = apr_psprintf(p, "stylesheet %s: %s", used,
                            s ? "not found" : e.len ? e.text : "does not compile");
        if (s)
            release(r, s);
        return -1;
    }
    xmlHashTablePtr index = add_strings(r, s, doc);
    int rc = transform(s, p, doc, kind, r->prefs, index, out, &e);
    release(r, s);
    if (rc != 0)
        *err = apr_psprintf(p, "transform with %s failed: %s", used, e.len ? e.text : "?");
    return rc;
}
