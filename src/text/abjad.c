/*
 * abjad.c — consonant classes with optional letters, for words written without short vowels
 * (see abjad.h).
 *
 * The alignment is the longest-common-subsequence recurrence (Wagner and Fischer 1974) with
 * the deletions restricted to the classes marked optional and matches scored one each: it
 * finds whether every required class is matched in order, and how many classes are matched
 * at most.
 */
#include "text/abjad.h"

#include <string.h>

/* The classes of one word as they are put: the count so far, whether a vowel was written
 * since the last class, and whether the word is a Latin spelling. */
typedef struct builder {
    cdn_abjad_classes *out;
    size_t n;
    bool apart, latin;
    bool hebrew; /* a romanisation of Hebrew */
    bool arabic; /* a Latin spelling read against an Arabic word (CDN_ABJAD_FACING_ARABIC) */
    char letter; /* the letter being put (f for ph; romanised: T for a final d, th, dh), for
                    letters_of */
} builder;

/* The Latin letters (cdn_abjad_letter) a class b or t put for the letter c stands for: in a Latin
 * spelling the letter written, in a romanisation of Arabic or Hebrew the Latin letters the
 * script's letter is heard as. The scripts tell apart letters one class does not:
 *   - Arabic writes b and p with ب (Pierre بيير), f and v with ف (Victor فيكتور, Wagner فاغنر:
 *     the German and Polish w is a v), w and v with و (William وليام); Hebrew writes b, v (and
 *     the v of Stephen, the f of Gustaf) with ב, p f v with פ ף, v w with ו (ויליאם). A ب never
 *     writes an f (Forest), nor a ف a b or p (Pelon), nor a و a b (Jabon);
 *   - Arabic writes t with ت ط, d with د ض; but a final consonant is either, as Turkish and
 *     German say a final d (Ahmet أحمد, Mehmet محمد; Buchwald بوخفالت, Guimard جويمارت), and
 *     a th or dh (ث ذ) is either. Not read so in Hebrew, where a ת meets the d of spellings
 *     (עתי / Udai) and its alarms were few (15 of 500).
 * A letter written otherwise (a v of ڤ) may be heard as any of its class. */
static uint8_t letters_of(const builder *b, char cls, char c)
{
    if (cls == 't') {
        if (b->latin)
            return c == 't' ? CDN_LETTER_T : c == 'd' ? CDN_LETTER_D : 0;
        return b->hebrew ? 0 : c == 't' ? CDN_LETTER_T : c == 'd' ? CDN_LETTER_D : CDN_LETTER_T | CDN_LETTER_D;
    }
    if (b->latin)
        switch (c) {
        case 'b': return CDN_LIP_B;
        case 'p': return CDN_LIP_P;
        case 'f': return CDN_LIP_F;
        case 'v': return CDN_LIP_V;
        case 'w': return CDN_LIP_W;
        default: return 0;
        }
    switch (c) {
    case 'b': return b->hebrew ? CDN_LIP_B | CDN_LIP_V | CDN_LIP_W | CDN_LIP_F : CDN_LIP_B | CDN_LIP_P;
    case 'p': return CDN_LIP_P | CDN_LIP_F | CDN_LIP_V;
    case 'f': return CDN_LIP_F | CDN_LIP_V | CDN_LIP_W;
    case 'w': return b->hebrew ? CDN_LIP_W | CDN_LIP_V | CDN_LIP_F : CDN_LIP_W | CDN_LIP_V;
    default: return CDN_LIP_B | CDN_LIP_P | CDN_LIP_F | CDN_LIP_V | CDN_LIP_W;
    }
}

/* Appends class c (optional or not) to b->out. A class equal to the one before it with no
 * vowel between is one letter written twice (Abbas, Schiff: a run collapses), required if
 * either is. With a vowel between, it is a letter of its own (عفيفة / Afifa, ديدات / Deedat:
 * two f, three t), as the scripts write it; in a Latin spelling it is optional, as it was when
 * every run collapsed, since the script may write it once (משה / Moses, פטי / Petit). Arabic
 * writes each consonant a foreign name says (سنندج Sanandaj: two n; ALA-LC and DIN 31635
 * transliterate letter for letter), so read against an Arabic word (b->arabic) it is required:
 * شاندي (Chandy), ساندي and تشاندا no longer meet SANANDAJ, هستر (Hester) not CASTOR. Not in
 * the classes b and k: Arabic runs a و into the ف before it (صفوي / Safavi) and a Turkish c
 * before a k is a ج (إينالجك / İnalcık). Held-out Wikidata Arabic (one word each, rows
 * 3,000-3,500) alerting where their English label does not: 158 → 152 (as persons 35, the
 * same); true pairs 2800 → 2799 of rows 3,500-6,500 (كوجر / Koucher), 1866 of 8,000-10,000
 * the same. */
