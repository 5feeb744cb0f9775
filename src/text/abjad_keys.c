/*
 * abjad_keys.c — lookup keys of consonant classes with optional letters (see abjad_keys.h).
 */
#include "text/abjad_keys.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "text/abjad.h"

/* The key letter of class c: the classes that cdn_abjad_agree lets meet fall together (a ق,
 * Q, and a ك, K, meet a k or a g, a خ, X, a k or a j; a ז׳, J, a j or a sibilant; a צ׳, C, a
 * sibilant; a Latin zh, z, a sibilant or a j). A Latin ch or kh, q, and a Latin j are handled
 * by the caller (reading_keys). */
static char key_letter(char c)
{
    switch (c) {
    case 'g': case 'Q': case 'K': case 'X': return 'k';
    case 'z': case 'j': case 'J': case 'C': return 's';
    default: return c;
    }
}

/* Which keys reading_keys writes: those of the lookup (CDN_ABJAD_KEY_MIN classes or more, an
 * h or j left out), or the short ones (exactly CDN_ABJAD_SHORT_KEY classes, an h or j kept
 * and left out: هدى and Houda agree in h and d, and in nothing else). */
typedef enum key_kind {
    KEYS_LONG,
    KEYS_SHORT,  /* a Latin j left out or a k, as in the long keys */
    KEYS_SHORT_J, /* a Latin j left out or kept: the j of Jack that ג׳ writes */
    KEYS_LOOSE    /* one class or more, every optional class kept and left out, a Latin
                     spelling's silent letters too (cdn_abjad_loose_keys) */
} key_kind;

/* Appends key to out[0..*n) unless it is not of kind's length, is there already, or out is
 * full. */
static void add_key(char out[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1], size_t *n, const char *key, size_t len,
                    key_kind kind)
{
    bool length_ok = kind == KEYS_LONG    ? len >= CDN_ABJAD_KEY_MIN
                     : kind == KEYS_LOOSE ? len >= 1
                                          : len == CDN_ABJAD_SHORT_KEY;
    if (!length_ok || *n >= CDN_ABJAD_KEYS)
        return;
    for (size_t i = 0; i < *n; i++)
        if (strncmp(out[i], key, len) == 0 && out[i][len] == '\0')
            return;
    memcpy(out[*n], key, len);
    out[(*n)++][len] = '\0';
}

/* Whether class i of r is a letter the keys always leave out: an h or a j, optional on both
 * sides (h is silent in Latin spellings and a consonant in the scripts, j a y in German). Keyed
 * with them, the Hebrew and Arabic names of the faker and synthetic-US sets met twelve listed
 * names more that the scorer took for them, on an h kept on one side (תהילה / Yadollah). */
static bool always_left_out(const cdn_abjad_classes *r, size_t i)
{
    return (r->optional >> i & 1) && (r->cls[i] == 'h' || r->cls[i] == 'j');
}

/* Whether optional class i of r is keyed both kept and left out. In a word in Arabic or Hebrew
 * script every optional class is (the article, ة, و ו as a vowel); in a Latin spelling only w,
 * and the others (a French silent end, a final -er, the t of ts, gn, kn, sch) are keyed as
 * written: those rules apply to a Latin name of any language, and keyed without them, 2,000
 * Arabic, Persian and Hebrew faker names met eight listed names more than with them (شريف /
 * *Server*, شهپر / *Safaris*), for twelve Wikidata Arabic pairs found and 26 Hebrew. The loose
 * keys (KEYS_LOOSE) vary every optional class, those too: a search offers a word listed under
 * one only once it has tested it (search.c: gather_loose_classes). */
static bool varies(const cdn_abjad_classes *r, size_t i, bool latin, key_kind kind)
{
    if (kind != KEYS_LONG && always_left_out(r, i))
        return true;
    if (kind == KEYS_LOOSE)
        return r->optional >> i & 1;
    return (r->optional >> i & 1) && !always_left_out(r, i) && (!latin || r->cls[i] == 'b');
}

