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

#include <apr_hash.h>
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
 * The ASCII digit that stands for a diacritic in a marked word (the VNI
 * keyboard's digits: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 6 circumflex,
 * 7 horn, 8 breve; 9 is the stroke of đ), 0 for any other mark.
 */
static ucs4_t mark_digit(ucs4_t c)
{
    switch (c) {
    case 0x0301: return '1';
    case 0x0300: return '2';
    case 0x0309: return '3';
    case 0x0303: return '4';
    case 0x0323: return '5';
    case 0x0302: return '6';
    case 0x031B: return '7';
    case 0x0306: return '8';
    default:     return '0';
    }
}

static int is_word_char(ucs4_t c);

/**
 * Append the marked form of one case-folded, decomposed code point: like
 * search_base() but a diacritic becomes its digit and đ becomes "d9".  The
 * marks of the vowels' shapes (6, 7, 8) follow their letter (NFD puts marks
 * after their base); the tone (1 to 5) goes to the end of the word, as
 * Telex types it, so that "hoà" and "hòa" (the old and the new place of the
 * tone) are the same word.  A mark that follows no letter is dropped, so
 * the words stay those of the folded text.  *tone holds the tone of the
 * word being written.
 */
static void put_marked(ucs4_t c, ucs4_t *cps, apr_size_t *n, ucs4_t *tone)
{
    if (uc_is_general_category(c, UC_CATEGORY_M)) {
        ucs4_t d = mark_digit(c);
        if (*n == 0 || !is_word_char(cps[*n - 1]))
            return;
        if (d >= '1' && d <= '5')
            *tone = d;
        else
            cps[(*n)++] = d;
        return;
    }
    if (*tone && !is_word_char(c)) {
        cps[(*n)++] = *tone;
        *tone = 0;
    }
    if (c == 0x0111 || c == 0x00F0) {
        cps[(*n)++] = 'd';
        cps[(*n)++] = '9';
        return;
    }
    cps[(*n)++] = c;
}

/**
 * Case fold @a s to NFD and reduce it to base characters (@a marked: with
 * their diacritics as digits, marked_base()).
 * @return the code points in @a p, their number in @a *n; NULL on OOM.
 */
static ucs4_t *folded_bases(apr_pool_t *p, const char *s, apr_size_t len,
                            apr_size_t *n, int marked)
{
    uint8_t *folded;
    size_t folded_len;
    const uint8_t *u, *end;
    ucs4_t *cps, tone = 0;

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
        if (marked) {
            /* đ (2 bytes) gives 2 code points, a mark (2 bytes) at most 1:
             * never more code points than bytes */
            put_marked(c, cps, n, &tone);
            continue;
        }
        c = search_base(c);
        if (c != 0) {
            cps[(*n)++] = c;
        }
    }
    if (tone) {
        cps[(*n)++] = tone;
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

static char *fold_text(apr_pool_t *p, const char *s, int marked)
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
    cps = folded_bases(p, s, len, &n, marked);
    if (cps == NULL) {
        return NULL;
    }
    words = join_words(p, cps, n, &out_len);
    /* Recompose what NFD split without diacritics (Hangul syllables). */
    return nfc_of_valid(p, (const char *)words, out_len);
}

char *portal_text_fold(apr_pool_t *p, const char *s)
{
    return fold_text(p, s, 0);
}

