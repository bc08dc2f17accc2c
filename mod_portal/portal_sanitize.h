/**
 * @file portal_sanitize.h
 * @brief Whitelist HTML sanitizer for content written by the portal's editors.
 *
 * Editors paste HTML from word processors and other sites; the public page
 * must only ever carry a small, inert subset of it.  The input is parsed with
 * libxml2's forgiving HTML parser (so broken markup gets the tree a browser
 * would roughly build), then written back out element by element, keeping
 * only what the whitelist names:
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
 * deep; deeper ones are unwrapped, keeping their text.  (libxml2 itself stops
 * reading input nested more than 256 deep: what follows is lost.)  The empty
 * string is a valid result; note that xmlParseBalancedChunkMemory() refuses
 * an empty chunk, so test for "" before parsing.
 *
 * Memory: the pool receives roughly three times the input size (more when
 * escaping makes the output longer than the input).  While parsing, libxml2
 * also holds its tree in malloc()ed memory, up to some twenty times the
 * input for markup-dense text; it is freed before the function returns.
 * Callers should cap the size of what editors can submit.
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
 *         count as malformed) or is larger than 1 GiB.
 */
char *portal_sanitize_html(apr_pool_t *p, const char *html, apr_size_t len);

#endif /* PORTAL_SANITIZE_H */
