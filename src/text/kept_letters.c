/*
 * kept_letters.c — a word with the letters normalisation folds kept (see kept_letters.h).
 *
 * The word is read one code point at a time: each kept letter is written as the header says,
 * every other code point as cdn_normalize writes it alone. The same walk folds the kept letters
 * too, and the kept form is given only when that folded form is the word's own normalised
 * form: so the two forms differ in the kept letters and nowhere else.
 */
#include "text/kept_letters.h"

#include <string.h>
#include <utf8proc.h>

#include "cordon.h"
#include "text/normalize.h"

/* Whether the UTF-8 bytes of the word may hold a kept letter: the lead bytes of ä ö ü ø å (C3),
 * of the Latin Extended-A letters (C4, C5) and ș ț (C8), of й ё (D0, D1), or a combining mark
 * (CC: a decomposed ö, й). Most words have none and cost one pass over their bytes. */
static bool may_have_kept_letter(const char *word, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)word[i];
        if (c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xC8 || c == 0xD0 || c == 0xD1 || c == 0xCC)
            return true;
    }
    return false;
}

/* A Latin letter whose mark says how it sounds (lower case): its plain spelling, and the letter
 * normalisation folds it to. */
typedef struct latin_kept {
    utf8proc_int32_t cp;
    const char *kept, *folded;
} latin_kept;

/* The umlauts as German, Danish and Norwegian write them without marks (DIN 5007-2: ä ae,
 * ö oe, ü ue; ø oe, å aa); the Slavic, Romanian and Turkish letters of a hushing or soft
 * consonant as English spells its sound (č ch, š sh, ž zh, đ dzh: Vujčić, Đurišić as Russian and
 * Japanese write them, Вуйчич, ジュルジェヴィッチ), Polish ł as the w it says (Piłsudski
 * ピウスツキ; Russian writes л, which the plain spelling has), its nasal vowels ę ą as en, on, as
 * they sound before a consonant (Ziętek Зентек) and wherever else they stand (the next letter is
 * not looked at: a name rarely ends in one), Romanian ă as e (Țăranu Цэрану); Spanish ñ as
 * the ny Arabic and Russian write (Cañas كانياس, Peña Пенья), Czech ř as rzh (Dvořák Дворжак,
 * دفورجاك) and Turkish ğ as nothing, the vowel it lengthens (Tuğba توبا). */
static const latin_kept LATIN[] = {
    {0x00E4, "ae", "a"}, {0x00F6, "oe", "o"},  {0x00FC, "ue", "u"},  {0x00F8, "oe", "o"},  {0x00E5, "aa", "a"},
    {0x010D, "ch", "c"}, {0x0107, "ch", "c"},  {0x0161, "sh", "s"},  {0x015B, "sh", "s"},  {0x017E, "zh", "z"},
    {0x017A, "zh", "z"}, {0x017C, "zh", "z"},  {0x0111, "dzh", "d"}, {0x0119, "en", "e"},  {0x0105, "on", "a"},
    {0x0142, "w", "l"},  {0x021B, "ts", "t"},  {0x0163, "ts", "t"},  {0x015F, "sh", "s"},  {0x0219, "sh", "s"},
    {0x0103, "e", "a"}, {0x00F1, "ny", "n"}, {0x011F, "", "g"},  {0x0159, "rzh", "r"},
};

/* The entry of LATIN for cp, or NULL. */
static const latin_kept *latin_kept_of(utf8proc_int32_t cp)
{
    if (cp < 0x00E4 || cp > 0x021B)
        return NULL;
    for (size_t i = 0; i < sizeof LATIN / sizeof LATIN[0]; i++)
        if (LATIN[i].cp == cp)
            return &LATIN[i];
    return NULL;
}