/* Whether class i of a Latin spelling's reading r has two key letters (alternative): a ch or
 * kh (q) is a k or the ח that the keys leave out; a zh, rz, zs or dž (z) a sibilant or the ج
 * that they leave out too (Žirková زيركوفا and جيركوفا; cdn_abjad_agree meets z with both); a
 * j, left out, is also the k of a Spanish j, which Arabic writes with خ (Torrijos توريخوس).
 * Short keys also keep the j, or leave it out (KEYS_SHORT_J: varies). */
static bool has_alternative(const cdn_abjad_classes *r, size_t i, key_kind kind)
{
    bool optional = r->optional >> i & 1;
    return ((r->cls[i] == 'q' || r->cls[i] == 'z') && !optional) ||
           (r->cls[i] == 'j' && optional && kind != KEYS_SHORT_J && kind != KEYS_LOOSE);
}

/* Class c's key letter (0: left out) under the first choice or the other (has_alternative). */
static char alternative(char c, bool other)
{
    if (c == 'q')
        return other ? 0 : 'k';
    if (c == 'z')
        return other ? 0 : 's';
    return other ? 'k' : 0;
}

/* Writes the keys of one reading r into out: every choice of its first CDN_KEY_OPTIONAL
 * optional classes that vary (varies) kept, times either key letter of its first two Latin
 * classes that have two (later ones the first). */
static void reading_keys(const cdn_abjad_classes *r, bool latin, key_kind kind,
                         char out[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1], size_t *n)
{
    size_t len = strlen(r->cls), varied[CDN_KEY_OPTIONAL], n_varied = 0, alt_at[2], n_alt = 0;
    for (size_t i = 0; i < len; i++) {
        if (latin && has_alternative(r, i, kind)) {
            if (n_alt < 2)
                alt_at[n_alt++] = i;
        } else if (varies(r, i, latin, kind) && n_varied < CDN_KEY_OPTIONAL)
            varied[n_varied++] = i;
    }
    /* From every optional class kept down to none: the fuller keys first, should out fill. */
    for (unsigned keep = (1u << n_varied); keep-- > 0;)
        for (unsigned other = 0; other < (1u << n_alt); other++) {
            char key[CDN_CLASSES_MAX + 1];
            size_t k = 0;
            for (size_t i = 0; i < len; i++) {
                char c;
                if (latin && has_alternative(r, i, kind)) {
                    bool second = false;
                    for (size_t v = 0; v < n_alt; v++)
                        second |= alt_at[v] == i && (other >> v & 1);
                    c = alternative(r->cls[i], second);
                } else {
                    /* an optional class not varied: left out past the first CDN_KEY_OPTIONAL,
                     * or if h or j; kept as written if a Latin spelling's other than w */
                    bool drop = (r->optional >> i & 1) && (!latin || always_left_out(r, i) || r->cls[i] == 'b');
                    for (size_t v = 0; v < n_varied; v++)
                        if (varied[v] == i)
                            drop = !(keep >> v & 1);
                    c = drop ? 0 : key_letter(r->cls[i]);
                }
                if (c && (k == 0 || key[k - 1] != c)) /* one class twice in a row is one letter */
                    key[k++] = c;
            }
            add_key(out, n, key, k, kind);
        }
}

/* The keys of every reading of latin (cdn_abjad_readings with flags) of the kind asked. */
static size_t keys_of(const char *latin, unsigned flags, key_kind kind, char out[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1])
{
    cdn_abjad_classes readings[CDN_ABJAD_READINGS];
    size_t nr = cdn_abjad_readings(latin, flags, readings), n = 0;
    for (size_t r = 0; r < nr; r++)
        reading_keys(&readings[r], !(flags & CDN_ABJAD_ROMANISED), kind, out, &n);
    return n;
}

