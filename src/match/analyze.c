/*
 * analyze.c — from a name to weighted, keyed tokens (see analyze.h).
 */
#include "match/analyze.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "core/word_list.h"
#include "text/arabic_compounds.h"
#include "text/dotted_forms.h"
#include "text/hangul.h"
#include "text/japanese.h"
#include "text/spelled_letters.h"
#include "text/kept_letters.h"
#include "text/name_abbreviations.h"
#include "text/legal_forms.h"
#include "text/normalize.h"
#include "text/orthography.h"
#include "text/titles.h"
#include "text/transcription.h"
#include "text/tokenize.h"

void cdn_analyzed_init(cdn_analyzed *a)
{
    cdn_strbuf_init(&a->text);
    cdn_strbuf_init(&a->scratch);
    cdn_vec_init(&a->tokens, sizeof(cdn_token));
}

void cdn_analyzed_free(cdn_analyzed *a)
{
    cdn_strbuf_free(&a->text);
    cdn_strbuf_free(&a->scratch);
    cdn_vec_free(&a->tokens);
}

void cdn_analyzed_reset(cdn_analyzed *a)
{
    cdn_strbuf_reset(&a->text);
    a->tokens.len = 0;
}

/* A name's family, patronymic and middle parts, normalized once for all of its tokens. */
typedef struct normalized_parts {
    cdn_strbuf family, patronymic, middle;
} normalized_parts;

static void parts_init(normalized_parts *p)
{
    cdn_strbuf_init(&p->family);
    cdn_strbuf_init(&p->patronymic);
    cdn_strbuf_init(&p->middle);
}

static void parts_free(normalized_parts *p)
{
    cdn_strbuf_free(&p->family);
    cdn_strbuf_free(&p->patronymic);
    cdn_strbuf_free(&p->middle);
}

/* Normalizes the parts the publisher gave (a part that is not valid UTF-8 stays empty). */
static void parts_normalize(normalized_parts *p, const cordon_name *parts)
{
    const char *src[] = {parts->family, parts->patronymic, parts->middle};
    cdn_strbuf *dst[] = {&p->family, &p->patronymic, &p->middle};
    for (size_t i = 0; i < 3; i++)
        if (src[i] && cdn_normalize(src[i], strlen(src[i]), dst[i]) != CORDON_OK)
            cdn_strbuf_reset(dst[i]);
}

/* Whether the normalized token is one of the words of a normalized part. */
static bool in_part(const cdn_strbuf *part, const char *token, size_t len)
{
    return cdn_word_in_list(cdn_strbuf_cstr(part), token, len);
}

/* The flags a token's words alone decide: legal forms, honorifics, given name parts. */
static uint16_t word_flags(const char *norm, size_t len, cordon_schema schema, const normalized_parts *parts)
{
    uint16_t flags = 0;
    bool organization = schema == CORDON_SCHEMA_ORGANIZATION || schema == CORDON_SCHEMA_VESSEL ||
                        schema == CORDON_SCHEMA_AIRCRAFT;
    if (cdn_is_legal_form(norm, len) && schema != CORDON_SCHEMA_PERSON)
        flags |= CDN_TOK_LEGAL_FORM;
    /* A title (king, מלך) or regnal number (II, השני) is as weak as an honorific. */
    if ((cdn_is_honorific(norm, len) || cdn_is_title(norm, len) || cdn_regnal_numeral(norm, len)) && !organization)
        flags |= CDN_TOK_HONORIFIC;
    if (parts && in_part(&parts->family, norm, len))
        flags |= CDN_TOK_FAMILY;
    if (parts && in_part(&parts->patronymic, norm, len))
        flags |= CDN_TOK_PATRONYMIC;
    else if (parts && in_part(&parts->middle, norm, len))
        flags |= CDN_TOK_MIDDLE;
    return flags;
}

/* Whether the word t of name was written with an accent that its normalized form norm (len
 * bytes) no longer has: Sá, normalized sa. A legal form's abbreviation is written without one
 * (S.A., SA), so the Portuguese family name Sá is no société anonyme (Lia Sá had met LIA
 * COMPANY at 0.98). */
