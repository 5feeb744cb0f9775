/*
 * context.c — what the words around a word say about it in running text: where clauses and
 * sentences end, whether a word is capitalised, a title, a number, a lone letter, half of a
 * hyphenated compound, one of a run of capitalised words (a longer name), in a headline, or
 * after a given name. The scanner's rules (scan.c, window.c, resolve.c) are made of these.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "scan/scan_int.h"
#include "scan/stopwords.h"
#include "text/legal_forms.h"

/* Whether the word's first letter, not ASCII, is upper case, or of a script that has no case. */
bool cdn_scan_capitalised_beyond_ascii(const char *text, const cdn_span_token *t)
{
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)text + t->start, (utf8proc_ssize_t)(t->end - t->start), &cp) <= 0)
        return false;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LO ||
           cat == UTF8PROC_CATEGORY_ND;
}

/* Whether the gap between word w and the next ends a clause (cdn_scan_clause_break_after). */
static bool clause_break_after(const cdn_scanner *s, size_t w)
{
    size_t from = cdn_scan_word(s, w)->end;
    size_t to = cdn_scan_word(s, w + 1)->start;
    int newlines = 0;
    for (size_t i = from; i < to; i++) {
        switch (s->text[i]) {
        case '.': case '!': case '?': case ';': case ':': case ',': case '(': case ')':
        case '[': case ']': case '{': case '}': case '|': case '/':
            return true;
        case '\n':
            if (++newlines == 2)
                return true;
            break;
        default:
            if ((unsigned char)s->text[i] < 0x20 && s->text[i] != '\t' && s->text[i] != '\r')
                return true; /* a control character: not running text */
            break;
        }
    }
    return false;
}

/* Whether word w begins a sentence (cdn_scan_sentence_start). */
static bool sentence_start(const cdn_scanner *s, size_t w)
{
    if (w == 0)
        return true;
    size_t from = cdn_scan_word(s, w - 1)->end, to = cdn_scan_word(s, w)->start;
    for (size_t i = from; i < to; i++)
        if (s->text[i] == '.' || s->text[i] == '!' || s->text[i] == '?' || s->text[i] == '\n')
            return true;
    return false;
}

/* Whether word w is a lower-case "of" of the scanned languages (of, de, du, des, der, von). */
static bool is_of(const cdn_scanner *s, size_t w)
{
    /* Each word padded to four bytes with NULs: a word of two or three letters is one of them
     * when its bytes and the NUL after them match (the fourth byte is NUL in all). */
    static const char OF[][4] = {"of", "de", "du", "des", "der", "von", "for"};
    const cdn_span_token *t = cdn_scan_word(s, w);
    if (t->norm_len < 2 || t->norm_len > 3)
        return false;
    const char *word = s->words.norm.data + t->norm_off;
    char third = t->norm_len == 3 ? word[2] : '\0'; /* byte by byte: no memcmp call */
    for (size_t i = 0; i < sizeof OF / sizeof OF[0]; i++)
        if (OF[i][0] == word[0] && OF[i][1] == word[1] && OF[i][2] == third)
            return true;
    return false;
}

/* Whether only spaces separate word w from the next, after the apostrophe of a plural
 * possessive (Leaders' Forum, Citizens’ Rights: one name). */
static bool plain_gap(const cdn_scanner *s, size_t w)
{
    size_t from = cdn_scan_word(s, w)->end, to = cdn_scan_word(s, w + 1)->start;
    if (from > 0 && s->text[from - 1] == 's' && from < to) {
        if (s->text[from] == '\'')
            from++;
        else if (to - from >= 3 && memcmp(s->text + from, "\xE2\x80\x99", 3) == 0) /* ’ */
            from += 3;
    }
    for (size_t i = from; i < to; i++)
        if (s->text[i] != ' ')
            return false;
    return true;
}

/* What joins words w-1 and w: a hyphen alone (or U+2010, U+2011) that makes them a compound
 * (Wagner-Chef, OCCRP-Related), the ASCII hyphen after the Arabic article written in lower
 * case (al-Douri, el-Sisi, asch-Scham: the lexicon knows it as al, words.c), or neither. */
