/*
 * resolve.c — settling the mentions of one document as a whole, after every window was scored
 * on its own (scan.c):
 *   - of overlapping mentions the best-scoring wins, longer ones slightly preferred;
 *   - an acronym (a lone word of four letters or fewer: NIOC, FSB) stays only when the same
 *     party was mentioned in full before it;
 *   - a lone capitalised word is a mention of a person mentioned in full earlier in the text
 *     when it is that person's family name (or else the rarest word of the name), in any of
 *     its inflected forms: Lukaschenko, Lukaschenkos after Alexander Lukaschenko; it scores 0.95
 *     of the full mention;
 *   - without such a full mention, a lone word is reported only when it is the family name of
 *     exactly one listed person and that name is rare in the lists (the index's document
 *     frequency: at most RARE_SURNAME_DF entities hold the key, and they are all that person,
 *     listed by several lists: they share a given name), the one family name the list marks
 *     in a name the person goes by now (not a former name nor a weak alias: Braun is not
 *     KRAVTSOV, once BRAUN), written as listed (not inflected), not a given name too, not
 *     capitalised by its place (a sentence's start, a headline) nor part of a longer
 *     capitalised name; it scores SURNAME_ONLY_SCORE, below a full mention. Putin alone is
 *     reported; Sechin alone is not (Igor and his son Ivan are both listed);
 *   - a family name written after another given name (Oleg Ignatov, when Viktor Ignatov is
 *     listed) is another person: neither it nor the surname-only mentions after it are
 *     reported, until the listed person is mentioned in full again.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "index/name_facts.h"
#include "match/score.h"
#include "scan/scan_int.h"
#include "scan/stopwords.h"

/* A surname alone, with no full mention before it, is worth less than a full name. */
#define SURNAME_ONLY_SCORE 0.85
/* A surname after its full mention. */
#define SURNAME_AFTER_FULL 0.95
/* How alike a word must be to the surname of a person mentioned in full before it. */
#define SURNAME_LIKENESS 0.8
/* The most entities a rare surname may belong to in the whole index (one person is listed by
 * several lists: OFAC, the US consolidated list, the UK, the EU, the UN). */
#define RARE_SURNAME_DF 8
/* Postings looked at to tell a given name from a family name. */
#define GIVEN_NAME_PROBE 64

/* Which of two overlapping mentions wins: the better score, where each word beyond the first
 * counts for 0.03 (Wagner-Gruppe as a whole beats Wagner alone at a slightly lower score). */
static double preference(const cdn_hit *h) { return h->m.score + 0.03 * (double)(h->words - 1); }

static int mention_order(const void *a, const void *b)
{
    const cdn_hit *x = a, *y = b;
    double px = preference(x), py = preference(y);
    if (px != py)
        return px < py ? 1 : -1;
    if (x->m.start != y->m.start)
        return x->m.start < y->m.start ? -1 : 1;
    return strcmp(x->m.entity->id, y->m.entity->id);
}

static int by_start(const void *a, const void *b)
{
    const cordon_mention *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Keeps the best of overlapping mentions. Two mentions of windows overlap in bytes exactly
 * when they share a word of the text (a mention starts at a word and ends at one, or at the
 * closing quote right after it, which is in no word; the pieces of one word that
 * normalization split, rare, share its bytes and are taken together), so the words of the
 * mentions kept so far are marked in covered (a flag per word of the document): a long
 * document's mentions are not each compared with all those kept before. */
static size_t resolve_overlaps(const cdn_scanner *s, cdn_hit *h, size_t n, bool *covered)
{
    size_t nwords = cdn_tokens_count(&s->words);
    if (n > 1)
        qsort(h, n, sizeof *h, mention_order);
    memset(covered, 0, nwords * sizeof *covered);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        size_t lo = h[i].first, hi = h[i].first + h[i].words - 1;
        while (lo > 0 && cdn_scan_word(s, lo - 1)->start == cdn_scan_word(s, lo)->start)
            lo--;
        while (hi + 1 < nwords && cdn_scan_word(s, hi + 1)->end == cdn_scan_word(s, hi)->end)
            hi++;
        bool overlaps = false;
        for (size_t w = lo; w <= hi && !overlaps; w++)
            overlaps = covered[w];
        if (overlaps)
            continue;
        for (size_t w = lo; w <= hi; w++)
            covered[w] = true;
        h[kept++] = h[i];
    }
    return kept;
}

