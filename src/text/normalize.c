/*
 * normalize.c — Unicode normalization of names and words with utf8proc (see normalize.h).
 *
 * utf8proc does the heavy lifting (NFKC, case folding, mark stripping, ignorables, lumping of
 * punctuation variants); this file adds the name-specific folding on top, one code point at a
 * time, with no allocation beyond the output buffer and one scratch array per call.
 */
#include "text/normalize.h"

#include <stdbool.h>
#include <utf8proc.h>

#include "cordon.h"
#include "core/alloc.h"

enum { STACK_CODEPOINTS = 256 };

bool cdn_is_apostrophe(int cp)
{
    switch (cp) {
    case 0x0027: /* ' */
    case 0x0060: /* ` */
    case 0x00B4: /* ´ */
    case 0x02BB: /* ʻ modifier turned comma (Uzbek, Hawaiian) */
    case 0x02BC: /* ʼ modifier apostrophe */
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    /* The Hebrew geresh and gershayim inside a word: where not part of a letter (ג׳, ז׳, צ׳:
     * cdn_takes_geresh) they mark a foreign sound or an abbreviation as an apostrophe does
     * (מק׳לאוורטי MacLaverty, צה״ל), and split, the word met no Latin name (Wikidata Hebrew:
     * Bernard MacLaverty 0.34). Unicode's category for both is punctuation. */
    case 0x05F3: /* ׳ geresh */
    case 0x05F4: /* ״ gershayim */
        return true;
    default:
        return false;
    }
}

bool cdn_takes_geresh(int cp)
{
    return cp == 0x05D2 || cp == 0x05D6 || cp == 0x05E6 || cp == 0x05E5; /* ג ז צ ץ */
}

bool cdn_is_word_char(int cp)
{
    if (cp == 0x0640) /* Arabic tatweel: a letter by category, only stretches the word */
        return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_CF:
        return !cdn_is_apostrophe(cp);
    default:
        return false;
    }
}

/* Whether the combining marks on code point base are letters of its word rather than accents:
 * the vowel signs and viramas of the Brahmic scripts (Devanagari to Sinhala, Thai, Lao,
 * Tibetan, Myanmar, Khmer) — किरण without them would be करण, "karan" for Kiran — and the
 * voicing marks of kana (゛ ゜), which NFD splits off: バ ba, パ pa without them would be ハ ha,
 * losing every b, p, v, d, g and z of a name in katakana. So are the vowel signs (fili) of
 * Thaana, which Dhivehi writes on every letter: ޢާއިޝާ is Aaisha, and without them "ʿʾš", a
 * skeleton that meets any three consonants. The points of Hebrew and the short vowels of
 * Arabic are left out of most writing, so they go with the accents. */
static bool marks_are_letters(int base)
{
    return (base >= 0x0780 && base <= 0x07BF) || (base >= 0x0900 && base <= 0x0DFF) || (base >= 0x0E00 && base <= 0x0FFF) ||
           (base >= 0x1000 && base <= 0x109F) || (base >= 0x1780 && base <= 0x17FF) ||
           (base >= 0x3040 && base <= 0x30FF);
}

/* Drops the combining marks of the n decomposed code points cps that are accents (keeping the
 * vowel signs of the scripts in marks_are_letters); returns the new count. */
static utf8proc_ssize_t strip_accents(utf8proc_int32_t *cps, utf8proc_ssize_t n)
{
    utf8proc_ssize_t kept = 0;
    int base = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        utf8proc_category_t cat = utf8proc_category(cps[i]);
        bool mark = cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
        if (!mark)
            base = cps[i];
        else if (!marks_are_letters(base))
            continue;
        cps[kept++] = cps[i];
    }
    return kept;
}

/* Latin letters that have no Unicode decomposition, so mark stripping leaves them alone. */
static const char *latin_fold(int cp)
{
    switch (cp) {
    case 0x0142: return "l";  /* ł */
    case 0x0140: return "l";  /* ŀ */
    case 0x00F8: return "o";  /* ø */
    case 0x0111: return "d";  /* đ */
    case 0x00F0: return "d";  /* ð */
    case 0x0127: return "h";  /* ħ */
    case 0x0131: return "i";  /* ı */
    case 0x00E6: return "ae"; /* æ */
    case 0x0153: return "oe"; /* œ */
    case 0x00FE: return "th"; /* þ */
    case 0x0138: return "k";  /* ĸ */
    case 0x0259: return "a";  /* ə: Azerbaijani, spelled a in English and а in Russian (Əliyev Aliyev Алиев) */
    default: return NULL;
    }
}

