/*
 * dates.c — parsing and formatting dates of birth, incorporation and listing (see dates.h).
 *
 * The English forms are those of the OFAC SDN remarks ("DOB 30 Aug 1954; alt. DOB circa 1960"),
 * the UK OFSI ConList ("dd/mm/1954") and the US Consolidated Screening List.
 */
#include "model/dates.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static int days_in_month(int year, int month)
{
    static const int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : DAYS[month - 1];
}

bool cdn_date_valid(const cordon_date *d)
{
    if (d->year < 1000 || d->year > 9999)
        return false;
    if (d->month == 0)
        return d->day == 0;
    if (d->month < 1 || d->month > 12)
        return false;
    return d->day == 0 || (d->day >= 1 && d->day <= days_in_month(d->year, d->month));
}

int cdn_date_compare(const cordon_date *a, const cordon_date *b)
{
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if (a->month != b->month)
        return a->month < b->month ? -1 : 1;
    if (a->day != b->day)
        return a->day < b->day ? -1 : 1;
    return 0;
}

/* Trims ASCII spaces (and, when strip_period, one trailing '.') from both ends. */
static size_t trim(const char **s, size_t len, bool strip_period)
{
    while (len && isspace((unsigned char)**s)) {
        (*s)++;
        len--;
    }
    while (len && isspace((unsigned char)(*s)[len - 1]))
        len--;
    if (strip_period && len && (*s)[len - 1] == '.')
        len--;
    while (len && isspace((unsigned char)(*s)[len - 1]))
        len--;
    return len;
}

/* Reads exactly n digits at s. */
static bool digits(const char *s, size_t n, int *value)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return true;
}

static bool parse_iso_one(const char *s, size_t len, cordon_date *d)
{
    memset(d, 0, sizeof *d);
    if (len != 4 && len != 7 && len != 10)
        return false;
    if (!digits(s, 4, &d->year))
        return false;
    if (len >= 7 && (s[4] != '-' || !digits(s + 5, 2, &d->month)))
        return false;
    if (len == 10 && (s[7] != '-' || !digits(s + 8, 2, &d->day)))
        return false;
    return cdn_date_valid(d);
}

/* Looks for the separator sep (a literal, e.g. ".." or " to ") in s; returns its offset or -1. */
static long find(const char *s, size_t len, const char *sep)
{
    size_t n = strlen(sep);
    for (size_t i = 0; i + n <= len; i++)
        if (strncasecmp(s + i, sep, n) == 0)
            return (long)i;
    return -1;
}

typedef bool (*one_date_fn)(const char *s, size_t len, cordon_date *d);

/* Parses "A<sep>B" with parse_one on each side; from must not be after to. */
static bool parse_range(const char *s, size_t len, const char *sep, one_date_fn parse_one, cordon_date_range *out)
{
    long at = find(s, len, sep);
    if (at <= 0)
        return false;
    const char *a = s, *b = s + at + strlen(sep);
    size_t la = trim(&a, (size_t)at, false), lb = trim(&b, len - (size_t)at - strlen(sep), false);
    if (!parse_one(a, la, &out->from) || !parse_one(b, lb, &out->to))
        return false;
    return cdn_date_compare(&out->from, &out->to) <= 0;
}

bool cdn_date_parse_iso(const char *text, size_t len, cordon_date_range *out)
{
    memset(out, 0, sizeof *out);
    len = trim(&text, len, false);
    if (find(text, len, "..") >= 0)
        return parse_range(text, len, "..", parse_iso_one, out);
    if (!parse_iso_one(text, len, &out->from))
        return false;
    out->to = out->from;
    return true;
}

static int month_number(const char *s, size_t len)
{
    static const char *const MONTHS[] = {"january", "february", "march",     "april",   "may",      "june",
                                         "july",    "august",   "september", "october", "november", "december"};
    if (len < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(MONTHS[m]);
        bool abbreviated = len == 3 || (len == 4 && m == 8 && strncasecmp(s, "sept", 4) == 0);
        if ((len == full || abbreviated) && strncasecmp(s, MONTHS[m], abbreviated ? len : full) == 0)
            return m + 1;
    }
    return 0;
}

