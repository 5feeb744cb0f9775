/*
 * freetext.c — countries, enumerations and document numbers in free text (see freetext.h).
 *
 * Everything here works on byte spans of the caller's text and allocates nothing. Words are
 * runs of non-space bytes; bytes above 0x7F count as letters, so "Côte" and "People’s" are
 * words like any other.
 */
#include "lists/freetext.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "model/countries.h"

enum { MAX_COUNTRY_WORDS = 7, MAX_WORDS = 256 };

/* A word of the text with the punctuation around it stripped. */
typedef struct word {
    const char *s;
    size_t len;
    bool opens;   /* began with '(' or '[': a run may start here but not continue into it */
    bool closes;  /* ended with ')' or ']': a run may end here but not continue past it */
    bool usable;  /* letters only (and inner punctuation): may be part of a country name */
} word;

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static bool is_letter(unsigned char c) { return isalpha(c) || c >= 0x80; }

/* Strips the punctuation around the word at w->s and classifies it. */
static void classify(word *w)
{
    static const char LEAD[] = "([{\"'";
    static const char TRAIL[] = ")]}\"'.,;:";
    while (w->len && strchr(LEAD, w->s[0])) {
        w->opens |= w->s[0] == '(' || w->s[0] == '[';
        w->s++;
        w->len--;
    }
    while (w->len && strchr(TRAIL, w->s[w->len - 1])) {
        w->closes |= w->s[w->len - 1] == ')' || w->s[w->len - 1] == ']';
        w->len--;
    }
    bool letters = false, digits = false;
    for (size_t i = 0; i < w->len; i++) {
        letters |= is_letter((unsigned char)w->s[i]);
        digits |= isdigit((unsigned char)w->s[i]) != 0;
        w->closes |= w->s[i] == ')'; /* "(1)-(2)", "Korea)" */
        w->opens |= w->s[i] == '(';
    }
    w->usable = letters && !digits;
}

/* Cuts text into at most max words; returns how many. */
static size_t split_words(const char *text, size_t len, word *words, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n < max;) {
        while (i < len && is_space(text[i]))
            i++;
        size_t start = i;
        while (i < len && !is_space(text[i]))
            i++;
        if (i > start) {
            word w = {text + start, i - start, false, false, false};
            classify(&w);
            words[n++] = w;
        }
    }
    return n;
}

static bool add_code(char (*codes)[3], size_t *n, size_t max, const char code[3])
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(codes[i], code) == 0)
            return true;
    if (*n == max)
        return false;
    memcpy(codes[(*n)++], code, 3);
    return true;
}

/* An all-capital word of two or three letters is a code ("IN", "NIC") or an abbreviation:
 * inside prose only the abbreviations the publishers use for countries count as one. */
static bool ambiguous_code(const word *w, size_t n_words)
{
    static const char *const ABBREVIATIONS[] = {"US", "USA", "UK", "UAE", "DRC", "CAR", "KSA"};
    if (n_words == 1 || w->len < 2 || w->len > 3)
        return false;
    for (size_t i = 0; i < w->len; i++)
        if (!isupper((unsigned char)w->s[i]))
            return false;
    for (size_t i = 0; i < sizeof ABBREVIATIONS / sizeof ABBREVIATIONS[0]; i++)
        if (strlen(ABBREVIATIONS[i]) == w->len && memcmp(ABBREVIATIONS[i], w->s, w->len) == 0)
            return false;
    return true;
}

/* The longest run of usable words from words[i] that names a country: its word count, or 0. */
static size_t country_at(const word *words, size_t n, size_t i, char code[3])
{
    size_t longest = 0;
    while (longest < MAX_COUNTRY_WORDS && i + longest < n && words[i + longest].usable) {
        const word *w = &words[i + longest];
        if (longest > 0 && w->opens)
            break;
        longest++;
        if (w->closes)
            break;
    }
    for (size_t k = longest; k > 0; k--) {
        const word *last = &words[i + k - 1];
        if (k == 1 && ambiguous_code(&words[i], n))
            break;
        size_t span = (size_t)(last->s + last->len - words[i].s);
        if (cdn_country_code(words[i].s, span, code))
            return k;
    }
    return 0;
}