char *portal_text_fold_marked(apr_pool_t *p, const char *s)
{
    return fold_text(p, s, 1);
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

/* Title, summary and the text of the body, with spaces between. */
static const char *plain_text(apr_pool_t *p, const char *title, const char *summary,
                              const char *body)
{
    apr_array_header_t *buf = apr_array_make(p, 4096, 1);
    const char *head = apr_pstrcat(p, title ? title : "", " ", summary ? summary : "", " ",
                                   NULL);
    for (const char *s = head; *s; s++)
        APR_ARRAY_PUSH(buf, char) = *s;
    append_fragment_text(buf, body ? body : "");
    APR_ARRAY_PUSH(buf, char) = '\0';
    return buf->elts;
}

const char *portal_text_searchable(apr_pool_t *p, const char *title, const char *summary,
                                   const char *body)
{
    const char *folded = portal_text_fold(p, plain_text(p, title, summary, body));
    return folded ? folded : "";
}

static const char *fold_or_empty(apr_pool_t *p, const char *s)
{
    const char *folded = s ? portal_text_fold(p, s) : NULL;
    return folded ? folded : "";
}

const char *portal_text_marked_words(apr_pool_t *p, const char *text)
{
    char *folded = portal_text_fold(p, text), *marked = portal_text_fold_marked(p, text);
    char *fl = NULL, *ml = NULL, *out = NULL;
    if (!folded || !marked)
        return "";
    apr_hash_t *seen = apr_hash_make(p);
    /* the two have the same words in the same order (marked_base) */
    for (char *f = apr_strtok(folded, " ", &fl), *m = apr_strtok(marked, " ", &ml); f && m;
         f = apr_strtok(NULL, " ", &fl), m = apr_strtok(NULL, " ", &ml)) {
        if (strcmp(f, m) == 0 || strpbrk(m, "/-.") || apr_hash_get(seen, m, APR_HASH_KEY_STRING))
            continue;
        apr_hash_set(seen, m, APR_HASH_KEY_STRING, m);
        out = out ? apr_pstrcat(p, out, " ", m, NULL) : m;
    }
    return out ? out : "";
}

void portal_text_search_parts(apr_pool_t *p, const char *title, const char *summary,
                              const char *body, const char *extra, portal_text_search_t *out)
{
    const char *plain = apr_pstrcat(p, plain_text(p, title, summary, body), " ",
                                    extra ? extra : "", NULL);
    out->title = fold_or_empty(p, title);
    out->summary = fold_or_empty(p, summary);
    out->extra = fold_or_empty(p, extra);
    out->text = fold_or_empty(p, plain);
    out->marked = portal_text_marked_words(p, plain);
}

/* ------------------------------------------------------------------ */
/* Highlighting                                                       */
/* ------------------------------------------------------------------ */

/** A word of the text: code points [c0, c1) and its folded form. */
typedef struct {
    apr_size_t c0, c1;
    const char *folded;
} hl_word_t;

/** A term: its folded words, the last one a prefix or not. */
typedef struct {
    char **words;
    int n, prefix;
} hl_term_t;

/**
 * The search form of one code point, as portal_text_fold() would give it
 * inside a word, but one character for one character so offsets hold:
 * the base of its full canonical decomposition, lower case; 0 for a mark.
 */
static ucs4_t fold_char(ucs4_t c)
{
    ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];

    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
    }
    while (uc_canonical_decomposition(c, d) > 0) {
        c = d[0];
    }
    return search_base(uc_tolower(c));
}

/** Is @a c inside a word: a letter, a digit or a mark after one? */
static int in_word(ucs4_t c)
{
    return is_word_char(c) || uc_is_general_category(c, UC_CATEGORY_M);
}

/**
 * Decode NFC @a s, runs of white space as one space and none at either
 * end, into code points with their byte offsets (@a off has n + 1 entries).
 */
static ucs4_t *decode_collapsed(apr_pool_t *p, const char *s, apr_size_t *n,
                                const char **text, apr_size_t **off)
{
    apr_size_t len = strlen(s), k = 0;
    char *out = apr_palloc(p, len + 1);
    apr_size_t o = 0;
    ucs4_t *cps = apr_palloc(p, (len + 1) * sizeof(*cps));
    apr_size_t *offs = apr_palloc(p, (len + 2) * sizeof(*offs));
    const uint8_t *u = (const uint8_t *)s, *end = u + len;
    int space = 0;

    while (u < end) {
        ucs4_t c;
        int l = u8_mbtouc_unsafe(&c, u, end - u);
        if (is_space(c)) {
            space = 1;
        }
        else {
            if (space && k > 0) {
                offs[k] = o;
                cps[k++] = ' ';
                out[o++] = ' ';
            }
            space = 0;
            offs[k] = o;
            cps[k++] = c;
            memcpy(out + o, u, (size_t)l);
            o += (apr_size_t)l;
        }
        u += l;
    }
    out[o] = '\0';
    offs[k] = o;
    *n = k;
    *text = out;
    *off = offs;
    return cps;
}

/** The words of the text, each with its folded form. */
static apr_array_header_t *hl_words(apr_pool_t *p, const ucs4_t *cps, apr_size_t n)
{
    apr_array_header_t *words = apr_array_make(p, 64, sizeof(hl_word_t));
    uint8_t *buf = apr_palloc(p, n * 4 + 1);
    apr_size_t i = 0;

    while (i < n) {
        if (!is_word_char(cps[i])) {
            i++;
            continue;
        }
        hl_word_t *w = apr_array_push(words);
        apr_size_t blen = 0;
        w->c0 = i;
        for (; i < n && in_word(cps[i]); i++) {
            ucs4_t f = fold_char(cps[i]);
            if (f != 0) {
                put_char(buf, &blen, f);
            }
        }
        w->c1 = i;
        w->folded = apr_pstrmemdup(p, (const char *)buf, blen);
    }
    return words;
}

