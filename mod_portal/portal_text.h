/**
 * @file portal_text.h
 * @brief UTF-8 text helpers for mod_portal: validation, NFC, search folding,
 *        URL slugs and display truncation.
 *
 * Every string the portal stores or puts into a page is UTF-8 in NFC.  These
 * helpers are the single place that decides what "valid text" means, so the
 * rest of the module can rely on it.  Unicode knowledge (normalisation, case,
 * character classes) comes from libunistring; nothing here carries its own
 * tables.
 *
 * All results are allocated in the pool passed in; any temporary memory from
 * libunistring is freed before returning.  The functions keep no state and
 * are safe to call from any number of threads at once.
 */
#ifndef PORTAL_TEXT_H
#define PORTAL_TEXT_H

#include <apr_pools.h>
#include <apr_tables.h>

/** The longest slug portal_text_valid_slug() accepts, in bytes. */
#define PORTAL_SLUG_MAX 63

/**
 * Check that @a s[0..len) is text the portal accepts.
 *
 * The bytes must be strict UTF-8: no overlong forms, no surrogates, nothing
 * above U+10FFFF.  On top of that the text must be legal XML 1.0 character
 * data, because it ends up in the page document: NUL, the C0 controls other
 * than TAB, LF and CR, and the noncharacters U+FFFE and U+FFFF are refused.
 *
 * @return 1 if valid, 0 if not.  An empty string is valid.
 */
int portal_text_valid_utf8(const char *s, apr_size_t len);

/**
 * Normalise a NUL-terminated string to Unicode NFC.
 *
 * @return the NFC form in @a p, or NULL if @a s is not valid in the sense of
 *         portal_text_valid_utf8().
 */
char *portal_text_nfc(apr_pool_t *p, const char *s);

/**
 * Fold a string into the form the search index compares.
 *
 * Lowercases (Unicode case folding), strips every diacritic, maps đ/Đ to d,
 * and keeps only letters and digits as word characters.  The characters
 * '/', '-' and '.' are kept when they join word characters, so document
 * numbers survive: "75/2025/QĐ-UBND" folds to "75/2025/qd-ubnd".  Everything
 * else separates words; words are joined by single spaces with none at either
 * end.  Composed and decomposed input fold to the same result:
 * "Hưng Yên" gives "hung yen", "ĐẦU TƯ" gives "dau tu".
 *
 * @return the folded text (NFC) in @a p, or NULL if @a s is not valid in the
 *         sense of portal_text_valid_utf8().
 */
char *portal_text_fold(apr_pool_t *p, const char *s);

/**
 * Fold like portal_text_fold(), but keep what the diacritics were: each
 * becomes an ASCII digit (VNI's digits: 6 circumflex, 7 horn, 8 breve and
 * 0 any other mark right after their letter; the tone, 1 sắc, 2 huyền,
 * 3 hỏi, 4 ngã, 5 nặng, at the end of the word, so that "hoà" and "hòa"
 * are one word) and đ becomes "d9": "Đường" gives "d9u7o7ng2", "dương"
 * "du7o7ng".
 * The words are those of portal_text_fold(@a s), in the same order; a word
 * without diacritics is the same in both.  NFD and NFC input give the same.
 *
 * @return the marked text in @a p, or NULL if @a s is not valid in the
 *         sense of portal_text_valid_utf8().
 */
char *portal_text_fold_marked(apr_pool_t *p, const char *s);

/**
 * The distinct words of @a text that carry diacritics (or đ), marked
 * (portal_text_fold_marked()), in order of first appearance, separated by
 * single spaces; words with joiners (document numbers) left out.  Never NULL.
 */
const char *portal_text_marked_words(apr_pool_t *p, const char *text);

/**
 * Make a URL slug: the folded text with every run of characters outside
 * [a-z0-9] turned into a single '-', and no '-' at either end.
 * "Tin tức - Sự kiện" gives "tin-tuc-su-kien".
 *
 * @param maxlen longest result in bytes; a longer slug is cut at the last '-'
 *        that fits (or, when there is none, at @a maxlen exactly).  0 means
 *        no limit.
 * @return the slug in @a p ("" when nothing is left, e.g. for empty input),
 *         or NULL if @a s is not valid in the sense of portal_text_valid_utf8().
 */
