/*
 * portalctl_status.c: `portalctl status`, the same report as the
 * portal-status handler (portal_status.c), from what the command line can
 * know: the database, the Redis the server recorded there (PortalRedis),
 * the generation file, the disks and the due items. A process's uptime
 * only the server knows: n/a here.
 *
 * The report goes to stdout whatever it says (a monitor parses it); when
 * the portal is failing, one line "portalctl: failing: …" on stderr and
 * exit status 1 as well. Degraded exits 0: the portal serves, and a check
 * that wants to hear of it reads the status line.
 */
#include <stdio.h>
#include <string.h>
#include <libgen.h>
#include <apr_strings.h>

#include "portalctl_status.h"
#include "portal_status.h"
#include "portal_time.h"

/* When the server has not recorded PortalUploads in the database (it does
 * at its start): the folder next to it, where the Debian layout and `make
 * install` put it (/var/lib/portal/uploads). */
static const char *default_uploads(apr_pool_t *p, const char *db)
{
    return apr_pstrcat(p, dirname(apr_pstrdup(p, db)), "/uploads", NULL);
}

int portalctl_status(ctl_t *c, int argc, const char *const *argv)
{
    int json = 0;
    const char *uploads = NULL;
    const option_t opts[] = {{"json", NULL, &json}, {"uploads", &uploads, NULL}, {NULL}};
    int rc = ctl_parse_args(argc, argv, opts, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (uploads && !*uploads)
        return ctl_usage_error("--uploads is empty");
    portal_status_source_t src = {
        .database = c->db,
        .uploads = uploads ? uploads : default_uploads(c->p, c->db),
        .uploads_from_record = uploads == NULL,
        .redis_from_record = 1,
        .gen_open = 1,
        .now = portal_time_now(),
        .process_started = -1,
        .server_started = -1,
    };
    portal_status_t st;
    portal_status_gather(c->p, &src, &st);
    fputs(json ? portal_status_json(c->p, &st) : portal_status_text(c->p, &st), stdout);
    if (fflush(stdout) != 0)
        return ctl_failure("cannot write the status: standard output failed");
    if (st.level == PORTAL_STATUS_FAILING)
        return ctl_failure("failing: %s", apr_array_pstrcat(c->p, st.problems, ' '));
    return EXIT_SUCCESS;
}
