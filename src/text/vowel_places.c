/*
 * vowel_places.c — the places of an abjad word's vowel letters against a Latin spelling's
 * vowels (see vowel_places.h).
 */
#include "text/vowel_places.h"

#include <stddef.h>
#include <string.h>

#include "text/abjad.h"

/* The sounds a consonant letter may be, as bits: letters one letter of the scripts may write
 * share one (b p f v w; k q c g x; s z c j x; t d; h with the letters of kh ch gh and a Spanish
 * j; j g y), after the letter tables of Wikipedia's "Romanization of Arabic" and "Romanization
 * of Hebrew". */
static unsigned sounds(char c)
{
    enum { B = 1, K = 2, S = 4, T = 8, H = 16, Y = 32, M = 64, N = 128, L = 256, R = 512 };
    switch (c) {
    case 'b': case 'p': case 'f': case 'v': case 'w': return B;
    case 'k': case 'q': return K | H;
    case 'c': case 'x': return K | S | H;
    case 'g': return K | Y | H;
    case 'j': return S | Y | H;
    case 's': case 'z': return S;
    case 't': case 'd': return T;
    case 'h': return H;
    case 'y': return Y;
    case 'm': return M;
    case 'n': return N;
    case 'l': return L;
    case 'r': return R;
    default: return 0;
    }
}

static bool latin_vowel(char c) { return c && strchr("aeiouy", c); }

/* The romanisation's letter for a final Arabic alif maqsura (ى), which may write what an alif
 * or a ي writes: هدى is Huda or Houda, موسى Musa, and ى is also a final ي written without its
 * dots (على for علي, Ali). */
enum { MAQSURA = 'A' };

/* The letter vowel_letter_placed tests for a Hebrew י before a ו: the two write the [ju] of an
 * English u after a consonant (דיוק Duke, מיוזיק Music, the יו of "you") as well as an i or e
 * and a back vowel. Not in Arabic, whose يو after a consonant is mostly a Japanese yo or yu
 * (ريوهيه Ryohei, ميوكي Miyuki): there it met Mukake and T-Rubber (session 16). */
enum { Y_BEFORE_W = 'U' };

/* Whether a vowel letter v of the script may write the Latin vowels s[from, to) (a vowel run,
 * or one consonant v w j y that the letter may be). */
static bool may_write(char v, const char *s, size_t from, size_t to)
{
    /* an English a before ll is a back vowel (Ball בול, Hall הול) */
    if (v == 'w' && to > from && s[to - 1] == 'a' && s[to] == 'l' && s[to + 1] == 'l')
        return true;
    /* an English long a or i, one vowel before a consonant and a final e, es or ey (James,
     * Paley, Brice, Mire), is the diphthong [eɪ] or [aɪ], which Arabic writes ي (جيمس, بيلي) and
     * اي (برايس, ماير); not before a final eh (Saleh) */
    bool long_vowel = to == from + 1 && s[to] && !latin_vowel(s[to]) && s[to + 1] == 'e' &&
                      (!s[to + 2] || (strchr("sy", s[to + 2]) && !s[to + 3]));
    if (long_vowel && ((v == 'y' && s[from] == 'a') || (v == 'a' && (s[from] == 'i' || s[from] == 'y'))))
        return true;
    for (size_t i = from; i < to; i++) {
        char c = s[i];
        if ((v == 'w' && strchr("ouvw", c)) || (v == 'y' && strchr("ieyj", c)) || (v == 'a' && strchr("aeu", c)) ||
            (v == MAQSURA && strchr("aeiyu", c)) || (v == Y_BEFORE_W && strchr("ieyju", c)))
            return true;
    }
    return false;
}

/* The Latin spelling's places where a vowel letter may stand: each run of vowels, and each v w
 * j y between consonants, with the consonants that may be the one before it (the letter before
 * and, after an h, the one before that: the s of sh, a silent h). */
typedef struct place {
    size_t from, to;
    unsigned before; /* sounds() of the consonants that may come before it; 0 at the start */
    unsigned after;  /* sounds() of the consonant after it; 0 at the end */
} place;

enum { PLACES_MAX = 32 };