static void put(builder *b, char c, bool optional)
{
    cdn_abjad_classes *out = b->out;
    size_t n = b->n;
    bool apart = b->apart;
    b->apart = false;
    if (n > 0 && out->cls[n - 1] == 'k' && c == 'q')
        out->cls[n - 1] = 'q'; /* Italian cch, German ckh: one k */
    if (n > 0 && out->cls[n - 1] == 'q' && c == 'k')
        c = 'q';
    bool again = n > 0 && out->cls[n - 1] == c;
    /* a letter of the script that may be left out (w after b) is one with the letter before
     * it, apart or not */
    bool one = again && (!apart || optional || (!b->latin && (out->optional >> (n - 1) & 1)));
    uint8_t letters = c == 'b' || c == 't' ? letters_of(b, c, b->letter) : 0;
    if (one) {
        bool kept_optional = out->optional >> (n - 1) & 1;
        if (!optional)
            out->optional &= ~(1ULL << (n - 1));
        /* the letter that must be there is the consonant: a و the word may leave out (the
         * vowel of بوريس Boris) does not make the ب a v or w, nor a و before it */
        if (optional == kept_optional)
            out->letters[n - 1] |= letters;
        else if (!optional)
            out->letters[n - 1] = letters;
        return;
    }
    if (n >= CDN_CLASSES_MAX)
        return;
    if (optional || (again && b->latin && !(b->arabic && c != 'b' && c != 'k')))
        out->optional |= 1ULL << n; /* but an Arabic word writes it twice (put's comment) */
    out->letters[n] = letters;
    out->cls[b->n++] = c;
}

/* Only words of six letters or more are read so: on shorter ones (Zayd, Abbas, Zavod, Ras) the
 * rule found 11 more Wikidata Arabic and Hebrew pairs but raised 3 alarms more among the faker
 * and name-database names. */
bool cdn_abjad_silent_end(const char *s, size_t i)
{
    for (; s[i]; i++)
        if (!strchr("tdsx", s[i]))
            return false;
    return true;
}

/* The class of a letter that is always a consonant, or 0: b p f v are one, as are k q c, s z,
 * t d (the scripts write p as b, v as f, and have no c). */
static char consonant_class(char c)
{
    switch (c) {
    case 'b': case 'p': case 'f': case 'v': return 'b';
    case 'k': case 'q': case 'c': return 'k';
    case 's': case 'z': return 's';
    case 't': case 'd': return 't';
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'w': case 'h': case 'j': return 0;
    default: return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : 0;
    }
}

/* The classes of the romanisation s of an Arabic or Hebrew word (one reading of it:
 * cdn_classes_reread) into out. Arabic romanises one letter as sh kh th dh gh zh, and تش as
 * tsh, but where the word has none of those letters (CDN_ABJAD_SPLIT_H) a letter before h may
 * be a letter of its own, as in Hebrew (split: سهيل, shyl, is Suhail; read as one too, as a
 * Latin spelling may write it: اسحاق / Eshagh); Hebrew romanises one letter as
 * one, but for j zh ch (ג׳ ז׳ צ׳, with a geresh): there a letter before h is a letter of its
 * own (טסה, tsh, is Tassa; זהבי, zhby, Zahavi). w (و ו) is a v or a vowel, and may be left
 * out. sibilant: th and dh read as the s and z that Persian, Urdu and Turkish say for ث ذ
 * (CDN_ABJAD_THA_DHAL: عثمان Usman, نذير Nazir), not the Arabic t classes; but not a final
 * th, mostly an English one (غاريث Gareth, سميث Smith, هيبورث Hepworth): read so, 2,000
 * one-word Arabic names gave 8 alerts more for no pair (GRISHA, KHAYBARCO, BELOBRYSYY). */