static bool accent_dropped(const char *name, const cdn_span_token *t, const char *norm, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)norm[i] >= 0x80)
            return false; /* not Latin letters alone (ооо): nothing to have lost */
    for (size_t i = t->start; i < t->end; i++)
        if ((unsigned char)name[i] >= 0x80)
            return true;
    return false;
}

/* Appends s and a NUL to the token text; returns its offset (as a pointer-sized placeholder). */
static bool put(cdn_strbuf *text, const char *s, size_t len, const char **offset)
{
    *offset = (const char *)(uintptr_t)text->len;
    return cdn_strbuf_append(text, s, len) && cdn_strbuf_append_char(text, '\0');
}

/* Whether a syllabic word (word, len bytes and a NUL) is a native Japanese name
 * (CDN_TOK_JAPANESE): a word in hiragana, or kanji the dictionary read as Japanese (read) —
 * but not three characters or more all of the table Chinese transcribes foreign names with,
 * which the dictionary may split into a surname and a given name (安東尼 Anthony as 安東 + 尼,
 * andouni): such a word keeps being compared by ear too (Wikidata Chinese lost 安東尼 / Antonie
 * otherwise). */
static bool native_japanese(const char *word, size_t len, bool read)
{
    if (!read)
        return cdn_japanese_hiragana(word, len);
    size_t chars = 0;
    for (size_t i = 0; i < len; i++)
        chars += ((unsigned char)word[i] & 0xC0) != 0x80;
    return chars < 3 || !cdn_transcription_characters(word);
}

/* Appends one token: its text, romanisation, key and skeleton. The token's patronymic class
 * (from its ending, in either script) goes to *patronymic. numeral: the regnal number the
 * token stands for with the word after it (cdn_regnal_numeral_of_two), or NULL. */
static int add_token(cdn_analyzed *a, cdn_translit *tr, int hint, const char *norm, size_t len, uint16_t flags,
                     const char *numeral, cdn_patronymic *patronymic)
{
    cdn_token tok = {0};
    tok.weight = 1.0f;
    /* A regnal number written out (השני, الثاني, второй) is romanised as the Roman numeral the
     * Latin name has (II), not letter by letter: it then meets it as a romanisation does. */
    if (!numeral)
        numeral = cdn_regnal_numeral(norm, len);
    cdn_script_class script = numeral ? CDN_SCRIPT_LATIN : cdn_translit_script_class(norm, len);
    tok.flags = flags | (script == CDN_SCRIPT_ABJAD      ? CDN_TOK_ABJAD
                         : script == CDN_SCRIPT_ALPHABET ? CDN_TOK_ALPHABET
                         : script == CDN_SCRIPT_SYLLABIC ? CDN_TOK_SYLLABIC
                                                         : 0);
    if (!put(&a->text, norm, len, &tok.text))
        return CORDON_ENOMEM;

    /* The romanisation, then the key and skeleton of it (or of the text if it has none). */
    cdn_strbuf *s = &a->scratch;
    cdn_strbuf_reset(s);
    int status = CORDON_OK;
    if (numeral)
        status = cdn_strbuf_append_str(s, numeral) ? CORDON_OK : CORDON_ENOMEM;
    else if (!cdn_translit_needed(norm, len))
        status = cdn_strbuf_append(s, norm, len) ? CORDON_OK : CORDON_ENOMEM;
    else if (tr) {
        bool japanese;
        status = cdn_translit_token_read(tr, hint, norm, len, s, &japanese);
        if (script == CDN_SCRIPT_SYLLABIC && s->len && native_japanese(a->text.data + (uintptr_t)tok.text, len, japanese))
            tok.flags |= CDN_TOK_JAPANESE;
    }
    if (status != CORDON_OK || !cdn_strbuf_reserve(s, 0) || !put(&a->text, s->data, s->len, &tok.latin))
        return CORDON_ENOMEM;

    /* Work on copies: appending to a->text may move what its pointers point at. */
    char latin[256];
    size_t latin_len = s->len < sizeof latin ? s->len : sizeof latin - 1;
    memcpy(latin, s->data, latin_len);
    *patronymic = cdn_patronymic_kind(norm, len);
    if (*patronymic == CDN_PATRONYMIC_NONE && latin_len)
        *patronymic = cdn_patronymic_kind(latin, latin_len);

    cdn_strbuf_reset(s);
    if (cdn_orthography_key(latin_len ? latin : norm, latin_len ? latin_len : len, s) != CORDON_OK ||
        !cdn_strbuf_reserve(s, 0) || !put(&a->text, s->data, s->len, &tok.key))
        return CORDON_ENOMEM;
    cdn_strbuf_reset(s);
    if (latin_len && cdn_skeleton_key(latin, latin_len, s) != CORDON_OK)
        return CORDON_ENOMEM;
    if (s->len < 3)
        cdn_strbuf_reset(s);
    if (!cdn_strbuf_reserve(s, 0) || !put(&a->text, s->data, s->len, &tok.skel) || !put(&a->text, "", 0, &tok.marked))
        return CORDON_ENOMEM;
    return cdn_vec_push(&a->tokens, &tok) ? CORDON_OK : CORDON_ENOMEM;
}