static size_t places_of(const char *s, place out[PLACES_MAX])
{
    size_t n = 0, len = strlen(s);
    for (size_t i = 0; i < len && n < PLACES_MAX;) {
        bool vowel = latin_vowel(s[i]) && !(s[i] == 'y' && i > 0 && i + 1 < len && latin_vowel(s[i + 1]));
        bool glide = !vowel && i > 0 && strchr("vwjy", s[i]);
        if (!vowel && !glide) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (vowel && j < len && latin_vowel(s[j]))
            j++;
        /* the consonant before: a glide (the v of David, the ו of דוד) may have vowels
         * between it and that consonant */
        size_t c = i;
        while (glide && c > 0 && latin_vowel(s[c - 1]))
            c--;
        unsigned before = 0;
        if (c > 0) {
            before = sounds(s[c - 1]);
            if (s[c - 1] == 'h' && c > 1 && !latin_vowel(s[c - 2]))
                before |= sounds(s[c - 2]);
        }
        out[n++] = (place){i, j, before, j < len ? sounds(s[j]) : 0u};
        i = j;
    }
    return n;
}

/* The letters that write a spelling's vowels, for cdn_abjad_vowels_written: each vowel letter
 * (w y a MAQSURA) with the place it took, a carrier of the first vowel (CARRIER: an initial
 * alif, or an ayin before a vowel letter), the consonant y a spelling begins with (ONSET_Y) and
 * a final ה or ه (FINAL_HE), in the order of the word. */
enum { CARRIER = 'C', ONSET_Y = 'Y', FINAL_HE = 'H', WRITERS_MAX = 2 * PLACES_MAX };

typedef struct writers {
    char letter[WRITERS_MAX];
    size_t place[WRITERS_MAX];
    size_t n;
    bool unplaced; /* a vowel letter took no place (the a of an initial ya) */
} writers;

static void wrote(writers *ws, char letter, size_t taken)
{
    if (ws->n == WRITERS_MAX) {
        ws->unplaced = true;
        return;
    }
    ws->letter[ws->n] = letter;
    ws->place[ws->n++] = taken;
}

/* How many letters of s from at (before to, the end of its place) the writer letter writes:
 * the vowels it may be, one after another (ee, ou, ie: one long vowel, one letter); a carrier
 * its first vowel, doubled or not (Aaron). 0 if it writes none. */
static size_t writes(char letter, const char *s, size_t at, size_t to, bool hebrew)
{
    const char *may;
    switch (letter) {
    case 'w': may = "ouvw"; break;
    case 'y': may = "ieyj"; break;
    case 'a': /* an English u only as the whole vowel (دان Dunn), not a diphthong's */
        if (s[at] == 'u')
            return !latin_vowel(s[at + 1]) && (at == 0 || !latin_vowel(s[at - 1]));
        may = "ae";
        break;
    case MAQSURA: may = "aeiyu"; break;
    case FINAL_HE: may = hebrew ? "aeo" : "ae"; break; /* שלמה Shlomo; طه Taha, إده Eddé */
    case ONSET_Y: return s[at] == 'y';
    default: { /* CARRIER */
        size_t n = 1;
        while (at + n < to && s[at + n] == s[at])
            n++;
        return n;
    }
    }
    size_t n = 0;
    /* a short vowel before a consonant y between vowels, which the ي writes, goes unwritten
     * (أريا Arraya) */
    if (letter == 'y' && at + 1 < to && s[at + 1] == 'y' && strchr("aeiou", s[at]) && s[at + 2] &&
        strchr("aeiou", s[at + 2]))
        n = 1;
    while (at + n < to && strchr(may, s[at + n]))
        n++;
    /* a French au is an o (عيسو Esau), an English a before ll a back vowel (בול Ball) */
    if (letter == 'w' && n == 0 && s[at] == 'a' && at + 1 < to && s[at + 1] == 'u')
        n = 2;
    if (letter == 'w' && n == 0 && s[at] == 'a' && at + 1 == to && s[to] == 'l' && s[to + 1] == 'l')
        n = 1;
    return n;
}

/* Whether the writers ws write, in order, every vowel of the places of spelling s, each writer
 * one at least: a carrier only where the letter after it in its place does not begin it
 * (عيسو: the ي writes the e of Esau; عيسى: the ع the a of Aïssa, the ي its i). */
