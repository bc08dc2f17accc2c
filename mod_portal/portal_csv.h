/*
 * portal_csv.h: the fields of the CSV files the reports write (RFC 4180),
 * one writer for every report.
 */
#ifndef PORTAL_CSV_H
#define PORTAL_CSV_H

#include <apr_pools.h>

/* A field as it is, quoted when it holds a comma, a quote or a line break
 * (quotes doubled); NULL is the empty field. For figures and codes. */
const char *portal_csv_field(apr_pool_t *p, const char *v);

/* The same for text someone typed (a title, a name): text starting with
 * = + - or @ gets an apostrophe first, so that a spreadsheet opening the
 * file never runs it as a formula. */
const char *portal_csv_text(apr_pool_t *p, const char *v);

#endif