/* Drops acronyms whose party has no full mention before them (h in text order). */
static size_t drop_orphan_acronyms(cdn_hit *h, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        bool keep = !h[i].needs_antecedent;
        for (size_t j = 0; j < kept && !keep; j++)
            keep = !h[j].needs_antecedent && h[j].m.entity == h[i].m.entity;
        if (keep)
            h[kept++] = h[i];
    }
    return kept;
}

/* The token of name e a surname-only mention repeats: the family name where the name says
 * which it is, else its rarest token. False when it has none. */
static bool surname_token(const cordon_index *idx, const cdn_iname *e, cdn_token *out)
{
    cdn_token tokens[CDN_MAX_NAME_TOKENS];
    uint32_t n = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS;
    cdn_index_name_tokens(idx, e, tokens);
    const cdn_token *best = NULL;
    for (uint32_t i = 0; i < n; i++) {
        const cdn_token *t = &tokens[i];
        if (t->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC | CDN_TOK_PATRONYMIC))
            continue;
        bool better = !best || ((t->flags & CDN_TOK_FAMILY) && !(best->flags & CDN_TOK_FAMILY)) ||
                      ((t->flags & CDN_TOK_FAMILY) == (best->flags & CDN_TOK_FAMILY) && t->weight > best->weight);
        if (better)
            best = t;
    }
    if (best)
        *out = *best;
    return best != NULL;
}

/* The tokens of name e a surname-only mention may repeat (out has room for two): its
 * surname_token, and for a name with two family names (MADURO MOROS, Nicolas) the other one as
 * well: text writes either alone (Maduro). Returns how many (0 when it has none). */
static size_t surname_tokens(const cordon_index *idx, const cdn_iname *e, cdn_token *out)
{
    if (!surname_token(idx, e, &out[0]))
        return 0;
    cdn_token tokens[CDN_MAX_NAME_TOKENS];
    uint32_t n = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS, families = 0, other = n;
    cdn_index_name_tokens(idx, e, tokens);
    for (uint32_t i = 0; i < n; i++)
        if (tokens[i].flags & CDN_TOK_FAMILY) {
            families++;
            if (tokens[i].key != out[0].key)
                other = i;
        }
    if (families != 2 || other == n || !(out[0].flags & CDN_TOK_FAMILY))
        return 1;
    out[1] = tokens[other];
    return 2;
}

/* The position of key among the tokens of name e, or -1. */
static int key_position(const cordon_index *idx, const cdn_iname *e, uint32_t key)
{
    const cdn_itoken *t = idx->tokens.items + e->tokens;
    for (uint32_t j = 0; j < e->n_tokens; j++)
        if (t[j].key == key)
            return (int)j;
    return -1;
}

/* Whether token j of name e is the family name. Where the list says which token is the family
 * name (FAMILY, Given; or name parts) that one. Else a name that ends in a patronymic is in
 * the East Slavic official order, family name first (Шейман Виктор Владимирович), and any
 * other has it last (Viktor Sheiman, Viktor Vladimirovich Sheiman). */
static bool is_family_token(const cordon_index *idx, const cdn_iname *e, uint32_t j)
{
    const cdn_itoken *t = idx->tokens.items + e->tokens;
    uint32_t n = e->n_tokens;
    bool any_family = false;
    for (uint32_t i = 0; i < n; i++)
        any_family |= (t[i].flags & CDN_TOK_FAMILY) != 0;
    if (any_family)
        return (t[j].flags & CDN_TOK_FAMILY) != 0;
    if (n >= 3 && (t[n - 1].flags & CDN_TOK_PATRONYMIC))
        return j == 0;
    return j + 1 == n;
}

