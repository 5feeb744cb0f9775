/*
 * spelled_letters.c — a listed Latin word read letter by letter (spelled_letters.h), by where
 * its vowels are and by the consonants at its two ends.
 */
#include "text/spelled_letters.h"

#include <string.h>

#include "text/vowel_groups.h"

/* Two consonants that begin words of the lists' languages and romanisations, besides a
 * consonant and an h (one sound: ch, sh, th, kh, gh, dh, zh, bh, xh) and a consonant and a
 * liquid or glide r, l, w (onsets rise in sonority: Clements 1990, "The role of the sonority
 * cycle in core syllabification"), which any consonant may begin. Read off every pair the
 * words of the six official lists begin with, and every pair that begins a word of 200,000
 * of real names (namedatabases, faker, Wikidata rows 3,000-8,000: BENCHMARKS.md, session 22,
 * acronyms), such as Alemannic and Bavarian gs gm gf (Gschwend, Gmelin, Gfeller), Czech ct cm
 * km hv (Ctirad, Cmiel, Kmet, Hvězdoslav), Polish wn wd wz (Wnuk, Wdowiak, Wzorek), Croatian
 * vj, Sanskrit jn, Zulu and Tswana nx nq gc kg (Nxumalo, Kgalema), Maghrebi jm kb kt mf rb rk
 * rq tf ft fd lq (Kbir, Mfeddal, Rkia, Tfarah, Ftima). By language: s and a consonant
 * (English, Italian sb sd sf sg, Serbian sr, Swedish sj, Hungarian and Polish sz); German,
 * Greek and Dutch kn gn pf ps pt pn; Scandinavian bj fj hj kj sj tj; Slavic in
 * BGN/PCGN romanisation and in their own Latin spellings: dm dn dv dz gd gv kv ks lv lj mg mk
 * ml mn mr ms mt tk tv ts vl vn vr vs vz vk vt zb zd zg zl zm zn zr zv cz cv rz ws; Hungarian
 * cs zs; Serbo-Croatian pj (Pjanić); Welsh ff (Ffion); Albanian gj nj; Basque tx tz; Georgian
 * tb; Scottish mc; an elided d' (D'Souza, D'Costa: dsouza); the French dj for the Arabic
 * j, and Arabic spoken in the Levant and the Maghreb, whose first short vowel falls (Bstaki,
 * Jdid, Kfar, Mqallad, Ltaief, Hkim): bd bs bt bz hb hd hf hk jb jd kf lt md mj mq nm qf rj;
 * Russian rt lg (Rtishchev, Lgov), and zj, the Swedish and Dutch ж (Zjukov, Zjdanov: no list
 * of the six writes it, the EU's travel bans do; review1, session 22), the French tch and
 * Romanian tc (Tchad, Tcaci);
 * Bantu and West African prenasalised stops and labiovelars (Mbarushimana, Nkunda, Ncube,
 * Nnamdi, Gbagbo, Kpelle): mb mp nc nd ng nj nk nn ns nt nz gb kp; Burmese hm hn hs ht. */
static const char *const ONSETS[] = {
    "bd", "bj", "bs", "bt", "bz", "cm", "cs", "ct", "cv", "cz", "dc", "dj", "dk", "dm", "dn", "ds", "dv", "dz",
    "fd", "ff", "fj", "ft", "gb", "gc", "gd", "gf", "gj", "gm", "gn", "gs", "gv", "gz", "hb", "hd", "hf", "hj",
    "hk", "hm", "hn", "hs", "ht", "hv", "jb", "jd", "jm", "jn", "jv", "kb", "kf", "kg", "kj", "km", "kn", "kp",
    "ks", "kt", "kv", "lg", "lj", "lq", "lt", "lv", "mb", "mc", "md", "mf", "mg", "mj", "mk", "ml", "mn", "mp", "mq",
    "mr", "ms", "mt", "mv", "mz", "nc", "nd", "nf", "ng", "nj", "nk", "nm", "nn", "nq", "ns", "nt", "nx", "nz",
    "pf", "pj", "pn", "ps", "pt", "qf", "rb", "rj", "rk", "rq", "rt", "rz", "sb", "sc", "sd", "sf", "sg", "sj", "sk",
    "sm", "sn", "sp", "sq", "sr", "st", "sv", "sz", "tb", "tc", "tf", "tj", "tk", "ts", "tv", "tx", "tz", "vj", "vk",
    "vl", "vn", "vr", "vs", "vt", "vz", "wd", "wn", "ws", "wz", "zb", "zd", "zf", "zg", "zj", "zl", "zm", "zn",
    "zr", "zs", "zv",
};

