/*
 * fuzz_fields.c: the typed fields of the content types (portal_types.c) and
 * the times of the import format (portal_time.c): values an editor types
 * into the admin's forms or an import file carries.
 *
 * The first byte of the input picks a field of some type (all fields of
 * all types in turn); the rest is the value as typed.
 *
 * Invariants beyond "no crash":
 *  - a normalised value is valid text, and normalising it again gives it
 *    back (what the admin shows in the form is saved unchanged);
 *  - a date is a real YYYY-MM-DD day and portal_day_add(+0) keeps it;
 *  - the fields written as JSON (portal_fields_json) read back
 *    (portal_fields_parse) to the same value; any input read as JSON
 *    never crashes either;
 *  - a time portal_time_parse_iso accepts is written by portal_time_iso as
 *    text it reads back to the same second.
 */
#include "fuzz_common.h"
#include "portal_time.h"
#include "portal_types.h"

#define FIELDS_MAX 64

static const portal_field_t *fields[FIELDS_MAX];
static const portal_type_t *types_of[FIELDS_MAX];
static int nfields;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_init();
    const portal_type_t *t;
    for (int i = 0; (t = portal_type_at(i)); i++)
        for (const portal_field_t *f = t->fields; f->name && nfields < FIELDS_MAX; f++) {
            fields[nfields] = f;
            types_of[nfields++] = t;
        }
    return 0;
}

static void check_field(apr_pool_t *p, const portal_type_t *t, const portal_field_t *f,
                        const char *in)
{
    const char *err = NULL, *err2 = NULL;
    const char *v = portal_field_normalize(p, f, in, &err);
    if (!v) {
        FUZZ_CHECK(err != NULL, "%s refused without a message", f->name);
        return;
    }
    FUZZ_CHECK(fuzz_utf8(v), "%s: the value is not valid text", f->name);
    const char *again = portal_field_normalize(p, f, v, &err2);
    if (!again || strcmp(again, v) != 0) {
        fuzz_show("value", v, strlen(v));
        fuzz_show("normalised again", again ? again : "NULL", again ? strlen(again) : 4);
        FUZZ_CHECK(0, "%s (%s): normalising is not idempotent", f->name,
                   portal_field_kind_name(f->kind));
    }
    if (f->kind == PORTAL_FIELD_DATE && *v) {
        apr_int64_t day;
        FUZZ_CHECK(strlen(v) == 10 && portal_time_day_parse(v, &day) == 0, "date %s", v);
        const char *same = portal_day_add(p, v, 0);
        FUZZ_CHECK(same && strcmp(same, v) == 0, "date %s + 0 = %s", v, same ? same : "NULL");
        FUZZ_CHECK(portal_day_of_week(v) >= 1 && portal_day_of_week(v) <= 7, "weekday of %s", v);
    }
    if (*v) {
        apr_table_t *values = apr_table_make(p, 2);
        apr_table_setn(values, f->name, v);
        const char *json = portal_fields_json(p, t, values);
        FUZZ_CHECK(json != NULL, "no JSON for %s", f->name);
        const char *back = apr_table_get(portal_fields_parse(p, json), f->name);
        if (!back || strcmp(back, v) != 0) {
            fuzz_show("json", json, strlen(json));
            FUZZ_CHECK(0, "%s does not read back from its JSON", f->name);
        }
    }
}

static void check_time(apr_pool_t *p, const char *in)
{
    apr_int64_t t, t2;
    if (portal_time_parse_iso(in, &t) != 0)
        return;
    const char *iso = portal_time_iso(p, t);
    FUZZ_CHECK(portal_time_parse_iso(iso, &t2) == 0 && t2 == t,
               "%s is %" APR_INT64_T_FMT ", written %s", in, t, iso);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || !nfields)
        return 0;
    apr_pool_t *p = fuzz_pool();
    int i = data[0] % nfields;
    const char *in = fuzz_cstr(p, data + 1, size - 1);
    check_field(p, types_of[i], fields[i], in);
    check_time(p, in);
    portal_fields_parse(p, in);
    fuzz_pool_done(p);
    return 0;
}