/* Whether token j of name e is, as the list says, its one family name: marked so (FAMILY,
 * Given; or name parts), the only word so marked, or first before a final patronymic. A last
 * word by position alone is not enough to report a surname on its own (Arabic names end in a
 * tribe or a nisba, aliases in a nickname: al-Salafi, Rambo), nor is one of two family names
 * (HERNANDEZ BARRON: Barron’s is a magazine). */
static bool is_sole_family_token(const cordon_index *idx, const cdn_iname *e, uint32_t j)
{
    const cdn_itoken *t = idx->tokens.items + e->tokens;
    uint32_t n = e->n_tokens, families = 0;
    for (uint32_t i = 0; i < n; i++)
        families += (t[i].flags & CDN_TOK_FAMILY) != 0;
    if (families)
        return families == 1 && (t[j].flags & CDN_TOK_FAMILY);
    return n >= 3 && (t[n - 1].flags & CDN_TOK_PATRONYMIC) && j == 0;
}

bool cdn_scan_key_is_given_name(const cordon_index *idx, uint32_t v)
{
    const cdn_ikey *info = &idx->vocab.items[v];
    const uint32_t *postings = idx->u32.items + info->postings;
    for (uint32_t p = 0; p < info->n_postings && p < GIVEN_NAME_PROBE; p++) {
        /* The facts first: denser than the names, and most postings of a common word are no
         * person's. */
        if (!idx->name_facts[postings[p]].person)
            continue;
        const cdn_iname *e = &idx->names.items[postings[p]];
        if (e->n_tokens < 2)
            continue;
        int j = key_position(idx, e, info->key);
        if (j < 0)
            continue;
        uint32_t flags = idx->tokens.items[e->tokens + (uint32_t)j].flags;
        if (!(flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC | CDN_TOK_PATRONYMIC)) && !is_family_token(idx, e, (uint32_t)j))
            return true;
    }
    return false;
}

/* A person mentioned in full so far: the latest full mention, and the token a surname-only
 * mention repeats. */
typedef struct person_seen {
    const cdn_hit *latest;
    cdn_token surname;
    uint32_t next; /* the person seen before it whose surname key begins with the same byte,
                      plus one; 0 when none (see persons_seen) */
} person_seen;

/* The persons mentioned in full so far, chained by the first byte of their surname's key: a
 * word can repeat a surname only by a key, or a spelling, that begins alike, so each word
 * looks at the few persons of its letters, not at all of a long document's. */
typedef struct persons_seen {
    cdn_vec all;        /* person_seen */
    uint32_t head[256]; /* per first byte: the latest person with it, plus one; 0: none. Cleared
                           when the first person is noted: most documents (a sentence) note
                           none, and nothing reads it while all is empty */
} persons_seen;

/* Whether word w (or one of its base forms) is the surname token of a person seen. */
static bool repeats_surname(cdn_scanner *s, size_t w, const person_seen *p)
{
    const cdn_word_type *type = cdn_scan_type(s, w);
    for (uint8_t h = 0; h < type->n_hits; h++)
        if (type->hits[h].sim >= 0.9 && s->idx->pool + s->idx->vocab.items[type->hits[h].vocab].key == p->surname.key)
            return true;
    /* Else a close spelling of it, or of a base form (Prigoschins after Jewgeni Prigoschin,
     * listed as PRIGOZHIN; Łukaszenki after Aleksander Łukaszenka, listed as LUKASHENKA): after
     * the full name, a looser likeness will do than for a name alone. */
    const cdn_token *t = cdn_scan_form(s, type->token);
    if (t->key[0] == p->surname.key[0] && cdn_lexicon_likeness(&s->lex, type->token, &p->surname) >= SURNAME_LIKENESS)
        return true;
    for (uint8_t i = 0; i < type->n_bases; i++) {
        uint32_t form = CDN_SCAN_BASE + type->bases_at + i;
        const cdn_token *b = cdn_scan_form(s, form);
        if (b->key[0] == p->surname.key[0] && cdn_lexicon_likeness(&s->lex, form, &p->surname) >= SURNAME_LIKENESS)
            return true;
    }
    return false;
}