/* Writes the romanised Hebrew word latin with each z that is not a zh (ז or צ, which the
 * romanisation writes alike) as tz into out (room for 2 * CDN_CLASSES_MAX + 1 bytes); returns
 * whether there was one. */
static bool hebrew_tz(const char *latin, char *out)
{
    size_t k = 0;
    bool any = false;
    for (size_t i = 0; latin[i] && k + 2 < 2 * CDN_CLASSES_MAX; i++) {
        if (latin[i] == 'z' && latin[i + 1] != 'h') {
            out[k++] = 't';
            any = true;
        }
        out[k++] = latin[i];
    }
    out[k] = '\0';
    return any;
}

size_t cdn_abjad_keys(const char *latin, unsigned flags, char out[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1])
{
    size_t n = keys_of(latin, flags, KEYS_LONG, out);
    /* A Hebrew צ is the tz or ts of a Latin spelling, keyed as written (הרשקוביץ Hershkowitz,
     * מרצקוב Meretskov): keyed with that t too. */
    char tz[2 * CDN_CLASSES_MAX + 1];
    if (!(flags & CDN_ABJAD_HEBREW) || strlen(latin) > CDN_CLASSES_MAX || !hebrew_tz(latin, tz))
        return n;
    char more[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1];
    size_t m = keys_of(tz, flags, KEYS_LONG, more);
    for (size_t i = 0; i < m; i++)
        add_key(out, &n, more[i], strlen(more[i]), KEYS_LONG);
    return n;
}

size_t cdn_abjad_short_keys(const char *latin, unsigned flags, char out[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1])
{
    size_t n = keys_of(latin, flags, KEYS_SHORT, out);
    if (flags & CDN_ABJAD_ROMANISED)
        return n; /* the two kinds differ only in a Latin spelling's j */
    char more[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1];
    size_t m = keys_of(latin, flags, KEYS_SHORT_J, more);
    for (size_t i = 0; i < m; i++)
        add_key(out, &n, more[i], strlen(more[i]), KEYS_SHORT);
    return n;
}

size_t cdn_abjad_loose_keys(const char *latin, unsigned flags, char out[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1])
{
    return keys_of(latin, flags, KEYS_LOOSE, out);
}

bool cdn_abjad_unkeyed(const char *latin, unsigned flags)
{
    cdn_abjad_classes readings[CDN_ABJAD_READINGS];
    size_t nr = cdn_abjad_readings(latin, flags, readings);
    for (size_t r = 0; r < nr; r++) {
        /* the key reading_keys writes with every optional class left out */
        size_t k = 0;
        char last = 0;
        for (size_t i = 0; readings[r].cls[i]; i++) {
            char c = (readings[r].optional >> i & 1) ? 0 : key_letter(readings[r].cls[i]);
            if (c && c != last) {
                k++;
                last = c;
            }
        }
        if (k < CDN_ABJAD_KEY_MIN)
            return true;
    }
    return false;
}

/* Whether the UTF-8 string s begins (at_end false) or ends with the UTF-8 string affix. */
static bool has_affix(const char *s, const char *affix, bool at_end)
{
    size_t ls = strlen(s), la = strlen(affix);
    return ls > la && memcmp(at_end ? s + ls - la : s, affix, la) == 0;
}

/* What the Arabic letters (U+0600 to U+06FF, two bytes in UTF-8) say of ICU's Arabic-Latin
 * romanisation of a word (arabic_letter_flags), by the letter's offset in the block. */