/* Gives the token just added, made of the word t of name whose normalised text is norm (len
 * bytes), its marked romanisation (cdn_token.marked) when the word has a letter
 * normalisation folded that a reading needs and the romanisation differs. Returns CORDON_OK or
 * CORDON_ENOMEM. */
static int add_marked(cdn_analyzed *a, cdn_translit *tr, int hint, const char *name, const cdn_span_token *t,
                      const char *norm, size_t len)
{
    cdn_strbuf *s = &a->scratch;
    if (!cdn_kept_letters(name + t->start, t->end - t->start, norm, len, s))
        return CORDON_OK;
    char kept[256];
    if (s->len >= sizeof kept)
        return CORDON_OK;
    memcpy(kept, s->data, s->len);
    kept[s->len] = '\0';
    size_t kept_len = s->len;
    cdn_strbuf_reset(s);
    int status = CORDON_OK;
    if (!cdn_translit_needed(kept, kept_len))
        status = cdn_strbuf_append(s, kept, kept_len) ? CORDON_OK : CORDON_ENOMEM;
    else if (tr)
        status = cdn_translit_token(tr, hint, kept, kept_len, s);
    if (status != CORDON_OK || !cdn_strbuf_reserve(s, 0))
        return CORDON_ENOMEM;
    cdn_token *tok = cdn_vec_at(&a->tokens, a->tokens.len - 1);
    if (s->len == 0 || strcmp(s->data, a->text.data + (uintptr_t)tok->latin) == 0)
        return CORDON_OK;
    const char *offset;
    if (!put(&a->text, s->data, s->len, &offset))
        return CORDON_ENOMEM;
    tok = cdn_vec_at(&a->tokens, a->tokens.len - 1);
    tok->marked = offset;
    return CORDON_OK;
}

int cdn_analyze_token(cdn_analyzed *a, cdn_translit *tr, const char *norm, size_t len, cordon_schema schema)
{
    cdn_patronymic patronymic;
    int status = add_token(a, tr, 0, norm, len, word_flags(norm, len, schema, NULL), NULL, &patronymic);
    if (status == CORDON_OK && patronymic == CDN_PATRONYMIC_SURE) {
        cdn_token *t = cdn_vec_at(&a->tokens, a->tokens.len - 1);
        t->flags |= CDN_TOK_PATRONYMIC;
    }
    return status;
}

/* Whether the text has a lower-case letter. */
static bool has_lower(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return false;
        if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
            return true;
        i += (size_t)n;
    }
    return false;
}

/* Whether every letter of the word is a capital (and it has at least two). */
static bool all_upper(const char *s, size_t len)
{
    size_t letters = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return false;
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT)
            return false;
        letters += cat == UTF8PROC_CATEGORY_LU;
        i += (size_t)n;
    }
    return letters >= 2;
}

/* Whether the token t (its string an offset into text) is weak for being a title or a regnal
 * number, not a particle or word of descent that descent_words (below) flagged. */
static bool title_or_number(const cdn_token *t, const char *text)
{
    const char *latin = text + (uintptr_t)t->latin;
    return (t->flags & CDN_TOK_HONORIFIC) && !cdn_name_particle(latin) && !cdn_descent_word(latin) &&
           strcmp(latin, "ben") != 0;
}