char *portal_text_slug(apr_pool_t *p, const char *s, apr_size_t maxlen);

/**
 * Check that @a s is a slug the portal accepts in a URL: 1 to
 * PORTAL_SLUG_MAX characters of [a-z0-9-], neither starting nor ending
 * with '-'.
 *
 * @return 1 if valid, 0 if not (also for NULL).
 */
int portal_text_valid_slug(const char *s);

/**
 * Shorten text for display to at most @a max_chars characters (code points
 * of the NFC form), counting the "…" appended when the text is cut.
 *
 * The cut never splits a character from the combining marks that follow it,
 * and falls at the end of a word when one ends in the last third of the
 * allowed length; trailing spaces and separating punctuation before the "…"
 * are dropped.
 *
 * @return the (possibly unchanged) NFC text in @a p, or NULL if @a s is not
 *         valid in the sense of portal_text_valid_utf8().
 */
char *portal_text_truncate(apr_pool_t *p, const char *s, apr_size_t max_chars);

/**
 * What search compares for an article: the folded title, summary and the
 * text of its sanitized XHTML body (tags as spaces, character references
 * decoded). Never NULL.
 */
const char *portal_text_searchable(apr_pool_t *p, const char *title, const char *summary,
                                   const char *body);

/** What the search index holds of an item, one part per column. */
typedef struct {
    const char *text;     /* everything (title, summary, body, extra), folded */
    const char *title;    /* the title, folded */
    const char *summary;  /* the summary, folded */
    const char *extra;    /* the extra text (an item's fields), folded */
    const char *marked;   /* the distinct words of everything that carry
                           * diacritics, marked (portal_text_marked_words) */
} portal_text_search_t;

/**
 * The parts of the search index for an item: its title, summary, sanitized
 * XHTML body and extra text (may be NULL).  The text part is
 * portal_text_searchable() of the first three with the extra folded after
 * it.  Never fails: a part that is not valid text is "".
 */
void portal_text_search_parts(apr_pool_t *p, const char *title, const char *summary,
                              const char *body, const char *extra,
                              portal_text_search_t *out);

/** A piece of a highlighted excerpt: some text, marked as a match or not. */
typedef struct {
    const char *text;
    int mark;
} portal_text_span_t;

/**
 * Cut an excerpt of @a text around the words that match search terms, in
 * spans to show as they are or marked.
 *
 * Each of @a terms (const char *) is folded words (portal_text_fold()) joined
 * by single spaces, with a '*' after the last word when any word that
 * begins with it matches.  A term matches where consecutive words of the
 * text fold to its words; whole words are marked, a phrase from its first
 * word to its last.  The text is folded code point by code point, so the
 * excerpt is the ORIGINAL text (diacritics, case) with offsets intact.
 * Runs of white space become one space.  When the text is longer than
 * @a max_chars characters (0: no limit), the excerpt starts at a word a
 * little before the first match and ends at the end of a word, with at most
 * @a max_chars characters counting the "…" put where it was cut.
 * Cuts fall between characters, never inside one or before a combining mark.
 *
 * @return the spans (portal_text_span_t) in order, neighbours differing in
 *         mark; their texts joined are the excerpt.  Empty for a text with
 *         nothing but spaces.  NULL if @a text is not valid in the sense of
 *         portal_text_valid_utf8().
 */
apr_array_header_t *portal_text_highlight(apr_pool_t *p, const char *text,
                                          const apr_array_header_t *terms,
                                          apr_size_t max_chars);

/**
 * The text of a sanitized XHTML fragment, to show: tags become spaces,
 * &amp; &lt; &gt; &quot; &apos; and numeric references are decoded (a
 * reference to a character that is not valid text becomes a space).
 *
 * @return the text in @a p, or NULL if it is not valid in the sense of
 *         portal_text_valid_utf8().
 */
char *portal_text_of_xhtml(apr_pool_t *p, const char *xhtml);

#endif /* PORTAL_TEXT_H */