enum hyphen_gap { NO_HYPHEN, COMPOUND, ARTICLE };

static enum hyphen_gap hyphen_before(const cdn_scanner *s, size_t w)
{
    if (w == 0)
        return NO_HYPHEN;
    size_t from = cdn_scan_word(s, w - 1)->end, to = cdn_scan_word(s, w)->start;
    bool ascii = to - from == 1 && s->text[from] == '-';
    bool hyphen = ascii || (to - from == 3 && (memcmp(s->text + from, "\xE2\x80\x90", 3) == 0 ||  /* U+2010 */
                                               memcmp(s->text + from, "\xE2\x80\x91", 3) == 0)); /* U+2011 */
    if (!hyphen)
        return NO_HYPHEN;
    if (cdn_scan_lexicon_len(s, w - 1) > 2)
        return COMPOUND;
    const char *norm = cdn_lexicon_text(&s->lex, cdn_scan_type(s, w - 1)->lex);
    return ascii && !s->capital[w - 1] && (norm[0] == 'a' || norm[0] == 'e') && norm[1] == 'l' ? ARTICLE : NO_HYPHEN;
}

/* Whether word w is a city's name of one word (cities.h) after a function word (In Idlib, aus
 * Moskau): a place said where something happens. */
static bool city_after_function_word(const cdn_scanner *s, size_t w)
{
    if (w == 0 || !cdn_scan_type(s, w - 1)->stop || !plain_gap(s, w - 1))
        return false;
    /* The lexicon's answer, worked out once per word: a cache of what the word's letters say. */
    return cdn_lexicon_city((cdn_lexicon *)&s->lex, cdn_scan_type(s, w)->lex);
}

/* Whether the n letters (lower case) are a legal form's abbreviation as dotted capitals write
 * it: one the tokenizer knows (legal_forms.h: S.A., B.V., S.A.S.), or one of the Latin American
 * and Central European forms it cuts into letters (name_facts.h: a listed name's form tail) —
 * C.A. (compañía anónima), C.V. (capital variable) and R.L. (responsabilidad limitada) of S.A.
 * DE C.V. and S. DE R.L., S.C., S.C.S., S.A.C., S.A.L., S.R.O., D.O.O., K.K., E.I.R.L., S.P.R.,
 * S.L.: the forms of the OFAC entities that end in dotted letters. */
static bool dotted_form_letters(const char *letters, size_t n)
{
    static const char *const CUT[] = {"ca", "cv", "doo", "eirl", "kk", "rl", "sac", "sal", "sc", "scs", "sl", "spr",
                                      "sro"};
    if (cdn_is_legal_form_abbreviation(letters, n))
        return true;
    for (size_t i = 0; i < sizeof CUT / sizeof CUT[0]; i++)
        if (strlen(CUT[i]) == n && memcmp(CUT[i], letters, n) == 0)
            return true;
    return false;
}

/* Whether byte c is an ASCII letter. */
static bool ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Reads the dotted letters at text[*at] (S.A., C.V, a lone S.) into letters (up to size),
 * moving *at past them and their dots; returns how many letters, *end the byte after the last
 * letter's dot (or after the letter, its dot left out). */
static size_t dotted_letters(const cdn_scanner *s, size_t *at, char *letters, size_t size, size_t *end)
{
    size_t n = 0, i = *at;
    while (i < s->text_len && n < size && ascii_letter(s->text[i]) && (i + 1 >= s->text_len || !ascii_letter(s->text[i + 1]))) {
        letters[n++] = (char)(s->text[i] | 0x20);
        *end = ++i;
        if (i >= s->text_len || s->text[i] != '.')
            break;
        *end = ++i;
    }
    *at = i;
    return n;
}

/* The end of the legal form in dotted capitals that begins at byte at (cdn_scan_dotted_legal_form),
 * or 0. Groups of letters each followed by a dot (S.A., B.V., S.A.S.), the last one's dot
 * perhaps left out, joined by the Spanish de (S.A. de C.V., S. de R.L. de C.V.): each group of
 * two letters or more a form, a lone letter only before de. The form ends after the last
 * group's dot. */