/* A particle of a family name (de, la, del, da, dos: cdn_name_particle) between two words of
 * one side of the comma of "FAMILY, Given" (AVILA DE LA ROCHA, Maria; ROCHA, Maria de Jesus)
 * weighs as little as an honorific, for the same reason: one record writes it, another not
 * (AVILA ROCHA, Maria Monserrat scored 0.788). First or last on its side it keeps its weight
 * (DE NIRO, a name's; CHEN, De: a Chinese given name), and beside a regnal number or a title
 * (Cosimo II de' Medici, Grand Duke of Tuscany: a house, which the Hebrew record writes with
 * its particle דה; weak there, the pair fell to 0.746). And, likewise, a word of descent in
 * Latin letters between two given names of a "FAMILY, Given" record
 * (AL-AHDAL, Abdallah Bin Faysal; MAKHLOUF, Rami Bin Mohammed) weighs as little as an
 * honorific: one record of a person gives it and another leaves it out (SADIQ AL-AHDAL,
 * Abdallah Faysal; MAKHLUF, Rami), and it says who the father is only with the name after it,
 * which is matched on its own; ben too there (Chiheb Ben Mohamed), not first (SMITH, Ben John:
 * a given name). Not in the family name (BIN LADEN, BIN ALI), nor last (a given
 * name: CHEN, Bin), nor a Chinese syllable (斌 bin); and בן, بن in their scripts keep their
 * weight: weak, they let two names met loosely by consonants alone alert (نصر بن لادن /
 * انصار الدين). In a name without the comma it cost Wikidata Hebrew by search a name (Lalla
 * Abla bint Tahar, reached by בנת ~ bint alone) for no a.k.a. more. t are the n tokens, their
 * strings still offsets into text (cdn_analyzed); before_comma[j] is token j's side of it. */
static void descent_words(cdn_token *t, size_t n, const char *text, const bool *before_comma, bool has_comma,
                          cordon_schema schema)
{
    if ((schema != CORDON_SCHEMA_PERSON && schema != CORDON_SCHEMA_ANY) || !has_comma)
        return;
    for (size_t j = 1; j + 1 < n; j++) {
        const char *latin = text + (uintptr_t)t[j].latin;
        bool one_side = before_comma[j - 1] == before_comma[j] && before_comma[j] == before_comma[j + 1];
        if (!one_side || (t[j].flags & CDN_TOK_ROMANISED))
            continue;
        bool between_names = !title_or_number(&t[j - 1], text) && !title_or_number(&t[j + 1], text);
        if ((between_names && cdn_name_particle(latin)) ||
            (!before_comma[j] && (cdn_descent_word(latin) || strcmp(latin, "ben") == 0)))
            t[j].flags |= CDN_TOK_HONORIFIC;
    }
}

/*
 * The roles that come from a token's place in a person's name:
 *   - "FAMILY, Given Middle...": the words before the comma are the family name, the first after
 *     it the given name, the rest middle names (or patronymics);
 *   - an -ovna/-evna/ogly word is a patronymic anywhere; an -ovich/-evich word is one in a name
 *     of three or more words, unless it is the family name or comes first (Abramovich Roman).
 */
static void positional_flags(cdn_token *t, const cdn_patronymic *patronymic, size_t n, const bool *before_comma,
                             bool has_comma, cordon_schema schema)
{
    bool person = schema == CORDON_SCHEMA_PERSON || schema == CORDON_SCHEMA_ANY;
    if (!person)
        return;
    size_t first_given = n;
    for (size_t i = 0; i < n; i++) {
        if (has_comma && before_comma[i] && schema == CORDON_SCHEMA_PERSON)
            t[i].flags |= CDN_TOK_FAMILY;
        if (has_comma && !before_comma[i] && first_given == n && !(t[i].flags & CDN_TOK_HONORIFIC))
            first_given = i;
    }
    for (size_t i = 0; i < n; i++) {
        if (t[i].flags & (CDN_TOK_FAMILY | CDN_TOK_LEGAL_FORM))
            continue;
        bool maybe_ok = n >= 3 && i > 0;
        if (patronymic[i] == CDN_PATRONYMIC_SURE || (patronymic[i] == CDN_PATRONYMIC_MAYBE && maybe_ok))
            t[i].flags |= CDN_TOK_PATRONYMIC;
        else if (has_comma && schema == CORDON_SCHEMA_PERSON && i > first_given && !(t[i].flags & CDN_TOK_HONORIFIC))
            t[i].flags |= CDN_TOK_MIDDLE;
    }
}

