/**
 * @file portal_text.c
 * @brief UTF-8 text helpers: validation, NFC, search folding, slugs,
 *        truncation.  See portal_text.h.
 *
 * libunistring does the Unicode work and hands back malloc()ed buffers;
 * each one is copied into the caller's pool and freed at once, so nothing
 * outlives the call except pool memory.
 */
#include "portal_text.h"

#include <stdlib.h>
#include <string.h>

#include <apr_strings.h>
#include <apr_tables.h>

#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <uninorm.h>
#include <unistr.h>

/** U+2026 HORIZONTAL ELLIPSIS, appended by portal_text_truncate(). */
#define ELLIPSIS "\xE2\x80\xA6"

/* ------------------------------------------------------------------ */
/* Small helpers                                                      */
/* ------------------------------------------------------------------ */

/** Copy a libunistring result into the pool and release the original. */
static char *move_to_pool(apr_pool_t *p, uint8_t *buf, size_t len)
{
    char *res = apr_pstrmemdup(p, (const char *)buf, len);

    free(buf);
    return res;
}

/** Is the byte string plain ASCII?  ASCII text is already in NFC. */
static int is_ascii(const char *s, apr_size_t len)
{
    apr_size_t i;

    for (i = 0; i < len; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            return 0;
        }
    }
    return 1;
}

/** NFC of @a len bytes already known to be valid UTF-8. */
static char *nfc_of_valid(apr_pool_t *p, const char *s, apr_size_t len)
{
    uint8_t *nfc;
    size_t nfc_len;

    if (is_ascii(s, len)) {
        return apr_pstrmemdup(p, s, len);
    }
    nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)s, len, NULL, &nfc_len);
    if (nfc == NULL) {
        return NULL;                       /* out of memory */
    }
    return move_to_pool(p, nfc, nfc_len);
}

/* ------------------------------------------------------------------ */
/* Validation and NFC                                                 */
/* ------------------------------------------------------------------ */

/**
 * Would this byte (or the sequence it starts) be illegal in XML 1.0?
 * Only called on well-formed UTF-8, so a lead byte 0xEF is followed by
 * two continuation bytes.
 */
static int starts_non_xml_char(const unsigned char *u)
{
    if (u[0] < 0x20) {
        return u[0] != '\t' && u[0] != '\n' && u[0] != '\r';
    }
    /* U+FFFE and U+FFFF are EF BF BE and EF BF BF. */
    return u[0] == 0xEF && u[1] == 0xBF && (u[2] == 0xBE || u[2] == 0xBF);
}

int portal_text_valid_utf8(const char *s, apr_size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    apr_size_t i;

    if (s == NULL) {
        return len == 0;
    }
    /* u8_check refuses overlong forms, surrogates and values > U+10FFFF. */
    if (u8_check((const uint8_t *)s, len) != NULL) {
        return 0;
    }
    for (i = 0; i < len; i++) {
        if (starts_non_xml_char(u + i)) {
            return 0;
        }
    }
    return 1;
}

char *portal_text_nfc(apr_pool_t *p, const char *s)
{
    apr_size_t len;

    if (s == NULL) {
        return NULL;
    }
    len = strlen(s);
    if (!portal_text_valid_utf8(s, len)) {
        return NULL;
    }
    return nfc_of_valid(p, s, len);
}

/* ------------------------------------------------------------------ */
/* Folding                                                            */
/* ------------------------------------------------------------------ */

/** Letters and digits make up words. */
static int is_word_char(ucs4_t c)
{
    return uc_is_general_category(c, UC_CATEGORY_L)
        || uc_is_general_category(c, UC_CATEGORY_N);
}

/** Characters kept between word characters, for numbers like 75/2025/QĐ-UBND. */
static int is_joiner(ucs4_t c)
{
    return c == '/' || c == '-' || c == '.';
}

/**
 * Map one case-folded, decomposed code point to its search form.
 * @return the base character, or 0 when the code point is dropped.
 */
static ucs4_t search_base(ucs4_t c)
{
    if (uc_is_general_category(c, UC_CATEGORY_M)) {
        return 0;                          /* a diacritic, after NFD */
    }
    /* đ has no decomposition: the stroke is part of the letter.  ð (the
     * lowercase of Ð U+00D0) is what legacy Vietnamese encodings often
     * produced for Đ, so it searches as d too. */
    if (c == 0x0111 || c == 0x00F0) {
        return 'd';
    }
    return c;
}

/**
 * Case fold @a s to NFD and reduce it to base characters.
 * @return the code points in @a p, their number in @a *n; NULL on OOM.
 */
