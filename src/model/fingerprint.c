/*
 * fingerprint.c — order-independent digests of an entity's record (see fingerprint.h).
 *
 * Each field's items are written in a canonical form (a name as "<kind>\x1f<full>", a date
 * range as "YYYY-MM-DD/YYYY-MM-DD~approximate", ...), sorted bytewise, repeats dropped, and
 * hashed each followed by a NUL: strings never hold a NUL, so no two different sets give the
 * same byte stream. The fingerprint is the SHA-256 of the eight field digests in order, so it
 * changes exactly when cordon_diff_indexes would report the entity as changed.
 */
#include "model/fingerprint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/strbuf.h"
#include "core/vec.h"

/* One field's items being collected: their texts, NUL-separated, in buf; starts in offsets. */
typedef struct field_items {
    cdn_strbuf buf;
    cdn_vec offsets; /* size_t */
    bool ok;
} field_items;

static void items_reset(field_items *f)
{
    cdn_strbuf_reset(&f->buf);
    f->offsets.len = 0;
    f->ok = true;
}

/* Starts a new item; the caller appends its text with item_text. */
static void item_begin(field_items *f)
{
    size_t at = f->buf.len;
    if (f->ok && !cdn_vec_push(&f->offsets, &at))
        f->ok = false;
}

static void item_text(field_items *f, const char *text)
{
    if (f->ok && !cdn_strbuf_append_str(&f->buf, text ? text : ""))
        f->ok = false;
}

/* Ends the current item with its NUL separator. */
static void item_end(field_items *f)
{
    if (f->ok && !cdn_strbuf_append(&f->buf, "", 1))
        f->ok = false;
}

static void item_string(field_items *f, const char *text)
{
    item_begin(f);
    item_text(f, text);
    item_end(f);
}

static int by_text(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* Hashes the collected items as a set into out, with h (begun; left ready for the next). */
static bool items_digest(field_items *f, cdn_sha256 *h, unsigned char out[CDN_SHA256_LEN])
{
    if (!f->ok)
        return false;
    size_t n = f->offsets.len;
    const char **texts = n ? cdn_malloc(n * sizeof *texts) : NULL;
    if (n && !texts)
        return false;
    for (size_t i = 0; i < n; i++)
        texts[i] = f->buf.data + *(size_t *)cdn_vec_at(&f->offsets, i);
    if (n > 1)
        qsort(texts, n, sizeof *texts, by_text);
    for (size_t i = 0; i < n; i++)
        if (i == 0 || strcmp(texts[i], texts[i - 1]) != 0)
            cdn_sha256_add(h, texts[i], strlen(texts[i]) + 1);
    cdn_free(texts);
    return cdn_sha256_next(h, out);
}

static void date_text(field_items *f, const cordon_date_range *d)
{
    char text[96];
    snprintf(text, sizeof text, "%04d-%02d-%02d/%04d-%02d-%02d~%d", d->from.year, d->from.month, d->from.day,
             d->to.year, d->to.month, d->to.day, d->approximate != 0);
    item_string(f, text);
}

/* Collects the items of field number i of e into f. */
static void collect_field(const cordon_entity *e, int i, field_items *f)
{
    char small[32];
    switch (1 << i) {
    case CORDON_FIELD_SCHEMA: item_string(f, cordon_schema_name(e->schema)); break;
    case CORDON_FIELD_NAMES:
        for (size_t k = 0; k < e->n_names; k++) {
            item_begin(f);
            item_text(f, cordon_name_kind_name(e->names[k].kind));
            item_text(f, "\x1f");
            item_text(f, e->names[k].full);
            item_end(f);
        }
        break;
    case CORDON_FIELD_BIRTH_DATES:
        for (size_t k = 0; k < e->n_birth_dates; k++)
            date_text(f, &e->birth_dates[k]);
        break;
    case CORDON_FIELD_COUNTRIES:
        for (size_t k = 0; k < e->n_countries; k++) {
            snprintf(small, sizeof small, "%s\x1f%s", cordon_country_role_name(e->countries[k].role),
                     e->countries[k].code);
            item_string(f, small);
        }
        break;
    case CORDON_FIELD_IDENTIFIERS:
        for (size_t k = 0; k < e->n_identifiers; k++) {
            item_begin(f);
            item_text(f, e->identifiers[k].type);
            item_text(f, "\x1f");
            item_text(f, e->identifiers[k].value);
            item_end(f);
        }
        break;
    case CORDON_FIELD_PROGRAMS:
        for (size_t k = 0; k < e->n_programs; k++)
            item_string(f, e->programs[k]);
        break;
    case CORDON_FIELD_ADDRESSES:
        for (size_t k = 0; k < e->n_addresses; k++)
            item_string(f, e->addresses[k]);
        break;
    case CORDON_FIELD_REMARKS:
        if (e->remarks)
            item_string(f, e->remarks);
        break;
    default: break;
    }
}

int cdn_entity_field_digests(const cordon_entity *e, unsigned char digests[CDN_FP_FIELDS][CDN_SHA256_LEN])
{
    cdn_sha256 h;
    if (!cdn_sha256_begin(&h))
        return CORDON_ENOMEM;
    field_items f;
    cdn_strbuf_init(&f.buf);
    cdn_vec_init(&f.offsets, sizeof(size_t));
    bool ok = true;
    for (int i = 0; i < CDN_FP_FIELDS && ok; i++) {
        items_reset(&f);
        collect_field(e, i, &f);
        ok = items_digest(&f, &h, digests[i]);
    }
    unsigned char unused[CDN_SHA256_LEN];
    ok = cdn_sha256_end(&h, unused) && ok;
    cdn_strbuf_free(&f.buf);
    cdn_vec_free(&f.offsets);
    return ok ? CORDON_OK : CORDON_ENOMEM;
}

int cordon_entity_fingerprint(const cordon_entity *e, char out[65])
{
    unsigned char digests[CDN_FP_FIELDS][CDN_SHA256_LEN];
    out[0] = '\0';
    int status = cdn_entity_field_digests(e, digests);
    if (status != CORDON_OK)
        return status;
    cdn_sha256 h;
    if (!cdn_sha256_begin(&h))
        return CORDON_ENOMEM;
    cdn_sha256_add(&h, digests, sizeof digests);
    unsigned char digest[CDN_SHA256_LEN];
    if (!cdn_sha256_end(&h, digest))
        return CORDON_ENOMEM;
    cdn_sha256_hex(digest, out);
    return CORDON_OK;
}