/* Notes the full person mentions that end before offset at (found[*next, full) in text order). */
static bool note_persons(const cdn_scanner *s, size_t full, size_t at, size_t *next, persons_seen *persons)
{
    for (; *next < full; (*next)++) {
        const cdn_hit *h = (const cdn_hit *)s->found.items + *next;
        if (h->m.end > at)
            break;
        if (h->words < 2 || h->m.entity->schema != CORDON_SCHEMA_PERSON)
            continue;
        person_seen *p = persons->all.items;
        bool seen = false;
        for (size_t i = 0; i < persons->all.len; i++)
            if (p[i].latest->m.entity == h->m.entity) {
                p[i].latest = h; /* each of the person's surnames */
                seen = true;
            }
        if (seen)
            continue;
        cdn_token surnames[2];
        size_t n = surname_tokens(s->idx, h->entry, surnames);
        for (size_t i = 0; i < n; i++) {
            person_seen add = {h, surnames[i], 0};
            unsigned char letter = (unsigned char)add.surname.key[0];
            if (!persons->all.len)
                memset(persons->head, 0, sizeof persons->head);
            add.next = persons->head[letter];
            if (!cdn_vec_push(&persons->all, &add))
                return false;
            persons->head[letter] = (uint32_t)persons->all.len;
        }
    }
    return true;
}

/* The latest full mention of a person seen whose surname word w repeats (repeats_surname), or
 * NULL: only the persons whose surname key begins like the word, one of its base forms, or a
 * key it leads to are asked. */
static const person_seen *antecedent_of(cdn_scanner *s, size_t w, const persons_seen *persons)
{
    if (!persons->all.len)
        return NULL;
    const cdn_word_type *type = cdn_scan_type(s, w);
    unsigned char letters[2 + CDN_SCAN_MAX_HITS + 255];
    size_t n = 0;
    letters[n++] = (unsigned char)cdn_scan_form(s, type->token)->key[0];
    for (uint8_t i = 0; i < type->n_bases; i++)
        letters[n++] = (unsigned char)cdn_scan_form(s, CDN_SCAN_BASE + type->bases_at + i)->key[0];
    for (uint8_t h = 0; h < type->n_hits; h++)
        letters[n++] = (unsigned char)s->idx->pool[s->idx->vocab.items[type->hits[h].vocab].key];
    const person_seen *antecedent = NULL;
    const person_seen *p = persons->all.items;
    for (size_t l = 0; l < n; l++) {
        bool repeated = false;
        for (size_t m = 0; m < l && !repeated; m++)
            repeated = letters[m] == letters[l];
        if (repeated)
            continue;
        for (uint32_t i = persons->head[letters[l]]; i; i = p[i - 1].next)
            if ((!antecedent || p[i - 1].latest->m.start > antecedent->latest->m.start) && repeats_surname(s, w, &p[i - 1]))
                antecedent = &p[i - 1];
    }
    return antecedent;
}

/* Whether the normalized word w is the given word. */
static bool word_is(const cdn_scanner *s, size_t w, const char *word)
{
    const cdn_span_token *t = cdn_scan_word(s, w);
    return t->norm_len == strlen(word) && memcmp(s->words.norm.data + t->norm_off, word, t->norm_len) == 0;
}

/* Words on each side of a word that tell the language around it. */
#define LANGUAGE_REACH 10

/* Whether word w is in English: in its sentence, and no more than LANGUAGE_REACH words away
 * (news pages string headlines of several languages together), more of the function words
 * that mark English than of those that mark German, and at least one. */
static bool in_english(const cdn_scanner *s, size_t w)
{
    size_t n = cdn_tokens_count(&s->words), from = w, to = w + 1, english = 0, german = 0;
    while (from > 0 && w - from < LANGUAGE_REACH && !cdn_scan_sentence_start(s, from))
        from--;
    while (to < n && to - w <= LANGUAGE_REACH && !cdn_scan_sentence_start(s, to))
        to++;
    for (size_t i = from; i < to; i++) {
        uint8_t lang = cdn_scan_type(s, i)->language;
        english += lang == CDN_STOP_ENGLISH;
        german += lang == CDN_STOP_GERMAN;
    }
    return english > german;
}