static void romanised_classes(const char *s, unsigned flags, bool sibilant, bool split, cdn_abjad_classes *out)
{
    bool hebrew = flags & CDN_ABJAD_HEBREW, geresh = flags & CDN_ABJAD_GERESH;
    bool one_letter = hebrew || split; /* each letter romanised as one */
    builder b = {out, 0, false, false, hebrew, false, 0};
    out->optional = 0;
    for (size_t i = 0; s[i]; i++) {
        char c = s[i], next = s[i + 1];
        b.letter = (c == 'd' || c == 't') && !next ? 'T' : c; /* a final t or d: either (letters_of) */
        b.apart = true; /* every letter the script writes is a consonant of its own */
        if (!one_letter && c == 't' && next == 's' && s[i + 2] == 'h') { /* تش */
            i += 2;
            put(&b, 's', false);
            continue;
        }
        bool digraph = next == 'h' && (one_letter ? geresh && (c == 'z' || c == 'c') : strchr("cdgkstz", c) != NULL);
        if (digraph) {
            i++;
            b.letter = 'T'; /* ث ذ: a t or a d */
            /* ז׳ (J) and צ׳ (C) are heard as their Latin spellings write them: zh, j or a
             * sibilant; ch or a sibilant (compatible) */
            char k = hebrew ? 'k' : 'X'; /* خ: a k, or a Spanish j (compatible) */
            char cls = c == 'z'   ? 'J'
                       : c == 'c' ? (hebrew ? 'C' : 's')
                       : c == 's' ? 's'
                       : c == 'k' ? k
                       : c == 'g' ? 'g'
                       : sibilant && (c == 'd' || s[i + 1]) ? 's'
                                  : 't';
            put(&b, cls, false);
            continue;
        }
        if (c == 'h' || c == 'j' || c == 'w')
            put(&b, c == 'w' ? 'b' : c, c != 'j' || !(flags & CDN_ABJAD_JIM_HEARD));
        else if (c == 'q' && !hebrew)
            put(&b, 'Q', false); /* ق, a g in Egypt and the Gulf (Elmagarmid, Farghadani) */
        else if (c == 'k' && !hebrew)
            put(&b, 'K', false); /* ك, a g in foreign names too (Genghis جنكيز) */
        else if (consonant_class(c))
            put(&b, consonant_class(c), false);
    }
    size_t n = b.n;
    out->cls[n] = '\0';
    /* The article al- and the final ة, which Latin spellings leave out as often as not. */
    if ((flags & CDN_ABJAD_ARTICLE) && s[0] == 'a' && s[1] == 'l' && n > 2 && out->cls[0] == 'l')
        out->optional |= 1;
    if ((flags & CDN_ABJAD_TA_MARBUTA) && n > 1 && out->cls[n - 1] == 't' && s[strlen(s) - 1] == 't')
        out->optional |= 1ULL << (n - 1);
}

/* Whether s[i] is the final s of the short Latin spelling s (len letters) after a vowel, as in French names Hebrew writes without it: לואי Louis, ז׳ול Jules, דני Denis
 * (the longer ones are cdn_abjad_silent_end's). Hebrew writes the s of an English or German
 * name (לואיס Lewis, ג׳ונס Jones), which this leaves matched; Arabic writes it in French
 * names too (لويس Louis), and is not read so. */
static bool short_silent_s(const char *s, size_t i, size_t len)
{
    return s[i] == 's' && i + 1 == len && len >= 4 && len < CDN_SILENT_END_MIN && strchr("aeiou", s[i - 1]);
}

bool cdn_abjad_short_silent_s(const char *s)
{
    size_t len = strlen(s);
    return len > 0 && short_silent_s(s, len - 1, len);
}

/* The classes of the Latin spelling s (one reading of it: cdn_classes_reread) into out. The
 * digraphs are one letter: sh th ph; ch and kh are a k or a ח (q), zh a sibilant or a ז׳ (z).
 * Letters that may be silent or unwritten are optional: h, j (a y in German), w (a v or a
 * vowel), the t of ts and tz (one letter צ ץ), the r of Polish rz (ż), a k before an initial n
 * (Knotts), a gh after a vowel (Wright, Hughes), the r of a final -er (Didier, Xavier), the k
 * of an initial x (Xander) and the s of any x (Arabic writes x as ك alone at times), and a
 * French spelling's silent final consonants. */