/* Whether the Cyrillic letter cp (lower case, normalised) is a vowel. */
static bool cyrillic_vowel(utf8proc_int32_t cp)
{
    static const utf8proc_int32_t VOWELS[] = {0x0430, 0x0435, 0x0438, 0x043E, 0x0443, 0x044B, 0x044D, 0x044E,
                                              0x044F, 0x0451, 0x0454, 0x0456, 0x0457}; /* а е и о у ы э ю я ё є і ї */
    for (size_t i = 0; i < sizeof VOWELS / sizeof VOWELS[0]; i++)
        if (cp == VOWELS[i])
            return true;
    return false;
}

/* Appends the kept form of the letter cp (lower case) after prev (0 at the start) to kept and
 * its folded form (normalisation's) to folded; returns 1 when it is a kept letter, 0 when not,
 * -1 out of memory. */
static int keep_letter(utf8proc_int32_t cp, utf8proc_int32_t prev, cdn_strbuf *kept, cdn_strbuf *folded)
{
    const latin_kept *latin = latin_kept_of(cp);
    const char *as_kept = latin ? latin->kept : NULL, *as_folded = latin ? latin->folded : NULL;
    if (cp == 0x0439) { /* й */
        as_kept = "й";
        as_folded = "и";
    } else if (cp == 0x0451) { /* ё */
        as_kept = prev == 0 || cyrillic_vowel(prev) ? "йо" : "о";
        as_folded = "е";
    }
    if (!as_kept)
        return 0;
    return cdn_strbuf_append_str(kept, as_kept) && cdn_strbuf_append_str(folded, as_folded) ? 1 : -1;
}

/* The most code points of a word looked at: a longer one is no name's word. */
enum { MAX_CODEPOINTS = 64 };

/* Walks the n composed, case-folded code points cps, writing the kept form into out and the
 * folded form into folded; returns whether a kept letter was met and nothing failed. */
static bool walk(const utf8proc_int32_t *cps, utf8proc_ssize_t n, cdn_strbuf *out, cdn_strbuf *folded)
{
    bool any = false;
    utf8proc_int32_t prev = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        int kept = keep_letter(cps[i], prev, out, folded);
        if (kept < 0)
            return false;
        if (kept == 0) {
            /* Any other code point as normalisation writes it alone (é e, ł l, an accent ""). */
            utf8proc_uint8_t bytes[4];
            utf8proc_ssize_t nb = utf8proc_encode_char(cps[i], bytes);
            size_t mark = out->len;
            if (cdn_normalize((const char *)bytes, (size_t)nb, out) != CORDON_OK ||
                !cdn_strbuf_append(folded, out->data + mark, out->len - mark))
                return false;
        }
        any |= kept > 0;
        if (utf8proc_category(cps[i]) != UTF8PROC_CATEGORY_MN)
            prev = cps[i];
    }
    return any;
}

bool cdn_kept_letters(const char *word, size_t len, const char *norm, size_t norm_len, cdn_strbuf *out)
{
    if (!may_have_kept_letter(word, len))
        return false;
    /* Composed and in lower case: ö and й as one code point each, their marks not stripped. */
    const utf8proc_option_t options = UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
    utf8proc_int32_t cps[MAX_CODEPOINTS];
    utf8proc_ssize_t n = utf8proc_decompose((const utf8proc_uint8_t *)word, (utf8proc_ssize_t)len, cps, MAX_CODEPOINTS,
                                            options);
    if (n < 0 || n > MAX_CODEPOINTS || (n = utf8proc_normalize_utf32(cps, n, options)) < 0)
        return false;
    cdn_strbuf folded;
    cdn_strbuf_init(&folded);
    cdn_strbuf_reset(out);
    bool ok = walk(cps, n, out, &folded);
    /* The folded walk must be the token's own normalised text: the same letters, one token. */
    ok = ok && folded.len == norm_len && memcmp(folded.data, norm, norm_len) == 0 && !memchr(out->data, ' ', out->len);
    cdn_strbuf_free(&folded);
    return ok;
}