/* Whether the code points from i on are "s" followed by a non-word character or the end: the
 * tail of an English possessive after an apostrophe. */
static bool possessive_tail(const utf8proc_int32_t *cps, utf8proc_ssize_t i, utf8proc_ssize_t n)
{
    return i < n && cps[i] == 's' && (i + 1 == n || !cdn_is_word_char(cps[i + 1]));
}

static bool emit(cdn_strbuf *out, int cp, bool *need_space)
{
    if (*need_space) {
        if (!cdn_strbuf_append_char(out, ' '))
            return false;
        *need_space = false;
    }
    const char *folded = latin_fold(cp);
    if (folded)
        return cdn_strbuf_append_str(out, folded);
    utf8proc_uint8_t bytes[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, bytes);
    return cdn_strbuf_append(out, (const char *)bytes, (size_t)n);
}

/* Whether s is one plain ASCII word (letters and digits only), which normalizes to itself in
 * lower case: most list and query words, spared the Unicode pipeline. */
static bool plain_ascii_word(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

int cdn_normalize(const char *s, size_t len, cdn_strbuf *out)
{
    if (plain_ascii_word(s, len)) {
        if (!cdn_strbuf_reserve(out, len))
            return CORDON_ENOMEM;
        for (size_t i = 0; i < len; i++) {
            char c = s[i];
            out->data[out->len++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
        }
        out->data[out->len] = '\0';
        return CORDON_OK;
    }
    /* Marks are stripped below, not by utf8proc: only those that are accents. */
    const utf8proc_option_t options = UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE |
                                      UTF8PROC_LUMP;
    utf8proc_int32_t stack[STACK_CODEPOINTS];
    utf8proc_int32_t *cps = stack;
    utf8proc_ssize_t cap = STACK_CODEPOINTS;
    utf8proc_ssize_t n = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, cps, cap, options);
    if (n < 0)
        return n == UTF8PROC_ERROR_NOMEM ? CORDON_ENOMEM : CORDON_EINVAL;
    if (n > cap) {
        cps = cdn_malloc((size_t)n * sizeof *cps);
        if (!cps)
            return CORDON_ENOMEM;
        cap = n;
        n = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, cps, cap, options);
    }
    int status = CORDON_OK;
    if (n >= 0)
        n = strip_accents(cps, n);
    if (n >= 0)
        n = utf8proc_normalize_utf32(cps, n, options);
    if (n < 0) {
        status = CORDON_EINVAL;
        goto done;
    }

    size_t mark = out->len;
    bool need_space = false;
    bool in_word = false;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        int cp = cps[i];
        if (cp == 0x0640) /* tatweel: drop */
            continue;
        if (cdn_is_apostrophe(cp) && cp != CDN_GERSHAYIM && in_word && i > 0 && cdn_takes_geresh(cps[i - 1])) {
            if (!emit(out, CDN_GERESH, &need_space)) {
                status = CORDON_ENOMEM;
                break;
            }
            continue;
        }
        if (cdn_is_apostrophe(cp)) {
            if (in_word && possessive_tail(cps, i + 1, n))
                i++; /* skip the "s" as well */
            continue;
        }
        if (cdn_is_word_char(cp) && utf8proc_category(cp) != UTF8PROC_CATEGORY_CF) {
            if (!in_word && out->len > mark)
                need_space = true;
            if (!emit(out, cp, &need_space)) {
                status = CORDON_ENOMEM;
                break;
            }
            in_word = true;
        } else if (utf8proc_category(cp) != UTF8PROC_CATEGORY_CF) {
            in_word = false;
        }
    }
    if (status != CORDON_OK) {
        out->len = mark;
        if (out->data)
            out->data[mark] = '\0';
    }
done:
    if (cps != stack)
        cdn_free(cps);
    return status;
}