static bool every_vowel_written(const char *s, const place *places, size_t n_places, const writers *ws, bool hebrew)
{
    if (ws->unplaced)
        return false;
    size_t k = 0;
    for (size_t p = 0; p < n_places; p++) {
        size_t at = places[p].from, to = places[p].to;
        for (; k < ws->n && ws->place[k] == p; k++) {
            size_t after = 0; /* writers after this one in the place, each owed a vowel */
            while (k + after + 1 < ws->n && ws->place[k + after + 1] == p)
                after++;
            bool carried = ws->letter[k] == CARRIER && k + 1 < ws->n && ws->place[k + 1] == p &&
                           at < to && writes(ws->letter[k + 1], s, at, to, hebrew) > 0;
            if (carried)
                continue;
            size_t n = at + after < to ? writes(ws->letter[k], s, at, to - after, hebrew) : 0;
            if (n == 0)
                return false;
            at += n;
        }
        if (at < to)
            return false;
    }
    return k == ws->n;
}

/* Whether the word native (UTF-8) begins with a letter that carries a vowel, which the
 * romanisation leaves out or writes as a: Hebrew א ע, Arabic ا أ إ آ ع. */
static bool vowel_carrier(const char *native)
{
    static const char *const CARRIERS[] = {"\u05D0", "\u05E2", "\u0627", "\u0623", "\u0625", "\u0622", "\u0639"};
    for (size_t i = 0; i < sizeof CARRIERS / sizeof CARRIERS[0]; i++)
        if (strncmp(native, CARRIERS[i], strlen(CARRIERS[i])) == 0)
            return true;
    return false;
}

/* Whether the word native (UTF-8) begins with an alif, Hebrew א or Arabic ا أ إ آ: the letter
 * that carries a word's first vowel (אבי Avi, إده Eddé, آبي Abe), where ע and ع are consonants
 * before an unwritten vowel (עלי Ali, عزة Ezza). */
static bool alif(const char *native)
{
    static const char *const ALIFS[] = {"\u05D0", "\u0627", "\u0623", "\u0625", "\u0622"};
    for (size_t i = 0; i < sizeof ALIFS / sizeof ALIFS[0]; i++)
        if (strncmp(native, ALIFS[i], strlen(ALIFS[i])) == 0)
            return true;
    return false;
}

/* Whether the word native (UTF-8) ends in a ה or an Arabic ه after a consonant letter: a vowel
 * (or an h) at the end of the word (משה Moshe, שדה Sadeh, שלמה Shlomo; زاده Zadeh, طه Taha),
 * never a consonant the spelling ends on (שדה is not Saed). After a vowel letter, י or א, it
 * ends a transcribed French ending whose spelling may end in silent letters (דידייה Didier,
 * בורז׳ואה Bourgeois). */
static bool ends_in_vowel_he(const char *native)
{
    static const char *const BEFORE[] = {"\u05D9", "\u05D0", "\u064A", "\u0627", "\u06CC"}; /* י א ي ا ی */
    size_t len = strlen(native);
    if (len < 4 || (strcmp(native + len - 2, "\u05D4") != 0 && strcmp(native + len - 2, "\u0647") != 0))
        return false;
    for (size_t i = 0; i < sizeof BEFORE / sizeof BEFORE[0]; i++)
        if (strncmp(native + len - 4, BEFORE[i], 2) == 0)
            return false;
    return true;
}

/* How many times the plain-ASCII spelling s writes a consonant that may be one of the sounds
 * want: its runs of such letters (the ll of Hall is one). */
static size_t written_times(const char *s, unsigned want)
{
    size_t runs = 0;
    bool in_run = false;
    for (size_t i = 0; s[i]; i++) {
        bool one = !latin_vowel(s[i]) && (sounds(s[i]) & want);
        runs += one && !in_run;
        in_run = one;
    }
    return runs;
}

/* Whether the plain-ASCII spelling s writes two consonants side by side that may each be one
 * of the sounds want (nn, ll, pf). */
static bool side_by_side(const char *s, unsigned want)
{
    for (size_t i = 0; s[i] && s[i + 1]; i++)
        if (!latin_vowel(s[i]) && !latin_vowel(s[i + 1]) && (sounds(s[i]) & want) && (sounds(s[i + 1]) & want))
            return true;
    return false;
}

/* Whether the spelling s, of n places, begins with a vowel and a v or w after it (Eva). */
static bool spelled_v_after_vowel(const char *s, const place *places, size_t n)
{
    return n > 0 && places[0].before == 0 && (s[places[0].to] == 'v' || s[places[0].to] == 'w');
}

/* Whether the spelling s (len letters) ends in a vowel and letters a French spelling leaves
 * silent (cdn_abjad_silent_end: Martinet, Longuet, Rinfret), which a final ה writes as the
 * vowel heard (מרטינה, לונגה, רנפרה). */
