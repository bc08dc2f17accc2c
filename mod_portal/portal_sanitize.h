/**
 * @file portal_sanitize.h
 * @brief Whitelist HTML sanitizer for content written by the portal's editors.
 *
 * Editors paste HTML from word processors and other sites; the public page
 * must only ever carry a small, inert subset of it.  The input is parsed with
 * libxml2's forgiving HTML parser (so broken markup gets the structure a
 * browser would roughly build), and written out element by element as the
 * parser reports them, keeping only what the whitelist names:
 *
 *  - elements: p br h2-h6 strong b em i u s sub sup blockquote q cite code
 *    pre ul ol li dl dt dd a img figure figcaption table caption thead tbody
 *    tfoot tr th td hr span div abbr.  h1 becomes h2 (the page owns the h1).
 *  - script style iframe object embed frame frameset applet noscript
 *    noembed noframes template svg math form input button select textarea
 *    link meta base title head are dropped together with their content.
 *  - any other element is unwrapped: its sanitized content stays.
 *  - attributes: lang on every element; a: href title; img: src alt width
 *    height title; th, td: colspan rowspan scope headers; th: abbr;
 *    ol: start; abbr: title.  Numbers and enumerated values are checked.
 *  - href may be http:, https:, mailto:, tel: or relative (also "//host");
 *    img src only http:, https: or relative.  The scheme is read the way a
 *    browser reads it: after entity decoding, with leading spaces and
 *    controls skipped and tabs and newlines removed, in any case.  An '&'
 *    before the first '/', '?' or '#' is refused as well.  An a without a
 *    usable href is unwrapped, an img without one is dropped; an img
 *    without alt gets alt="".
 *  - void elements never hold content: what libxml2 nests below an
 *    <embed> or <source> is written after it.
 *  - comments, processing instructions, CDATA and the doctype are dropped.
 *
 * The output is a well-formed XHTML fragment (no wrapper element, no XML
 * declaration) in NFC that xmlParseBalancedChunkMemory() accepts: void
 * elements are self-closed, '&', '<', '>' and '"' are escaped, and only
 * XML 1.0 characters appear.  Elements nest at most PORTAL_SANITIZE_MAX_DEPTH
 * deep; deeper ones are unwrapped, keeping their text.  The empty string is
 * a valid result; note that xmlParseBalancedChunkMemory() refuses an empty
 * chunk, so test for "" before parsing.
 *
 * Cost: libxml2 2.9 is quadratic in the attributes of one element and gives
 * up on input nested 256 deep, so the input first goes through
 * portal_markup_html_bound(): it keeps 32 distinct attributes per element
 * (the whitelist never keeps more than six) and drops start tags nested past
 * 128 levels (their text stays), in one linear pass.  No tree is built:
 * time and memory are linear in the input, about 0.3 s of CPU at most for
 * the worst 2 MB we know (bench/sanitize.sh; tests/unit/sanitize_shapes.h).
 *
 * Memory: the pool receives roughly five times the input size (more when
 * escaping makes the output longer than the input); libxml2's own buffers
 * are freed before the function returns.  Callers should still cap the size
 * of what editors can submit.
 *
 * libxml2 must have been initialised once with xmlInitParser() before
 * threads are started (e.g. in the module's post_config or child_init hook).
 * After that the sanitizer is thread-safe: it keeps no state of its own.
 */
#ifndef PORTAL_SANITIZE_H
#define PORTAL_SANITIZE_H

#include <apr_pools.h>

/** Deepest element nesting written; libxml2 refuses XML nested past 256. */
#define PORTAL_SANITIZE_MAX_DEPTH 64

/**
 * Sanitize @a len bytes of editor HTML (UTF-8; need not be NUL-terminated).
 *
 * NUL and C0 control characters other than TAB, LF and CR are removed
 * before parsing (a form feed or vertical tab becomes a space); a
 * <meta charset> in the input is ignored.
 *
 * @return the sanitized XHTML fragment in @a p ("" for empty input or input
 *         with nothing left to keep), or NULL if the input is not well-formed
 *         UTF-8 (overlong forms, surrogates and values above U+10FFFF
 *         count as malformed) or is larger than 1 GiB (or 2 GiB once its
 *         tags are written in full).
 */
char *portal_sanitize_html(apr_pool_t *p, const char *html, apr_size_t len);

#endif /* PORTAL_SANITIZE_H */