/* Whether word w names a family rather than one of its members, who are listed one by one:
 * a family name in the plural. French writes it after "les", unchanged (les Gupta); English
 * adds an -s the surname has not (the Guptas, Guptas’ empire; not the Reynolds when Reynolds
 * is the surname: written as the surname it stays a person's), after "the" or in English. An -s is a genitive in German and the Scandinavian languages (Putins, en
 * av Putins nærmeste), so elsewhere it says nothing. p is the person whose surname the word
 * repeats, or NULL. */
static bool names_family(const cdn_scanner *s, size_t w, const person_seen *p)
{
    bool after_the = false;
    if (w > 0 && !cdn_scan_clause_break_after(s, w - 1)) {
        if (word_is(s, w - 1, "les"))
            return true;
        after_the = word_is(s, w - 1, "the");
    }
    const cdn_span_token *t = cdn_scan_word(s, w);
    if (t->norm_len < 4 || s->words.norm.data[t->norm_off + t->norm_len - 1] != 's' ||
        !(after_the || in_english(s, w)))
        return false;
    if (!p)
        return true;
    const cdn_word_type *type = cdn_scan_type(s, w);
    for (uint8_t h = 0; h < type->n_hits; h++)
        if (type->hits[h].sim >= 0.99 && s->idx->pool + s->idx->vocab.items[type->hits[h].vocab].key == p->surname.key)
            return false; /* the surname as written */
    return true;
}

/* Whether names a and b, which share the family name key, are of the same person as far as
 * their other words tell: they share a given name (PUTIN, Vladimir on the OFAC list and
 * Vladimir PUTIN on the UK list; not PUTINA, Maria). */
static bool same_person(const cordon_index *idx, const cdn_iname *a, const cdn_iname *b, uint32_t family)
{
    const cdn_itoken *ta = idx->tokens.items + a->tokens, *tb = idx->tokens.items + b->tokens;
    for (uint32_t i = 0; i < a->n_tokens; i++) {
        if (ta[i].key == family || (ta[i].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC | CDN_TOK_PATRONYMIC)))
            continue;
        for (uint32_t j = 0; j < b->n_tokens; j++)
            if (tb[j].key == ta[i].key)
                return true;
    }
    return false;
}

/* Whether name e is one its party goes by now: not a former name (f.k.a.), nor an alias the
 * list itself marks as weak. A surname alone says little; of a name given up, or a weak one,
 * it says less than the text's own use of a common surname (Wirecard's Markus Braun, written
 * Braun, is not KRAVTSOV, Sergey, once BRAUN). */
static bool current_name(const cordon_index *idx, const cdn_iname *e)
{
    cordon_name_kind kind = cdn_index_entity_at(idx, e->entity)->names[e->name].kind;
    return kind != CORDON_NAME_FORMER && kind != CORDON_NAME_WEAK_ALIAS;
}

/* The one listed person whose family name the word of own key hit is (its own key: no other
 * key a word leads to is as close), when that name is rare and one the person goes by now
 * (current_name); NULL otherwise. */
static const cdn_iname *rare_surname_by_key(const cdn_scanner *s, const cdn_word_hit *hit)
{
    const cdn_ikey *info = &s->idx->vocab.items[hit->vocab];
    if (info->df > RARE_SURNAME_DF)
        return NULL;
    const uint32_t *postings = s->idx->u32.items + info->postings;
    const cdn_iname *found = NULL;
    bool current = false; /* the person goes by a name of found's with the surname */
    for (uint32_t p = 0; p < info->n_postings; p++) {
        if (!s->idx->name_facts[postings[p]].person)
            continue;
        const cdn_iname *e = &s->idx->names.items[postings[p]];
        if (e->n_tokens < 2)
            continue;
        int j = key_position(s->idx, e, info->key);
        if (j < 0 || !is_sole_family_token(s->idx, e, (uint32_t)j))
            continue;
        /* Written as listed (or romanised so), not merely spelt alike: Galizia is not
         * GALICIA, Winners not VINER. */
        cdn_token name_tok[CDN_MAX_NAME_TOKENS];
        const char *how;
        cdn_index_name_tokens(s->idx, e, name_tok);
        if (cdn_token_similarity(cdn_scan_form(s, hit->form), &name_tok[j], &how) < 0.97)
            continue;
        if (found && found->entity != e->entity && !same_person(s->idx, found, e, info->key))
            return NULL; /* two persons */
        current |= current_name(s->idx, e);
        if (!found || e->n_tokens < found->n_tokens)
            found = e;
    }
    return current ? found : NULL;
}