static bool french_vowel_end(const char *s, size_t len)
{
    size_t i = len;
    while (i > 0 && !latin_vowel(s[i - 1]))
        i--;
    return len >= CDN_SILENT_END_MIN && i > 0 && i < len && cdn_abjad_silent_end(s, i);
}

/* What vowels_placed has worked out so far: the spelling's vowel places, the first one no
 * vowel letter has taken yet, how many were taken, and which letter wrote which. */
typedef struct placing {
    const char *spelling;
    size_t spelled; /* its length */
    place places[PLACES_MAX];
    size_t n_places, next, taken;
    writers ws;
    bool arabic; /* else Hebrew */
} placing;

/* The word's first vowel, written by a carrier (an alif, an initial א or ع) and the ו or י after
 * it, or by the vowel letter after an initial consonant y; *r, the romanisation, moves past an
 * Arabic carrier's a. False when the first letters cannot write the spelling's first vowel. */
static bool place_first_vowel(placing *p, const char *native, const char *romanised, const char **r)
{
    const char *q = *r;
    if (q == romanised && vowel_carrier(native)) {
        /* אורי (wry) is Uri: after a carrier, a ו or י is the word's first vowel; but וו is
         * the consonant v (אווה Eva), and יי the diphthong of an English a (איימי Amy, אייל
         * Eyal) */
        if (p->arabic && q[0] == 'a')
            q++;
        bool diphthong = q[0] == 'y' && q[1] == 'y';
        if (q[0] == 'w' && q[1] == 'w' && !spelled_v_after_vowel(p->spelling, p->places, p->n_places))
            return false; /* a וו is a v or w, which Abu's b is not */
        if ((q[0] == 'w' && q[1] != 'w') || q[0] == 'y') {
            const place *first = &p->places[0];
            if (p->n_places == 0 || first->before != 0 ||
                !(may_write(q[0], p->spelling, first->from, first->to) ||
                  (diphthong && memchr(p->spelling + first->from, 'a', first->to - first->from))))
                return false;
            p->next = p->taken = 1;
            /* after an ayin, an alif is a vowel letter of its own (عايش Ayesh, not Iss) */
            wrote(&p->ws, q != romanised && !alif(native) ? 'a' : CARRIER, 0);
            wrote(&p->ws, q[0], 0);
        } else if (p->n_places > 0 && p->places[0].before == 0 && alif(native)) {
            p->next = p->taken = 1; /* an alif carries the first vowel, which no later letter may take */
            wrote(&p->ws, CARRIER, 0);
        }
    }
    /* يوكو (ywkw) is Yoko: a word that begins with a consonant y and a vowel letter writes the
     * vowel of a spelling that begins so too, whose first place the y begins */
    if (q == romanised && !vowel_carrier(native) && q[0] == 'y' && (q[1] == 'w' || q[1] == 'y') && q[2] &&
        p->n_places > 0 && p->places[0].from == 0 && p->spelling[0] == 'y' && p->places[0].to > 1 &&
        may_write(q[1], p->spelling, 1, p->places[0].to)) {
        p->next = p->taken = 1;
        wrote(&p->ws, ONSET_Y, 0); /* the vowel letter after it is written below, as a diphthong's */
    }
    *r = q;
    return true;
}

/* A consonant v written twice is two (גונן Gonen, not Gono; the scripts mark a doubled
 * consonant with a sign, not a second letter): a vowel place between them, taken from here on,
 * or a Hebrew transcription that copies the spelling's two letters side by side (אנני Annie,
 * אפפל Apfel). False when the spelling has neither. */
static bool doubled_consonant_placed(placing *p, char v)
{
    size_t at = p->next;
    bool found = false;
    for (; at < p->n_places && !found; at++)
        found = (p->places[at].before & sounds(v)) && (p->places[at].after & sounds(v));
    if (found) {
        p->next = at;
        return true;
    }
    return !p->arabic && side_by_side(p->spelling, sounds(v));
}

/* The vowel letter v at r[i] (not a diphthong's second) takes the next place after the
 * consonant before it (before an h, the one before that too) that v may write; false when no
 * place is left for it. */