/* Flags the token just added as a legal form when its romanisation is one and the word is in
 * Cyrillic letters: a legal form typed with Latin lookalikes among them (ОAО with a Latin A)
 * is none as written, and translit.c reads it as the Cyrillic one. */
static void mixed_legal_form(cdn_analyzed *a)
{
    cdn_token *t = cdn_vec_at(&a->tokens, a->tokens.len - 1);
    if ((t->flags & (CDN_TOK_ALPHABET | CDN_TOK_LEGAL_FORM)) != CDN_TOK_ALPHABET)
        return;
    const char *latin = a->text.data + (uintptr_t)t->latin;
    if (cdn_is_legal_form(latin, strlen(latin)))
        t->flags |= CDN_TOK_LEGAL_FORM;
}

/* Whether a name of this schema may be a person's, whose given names may be Arabic compounds. */
static bool person_like(cordon_schema schema)
{
    return schema == CORDON_SCHEMA_PERSON || schema == CORDON_SCHEMA_ANY;
}

/* Whether one of the first n tokens is what is(token, len) says: a legal form that only
 * companies have (cdn_is_company_form), or any legal form (cdn_is_legal_form). */
static bool has_token(const cdn_tokens *toks, size_t n, bool (*is)(const char *, size_t))
{
    for (size_t i = 0; i < n; i++)
        if (is(cdn_tokens_text(toks, i), cdn_tokens_at(toks, i)->norm_len))
            return true;
    return false;
}

/* Where a name of this schema may have a legal form written in dotted letters (dotted_forms.h). */
static cdn_dotted_where dotted_forms_where(cordon_schema schema)
{
    switch (schema) {
    case CORDON_SCHEMA_PERSON:
        return CDN_DOTTED_COMPANY_FORMS;
    case CORDON_SCHEMA_ORGANIZATION:
    case CORDON_SCHEMA_VESSEL:
    case CORDON_SCHEMA_AIRCRAFT:
        return CDN_DOTTED_ANYWHERE;
    default:
        return CDN_DOTTED_AT_END;
    }
}

/* One name being analysed: its words, where they stand, and the tokens made of them so far. */
typedef struct name_reading {
    cdn_analyzed *a;
    cdn_translit *tr;
    int hint;                /* cdn_translit_hint's, with Japanese's */
    const char *name;        /* as given, for its letters' case and accents */
    cordon_schema schema;
    const normalized_parts *parts; /* NULL when the publisher gave none */
    const cdn_tokens *toks;
    size_t n;                /* words looked at */
    const char *words[CDN_MAX_NAME_TOKENS];
    size_t lens[CDN_MAX_NAME_TOKENS];
    bool left[CDN_MAX_NAME_TOKENS];  /* the word is before the comma */
    bool mixed_case;         /* the name has lower-case letters */
    bool compounds;          /* Arabic compound names are looked for */
    bool abbreviations;      /* Mohd, Md, Mg are read as the names they abbreviate */
    size_t out;              /* tokens added */
    cdn_patronymic patronymic[CDN_MAX_NAME_TOKENS]; /* per token added */
    bool before_comma[CDN_MAX_NAME_TOKENS];         /* per token added */
} name_reading;

/* Whether words head to last, in capitals in a name of mixed case, are a person's family name:
 * "Sergei Petrovich RUBNIKOVICH", as the EU and UN write it. */
static bool capitalised_family(const name_reading *r, const cdn_span_token *head, const cdn_span_token *last)
{
    cordon_schema schema = r->schema;
    return r->mixed_case && schema != CORDON_SCHEMA_ORGANIZATION && schema != CORDON_SCHEMA_VESSEL &&
           all_upper(r->name + head->start, last->end - head->start);
}

/* Adds the regnal number that words i and i + 1 spell together (הארבעה עשר, الرابع عشر, "fourth
 * ten": XIV) as one weak token, when they do; returns whether they did. */