static void latin_classes(const char *s, bool hebrew, bool arabic, cdn_abjad_classes *out)
{
    builder b = {out, 0, false, true, false, arabic, 0};
    size_t len = strlen(s);
    out->optional = 0;
    for (size_t i = 0; s[i]; i++) {
        char c = s[i], next = s[i + 1];
        b.letter = c == 'p' && next == 'h' ? 'f' : c;
        if (strchr("aeiouy", c)) {
            b.apart = true;
            continue;
        }
        bool silent = (len >= CDN_SILENT_END_MIN && i > 0 && cdn_abjad_silent_end(s, i)) ||
                      (hebrew && short_silent_s(s, i, len));
        if (next == 'h' && strchr("cgkpstz", c)) {
            i++;
            if (c == 'g')
                put(&b, 'g', i > 1); /* gh after a letter may be silent */
            else
                put(&b, c == 'c' || c == 'k' ? 'q' : c == 'z' ? 'z' : c == 'p' ? 'b' : c, false);
            continue;
        }
        if (c == 's' && next == 'c' && s[i + 2] == 'h') { /* German sch; Greek and Italian s ch */
            i += 2;
            put(&b, 's', false);
            put(&b, 'q', true);
            continue;
        }
        if (c == 'c' && next == 's') { /* Hungarian cs */
            i++;
            put(&b, 's', silent);
            continue;
        }
        if (c == 'd' && (next == 'j' || next == 'z')) { /* dj (ج), dž written dz */
            i++;
            put(&b, 't', true);
            put(&b, next == 'j' ? 'j' : 'z', false);
            continue;
        }
        if (c == 'z' && next == 's') { /* Hungarian zs */
            i++;
            put(&b, 'z', silent);
            continue;
        }
        if ((c == 't' && (next == 's' || next == 'z')) || (c == 'r' && next == 'z')) {
            if (!(b.n > 0 && c == 't' && out->cls[b.n - 1] == 's')) /* Schatz: one s */
                put(&b, c, true);
            i++;
            put(&b, c == 'r' ? 'z' : 's', silent);
            continue;
        }
        if (c == 'h' || c == 'j' || c == 'w')
            put(&b, c == 'w' ? 'b' : c, true);
        else if (c == 'x') { /* ks, or k alone as Arabic writes it at times (Sixtus سيكتوس) */
            put(&b, 'k', silent || i == 0);
            put(&b, 's', true);
        } else if (consonant_class(c)) {
            bool optional = silent || (i == 0 && c == 'k' && next == 'n') ||
                            (c == 'r' && i + 1 == len && i >= 3 && s[i - 1] == 'e') ||
                            (c == 'g' && (next == 'n' || (next == 'l' && s[i + 2] == 'i'))); /* gn gli */
            put(&b, consonant_class(c), optional);
        }
    }
    out->cls[b.n] = '\0';
}

size_t cdn_abjad_readings(const char *latin, unsigned flags, cdn_abjad_classes out[CDN_ABJAD_READINGS])
{
    /* The readings of cdn_classes_reread but w as v, which the classes leave optional letter
     * by letter instead; for a Latin spelling, two affricate readings: of a c before e, i, y
     * (Francisc: its final c is a k), or of every c (Slavic, Turkish, Hungarian c č ć ç written
     * c: Mladic, Radocaj); for a romanisation, th and dh read as sibilants too where the word
     * has ث or ذ (bit 1), and each letter before h as its own where it has a letter before ه
     * or ح (bit 2; romanised_classes). A reading that cannot change this word is skipped. */
    bool romanised = flags & CDN_ABJAD_ROMANISED;
    static const unsigned ROMANISED[3] = {CDN_READ_J_AS_G, 0, 0}; /* bits 1 and 2: romanised_classes */
    static const unsigned LATIN[3] = {CDN_READ_AFFRICATE, CDN_READ_SOFT_G,
                                      CDN_READ_AFFRICATE | CDN_READ_FINAL_C | CDN_READ_ANY_C};
    const unsigned *choice = romanised ? ROMANISED : LATIN;
    unsigned matters = romanised ? (strchr(latin, 'j') ? 1u : 0u) | (flags & CDN_ABJAD_THA_DHAL ? 2u : 0u) |
                                       (flags & CDN_ABJAD_SPLIT_H ? 4u : 0u)
                                 : (strchr(latin, 'c') ? 5u : 0u) | (strchr(latin, 'g') ? 2u : 0u);
    char heard[2 * CDN_CLASSES_MAX + 2];
    size_t n = 0;
    for (unsigned r = 0; r < 8 && n < CDN_ABJAD_READINGS; r++) {
        if ((r & ~matters) || (!romanised && (r & 5u) == 5u)) /* the two affricate readings are one or the other */
            continue;
        unsigned reading = 0;
        for (unsigned bit = 0; bit < 3; bit++)
            if ((r & (1u << bit)) && (!romanised || bit == 0))
                reading |= choice[bit];
        cdn_classes_reread(latin, reading, heard, sizeof heard);
        if (romanised)
            romanised_classes(heard, flags, r & 2u, r & 4u, &out[n]);
        else
            latin_classes(heard, flags & CDN_ABJAD_FACING_HEBREW, flags & CDN_ABJAD_FACING_ARABIC, &out[n]);
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = out[k].optional == out[n].optional && strcmp(out[k].cls, out[n].cls) == 0;
        n += !seen;
    }
    return n;
}