static apr_array_header_t *hl_terms(apr_pool_t *p, const apr_array_header_t *terms)
{
    apr_array_header_t *out = apr_array_make(p, terms->nelts + 1, sizeof(hl_term_t));
    int i;

    for (i = 0; i < terms->nelts; i++) {
        char *copy = apr_pstrdup(p, APR_ARRAY_IDX(terms, i, const char *));
        apr_size_t len = strlen(copy);
        hl_term_t t = {apr_palloc(p, (len / 2 + 2) * sizeof(char *)), 0, 0};
        char *last = NULL, *w;

        if (len > 0 && copy[len - 1] == '*') {
            t.prefix = 1;
            copy[len - 1] = '\0';
        }
        for (w = apr_strtok(copy, " ", &last); w; w = apr_strtok(NULL, " ", &last)) {
            t.words[t.n++] = w;
        }
        if (t.n > 0) {
            APR_ARRAY_PUSH(out, hl_term_t) = t;
        }
    }
    return out;
}

/** Does term @a t match the words from @a w on? */
static int hl_match(const apr_array_header_t *words, int w, const hl_term_t *t)
{
    int k;

    if (w + t->n > words->nelts) {
        return 0;
    }
    for (k = 0; k < t->n; k++) {
        const char *f = APR_ARRAY_IDX(words, w + k, hl_word_t).folded;
        int last = k == t->n - 1;
        if (last && t->prefix ? strncmp(f, t->words[k], strlen(t->words[k])) != 0
                              : strcmp(f, t->words[k]) != 0) {
            return 0;
        }
    }
    return 1;
}

/** Marks (1 a code point) of every match; the first marked one in @a *first. */
static char *hl_marks(apr_pool_t *p, apr_size_t n, const apr_array_header_t *words,
                      const apr_array_header_t *terms, apr_size_t *first)
{
    char *marks = apr_pcalloc(p, n + 1);
    int w, i;

    *first = n;
    for (w = 0; w < words->nelts; w++) {
        for (i = 0; i < terms->nelts; i++) {
            const hl_term_t *t = &APR_ARRAY_IDX(terms, i, hl_term_t);
            if (hl_match(words, w, t)) {
                apr_size_t c0 = APR_ARRAY_IDX(words, w, hl_word_t).c0;
                apr_size_t c1 = APR_ARRAY_IDX(words, w + t->n - 1, hl_word_t).c1;
                memset(marks + c0, 1, c1 - c0);
                if (c0 < *first) {
                    *first = c0;
                }
            }
        }
    }
    return marks;
}

/**
 * The window [*start, *end) of at most @a max code points (counting an
 * ellipsis at each cut end) around @a first, on word boundaries.
 */
static void hl_window(const ucs4_t *cps, apr_size_t n, const apr_array_header_t *words,
                      apr_size_t first, apr_size_t max, apr_size_t *start, apr_size_t *end)
{
    apr_size_t s, limit;
    int w;

    *start = 0;
    *end = n;
    if (max == 0 || n <= max) {
        return;
    }
    if (first >= n) {
        first = 0;
    }
    /* a little context before the match; more when the text ends soon */
    s = first > max / 4 ? first - max / 4 : 0;
    if (n - s < max) {
        s = n - max + 1;
    }
    if (s > first) {
        s = first;
    }
    for (w = 0; s > 0 && w < words->nelts; w++) {
        if (APR_ARRAY_IDX(words, w, hl_word_t).c0 >= s) {
            s = APR_ARRAY_IDX(words, w, hl_word_t).c0;
            break;
        }
    }
    limit = s + max - (s > 0) - 1;         /* room for the ellipses */
    if (limit >= n) {
        *start = s;
        return;
    }
    *start = s;
    *end = limit;
    for (w = words->nelts - 1; w >= 0; w--) {
        const hl_word_t *hw = &APR_ARRAY_IDX(words, w, hl_word_t);
        if (hw->c1 <= limit && hw->c0 >= s) {
            *end = hw->c1;
            break;
        }
    }
    /* one huge word: cut inside it, but not before a combining mark */
    while (*end > s + 1 && uc_is_general_category(cps[*end], UC_CATEGORY_M)) {
        (*end)--;
    }
}

