/**
 * @file unit.h
 * @brief A tiny, dependency-free unit test harness.
 *
 * Include it once per test program (the counters are file-local).  Each
 * failing check prints one line "FAIL file:line: ..."; unit_report() prints
 * the closing line "unit: N passed, M failed" and gives the exit status.
 *
 *     CHECK(x > 0);
 *     CHECK_STR(got, "want");      // NULL equals only NULL
 *     return unit_report();
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed;
static int unit_failed;

/** Longest piece of a string shown in a failure line. */
#define UNIT_SHOW 160

/** Print @a s quoted, C-escaped and cut to UNIT_SHOW bytes (or "NULL"). */
static inline void unit_show_(const char *s)
{
    size_t i, len;

    if (s == NULL) {
        fputs("NULL", stdout);
        return;
    }
    len = strlen(s);
    putchar('"');
    for (i = 0; i < len && i < UNIT_SHOW; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c == '"' || c == '\\') {
            printf("\\%c", c);
        }
        else if (c < 0x20 || c == 0x7F) {
            printf("\\x%02X", c);
        }
        else {
            putchar(c);                    /* UTF-8 passes through */
        }
    }
    putchar('"');
    if (len > UNIT_SHOW) {
        printf("... (%zu bytes)", len);
    }
}

static inline int unit_check_(int ok, const char *expr, const char *file, int line)
{
    if (ok) {
        unit_passed++;
    }
    else {
        unit_failed++;
        printf("FAIL %s:%d: %s\n", file, line, expr);
    }
    return ok;
}

static inline int unit_check_str_(const char *got, const char *want,
                                  const char *expr, const char *file, int line)
{
    int ok = (got == NULL || want == NULL) ? got == want : strcmp(got, want) == 0;

    if (ok) {
        unit_passed++;
    }
    else {
        unit_failed++;
        printf("FAIL %s:%d: %s: got ", file, line, expr);
        unit_show_(got);
        fputs(" want ", stdout);
        unit_show_(want);
        putchar('\n');
    }
    return ok;
}

/** Print the summary line; the value is the process exit status. */
static inline int unit_report(void)
{
    printf("unit: %d passed, %d failed\n", unit_passed, unit_failed);
    fflush(stdout);
    return unit_failed > 0 ? 1 : 0;
}

#define CHECK(cond) unit_check_((cond) ? 1 : 0, #cond, __FILE__, __LINE__)
#define CHECK_STR(got, want) unit_check_str_((got), (want), #got, __FILE__, __LINE__)

#endif /* UNIT_H */