/* Whether a romanisation's class a and a Latin spelling's class b may be one letter: a Latin
 * ch or kh (q) is a k, a ח (h) or a צ׳ (C); a Latin zh, Polish rz, Hungarian zs or dž (z) is a
 * sibilant, a ج (j) or a ז׳ (J); an Arabic ق (Q) is a k or a g; a ז׳ is a j or a sibilant,
 * a צ׳ a sibilant too (Slavic ż and ć written z and c); an Arabic ك (K) is a k or a g, which
 * Arabic writes with ك in foreign names (Genghis جنكيز, Hagino هاكنو), and a خ (X, romanised
 * kh) a k or a Spanish j (Torrijos توريخوس, Nebrija نبريخا); Hebrew writes a g with ג, and
 * its k (כ ק) is a k alone. */
static bool compatible(char a, char b)
{
    return a == b || (b == 'q' && (a == 'k' || a == 'h' || a == 'C')) || (b == 'z' && (a == 's' || a == 'j' || a == 'J')) ||
           (a == 'Q' && (b == 'k' || b == 'g')) || (a == 'J' && (b == 'j' || b == 's')) || (a == 'C' && b == 's') ||
           (a == 'K' && (b == 'k' || b == 'q' || b == 'g')) ||
           (a == 'X' && (b == 'k' || b == 'q' || b == 'j'));
}

/* Whether class i of abjad and class j of latin may be one letter: compatible classes, and for
 * a class b, a letter of the Latin spelling's that the script's letter may be heard as
 * (letters_of). */
static bool classes_meet(const cdn_abjad_classes *abjad, size_t i, const cdn_abjad_classes *latin, size_t j)
{
    if (!compatible(abjad->cls[i], latin->cls[j]))
        return false;
    return !abjad->letters[i] || !latin->letters[j] || (abjad->letters[i] & latin->letters[j]);
}

size_t cdn_abjad_agree(const cdn_abjad_classes *abjad, const cdn_abjad_classes *latin)
{
    size_t la = strlen(abjad->cls), lb = strlen(latin->cls);
    /* best[i][j]: the most classes matched aligning the first i of abjad with the first j of
     * latin, -1 when a required class would be left unmatched. A class of abjad may also be
     * the Latin class before it again: a Latin spelling runs letters of one class together
     * across its vowels, where the script writes a vowel letter or an optional one between
     * them (ויסיאוסה wysywsh / Viciosa, one s class; צ׳אושסקו / Ceausescu). Not the other way:
     * a Latin class is a letter the script would write (Mohamed's two m are not Amjad's one). */
    int best[CDN_CLASSES_MAX + 1][CDN_CLASSES_MAX + 1];
    for (size_t i = 0; i <= la; i++)
        for (size_t j = 0; j <= lb; j++) {
            int b = i == 0 && j == 0 ? 0 : -1;
            if (i > 0 && (abjad->optional >> (i - 1) & 1) && best[i - 1][j] > b)
                b = best[i - 1][j];
            if (j > 0 && (latin->optional >> (j - 1) & 1) && best[i][j - 1] > b)
                b = best[i][j - 1];
            if (i > 0 && j > 0 && best[i - 1][j] > b && classes_meet(abjad, i - 1, latin, j - 1))
                b = best[i - 1][j];
            if (i > 0 && j > 0 && best[i - 1][j - 1] >= 0 && best[i - 1][j - 1] + 1 > b &&
                classes_meet(abjad, i - 1, latin, j - 1))
                b = best[i - 1][j - 1] + 1;
            best[i][j] = b;
        }
    return best[la][lb] > 0 ? (size_t)best[la][lb] : 0;
}

/* Whether spelling may write a ج with letters the classes do not read as its j: a Turkish c
 * (Cengiz, İnalcık) or an Albanian xh (Xhemal, Xhafer, MUHAXHERI: abjad.h). */
static bool jim_written_apart(const char *spelling)
{
    return strchr(spelling, 'c') || strstr(spelling, "xh");
}

unsigned cdn_abjad_facing(unsigned flags, const char *spelling)
{
    return (flags & CDN_ABJAD_HEBREW) || jim_written_apart(spelling) ? flags : flags | CDN_ABJAD_JIM_HEARD;
}