static bool vowel_letter_placed(placing *p, const char *r, size_t i, char v)
{
    unsigned before = sounds(r[i - 1]);
    if (r[i - 1] == 'h' && i > 1)
        before |= sounds(r[i - 2]);
    char as = v == 'y' && r[i + 1] == 'w' && !p->arabic ? (char)Y_BEFORE_W : v;
    bool found = false;
    for (; p->next < p->n_places && !found; p->next++)
        found = (p->places[p->next].before & before) &&
                may_write(as, p->spelling, p->places[p->next].from, p->places[p->next].to);
    if (!found)
        return false;
    p->taken++;
    wrote(&p->ws, v, p->next - 1);
    return true;
}

/* cdn_abjad_vowels_in_place, and in *written (unless NULL: not worked out) whether every vowel
 * place of the spelling is taken by a letter of the word (its vowel letters, the first vowel
 * after a carrier, a final ה or ه) and every vowel of it written (every_vowel_written): a word
 * that writes every vowel the spelling has. */
static bool vowels_placed(const char *native, const char *romanised, unsigned flags, const char *spelling,
                          bool *written)
{
    if (written)
        *written = false;
    placing p = {.spelling = spelling, .spelled = strlen(spelling), .ws = {.n = 0, .unplaced = false}};
    size_t spelled = p.spelled;
    if (ends_in_vowel_he(native) && spelled > 0 && !latin_vowel(spelling[spelled - 1]) && spelling[spelled - 1] != 'h' &&
        !french_vowel_end(spelling, spelled))
        return false;
    p.arabic = !(flags & CDN_ABJAD_HEBREW);
    const char *r = romanised;
    if ((flags & CDN_ABJAD_ARTICLE) && r[0] == 'a' && r[1] == 'l' && r[2])
        r += 2;
    p.n_places = places_of(spelling, p.places);
    if (!place_first_vowel(&p, native, romanised, &r))
        return false;
    size_t len = strlen(r), native_len = strlen(native);
    bool maqsura = p.arabic && native_len >= 2 && strcmp(native + native_len - 2, "\u0649") == 0;
    for (size_t i = 1; i < len; i++) {
        char v = r[i] == 'y' && i + 1 == len && maqsura ? (char)MAQSURA : r[i];
        bool letter = v == 'w' || v == 'y' || v == MAQSURA || (p.arabic && v == 'a');
        /* a final ة after a t is the ending, not the t again (بطوطة Battuta) */
        bool ending = (flags & CDN_ABJAD_TA_MARBUTA) && i + 1 == len;
        if (!letter && !ending && v == r[i - 1] && sounds(v) && v != 'h') {
            if (!doubled_consonant_placed(&p, v))
                return false;
            continue;
        }
        /* The same consonant again after a vowel letter is a second one too (כליל klyl is
         * Klil, not Chile; דוד David, ניניו Ninio): the spelling writes it twice. */
        if (!letter && i > 1 && v == r[i - 2] && (r[i - 1] == 'w' || r[i - 1] == 'y') && sounds(v) && v != 'h' &&
            written_times(spelling, sounds(v)) < 2)
            return false;
        if (!letter)
            continue;
        if ((v == 'w' || v == 'y') && r[i + 1] == v) { /* וו, יי: a consonant v or y */
            i++;
            continue;
        }
        if (r[i - 1] == 'w' || r[i - 1] == 'y' || r[i - 1] == 'a') {
            /* the second letter of a diphthong: the place of the first */
            if (p.ws.n > 0)
                wrote(&p.ws, v, p.ws.place[p.ws.n - 1]);
            else
                p.ws.unplaced = true;
            continue;
        }
        if (!vowel_letter_placed(&p, r, i, v))
            return false;
    }
    /* a final ה or ه after a consonant letter writes the vowel the spelling ends on */
    if (p.taken + 1 == p.n_places && p.next + 1 == p.n_places && p.places[p.next].to == spelled &&
        ends_in_vowel_he(native)) {
        p.taken++;
        wrote(&p.ws, FINAL_HE, p.next);
    }
    if (written)
        *written = p.taken == p.n_places && every_vowel_written(spelling, p.places, p.n_places, &p.ws, !p.arabic);
    return true;
}

bool cdn_abjad_vowels_in_place(const char *native, const char *romanised, unsigned flags, const char *spelling)
{
    return vowels_placed(native, romanised, flags, spelling, NULL);
}

bool cdn_abjad_vowels_written(const char *native, const char *romanised, unsigned flags, const char *spelling)
{
    bool written;
    return vowels_placed(native, romanised, flags, spelling, &written) && written;
}