static size_t dotted_form_end(const cdn_scanner *s, size_t at)
{
    size_t end = 0;
    for (;;) {
        char letters[8];
        size_t group_end = 0, n = dotted_letters(s, &at, letters, sizeof letters, &group_end);
        bool de = at + 4 <= s->text_len && s->text[at] == ' ' && (s->text[at + 1] | 0x20) == 'd' &&
                  (s->text[at + 2] | 0x20) == 'e' && s->text[at + 3] == ' ';
        if (n == 0 || (n == 1 ? !de : !dotted_form_letters(letters, n)) ||
            (group_end < s->text_len && ascii_letter(s->text[group_end])))
            break;
        if (n >= 2)
            end = group_end; /* a form so far: S.A. of S.A. de C.V., or the whole */
        if (!de)
            break;
        at += 4;
    }
    return end;
}

size_t cdn_scan_dotted_legal_form(const cdn_scanner *s, size_t w)
{
    if (w == 0 || w >= cdn_tokens_count(&s->words) || !s->capital[w] || !cdn_scan_lone_letter(s, w))
        return 0;
    for (size_t i = cdn_scan_word(s, w - 1)->end; i < cdn_scan_word(s, w)->start; i++)
        if (s->text[i] != ' ')
            return 0;
    return dotted_form_end(s, cdn_scan_word(s, w)->start);
}

/* Whether word w is a capitalised legal form's abbreviation (CO, LTD, Ltd, SARL, LLC). */
static bool form_abbreviation(const cdn_scanner *s, size_t w)
{
    const cdn_span_token *t = cdn_scan_word(s, w);
    return s->capital[w] && cdn_is_legal_form_abbreviation(s->words.norm.data + t->norm_off, t->norm_len);
}

size_t cdn_scan_forms_after(const cdn_scanner *s, size_t last)
{
    size_t n = cdn_tokens_count(&s->words), end = cdn_scan_dotted_legal_form(s, last + 1);
    if (end || !form_abbreviation(s, last))
        return end;
    /* CO. LTD, Co. Ltd., CO. L.L.C, CO. SARL: an abbreviation's dot, a space, another form. */
    size_t at = cdn_scan_word(s, last)->end;
    for (size_t w = last; w + 1 < n; w++) {
        if (at < s->text_len && s->text[at] == '.')
            at++;
        const cdn_span_token *next = cdn_scan_word(s, w + 1);
        if (next->start != at + 1 || s->text[at] != ' ')
            break;
        size_t dotted = s->capital[w + 1] && cdn_scan_lone_letter(s, w + 1) ? dotted_form_end(s, next->start) : 0;
        if (dotted)
            return dotted;
        if (!form_abbreviation(s, w + 1))
            break;
        end = at = next->end;
    }
    return end;
}

bool cdn_scan_in_longer_run(const cdn_scanner *s, size_t first, size_t last, bool person)
{
    size_t n = cdn_tokens_count(&s->words);
    size_t neighbours[2] = {first - 1, last + 1};
    for (int side = 0; side < 2; side++) {
        size_t v = neighbours[side];
        if ((side == 0 && first == 0) || (side == 1 && v >= n))
            continue;
        if (!plain_gap(s, side == 0 ? v : last))
            continue; /* Wagner-Chef, « Wagner »: a compound or a quote, not another name */
        if (side == 1 && cdn_scan_dotted_legal_form(s, v))
            continue; /* Organic District B.V.: the name's legal form, not another name */
        const cdn_word_type *type = cdn_scan_type(s, v);
        if (s->nouns_capitalised)
            continue; /* German capitalises every noun: der Kalikonzern Belaruskali, Putins Besuch */
        /* A sentence's first word is capitalised by its place: one no listed name holds
         * (Yesterday, Militia, the Polish Dziś) begins no longer name of a listed organisation.
         * Before a person's surname it is as likely a given name no list holds (Anandamayi
         * Dutta is not DUTTA, Surya Visesh): there it still makes a run. */
        if (side == 0 && !person && cdn_scan_sentence_start(s, v) && !type->n_hits)
            continue;
        /* Department of Justice: look past a lower-case "of" (not "and": Rosneft and Sberbank). */
        if (side == 0 && !s->capital[v] && is_of(s, v) && v > 0 && plain_gap(s, v - 1)) {
            v--;
            type = cdn_scan_type(s, v);
        }
        /* Center for Investigative Reporting, National Bank of Ukraine: look past a lower-case
         * "for" or "of" after it too, where a country is part of the longer name. */
        bool past_of = false;
        if (side == 1 && !s->capital[v] && is_of(s, v) && v + 1 < n && plain_gap(s, v)) {
            v++;
            type = cdn_scan_type(s, v);
            past_of = true;
        }
        /* A city after a function word is where it happens (In Idlib Jabhat Fatah al-Sham
         * fought, in Moskau Rosneft): it begins no longer name. Asked last: it reads the word. */
        if (s->capital[v] && !type->stop && (!type->place || past_of) && !s->titled[v] &&
            !(cdn_scan_form(s, type->token)->flags & CDN_TOK_HONORIFIC) && /* President Putin */
            !(side == 0 && city_after_function_word(s, v)))
            return true;
    }
    return false;
}