/* The one listed person whose family name word w is, when that name is rare; NULL otherwise.
 * *sim receives how the word met it (1: as written; a base form alone is too loose, Mandela is
 * not MANDEL). Only the word's own key meets a name as written (a base form's or a near
 * spelling's similarity is below 0.99), so what the index says of it is the word's, remembered
 * in the lexicon's memo for every document. */
static const cdn_iname *rare_surname_of(cdn_scanner *s, size_t w, double *sim)
{
    const cdn_word_type *type = cdn_scan_type(s, w);
    const cdn_span_token *t = cdn_scan_word(s, w);
    /* The tests are independent: the cheapest first, the run of capitals around the word
     * last, after the memo has had its say. */
    if (t->norm_len < 5 || cdn_scan_sentence_start(s, w))
        return NULL; /* fewer than five bytes are fewer than five letters */
    const cdn_word_hit *own = NULL;
    for (uint8_t h = 0; h < type->n_hits && !own; h++)
        if (type->hits[h].sim >= 0.99)
            own = &type->hits[h];
    if (!own)
        return NULL;
    size_t letters = 0;
    for (size_t i = 0; i < t->norm_len; i++)
        letters += ((unsigned char)s->words.norm.data[t->norm_off + i] & 0xC0) != 0x80;
    if (letters < 5 || !cdn_scan_lone_word_ok(s, w))
        return NULL; /* short, or a given name (James, Holger) or common word of the text */
    cdn_memo_key key = {.n = {6, own->vocab, own->form}};
    double got;
    bool known = cdn_memo_get(&s->lex.memo, &key, &got);
    if ((known && got == 0.0) || cdn_scan_in_longer_run(s, w, w, true))
        return NULL; /* no rare surname, or a word of another name (Mystery Businessman Linked
                        to ...) */
    if (!known) {
        const cdn_iname *e = rare_surname_by_key(s, own);
        got = e ? (double)(e - s->idx->names.items) + 1.0 : 0.0;
        cdn_memo_put(&s->lex.memo, &key, got);
    }
    if (got == 0.0)
        return NULL;
    *sim = own->sim;
    return &s->idx->names.items[(size_t)got - 1];
}

/* Whether word w follows, in its clause, a capitalised given name that no mention covers. */
static bool after_unmatched_given_name(const cdn_scanner *s, size_t w, const bool *covered)
{
    return w > 0 && s->capital[w - 1] && !covered[w - 1] && !cdn_scan_clause_break_after(s, w - 1) &&
           cdn_scan_type(s, w - 1)->given;
}

/* Whether word w is a Korean surname written before a given name (korean.c) that no mention
 * covers: Kim Il-sung is not the listed Kim Jong Un, whose surname it shares, and neither is
 * a Kim after him. Korean names put the given name after the surname. */
static bool before_unmatched_korean_given_name(const cdn_scanner *s, size_t w, const bool *covered)
{
    return (s->marks[w] & CDN_MARK_KOREAN_SURNAME) && !covered[w + 1];
}

/* The family names written after another given name so far (Oleg Ignatov, when Viktor
 * Ignatov is listed): where the latest such word of each word type, and of each index key its
 * words lead to (the same surname in another inflected form), starts, plus one (0: none). The
 * keys are in the scanner's table (cdn_scanner.conflict_keys), whose slots of other documents
 * count as empty: nothing is cleared or allocated for a document without conflicts, most. */
typedef struct conflicts_seen {
    size_t *by_type;   /* per word type */
    cdn_vec *keys;     /* cdn_conflict_key */
    uint32_t stamp;    /* this document's */
    size_t count;      /* keys noted */
} conflicts_seen;