static ucs4_t *folded_bases(apr_pool_t *p, const char *s, apr_size_t len,
                            apr_size_t *n)
{
    uint8_t *folded;
    size_t folded_len;
    const uint8_t *u, *end;
    ucs4_t *cps;

    /* NFD output puts every diacritic in a combining mark of its own. */
    folded = u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFD,
                         NULL, &folded_len);
    if (folded == NULL) {
        return NULL;
    }
    cps = apr_palloc(p, (folded_len + 1) * sizeof(*cps));
    *n = 0;
    for (u = folded, end = folded + folded_len; u < end; ) {
        ucs4_t c;
        u += u8_mbtouc_unsafe(&c, u, end - u);
        c = search_base(c);
        if (c != 0) {
            cps[(*n)++] = c;
        }
    }
    free(folded);
    return cps;
}

/** Append one code point as UTF-8. */
static void put_char(uint8_t *out, apr_size_t *len, ucs4_t c)
{
    *len += u8_uctomb(out + *len, c, 6);
}

/**
 * Join the words of @a cps with single spaces.  A run of joiners is kept
 * only when word characters stand on both sides of it; anything else that
 * is not a word character separates words.
 * @return UTF-8 bytes in @a p (not NUL-terminated), length in @a *len.
 */
static uint8_t *join_words(apr_pool_t *p, const ucs4_t *cps, apr_size_t n,
                           apr_size_t *len)
{
    uint8_t *out = apr_palloc(p, n * 4 + 1);
    int gap = 0;                           /* a separator since the last word char */
    apr_size_t i;

    *len = 0;
    for (i = 0; i < n; i++) {
        if (is_word_char(cps[i])) {
            if (gap && *len > 0) {
                out[(*len)++] = ' ';
            }
            gap = 0;
            put_char(out, len, cps[i]);
        }
        else if (is_joiner(cps[i]) && i > 0 && is_word_char(cps[i - 1])) {
            apr_size_t j = i;

            while (j < n && is_joiner(cps[j])) {
                j++;
            }
            if (j < n && is_word_char(cps[j])) {
                while (i < j) {
                    put_char(out, len, cps[i++]);
                }
            }
            else {
                gap = 1;
            }
            i = j - 1;
        }
        else {
            gap = 1;
        }
    }
    return out;
}

char *portal_text_fold(apr_pool_t *p, const char *s)
{
    apr_size_t len, n, out_len;
    ucs4_t *cps;
    uint8_t *words;

    if (s == NULL) {
        return NULL;
    }
    len = strlen(s);
    if (!portal_text_valid_utf8(s, len)) {
        return NULL;
    }
    cps = folded_bases(p, s, len, &n);
    if (cps == NULL) {
        return NULL;
    }
    words = join_words(p, cps, n, &out_len);
    /* Recompose what NFD split without diacritics (Hangul syllables). */
    return nfc_of_valid(p, (const char *)words, out_len);
}

/* ------------------------------------------------------------------ */
/* Slugs                                                              */
/* ------------------------------------------------------------------ */

static int is_slug_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/** Shorten a slug to at most @a maxlen bytes, at a '-' when one fits. */
static apr_size_t cut_slug(const char *slug, apr_size_t len, apr_size_t maxlen)
{
    apr_size_t cut = maxlen;

    if (len <= maxlen) {
        return len;
    }
    if (slug[maxlen] != '-') {             /* maxlen falls inside a word */
        const char *dash = NULL;
        apr_size_t i;

        for (i = 0; i < maxlen; i++) {
            if (slug[i] == '-') {
                dash = slug + i;
            }
        }
        if (dash != NULL) {
            cut = dash - slug;
        }
    }
    while (cut > 0 && slug[cut - 1] == '-') {
        cut--;
    }
    return cut;
}

char *portal_text_slug(apr_pool_t *p, const char *s, apr_size_t maxlen)
{
    const char *folded = portal_text_fold(p, s);
    char *slug;
    apr_size_t len = 0;

    if (folded == NULL) {
        return NULL;
    }
    slug = apr_palloc(p, strlen(folded) + 1);
    for (; *folded; folded++) {
        if (is_slug_char(*folded)) {
            slug[len++] = *folded;
        }
        else if (len > 0 && slug[len - 1] != '-') {
            slug[len++] = '-';
        }
    }
    while (len > 0 && slug[len - 1] == '-') {
        len--;
    }
    if (maxlen > 0) {
        len = cut_slug(slug, len, maxlen);
    }
    slug[len] = '\0';
    return slug;
}