static bool add_regnal_numeral(name_reading *r, size_t i, int *status)
{
    const char *numeral =
        i + 1 < r->n ? cdn_regnal_numeral_of_two(r->words[i], r->lens[i], r->words[i + 1], r->lens[i + 1]) : NULL;
    if (!numeral)
        return false;
    const cdn_span_token *t = cdn_tokens_at(r->toks, i);
    uint16_t flags = word_flags(r->words[i], r->lens[i], r->schema, r->parts);
    r->before_comma[r->out] = r->left[i];
    if (capitalised_family(r, t, t))
        flags |= CDN_TOK_FAMILY;
    if (r->schema != CORDON_SCHEMA_ORGANIZATION && r->schema != CORDON_SCHEMA_VESSEL &&
        r->schema != CORDON_SCHEMA_AIRCRAFT)
        flags |= CDN_TOK_HONORIFIC;
    *status = add_token(r->a, r->tr, r->hint, r->words[i], r->lens[i], flags, numeral, &r->patronymic[r->out++]);
    return true;
}

/* The flags of the token made of words from to to - 1: each word's, but a legal form's that is
 * an abbreviation written with an accent (Sá is no S.A.). */
static uint16_t words_flags(const name_reading *r, size_t from, size_t to)
{
    uint16_t flags = 0;
    for (size_t j = from; j < to; j++) {
        uint16_t word = word_flags(r->words[j], r->lens[j], r->schema, r->parts);
        if ((word & CDN_TOK_LEGAL_FORM) && accent_dropped(r->name, cdn_tokens_at(r->toks, j), r->words[j], r->lens[j]) &&
            cdn_is_legal_form_abbreviation(r->words[j], r->lens[j]))
            word &= (uint16_t)~CDN_TOK_LEGAL_FORM;
        flags |= word;
    }
    if (capitalised_family(r, cdn_tokens_at(r->toks, from), cdn_tokens_at(r->toks, to - 1)))
        flags |= CDN_TOK_FAMILY;
    return flags;
}

/* Whether the name begins with a Korean surname in Latin letters (Park, Kim, Lee; Ma, Han and
 * Wang are Chinese ones too) before the word at i. Only its first word: the table holds In, Do,
 * To, So, which are words of other languages elsewhere in a name (ASH-SHAM IN LIBYA). */
static bool korean_surname_first(const name_reading *r, size_t i)
{
    return i > 0 && cdn_korean_surname_of_latin(r->words[0], r->lens[0]) != NULL;
}

/* Whether the word at i is the Arabic article spelled as it sounds before the word it is
 * hyphened to (az-Zawahiri, ash-Shami: cdn_arabic_article_before), on its side of the comma.
 * Not after a Korean surname: Park An-Nam is a given name of two syllables, hyphened. */
static bool sun_letter_article(const name_reading *r, size_t i)
{
    if (i + 1 >= r->n || r->left[i + 1] != r->left[i])
        return false;
    const cdn_span_token *t = cdn_tokens_at(r->toks, i), *next = cdn_tokens_at(r->toks, i + 1);
    return next->start == t->end + 1 && r->name[t->end] == '-' &&
           cdn_arabic_article_before(r->words[i], r->lens[i], r->words[i + 1], r->lens[i + 1]) &&
           !korean_surname_first(r, i);
}

/* Adds the token(s) of the word at i, or of the Arabic compound that begins there (abd al
 * rahman: abd | alrahman); returns how many words they took. */