size_t cdn_text_countries(const char *text, size_t len, char (*codes)[3], size_t max)
{
    word words[MAX_WORDS];
    size_t n = split_words(text, len, words, MAX_WORDS);
    size_t found = 0;
    for (size_t i = 0; i < n;) {
        char code[3];
        size_t k = words[i].usable ? country_at(words, n, i, code) : 0;
        if (k == 0) {
            i++;
            continue;
        }
        if (!add_code(codes, &found, max, code))
            break;
        i += k;
    }
    return found;
}

/* ---- enumerations ------------------------------------------------------------------------- */

/* Length of "(1)", "1)", "(a)", "a)" at p, or 0. */
static size_t simple_marker(const char *p, size_t left)
{
    size_t i = 0;
    if (i < left && p[i] == '(')
        i++;
    size_t d = 0;
    while (i + d < left && d < 3 && isdigit((unsigned char)p[i + d]))
        d++;
    if (d == 0 || d > 2) {
        if (d > 2 || i >= left || !isalpha((unsigned char)p[i]) || tolower((unsigned char)p[i]) > 'j')
            return 0;
        d = 1; /* a letter a..j */
    }
    i += d;
    return i < left && p[i] == ')' ? i + 1 : 0;
}

/* Length of the marker at p, with a range "(1)-(2)" or "(1) to (6)" taken as one. */
static size_t marker_at(const char *text, size_t len, size_t at)
{
    if (at > 0 && !is_space(text[at - 1]))
        return 0;
    size_t m = simple_marker(text + at, len - at);
    if (m == 0)
        return 0;
    size_t rest = at + m;
    if (rest < len && text[rest] == '-') {
        size_t m2 = simple_marker(text + rest + 1, len - rest - 1);
        if (m2)
            return m + 1 + m2;
    }
    if (len - rest > 4 && memcmp(text + rest, " to ", 4) == 0) {
        size_t m2 = simple_marker(text + rest + 4, len - rest - 4);
        if (m2)
            return m + 4 + m2;
    }
    return m;
}

static void add_item(const char *s, size_t len, cdn_span *items, size_t max, size_t *n)
{
    while (len && (is_space(s[0]) || s[0] == ',' || s[0] == ';')) {
        s++;
        len--;
    }
    while (len && (is_space(s[len - 1]) || s[len - 1] == ',' || s[len - 1] == ';'))
        len--;
    if (!len)
        return;
    if (*n < max)
        items[*n] = (cdn_span){s, len};
    (*n)++;
}

size_t cdn_text_enumeration(const char *text, size_t len, cdn_span *items, size_t max)
{
    size_t n = 0, start = 0;
    for (size_t i = 0; i < len;) {
        size_t m = marker_at(text, len, i);
        if (m == 0) {
            i++;
            continue;
        }
        add_item(text + start, i - start, items, max, &n);
        i += m;
        start = i;
    }
    add_item(text + start, len - start, items, max, &n);
    return n;
}

/* ---- document numbers --------------------------------------------------------------------- */

static bool number_char(const char *s, size_t i, size_t len)
{
    unsigned char c = (unsigned char)s[i];
    if (isalnum(c) || c == '-' || c == '/')
        return true;
    return c == '.' && i > 0 && i + 1 < len && isdigit((unsigned char)s[i - 1]) && isdigit((unsigned char)s[i + 1]);
}

/* Whether the word at s starts a phrase after which no document number is read. */
static bool stop_word(const char *s, size_t len)
{
    static const char *const STOPS[] = {"issued", "issue date", "expire", "expiry", "valid", "under", "dob", "date of"};
    for (size_t i = 0; i < sizeof STOPS / sizeof STOPS[0]; i++) {
        size_t n = strlen(STOPS[i]);
        if (len >= n && strncasecmp(s, STOPS[i], n) == 0)
            return true;
    }
    return false;
}