int portal_text_valid_slug(const char *s)
{
    apr_size_t len, i;

    if (s == NULL) {
        return 0;
    }
    len = strlen(s);
    if (len == 0 || len > PORTAL_SLUG_MAX || s[0] == '-' || s[len - 1] == '-') {
        return 0;
    }
    for (i = 0; i < len; i++) {
        if (!is_slug_char(s[i]) && s[i] != '-') {
            return 0;
        }
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* Truncation                                                         */
/* ------------------------------------------------------------------ */

static int is_space(ucs4_t c)
{
    return uc_is_property_white_space(c);
}

/** Punctuation that reads badly right before "…". */
static int is_trailing_punct(ucs4_t c)
{
    return c == ',' || c == ';' || c == ':' || c == '.' || c == '-'
        || c == '/' || c == '(' || c == '[' || c == 0x2013 || c == 0x2014;
}

/**
 * Decide how many of the code points @a cps[0..n) to keep, given that at
 * most @a budget may stay (n > budget, so cps[budget] exists).
 */
static apr_size_t cut_point(const ucs4_t *cps, apr_size_t budget)
{
    apr_size_t cut = budget;
    apr_size_t k;

    /* Never separate a character from its combining marks. */
    while (cut > 0 && !uc_is_grapheme_break(cps[cut - 1], cps[cut])) {
        cut--;
    }
    /* Mid-word: back up to the last space, if that loses under a third. */
    if (cut > 0 && !is_space(cps[cut])) {
        for (k = cut; k > 0 && k - 1 >= budget - budget / 3; k--) {
            if (is_space(cps[k - 1])) {
                cut = k - 1;
                break;
            }
        }
    }
    while (cut > 0 && (is_space(cps[cut - 1]) || is_trailing_punct(cps[cut - 1]))) {
        cut--;
    }
    return cut;
}

char *portal_text_truncate(apr_pool_t *p, const char *s, apr_size_t max_chars)
{
    const char *nfc = portal_text_nfc(p, s);
    const uint8_t *u, *end;
    apr_size_t *offsets;                   /* byte offset of each code point */
    ucs4_t *cps;
    apr_size_t n = 0, len, keep;

    if (nfc == NULL) {
        return NULL;
    }
    len = strlen(nfc);
    if (u8_mbsnlen((const uint8_t *)nfc, len) <= max_chars) {
        return (char *)nfc;
    }
    if (max_chars == 0) {
        return apr_pstrdup(p, "");
    }
    /* Decode the first max_chars code points: the budget is one less (for
     * the ellipsis) and the cut looks one past the budget. */
    cps = apr_palloc(p, max_chars * sizeof(*cps));
    offsets = apr_palloc(p, max_chars * sizeof(*offsets));
    for (u = (const uint8_t *)nfc, end = u + len; n < max_chars; n++) {
        offsets[n] = u - (const uint8_t *)nfc;
        u += u8_mbtouc_unsafe(&cps[n], u, end - u);
    }
    keep = cut_point(cps, max_chars - 1);
    return apr_pstrcat(p, apr_pstrmemdup(p, nfc, offsets[keep]), ELLIPSIS, NULL);
}

/* ---- search text ---------------------------------------------------------- */

/* Appends the text of an XHTML fragment to a buffer, tags as spaces and the
 * entities the sanitizer writes decoded, for the search index. */
static void append_fragment_text(apr_array_header_t *buf, const char *html)
{
    for (const char *s = html; *s; s++) {
        if (*s == '<') {
            const char *gt = strchr(s, '>');    /* '>' in attributes is escaped */
            if (!gt)
                break;
            s = gt;
            APR_ARRAY_PUSH(buf, char) = ' ';
        } else if (*s == '&') {
            const char *semi = strchr(s, ';');
            unsigned long cp = 0;
            if (semi && s[1] == '#') {
                cp = s[2] == 'x' ? strtoul(s + 3, NULL, 16) : strtoul(s + 2, NULL, 10);
            }
            if (cp >= 0x80 && cp <= 0x10FFFF) {
                /* letters written as references must stay searchable */
                char u[4];
                int n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
                for (int i = n - 1; i > 0; i--, cp >>= 6)
                    u[i] = (char)(0x80 | (cp & 0x3F));
                u[0] = (char)(lead[n] | cp);
                for (int i = 0; i < n; i++)
                    APR_ARRAY_PUSH(buf, char) = u[i];
            } else {
                /* &amp; &lt; … and ASCII references separate words in the
                 * folded text anyway */
                APR_ARRAY_PUSH(buf, char) = ' ';
            }
            if (semi)
                s = semi;
        } else {
            APR_ARRAY_PUSH(buf, char) = *s;
        }
    }
}

const char *portal_text_searchable(apr_pool_t *p, const char *title, const char *summary,
                                   const char *body)
{
    apr_array_header_t *buf = apr_array_make(p, 4096, 1);
    const char *head = apr_pstrcat(p, title ? title : "", " ", summary ? summary : "", " ",
                                   NULL);
    for (const char *s = head; *s; s++)
        APR_ARRAY_PUSH(buf, char) = *s;
    append_fragment_text(buf, body ? body : "");
    APR_ARRAY_PUSH(buf, char) = '\0';
    const char *folded = portal_text_fold(p, buf->elts);
    return folded ? folded : "";
}