/* Whether a word may begin with the consonants a and b. */
static bool onset(char a, char b)
{
    if (strchr("hrlw", b))
        return true;
    char pair[3] = {a, b, '\0'};
    for (size_t i = 0; i < sizeof ONSETS / sizeof *ONSETS; i++)
        if (strcmp(ONSETS[i], pair) == 0)
            return true;
    return false;
}

/* Whether the consonants f (n bytes, two or more) that end a word are no word's: a c after a
 * consonant other than the n, r, l and s that end zinc, Marc, talc and disc and the j, v and w
 * before the Slovene and Polish c (Zajc, Prevc, Szewc) (irgc, bipc, icc), or a c before a
 * consonant other than the h, k, s, z and t of Bach, Kovacs, Gelowicz and Benedict, the French
 * cq of Jacq, the Flemish cx of Vrancx and the Czech ncl and scl of Fencl and Fiscl (gicm,
 * csicl, csicp). No romanisation of Arabic, whose words end in any two
 * consonants (Fahd, Najd, Sabt), writes a c. */
static bool foreign_ending(const char *f, size_t n)
{
    if (f[n - 1] == 'c' && !strchr("nrlsjvw", f[n - 2]))
        return true;
    for (size_t i = 0; i + 1 < n; i++) {
        bool czech_cl = f[i + 1] == 'l' && i > 0 && strchr("ns", f[i - 1]);
        if (f[i] == 'c' && !strchr("hksztqx", f[i + 1]) && !czech_cl)
            return true;
    }
    return false;
}

/* Whether w (len bytes, no vowel letter) is still a word: the Ng of Vietnamese and Cantonese,
 * or a Czech or Welsh word whose one r, l or w between consonants is its vowel (Krk, Vlk, Smrt,
 * Prst, Plch, Cwm: Czech writes syllabic r and l so, Welsh its w), with one consonant before
 * it or two that begin with s, z or c (Smrt, Skrz, Chrt; not the pf of PFLP) and one
 * consonant, st or ch after it. */
static bool vowelless_word(const char *w, size_t len)
{
    if ((len == 2 && memcmp(w, "ng", 2) == 0) || (len == 3 && memcmp(w, "ngh", 3) == 0))
        return true;
    for (size_t i = 1; i + 1 < len && i <= 2; i++) {
        if (!strchr("rlw", w[i]))
            continue;
        const char *coda = w + i + 1;
        size_t nc = len - i - 1;
        bool onset_ok = i == 1 || (strchr("szc", w[0]) && onset(w[0], w[1]));
        bool coda_ok = (nc == 1 && coda[0] != 'c' && coda[0] != w[i]) ||
                       (nc == 2 && (memcmp(coda, "st", 2) == 0 || memcmp(coda, "ch", 2) == 0));
        if (onset_ok && coda_ok && w[i - 1] != w[i])
            return true;
    }
    return false;
}

bool cdn_spelled_letters(const char *w, size_t len)
{
    if (len < 2)
        return false;
    size_t first = len, last = len;
    for (size_t i = 0; i < len; i++) {
        if (w[i] < 'a' || w[i] > 'z')
            return false;
        if (cdn_is_vowel_letter(w[i])) {
            first = first == len ? i : first;
            last = i;
        }
    }
    if (first == len)
        return !vowelless_word(w, len);
    if (first >= 2 && !onset(w[0], w[1]))
        return true;
    return len - last - 1 >= 2 && foreign_ending(w + last + 1, len - last - 1);
}