static size_t add_words(name_reading *r, size_t i, int *status)
{
    /* A compound does not run over the comma of "FAMILY, Given" ('ABD, Ahmad). */
    size_t side = 1;
    while (i + side < r->n && r->left[i + side] == r->left[i])
        side++;
    bool after_word = i > 0 && r->left[i - 1] == r->left[i];
    cdn_compound c;
    bool compound = r->compounds && cdn_arabic_compound(r->words + i, r->lens + i, side, after_word, &c);
    size_t n_words = compound ? c.words : 1, n_out = compound ? c.n_out : 1;
    bool ends = i + n_words == r->n || r->left[i + n_words] != r->left[i]; /* its side of the comma */
    for (size_t k = 0; *status == CORDON_OK && k < n_out; k++) {
        /* Of a compound of several words rewritten as two, the first token stands for the
         * first word, the second for the rest (abd | al rahman); one word stands for all. */
        size_t from = k == 0 || n_words == 1 ? i : i + 1;
        size_t to = k + 1 < n_out && n_words > 1 ? i + 1 : i + n_words;
        uint16_t flags = words_flags(r, from, to);
        r->before_comma[r->out] = r->left[to - 1];
        const char *norm = compound ? c.out[k] : r->words[i];
        size_t norm_len = compound ? strlen(c.out[k]) : r->lens[i];
        if ((flags & CDN_TOK_HONORIFIC) && ends && cdn_honorific_is_also_a_name(norm, norm_len))
            flags &= (uint16_t)~CDN_TOK_HONORIFIC;
        /* Mohd, Md, Mg: the name they abbreviate, as a given name: after the comma of
         * "FAMILY, Given" or without one (SHAH, Mohd Yusuf; YI, Khin Mg). An MD that ends
         * the name is a degree (Yusuf Shah MD), not Muhammad. */
        bool degree = ends && norm_len == 2 && memcmp(norm, "md", 2) == 0;
        const char *spelled =
            r->abbreviations && !r->left[i] && !degree && !compound ? cdn_given_name_abbreviation(norm, norm_len) : NULL;
        if (spelled) {
            norm = spelled;
            norm_len = strlen(spelled);
        }
        /* az-Zawahiri as AL-ZAWAHIRI: the article as the lists write it more often, and as
         * weak as al (an AS, AD or AT is no legal form, no honorific here). */
        if (!compound && sun_letter_article(r, i)) {
            norm = "al";
            norm_len = 2;
            flags &= (uint16_t)~(CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC);
        }
        *status = add_token(r->a, r->tr, r->hint, norm, norm_len, flags, NULL, &r->patronymic[r->out]);
        if (*status == CORDON_OK && !compound && !spelled)
            *status = add_marked(r->a, r->tr, r->hint, r->name, cdn_tokens_at(r->toks, i), norm, norm_len);
        if (*status == CORDON_OK && r->schema != CORDON_SCHEMA_PERSON)
            mixed_legal_form(r->a);
        r->out++;
    }
    return n_words;
}

/* Marks the patronymics among the n tokens t of a name whose publisher said which part is
 * which. A -vich word is one where the publisher put it after the first given name
 * (LUKASHENKO, Alexander Grigoryevich), not where it is the family name. */
static void publisher_patronymics(cdn_token *t, const cdn_patronymic *patronymic, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((patronymic[i] == CDN_PATRONYMIC_SURE && !(t[i].flags & CDN_TOK_FAMILY)) ||
            (patronymic[i] == CDN_PATRONYMIC_MAYBE && (t[i].flags & CDN_TOK_MIDDLE)))
            t[i].flags |= CDN_TOK_PATRONYMIC;
}

