/*
 * abjad_evidence.c — whether two consonant classes in common are enough to call two words one
 * name (see abjad_evidence.h).
 */
#include "text/abjad_evidence.h"

#include <string.h>

/* How many classes of c carry information: every required one and, where inner_h, an optional
 * h that is not the last; a class equal to the last one counted is the same letter again
 * across a vowel letter (كوكس: k w k s). */
static size_t informative(const cdn_abjad_classes *c, bool inner_h)
{
    size_t n = strlen(c->cls), count = 0;
    char last = 0;
    for (size_t i = 0; i < n; i++) {
        bool optional = c->optional >> i & 1;
        if ((optional && !(inner_h && c->cls[i] == 'h' && i + 1 < n)) || c->cls[i] == last)
            continue;
        last = c->cls[i];
        count++;
    }
    return count;
}

static bool vowel(char c) { return c && strchr("aeiouy", c); }

/* How many h of the Latin spelling s a script would write: at the start or after a vowel, not
 * the last letter (Ahmad, Mahdi, Hadi; not Sarah, Jadhav, Thomas). */
static size_t written_h(const char *s)
{
    size_t count = 0;
    for (size_t i = 0; s[i]; i++)
        count += s[i] == 'h' && s[i + 1] && (i == 0 || vowel(s[i - 1]));
    return count;
}

/* Whether the word native (UTF-8 Arabic or Hebrew) begins with the consonant y: an initial ي ی
 * or י, after the article ال before three letters or more (اليعقوبي / Yaacoubi, not إليز / Elez); not the vowel of an initial אי (איגור /
 * Igor), which romanises as y too. Whether the Latin spelling spelling may begin so: a y, or
 * a j or an i before a vowel (Jusuf, Iosif). The classes leave y out, as a vowel inside a
 * word; at the start it is a consonant one side has and the other has not (يامن yamn / Man,
 * שיר / Yasser). */
static bool native_y(const char *native)
{
    if (strncmp(native, "\u0627\u0644", 4) == 0 && strlen(native + 4) >= 6) /* ال before three letters */
        native += 4;
    return strncmp(native, "\u064A", 2) == 0 || strncmp(native, "\u06CC", 2) == 0 || strncmp(native, "\u05D9", 2) == 0;
}

static bool spelled_y(const char *spelling, bool strictly)
{
    char c = spelling[0];
    return (c == 'y' || (!strictly && (c == 'j' || c == 'i'))) && vowel(spelling[1]) && spelling[1] != 'y';
}

bool cdn_abjad_two_classes_suffice(const cdn_abjad_classes *abjad, const char *native,
                                   const cdn_abjad_classes *latin, const char *spelling)
{
    bool y = native_y(native);
    size_t extra_a = y && !spelled_y(spelling, false);
    size_t extra_b = spelled_y(spelling, true) && !y;
    return informative(abjad, true) + extra_a <= 2 && informative(latin, false) + written_h(spelling) + extra_b <= 2;
}

bool cdn_abjad_vowels_contradict(const char *romanised, const char *spelling)
{
    size_t n = strlen(romanised);
    bool need_back = false, need_front = false, need_open = false;
    for (size_t i = 1; i + 1 < n; i++) {
        need_back |= romanised[i] == 'w';
        need_front |= romanised[i] == 'y';
        need_open |= romanised[i] == 'a';
    }
    /* An English a before ll and a Dutch or Scandinavian aa are back vowels (Ball בול,
     * Gyllenhaal); an Italian or French gn is ny (Cagnotto קניוטו). */
    bool back = strpbrk(spelling, "ouvw") || strstr(spelling, "all") || strstr(spelling, "aal");
    bool front = strpbrk(spelling, "ieyj") || strstr(spelling, "gn");
    /* An alif inside the word (Arabic; Hebrew romanises its alef as nothing) is an a, an e,
     * an English u (Dunn دان) or the a of a French oi (Boigny بواني). */
    bool open = strpbrk(spelling, "aeu") || strstr(spelling, "oi");
    return (need_back && !back) || (need_front && !front) || (need_open && !open);
}