/* Whether words w and w + 1 are one space apart. */
static bool space_between(const cdn_scanner *s, size_t w)
{
    size_t from = cdn_scan_word(s, w)->end;
    return cdn_scan_word(s, w + 1)->start == from + 1 && s->text[from] == ' ';
}

/* Worked out once per word of a document: the rules ask the same of a word for every window
 * it is in and every candidate name. Each gap is looked at once, for the words on both sides.
 * What the word's own letters say (a number, a lone letter) is there already, from the lexicon:
 * the gaps' marks are added to it. */
void cdn_scan_mark_words(cdn_scanner *s)
{
    size_t n = cdn_tokens_count(&s->words);
    /* A lone space, the gap between most words, says nothing: no clause break, no sentence
     * start, no hyphen. */
    bool space_before = false;
    for (size_t w = 0; w < n; w++) {
        uint8_t marks = 0;
        bool space_after = w + 1 < n && space_between(s, w);
        if (w + 1 < n && !space_after && clause_break_after(s, w))
            marks |= CDN_MARK_CLAUSE_BREAK_AFTER;
        if (!space_before) {
            if (sentence_start(s, w))
                marks |= CDN_MARK_SENTENCE_START;
            enum hyphen_gap h = hyphen_before(s, w);
            if (h == COMPOUND)
                marks |= CDN_MARK_HYPHEN_BEFORE;
            else if (h == ARTICLE)
                s->marks[w - 1] |= CDN_MARK_ARTICLE_HYPHENED;
        }
        s->marks[w] |= marks;
        space_before = space_after;
    }
}

/* Marks the words of sentences in title case or capitals (nine in ten words of four
 * letters or more, not numbers, capitalised), and tells German text by its function words. */
void cdn_scan_mark_titles(cdn_scanner *s)
{
    size_t n = cdn_tokens_count(&s->words);
    for (size_t from = 0; from < n;) {
        /* The sentence's words counted as its end is sought: one pass over them, then one
         * to mark them. */
        size_t to = from, long_words = 0, capitals = 0;
        do {
            if (cdn_scan_word(s, to)->norm_len >= 4 && !cdn_scan_number(s, to)) {
                long_words++;
                capitals += s->capital[to];
            }
            to++;
        } while (to < n && !cdn_scan_sentence_start(s, to));
        bool titled = long_words >= 4 && capitals * 10 >= long_words * 9;
        memset(s->titled + from, titled, to - from);
        from = to;
    }
    s->nouns_capitalised = s->language_marks[CDN_STOP_GERMAN] > s->language_marks[CDN_STOP_ENGLISH];
}


/* Whether the word before w, in the same clause, is a given name nobody matched (Richard before
 * Wagner, Oleg before Ignatov). */
bool cdn_scan_after_given_name(const cdn_scanner *s, size_t w)
{
    return w > 0 && s->capital[w - 1] && !cdn_scan_clause_break_after(s, w - 1) && cdn_scan_type(s, w - 1)->given;
}
