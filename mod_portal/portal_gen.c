/*
 * portal_gen.c: the shared generation file (see header).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <libgen.h>
#include <apr_strings.h>

#include "portal_gen.h"
#include "portal_cache.h"

#define GEN_MAGIC 0x706f7274616c6731ULL   /* "portalg1" */

typedef struct {
    apr_uint64_t magic;
    apr_uint64_t global;
    apr_uint64_t slot[PORTAL_GEN_SLOTS];
} gen_file_t;

struct portal_gen {
    gen_file_t *map;
};

static apr_status_t gen_unmap(void *data)
{
    portal_gen_t *g = data;
    munmap(g->map, sizeof(gen_file_t));
    return APR_SUCCESS;
}

/* The file belongs to whoever owns the database's folder, so that root's
 * portalctl never leaves a file the server's user cannot write. */
static void give_to_folder_owner(apr_pool_t *p, int fd, const char *path)
{
    struct stat sb;
    char *copy = apr_pstrdup(p, path);
    if (geteuid() == 0 && stat(dirname(copy), &sb) == 0)
        if (fchown(fd, sb.st_uid, sb.st_gid) != 0)
            return;   /* not fatal: the server may still read it */
}

portal_gen_t *portal_gen_open(apr_pool_t *p, const char *db_path, char **err)
{
    const char *path = apr_pstrcat(p, db_path, "-gen", NULL);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0660);
    int writable = fd >= 0;
    if (fd < 0)
        fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *err = apr_psprintf(p, "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat sb;
    if (fstat(fd, &sb) == 0 && (size_t)sb.st_size < sizeof(gen_file_t)) {
        if (!writable || ftruncate(fd, sizeof(gen_file_t)) != 0) {
            *err = apr_psprintf(p, "cannot size %s: %s", path, strerror(errno));
            close(fd);
            return NULL;
        }
        give_to_folder_owner(p, fd, db_path);
    }
    void *map = mmap(NULL, sizeof(gen_file_t), writable ? PROT_READ | PROT_WRITE : PROT_READ,
                     MAP_SHARED, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        *err = apr_psprintf(p, "cannot map %s: %s", path, strerror(errno));
        return NULL;
    }
    portal_gen_t *g = apr_pcalloc(p, sizeof(*g));
    g->map = map;
    if (writable && g->map->magic != GEN_MAGIC)
        __atomic_store_n(&g->map->magic, GEN_MAGIC, __ATOMIC_RELEASE);
    apr_pool_cleanup_register(p, g, gen_unmap, apr_pool_cleanup_null);
    return g;
}

/* FNV-1a of the label, folded onto the slots. */
static unsigned slot_of(const char *label)
{
    apr_uint32_t h = 2166136261u;
    for (const unsigned char *c = (const unsigned char *)label; *c; c++)
        h = (h ^ *c) * 16777619u;
    return h % PORTAL_GEN_SLOTS;
}

void portal_gen_read(portal_gen_t *g, const char *label, char out[48])
{
    apr_uint64_t global = __atomic_load_n(&g->map->global, __ATOMIC_ACQUIRE);
    apr_uint64_t tenant = __atomic_load_n(&g->map->slot[slot_of(label)], __ATOMIC_ACQUIRE);
    snprintf(out, 48, "%" APR_UINT64_T_FMT ".%" APR_UINT64_T_FMT, global, tenant);
}

void portal_gen_bump(portal_gen_t *g, const char *label)
{
    if (!label) {
        __atomic_add_fetch(&g->map->global, 1, __ATOMIC_ACQ_REL);
        return;
    }
    __atomic_add_fetch(&g->map->slot[slot_of(label)], 1, __ATOMIC_ACQ_REL);
    if (strcmp(label, PORTAL_CACHE_PROVINCE) != 0)
        __atomic_add_fetch(&g->map->slot[slot_of(PORTAL_CACHE_PROVINCE)], 1, __ATOMIC_ACQ_REL);
}