/** Appends text to the spans, merged with the last one when the mark agrees. */
static void hl_push(apr_pool_t *p, apr_array_header_t *spans, const char *text,
                    apr_size_t len, int mark)
{
    if (len == 0) {
        return;
    }
    if (spans->nelts > 0) {
        portal_text_span_t *last = &APR_ARRAY_IDX(spans, spans->nelts - 1, portal_text_span_t);
        if (last->mark == mark) {
            last->text = apr_pstrcat(p, last->text, apr_pstrmemdup(p, text, len), NULL);
            return;
        }
    }
    portal_text_span_t *sp = apr_array_push(spans);
    sp->text = apr_pstrmemdup(p, text, len);
    sp->mark = mark;
}

apr_array_header_t *portal_text_highlight(apr_pool_t *p, const char *text,
                                          const apr_array_header_t *terms,
                                          apr_size_t max_chars)
{
    apr_array_header_t *spans = apr_array_make(p, 8, sizeof(portal_text_span_t));
    const char *nfc, *flat;
    apr_size_t n, *off, first, start, end, i, run;
    ucs4_t *cps;
    char *marks;

    if (text == NULL || (nfc = portal_text_nfc(p, text)) == NULL) {
        return NULL;
    }
    cps = decode_collapsed(p, nfc, &n, &flat, &off);
    apr_array_header_t *words = hl_words(p, cps, n);
    marks = hl_marks(p, n, words, hl_terms(p, terms), &first);
    hl_window(cps, n, words, first, max_chars, &start, &end);
    if (start > 0) {
        hl_push(p, spans, ELLIPSIS, strlen(ELLIPSIS), 0);
    }
    for (i = start; i < end; i = run) {
        for (run = i; run < end && marks[run] == marks[i]; run++) {
        }
        hl_push(p, spans, flat + off[i], off[run] - off[i], marks[i]);
    }
    if (end < n) {
        hl_push(p, spans, ELLIPSIS, strlen(ELLIPSIS), 0);
    }
    return spans;
}

/** Appends code point @a cp as UTF-8, or a space when it is not valid text. */
static void push_reference(apr_array_header_t *buf, unsigned long cp)
{
    char u[4];
    int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4, i;
    static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};

    if (cp == 0 || cp > 0x10FFFF) {
        APR_ARRAY_PUSH(buf, char) = ' ';
        return;
    }
    if (n == 1) {
        u[0] = (char)cp;
    }
    else {
        for (i = n - 1; i > 0; i--, cp >>= 6) {
            u[i] = (char)(0x80 | (cp & 0x3F));
        }
        u[0] = (char)(lead[n] | cp);
    }
    if (!portal_text_valid_utf8(u, (apr_size_t)n)) {
        APR_ARRAY_PUSH(buf, char) = ' ';
        return;
    }
    for (i = 0; i < n; i++) {
        APR_ARRAY_PUSH(buf, char) = u[i];
    }
}

/** The character of a reference "&…;" (@a s at '&', @a semi at ';'), or 0. */
static unsigned long reference_char(const char *s, const char *semi)
{
    static const struct { const char *name; char c; } named[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '},
    };
    apr_size_t len = (apr_size_t)(semi - s - 1), i;

    if (len > 1 && s[1] == '#') {
        char *end;
        unsigned long cp = (s[2] == 'x' || s[2] == 'X') ? strtoul(s + 3, &end, 16)
                                                        : strtoul(s + 2, &end, 10);
        return end == semi ? cp : 0;
    }
    for (i = 0; i < sizeof(named) / sizeof(named[0]); i++) {
        if (strlen(named[i].name) == len && strncmp(s + 1, named[i].name, len) == 0) {
            return (unsigned long)(unsigned char)named[i].c;
        }
    }
    return 0;
}

char *portal_text_of_xhtml(apr_pool_t *p, const char *xhtml)
{
    apr_array_header_t *buf = apr_array_make(p, 1024, 1);
    const char *s;

    for (s = xhtml ? xhtml : ""; *s; s++) {
        if (*s == '<') {
            const char *gt = strchr(s, '>');
            if (!gt) {
                break;
            }
            s = gt;
            APR_ARRAY_PUSH(buf, char) = ' ';
        }
        else if (*s == '&') {
            const char *semi = strchr(s, ';');
            if (!semi || semi - s > 12) {
                APR_ARRAY_PUSH(buf, char) = ' ';
                continue;
            }
            push_reference(buf, reference_char(s, semi));
            s = semi;
        }
        else {
            APR_ARRAY_PUSH(buf, char) = *s;
        }
    }
    APR_ARRAY_PUSH(buf, char) = '\0';
    return portal_text_valid_utf8(buf->elts, (apr_size_t)buf->nelts - 1)
        ? apr_pstrdup(p, buf->elts) : NULL;
}