enum { L_DIGRAPH = 1, L_BEFORE_H = 2, L_H = 4, L_THA_DHAL = 8 };
static const unsigned char ARABIC_LETTER[256] = {
    [0x2B] = L_DIGRAPH | L_THA_DHAL, [0x30] = L_DIGRAPH | L_THA_DHAL, /* ث ذ: th dh */
    [0x34] = L_DIGRAPH, [0x2E] = L_DIGRAPH, [0x3A] = L_DIGRAPH,      /* ش خ غ: sh kh gh */
    [0x86] = L_DIGRAPH, [0x98] = L_DIGRAPH,                            /* چ ژ: ch zh */
    [0x33] = L_BEFORE_H, [0x35] = L_BEFORE_H, [0x2A] = L_BEFORE_H,     /* س ص ت: s s t */
    [0x37] = L_BEFORE_H, [0x2F] = L_BEFORE_H, [0x36] = L_BEFORE_H,     /* ط د ض: t d d */
    [0x43] = L_BEFORE_H, [0x32] = L_BEFORE_H, [0x38] = L_BEFORE_H,     /* ك ز ظ: k z z */
    [0xAF] = L_BEFORE_H, [0xA9] = L_BEFORE_H,                          /* گ ک: g k (Persian) */
    [0x79] = L_BEFORE_H, [0x88] = L_BEFORE_H,                          /* ٹ ڈ: t d (Urdu) */
    [0x47] = L_H, [0x2D] = L_H,                                        /* ه ح: h */
    [0xC1] = L_H, [0xC2] = L_H, [0xBE] = L_H, /* ہ ۂ ھ: the Urdu h (translit.c romanises them as ه) */
};

/* The flags of the Arabic letters of text: CDN_ABJAD_THA_DHAL where it has ث or ذ, which
 * Persian, Urdu and Turkish say s and z, and the names of those speakers are romanised so
 * (عثمان Usman, Osman; نذير Nazir; ذاكر Zakir; آذرنوش Azarnoush), where the Arabic romanisation's
 * th and dh are t classes; CDN_ABJAD_SPLIT_H where a letter romanised c d g k s t z stands
 * before ه or ح (a final ه aside, a vowel as often: إده Eddé) and the word has no letter
 * romanised with a digraph, so that every digraph of its romanisation is two letters (سهيل,
 * shyl: Suhail, not a ش; تهاني Tahani). A word with both kinds is left as it was read. One
 * table look-up a letter: the scorer asks this of every Arabic word it compares. */
static unsigned arabic_letter_flags(const char *text)
{
    unsigned seen = 0, prev = 0;
    bool split = false;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        unsigned now = 0;
        if ((*p == 0xD8 || *p == 0xD9 || *p == 0xDA || *p == 0xDB) && (p[1] & 0xC0) == 0x80) {
            now = ARABIC_LETTER[((*p & 0x03u) << 6) | (p[1] & 0x3Fu)];
            p++;
            /* ه ح after such a letter, but not a final ه or ہ (U+0647: D9 87; U+06C1: DB 81) */
            bool final_h = !p[1] && ((p[-1] == 0xD9 && p[0] == 0x87) || (p[-1] == 0xDB && p[0] == 0x81));
            split |= (now & L_H) && (prev & L_BEFORE_H) && !final_h;
        }
        seen |= now;
        prev = now;
    }
    return (seen & L_THA_DHAL ? CDN_ABJAD_THA_DHAL : 0u) |
           (split && !(seen & L_DIGRAPH) ? CDN_ABJAD_SPLIT_H : 0u);
}

unsigned cdn_abjad_flags_of(const char *text)
{
    unsigned flags = CDN_ABJAD_ROMANISED;
    if (has_affix(text, "\u0627\u0644", false)) /* ال */
        flags |= CDN_ABJAD_ARTICLE;
    if (has_affix(text, "\u0629", true) || has_affix(text, "\u06C3", true)) /* ة, Urdu ۃ */
        flags |= CDN_ABJAD_TA_MARBUTA;
    if ((unsigned char)text[0] == 0xD7) /* א to ת are U+05D0 to U+05EA */
        flags |= CDN_ABJAD_HEBREW | (strstr(text, "\u05F3") ? CDN_ABJAD_GERESH : 0u);
    else
        flags |= arabic_letter_flags(text);
    return flags;
}
