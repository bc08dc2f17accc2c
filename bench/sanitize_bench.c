/**
 * @file sanitize_bench.c
 * @brief Times portal_sanitize_html() on each worst-case shape
 *        (tests/unit/sanitize_shapes.h).  Built and run by bench/sanitize.sh.
 *
 *     sanitize_bench [--size BYTES] [--runs N] [SHAPE ...]
 *
 * Prints one line per shape: its name, input bytes, the best wall time of N
 * runs in milliseconds, the time per input megabyte and the output bytes.
 * A shape slower than a second is run once: the point is the figure, not a
 * precise one.
 */
#include "portal_sanitize.h"
#include "../tests/unit/sanitize_shapes.h"

#include <stdlib.h>
#include <time.h>

#include <apr_general.h>
#include <libxml/parser.h>

static double now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int wanted(int argc, char **argv, int first, const char *name)
{
    int i;

    if (first >= argc) {
        return 1;
    }
    for (i = first; i < argc; i++) {
        if (strcmp(argv[i], name) == 0) {
            return 1;
        }
    }
    return 0;
}

/** Best time of @a runs sanitizations of one shape; prints its line. */
static void bench_shape(apr_pool_t *pool, shape_id id, size_t size, int runs)
{
    apr_pool_t *p;
    size_t len, out_len = 0;
    double best = -1;
    int r;
    char *in;

    apr_pool_create(&p, pool);
    in = shape_build(p, id, size, &len);
    for (r = 0; r < runs; r++) {
        apr_pool_t *work;
        double t0, t;
        const char *out;

        apr_pool_create(&work, p);
        t0 = now_ms();
        out = portal_sanitize_html(work, in, len);
        t = now_ms() - t0;
        out_len = out ? strlen(out) : 0;
        apr_pool_destroy(work);
        if (best < 0 || t < best) {
            best = t;
        }
        if (t > 1000) {
            break;
        }
    }
    printf("%-26s %9zu %10.1f %10.1f %9zu\n", shape_names[id], len, best,
           best / ((double)len / (1024 * 1024)), out_len);
    fflush(stdout);
    apr_pool_destroy(p);
}

int main(int argc, char **argv)
{
    size_t size = 2 * 1024 * 1024;
    int runs = 3, first = 1, i;
    apr_pool_t *pool;

    while (first + 1 < argc && strncmp(argv[first], "--", 2) == 0) {
        if (strcmp(argv[first], "--size") == 0) {
            size = strtoul(argv[first + 1], NULL, 10);
        }
        else if (strcmp(argv[first], "--runs") == 0) {
            runs = atoi(argv[first + 1]);
        }
        first += 2;
    }
    apr_initialize();
    xmlInitParser();
    apr_pool_create(&pool, NULL);
    printf("%-26s %9s %10s %10s %9s\n", "shape", "bytes", "ms", "ms/MB", "out");
    for (i = 0; i < SHAPE_COUNT; i++) {
        if (wanted(argc, argv, first, shape_names[i])) {
            bench_shape(pool, (shape_id)i, size, runs < 1 ? 1 : runs);
        }
    }
    apr_pool_destroy(pool);
    apr_terminate();
    return 0;
}
