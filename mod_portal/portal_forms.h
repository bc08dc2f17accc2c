/*
 * portal_forms.h: the citizens' forms on the public site, built and acted on
 * without httpd (docs/interaction.md):
 *
 *   /hoi-dap                 answered questions, a link to ask, the status lookup
 *   /hoi-dap/gui             the question form (GET) and its submission (POST)
 *   /hoi-dap/tra-cuu?ma=…    the status of a question by its tracking code
 *   /hoi-dap/<id>            one answered question
 *   /gop-y-du-thao           drafts open for (or closed to) public comment
 *   /gop-y-du-thao/<id>      a draft in full, its moderated comments, the form while open
 *   /danh-gia                POST: the satisfaction rating found at the foot of every page
 *
 * The glue (mod_portal_forms.c) fills a portal_forms_t from the request: the
 * view of the tenant, the path, the form of a POST, what it found of the
 * visitor's token and the request's origin. A page leaves its answer in
 * f->out and returns its status. Messages are codes the stylesheets word
 * (xslt/strings.xsl: prob-*, err-*, notice codes).
 *
 * Nothing a citizen typed is ever written to a log.
 */
#ifndef PORTAL_FORMS_H
#define PORTAL_FORMS_H

#include <libxml/tree.h>
#include "portal_http.h"
#include "portal_xml.h"

/* The forms counted against an address's hourly limit (PortalFormLimits). */
enum { PORTAL_FORM_QUESTION, PORTAL_FORM_COMMENT, PORTAL_FORM_RATING, PORTAL_FORM__COUNT };

typedef struct {
    xmlDocPtr doc;             /* the page; NULL when the status says it all */
    const char *sheet;         /* its stylesheet (questions, consultation, error) */
    const char *location;      /* a 303: the page to see after a POST */
    const char *allow;         /* a 405: the method the page takes */
    const char *new_token;     /* a form token made for this visitor: set it in a cookie */
    int retry_after;           /* a 429 or a 503: seconds */
    int failed;                /* the store failed: failure is the line to log */
    const char *failure;
    int refused_token;         /* a POST without the visitor's token (or from elsewhere) */
    int refused_origin;        /* a rating from another site */
} portal_forms_answer_t;

typedef struct {
    portal_view_t *view;       /* the tenant, its language, the store */
    const char *path;          /* without the language prefix */
    apr_int64_t now;
    int post;
    apr_table_t *form;         /* POST fields (valid UTF-8, NFC) */
    /* what the glue found in the request */
    const char *token;         /* the visitor's form token (their cookie's), NULL if none */
    int token_ok;              /* the POST sends that token back, from a page of this site */
    int origin_ok;             /* the POST's Origin (or Referer) names this site */
    const char *ip;            /* counted, hashed, against the hourly limits */
    int limits[PORTAL_FORM__COUNT];
    const char *code;          /* /hoi-dap/tra-cuu: the code asked for ("" not UTF-8), or NULL */
    int just_asked;            /* /hoi-dap/tra-cuu: right after the question was sent */
    portal_forms_answer_t out;
} portal_forms_t;

/* Is path (without the language prefix) one of the forms' pages? */
int portal_forms_ours(const char *path);
/* The tenant's page "not found". */
int portal_forms_not_found(portal_forms_t *f);
/* A POST to an archived (read-only) site: refused with a notice. */
int portal_forms_archived(portal_forms_t *f);
/* The page of f->path, GET or POST (its form read). */
int portal_forms_page(portal_forms_t *f);

#endif