/* One date in any of the single forms of cdn_date_parse_text. */
static bool parse_text_one(const char *s, size_t len, cordon_date *d)
{
    memset(d, 0, sizeof *d);
    len = trim(&s, len, true);
    if (parse_iso_one(s, len, d))
        return true;
    memset(d, 0, sizeof *d);

    /* dd/mm/yyyy or dd.mm.yyyy, with 00, dd, mm for unknown parts */
    if (len == 10 && (s[2] == '/' || s[2] == '.') && s[5] == s[2]) {
        int day = 0, month = 0;
        bool day_unknown = strncasecmp(s, "dd", 2) == 0, month_unknown = strncasecmp(s + 3, "mm", 2) == 0;
        if ((!day_unknown && !digits(s, 2, &day)) || (!month_unknown && !digits(s + 3, 2, &month)) ||
            !digits(s + 6, 4, &d->year))
            return false;
        d->month = month;
        d->day = month ? day : 0;
        return cdn_date_valid(d);
    }

    /* [DD] Mon[th] YYYY */
    const char *words[3];
    size_t lens[3];
    size_t n = 0;
    for (size_t i = 0; i < len && n < 4;) {
        while (i < len && (isspace((unsigned char)s[i]) || s[i] == ','))
            i++;
        if (i >= len)
            break;
        size_t start = i;
        while (i < len && !isspace((unsigned char)s[i]) && s[i] != ',')
            i++;
        if (n == 3)
            return false;
        words[n] = s + start;
        lens[n] = i - start;
        n++;
    }
    if (n == 0 || lens[n - 1] != 4 || !digits(words[n - 1], 4, &d->year))
        return false;
    if (n == 1)
        return cdn_date_valid(d);
    if (!(d->month = month_number(words[n - 2], lens[n - 2])))
        return false;
    if (n == 3 && (lens[0] > 2 || !digits(words[0], lens[0], &d->day)))
        return false;
    return cdn_date_valid(d);
}

bool cdn_date_parse_text(const char *text, size_t len, cordon_date_range *out)
{
    memset(out, 0, sizeof *out);
    len = trim(&text, len, true);
    static const char *const APPROXIMATE[] = {"circa ", "ca. ", "c. ", "approximately ", "approx. ", "about "};
    for (size_t i = 0; i < sizeof APPROXIMATE / sizeof APPROXIMATE[0]; i++) {
        size_t n = strlen(APPROXIMATE[i]);
        if (len > n && strncasecmp(text, APPROXIMATE[i], n) == 0) {
            text += n;
            len = trim(&text, len - n, false);
            out->approximate = 1;
            break;
        }
    }
    for (const char *prefix = "between "; ; prefix = "from ") {
        size_t n = strlen(prefix);
        if (len > n && strncasecmp(text, prefix, n) == 0) {
            text += n;
            len -= n;
            break;
        }
        if (strcmp(prefix, "from ") == 0)
            break;
    }
    static const char *const SEPARATORS[] = {"..", " to ", " and ", " - "};
    for (size_t i = 0; i < sizeof SEPARATORS / sizeof SEPARATORS[0]; i++)
        if (find(text, len, SEPARATORS[i]) > 0)
            return parse_range(text, len, SEPARATORS[i], parse_text_one, out);
    /* "1960-1962": two years joined by a hyphen (never an ISO month, which has two digits) */
    if (len == 9 && text[4] == '-' && parse_range(text, len, "-", parse_text_one, out))
        return true;
    int approximate = out->approximate;
    memset(out, 0, sizeof *out);
    out->approximate = approximate;
    if (!parse_text_one(text, len, &out->from))
        return false;
    out->to = out->from;
    return true;
}

void cdn_date_format(const cordon_date *d, char *buf, size_t size)
{
    if (d->year == 0)
        snprintf(buf, size, "%s", "");
    else if (d->month == 0)
        snprintf(buf, size, "%04d", d->year);
    else if (d->day == 0)
        snprintf(buf, size, "%04d-%02d", d->year, d->month);
    else
        snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
}