int cdn_analyze_name(cdn_analyzed *a, cdn_translit *tr, const char *name, size_t len, cordon_schema schema,
                     const cordon_name *parts)
{
    cdn_tokens toks;
    cdn_tokens_init(&toks);
    int status = cdn_tokenize(name, len, 0, &toks);
    if (parts && !parts->given && !parts->middle && !parts->family && !parts->patronymic)
        parts = NULL; /* a name without parts: its roles come from positions */
    /* A party its list does not call a person or an organisation is read as a query of no type
     * is: person's rules where its words read as a person's, legal forms where they are there. */
    if (schema == CORDON_SCHEMA_LEGAL_ENTITY)
        schema = CORDON_SCHEMA_ANY;
    if (status == CORDON_OK)
        status = cdn_join_dotted_forms(&toks, name, dotted_forms_where(schema));
    int japanese = 0;
    if (status == CORDON_OK)
        status = cdn_translit_japanese_hint(tr, name, len, &japanese);
    normalized_parts normalized;
    parts_init(&normalized);
    if (parts)
        parts_normalize(&normalized, parts);
    name_reading r = {.a = a, .tr = tr, .hint = cdn_translit_hint(name, len) | japanese, .name = name,
                      .parts = parts ? &normalized : NULL, .toks = &toks, .mixed_case = has_lower(name, len)};
    r.n = cdn_tokens_count(&toks) < CDN_MAX_NAME_TOKENS ? cdn_tokens_count(&toks) : CDN_MAX_NAME_TOKENS;
    /* A "person" whose name carries a company's legal form (Sohra LLC, ООО "Сохра") is a
     * company that its list filed under the wrong type: the EU's travel-ban data files every
     * subject as a person. */
    if (schema == CORDON_SCHEMA_PERSON && has_token(&toks, r.n, cdn_is_company_form))
        schema = CORDON_SCHEMA_ORGANIZATION;
    r.schema = schema;
    const char *comma = memchr(name, ',', len);
    for (size_t i = 0; i < r.n; i++) {
        r.words[i] = cdn_tokens_text(&toks, i);
        r.lens[i] = cdn_tokens_at(&toks, i)->norm_len;
        r.left[i] = comma && cdn_tokens_at(&toks, i)->end <= (size_t)(comma - name);
    }
    r.compounds = person_like(schema);
    /* Mohd, Md, Mg are read as the names they abbreviate only in a name with no legal form
     * (MG International AG, MG-Flot LLC are companies' names of no type). */
    r.abbreviations = r.compounds && !has_token(&toks, r.n, cdn_is_legal_form);
    size_t first = a->tokens.len;
    for (size_t i = 0; status == CORDON_OK && i < r.n;)
        i += add_regnal_numeral(&r, i, &status) ? 2 : add_words(&r, i, &status);
    /* No token: they may not be allocated yet. */
    cdn_token *tokens = status == CORDON_OK && r.out > 0 ? (cdn_token *)a->tokens.items + first : NULL;
    if (tokens)
        descent_words(tokens, r.out, a->text.data, r.before_comma, comma != NULL, schema);
    if (tokens && !parts)
        positional_flags(tokens, r.patronymic, r.out, r.before_comma, comma != NULL, schema);
    else if (tokens)
        publisher_patronymics(tokens, r.patronymic, r.out);
    parts_free(&normalized);
    cdn_tokens_free(&toks);
    return status;
}

void cdn_shape_of(const char *s, cdn_shape *out)
{
    cdn_shape shape = {0, 0, 0, 0, 1};
    size_t len = 0;
    for (; s[len]; len++) {
        unsigned char c = (unsigned char)s[len];
        if (c >= 0x80)
            shape.ascii = 0;
        uint32_t bit = 1u << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 6);
        shape.mask |= bit;
        if (!cdn_is_soft_letter((char)c)) {
            shape.hard_mask |= bit;
            shape.hard_n += shape.hard_n < 255;
        }
    }
    shape.len = len < 65535 ? (uint16_t)len : 65535;
    *out = shape;
}

uint32_t cdn_letters_twice(const char *s)
{
    uint32_t once = 0, twice = 0;
    for (size_t i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        uint32_t bit = 1u << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 6); /* as cdn_shape_of */
        twice |= once & bit;
        once |= bit;
    }
    return twice;
}

void cdn_analyzed_finish(cdn_analyzed *a)
{
    cdn_token *toks = a->tokens.items;
    for (size_t i = 0; i < a->tokens.len; i++) {
        toks[i].text = a->text.data + (uintptr_t)toks[i].text;
        toks[i].latin = a->text.data + (uintptr_t)toks[i].latin;
        toks[i].key = a->text.data + (uintptr_t)toks[i].key;
        toks[i].skel = a->text.data + (uintptr_t)toks[i].skel;
        toks[i].marked = a->text.data + (uintptr_t)toks[i].marked;
        cdn_shape_of(toks[i].latin, &toks[i].latin_shape);
        cdn_shape_of(toks[i].key, &toks[i].key_shape);
    }
}

void cdn_analyzed_mark_spelled_letters(cdn_analyzed *a)
{
    cdn_token *toks = a->tokens.items;
    for (size_t i = 0; i < a->tokens.len; i++)
        if (!(toks[i].flags & CDN_TOK_ROMANISED) && cdn_spelled_letters(toks[i].latin, toks[i].latin_shape.len))
            toks[i].flags |= CDN_TOK_LETTERS;
}