/* The slot of vocab number v in c's table (a power of two of slots, not full): its own, or the
 * empty one where it would go. */
static cdn_conflict_key *conflict_slot(const conflicts_seen *c, uint32_t v)
{
    cdn_conflict_key *slots = c->keys->items;
    size_t mask = c->keys->len - 1, i = (v * 2654435761u) & mask;
    while (slots[i].stamp == c->stamp && slots[i].vocab != v)
        i = (i + 1) & mask;
    return &slots[i];
}

/* Makes room in c's table for one more key, doubling it (at least 64 slots) when it would be
 * half full. False when out of memory. */
static bool conflict_room(conflicts_seen *c)
{
    if (c->keys->len && (c->count + 1) * 2 <= c->keys->len)
        return true;
    size_t old_len = c->keys->len, cap = old_len ? 2 * old_len : 64;
    cdn_conflict_key *old = cdn_malloc((old_len ? old_len : 1) * sizeof *old);
    if (!old || !cdn_vec_reserve(c->keys, cap)) {
        cdn_free(old);
        return false;
    }
    if (old_len)
        memcpy(old, c->keys->items, old_len * sizeof *old);
    memset(c->keys->items, 0, cap * sizeof *old); /* stamp 0: empty (stamps start at 1) */
    c->keys->len = cap;
    for (size_t i = 0; i < old_len; i++)
        if (old[i].stamp == c->stamp)
            *conflict_slot(c, old[i].vocab) = old[i];
    cdn_free(old);
    return true;
}

/* Notes word w as a conflict. False when out of memory. */
static bool note_conflict(const cdn_scanner *s, size_t w, conflicts_seen *c)
{
    size_t start = cdn_scan_word(s, w)->start + 1;
    const cdn_word_type *type = cdn_scan_type(s, w);
    c->by_type[s->type_of[w]] = start;
    for (uint8_t h = 0; h < type->n_hits; h++) {
        if (type->hits[h].sim < 0.9)
            continue;
        if (!conflict_room(c))
            return false;
        cdn_conflict_key *slot = conflict_slot(c, type->hits[h].vocab);
        if (slot->stamp != c->stamp) {
            *slot = (cdn_conflict_key){type->hits[h].vocab, c->stamp, 0};
            c->count++;
        }
        slot->start = start;
    }
    return true;
}

/* Whether a conflict that shares a key with word w (or is the same word) starts at or past
 * offset from. */
static bool conflicted_since(const cdn_scanner *s, size_t w, const conflicts_seen *c, size_t from)
{
    if (c->by_type[s->type_of[w]] > from)
        return true;
    const cdn_word_type *type = cdn_scan_type(s, w);
    for (uint8_t h = 0; h < type->n_hits && c->count; h++) {
        if (type->hits[h].sim < 0.9)
            continue;
        const cdn_conflict_key *slot = conflict_slot(c, type->hits[h].vocab);
        if (slot->stamp == c->stamp && slot->start > from)
            return true;
    }
    return false;
}

/* Adds the surname-only mentions (see the top of the file). found[0, full) are the mentions of
 * the windows, in text order. */