static bool all_digits(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    return len > 0;
}

/* The next run of number characters at or after *i, trimmed of '-' and '/' at its ends. */
static bool next_run(const char *text, size_t len, size_t *i, cdn_span *run, size_t *run_start)
{
    while (*i < len && !number_char(text, *i, len))
        (*i)++;
    if (*i == len)
        return false;
    *run_start = *i;
    while (*i < len && number_char(text, *i, len))
        (*i)++;
    run->s = text + *run_start;
    run->len = *i - *run_start;
    while (run->len && (run->s[run->len - 1] == '-' || run->s[run->len - 1] == '/'))
        run->len--;
    while (run->len && (run->s[0] == '-' || run->s[0] == '/')) {
        run->s++;
        run->len--;
    }
    return true;
}

static bool has_digit(const cdn_span *s)
{
    for (size_t k = 0; k < s->len; k++)
        if (isdigit((unsigned char)s->s[k]))
            return true;
    return false;
}

/* Extends the number that ends at end: all-digit words after one space when the number is all
 * digits ("96 03 464086"). Returns the new end. */
static size_t extend_number(const char *text, size_t len, const cdn_span *first, size_t end)
{
    if (!all_digits(first->s, first->len))
        return end;
    while (end + 1 < len && text[end] == ' ' && isdigit((unsigned char)text[end + 1])) {
        size_t next = end + 1;
        while (next < len && isdigit((unsigned char)text[next]))
            next++;
        if (next < len && number_char(text, next, len))
            break; /* "1234 56AB": another word */
        end = next;
    }
    return end;
}

bool cdn_text_document_number(const char *text, size_t len, cdn_span *number)
{
    cdn_span run;
    size_t i = 0, start;
    while (next_run(text, len, &i, &run, &start)) {
        if ((start == 0 || !isalnum((unsigned char)text[start - 1])) && stop_word(text + start, len - start))
            return false;
        size_t end = (size_t)(run.s - text) + run.len;
        bool lone_capital = run.len == 1 && isupper((unsigned char)run.s[0]) && (start == 0 || is_space(text[start - 1]));
        if (lone_capital && end + 1 < len && text[end] == ' ' && isdigit((unsigned char)text[end + 1])) {
            /* "D 0001203": a lone capital letter before the digits is part of the number. */
            cdn_span digits;
            size_t j = end, digits_start;
            next_run(text, len, &j, &digits, &digits_start);
            *number = (cdn_span){run.s, (size_t)(digits.s + digits.len - run.s)};
            return true;
        }
        if (!has_digit(&run))
            continue;
        *number = (cdn_span){run.s, extend_number(text, len, &run, end) - (size_t)(run.s - text)};
        return true;
    }
    return false;
}

static bool countries_in(const char *s, size_t len, char code[3])
{
    char codes[1][3];
    if (cdn_text_countries(s, len, codes, 1) == 0)
        return false;
    memcpy(code, codes[0], 3);
    return true;
}

bool cdn_text_document_country(const char *item, size_t len, const cdn_span *number, char code[3])
{
    for (size_t i = 0; i < len; i++) {
        if (item[i] != '(')
            continue;
        size_t close = i + 1;
        while (close < len && item[close] != ')')
            close++;
        if (countries_in(item + i + 1, close - i - 1, code))
            return true;
        i = close;
    }
    size_t before = !number ? len : number->s >= item && number->s <= item + len ? (size_t)(number->s - item) : 0;
    return before > 0 && countries_in(item, before, code);
}

bool cdn_imo_ship_number(const char *s)
{
    int sum = 0;
    for (int i = 0; i < 7; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    for (int i = 0; i < 6; i++)
        sum += (s[i] - '0') * (7 - i);
    return sum % 10 == s[6] - '0';
}

bool cdn_text_has(const char *text, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (strncasecmp(text + i, needle, n) == 0)
            return true;
    return false;
}