static int add_surname_mentions(cdn_scanner *s, size_t full)
{
    size_t nwords = cdn_tokens_count(&s->words);
    /* Room for every word, so that the pointers into found (antecedents) stay valid; the
     * scratch arrays are the scanner's, kept from document to document. */
    if (!cdn_vec_reserve(&s->found, full + nwords) || !cdn_vec_reserve(&s->conflicts, s->types.len))
        return CORDON_ENOMEM;
    bool *covered = s->covered;
    memset(covered, 0, nwords * sizeof *covered);
    /* A new stamp empties the table of conflicting keys; when the stamps wrap, it is cleared. */
    if (++s->conflict_stamp == 0) {
        if (s->conflict_keys.len)
            memset(s->conflict_keys.items, 0, s->conflict_keys.len * sizeof(cdn_conflict_key));
        s->conflict_stamp = 1;
    }
    conflicts_seen conflicts = {s->conflicts.items, &s->conflict_keys, s->conflict_stamp, 0};
    if (s->types.len)
        memset(conflicts.by_type, 0, s->types.len * sizeof *conflicts.by_type);
    persons_seen persons;
    cdn_vec_init(&persons.all, sizeof(person_seen));
    /* A lone word that matched a company (CHAYKA) is left open to the surname rules, and
     * given to a person mentioned in full before it (Yuri Chaika) instead. */
    size_t *company = s->company; /* hit number + 1 */
    memset(company, 0, nwords * sizeof *company);
    for (size_t i = 0; i < full; i++) {
        const cdn_hit *h = (const cdn_hit *)s->found.items + i;
        if (h->words == 1 && h->m.entity->schema != CORDON_SCHEMA_PERSON)
            company[h->first] = i + 1;
        else
            for (uint32_t w = h->first; w < h->first + h->words; w++)
                covered[w] = true;
    }
    int status = CORDON_OK;
    size_t next = 0;
    for (size_t w = 0; w < nwords && status == CORDON_OK; w++) {
        if (!s->capital[w] || covered[w]) /* the cheapest tests first: most words are lower case */
            continue;
        const cdn_word_type *type = cdn_scan_type(s, w);
        if (!type->n_hits || type->stop || type->place || (type->lower_seen && !company[w]))
            continue;
        if (after_unmatched_given_name(s, w, covered) || before_unmatched_korean_given_name(s, w, covered)) {
            if (!note_conflict(s, w, &conflicts))
                status = CORDON_ENOMEM;
            continue;
        }
        const cdn_span_token *t = cdn_scan_word(s, w);
        if (!note_persons(s, full, t->start, &next, &persons)) {
            status = CORDON_ENOMEM;
            break;
        }
        const person_seen *person = antecedent_of(s, w, &persons);
        const cdn_hit *antecedent = person ? person->latest : NULL;
        /* A conflicting full name since the last full mention makes the surname someone else's. */
        if (conflicted_since(s, w, &conflicts, antecedent ? antecedent->m.end : 0))
            continue;
        if (names_family(s, w, person))
            continue; /* the family, not one of its listed members (a company it matched stays) */
        if (company[w]) {
            if (antecedent) {
                cdn_hit *c = (cdn_hit *)s->found.items + company[w] - 1;
                c->m = (cordon_mention){t->start, t->end, antecedent->m.entity, antecedent->m.matched_name,
                                        antecedent->m.score * SURNAME_AFTER_FULL};
                c->entry = antecedent->entry;
            }
            continue;
        }
        cdn_hit h = {{t->start, t->end, NULL, NULL, 0.0}, NULL, (uint32_t)w, 1, false};
        double sim = 1.0;
        const cdn_iname *e;
        if (antecedent) {
            h.m = (cordon_mention){t->start, t->end, antecedent->m.entity, antecedent->m.matched_name,
                                   antecedent->m.score * SURNAME_AFTER_FULL};
            h.entry = antecedent->entry;
        } else if ((e = rare_surname_of(s, w, &sim)) != NULL) {
            const cordon_entity *entity = cdn_index_entity_at(s->idx, e->entity);
            h.m = (cordon_mention){t->start, t->end, entity, &entity->names[e->name],
                                   SURNAME_ONLY_SCORE - (1.0 - sim) * 0.25};
            h.entry = e;
        }
        if (h.entry && h.m.score >= s->threshold && !cdn_vec_push(&s->found, &h))
            status = CORDON_ENOMEM;
    }
    cdn_vec_free(&persons.all);
    return status;
}

int cdn_scan_resolve(cdn_scanner *s)
{
    s->found.len = resolve_overlaps(s, s->found.items, s->found.len, s->covered);
    if (s->found.len > 1)
        qsort(s->found.items, s->found.len, sizeof(cdn_hit), by_start);
    s->found.len = drop_orphan_acronyms(s->found.items, s->found.len);
    int status = add_surname_mentions(s, s->found.len);
    if (status == CORDON_OK && s->found.len > 1)
        qsort(s->found.items, s->found.len, sizeof(cdn_hit), by_start);
    return status;
}
