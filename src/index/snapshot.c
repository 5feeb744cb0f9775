/*
 * snapshot.c — an index saved to one file, and loaded from it by mapping it read-only.
 *
 * Layout (all integers in the writer's byte order, which the header records; sections start on
 * 8-byte boundaries):
 *
 *   header     magic "CORDONSX", format version, byte-order mark, file size, CRC-32 of
 *              everything after the header, the writing cordon's version, the section table
 *   sections   the matching part exactly as index_int.h holds it in memory (pool, tokens, names,
 *              vocab, u32, id lists, and the five hash maps' slot arrays), so that a loaded
 *              index uses them in place; then the entities, lists and load warnings as a stream
 *              of 32-bit words with their own string pool, which loading turns back into
 *              cordon_entity records whose strings point into the mapping.
 *
 * A file that is not a snapshot, is of another format version or byte order, is shorter or
 * longer than its header says, or whose checksum does not match, is refused with a message
 * that says which. Version 5 added each list's checksum; older files are refused with a message
 * that says to rebuild them.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "core/alloc.h"
#include "core/strbuf.h"
#include "core/vec.h"
#include "index/index_int.h"

#define SNAP_MAGIC "CORDONSX"
/* The format version also changes when the analysis changes what a built index holds (token
 * flags, name weights): version 3 flags legal forms spelled out and company forms in names
 * filed as persons; version 4 adds the consonant-class map; version 5 carries each list's
 * checksum; version 6 flags tokens romanised from syllabic scripts, adds the sound-class map
 * and each token's shapes; version 7 numbers the tokens' forms and the names' twins (a
 * search's memos are addressed by them); version 8 files x under two consonant classes (k s),
 * romanises the Hebrew geresh (ג׳ j) and keys Belarusian endings as Russian ones (-au as -ov);
 * version 9 keeps the voicing marks of kana (バ is not ハ), reads a person's name with a company
 * form spelled out as a company's, gives the CSL's and the UN's names their parts as OFAC's and
 * the UK's lists do, and keys the new readings of Latin names in Cyrillic; version 10 flags
 * titles and regnal numbers as honorifics, romanises a regnal number written out (השני) as
 * its Roman numeral (titles.h), files tokens under the consonant-class keys of abjad_keys.h,
 * and keys the Turkish, Greek and new French and German readings of Latin names; version 11
 * writes Arabic compound given names in one spelling (Abd al-Rahman as abdul rahman,
 * Badreddine as badruddin: arabic_compounds.h); version 12 reads a Japanese name in kanji as
 * Japanese (japanese.h), not as Mandarin; version 13 adds the vowel-key map (vowel_key.h);
 * version 14 files Latin words under their sound classes from two (short_sounds.h), where 13
 * began at three, and adds the map of Korean folds (hangul.h: Seung, Sung → sung); version 15
 * has the LegalEntity schema (a person or an organisation: the CSL's untyped rows), whose names
 * are read as a query of no type is, where 14 read them as an organisation's; version 16 files
 * Latin words under their short consonant-class keys too (abjad_keys.h: two classes, an h or j
 * kept), which a word in Arabic or Hebrew script of two classes looks up; version 17 files
 * Latin words under the Korean fold that reads hee as hui and gui as gwi (hangul.h: Hee for 희,
 * Gui for 귀); version 18 files Latin words of four letters or more whose readings have fewer
 * than three consonants under their vowelled skeletons (CDN_VOWELLED_READING: Hall, Howie),
 * which a Cyrillic word looks up; version 19 files the readings of French ill, -iers and the
 * spoken r and Spanish as heard (readings.h), and romanises katakana's combinations for
 * foreign sounds as Hepburn writes them (kana_digraphs.h); version 20 flags no word written with
 * an accent as a legal form's abbreviation (Sá is no S.A.); version 21 files Latin words under
 * their sound classes from one (short_sounds.h: Errol, "l"), where 20 began at two, under
 * their loose consonant-class keys too (abjad_keys.h: silent letters left out, one class),
 * which a word in Arabic or Hebrew script looks up (search.c: gather_loose_classes), and Latin
 * words that spell ㅕ yeo as you (Youngchoon, Sangyoun: hangul.h) under the Korean fold, being
 * now of one or two Korean syllables, and folds ai as ae (Taik for 택); since 20, each key
 * carries the weight a query's word that is no legal form gets (query_weight), and S.A. and
 * the other forms in dotted letters are filed as one word (dotted_forms.h); version 22 files
 * Latin words under their readings as Russian practice writes Hungarian, Portuguese,
 * Azerbaijani and Arabic spellings (readings.h: Csokor, Espinho, Qalib, Uthman), Uhm under the
 * Korean fold of 엄 (hangul.h), and a Japanese emperor's name apart from its title 天皇
 * (titles.h); version 23 files the Arabic article written as it sounds before a sun letter
 * (AS-SALIHEEN, ur-Rahman) as al (arabic_compounds.h); version 24 keeps each token's marked
 * romanisation (kept_letters.h: й, ё, umlauts and the Slavic letters normalisation folds, for
 * the readings), numbers forms by it too, and files Latin words under its readings; version 25
 * files a Latin word under its Korean fold key (hangul.h: Hei as hye, Seng as sung, Lim as im);
 * version 26 flags the words read as a native Japanese name (CDN_TOK_JAPANESE: kanji the
 * dictionary reads, hiragana);
 * version 27 files a Chinese name apart from a title written onto it, 皇后, 公主, 伯爵 and the
 * others of titles.c beside 天皇 (孝端文皇后 as 孝端文 皇后); version 28 files a Latin word under
 * the sound classes of its marked form too (Pavić as pavich, b s); version 29 files an Arabic
 * word with ث or ذ under their s and z readings too, and one with a letter before ه or ح under
 * both letters (abjad.h: CDN_ABJAD_THA_DHAL, CDN_ABJAD_SPLIT_H); version 30 files a Latin word
 * under the readings heard of all languages by the scorer's count of its consonants, vowels
 * kept (Villar, v l l: Spanish bijar); version 31 reads the Persian ک before ه or ح as its own
 * letter too, as the Arabic ك (کهن Kohan); version 32 files a Latin word under the consonant-class
 * keys of its marked form too (Žirková as zhirkova), its zh, rz, zs or dž also left out as the
 * ج the keys leave out, and keeps ñ ř ğ in the marked form (kept_letters.h); version 33 files it
 * under the vowelled skeletons of its marked form and its readings too (Čačić as chachich,
 * "s.s.s": Чачич); version 34 files a Latin word that English says otherwise than it is spelled
 * under the consonant-class keys, sound classes and readings of its English reading too
 * (english.h: Motion as moshon, which מושן, モーション look up); version 35 keeps each key's
 * letters held twice or more (cdn_ikey.twice: the similar-key lookup's letter test, lookup.c);
 * version 36 files a Latin word under two readings heard more (readings.c: English ei as i,
 * Neil nil; Spanish ll as y, Yllescas yyescas), reads a vowel before x as closed (Lux laks), German
 * auer as aua and English air as ea (Bauer baua, Blair blea); version 37 reads English eith as is
 * (Keith kis, no longer kith) and a Hebrew gershayim after ג ז צ as no geresh (אצ״ל אצל); version
 * 38 no longer files the Spanish ll as y (it read Miller miyer, APOLLON apoyon: review1), and
 * files the English final ge and tes after an a said ei as dzh and ts (Page peidzh, Bates beits);
 * version 39 flags the Latin words read letter by letter (CDN_TOK_LETTERS: GPOC, IRGC); version
 * 40 no longer flags a word that begins with zj (Swedish and Dutch for ж: Zjukov); version 41
 * files a Latin word French says otherwise than it is spelled under the consonant-class keys of
 * its French reading too (french.h: Blanc blan, Géricault gerico, for בלאן, جيريكو); version 42
 * flags a family name's particle (de, la, del) between two words of one side of a person's comma,
 * and ben between two given names, as weak (CDN_TOK_HONORIFIC: analyze.c, descent_words). */
#define SNAP_VERSION 42u
#define SNAP_BYTE_ORDER 0x01020304u

enum section_kind {
    S_POOL, S_TOKENS, S_NAMES, S_VOCAB, S_U32, S_ILISTS,
    S_MAPS,                        /* CDN_N_MAPS sections, one per map (enum cdn_map) */
    S_ESTR = S_MAPS + CDN_N_MAPS,
    S_STREAM,
    N_SECTIONS
};

typedef struct snap_section {
    uint64_t offset;
    uint64_t size;   /* bytes */
    uint64_t count;  /* records (for a map: slots) */
    uint64_t extra;  /* for a map: entries */
} snap_section;

typedef struct snap_header {
    char magic[8];
    uint32_t version;
    uint32_t byte_order;
    uint64_t file_size;
    uint32_t checksum;
    uint32_t n_sections;
    char cordon_version[16];
    float unknown_weight;
    uint32_t n_forms;
    uint32_t n_twins;
    uint32_t reserved;
    snap_section sections[N_SECTIONS];
} snap_header;

/* ---- writing ------------------------------------------------------------------------------ */

typedef struct writer {
    const cordon_index *idx;
    cdn_strbuf estr;      /* strings of the entity stream */
    cdn_vec words;        /* uint32_t: the entity stream */
    bool ok;
} writer;

static void word(writer *w, uint32_t v)
{
    if (w->ok && !cdn_vec_push(&w->words, &v))
        w->ok = false;
}

/* Appends a string (or CDN_NONE for NULL) to the stream, its bytes to the string pool. */
static void str(writer *w, const char *s)
{
    if (!s) {
        word(w, CDN_NONE);
        return;
    }
    size_t len = strlen(s);
    if (w->estr.len + len + 1 >= UINT32_MAX) {
        w->ok = false;
        return;
    }
    word(w, (uint32_t)w->estr.len);
    if (!cdn_strbuf_append(&w->estr, s, len + 1))
        w->ok = false;
}

static void strings(writer *w, const char *const *list, size_t n)
{
    word(w, (uint32_t)n);
    for (size_t i = 0; i < n; i++)
        str(w, list[i]);
}

static void date(writer *w, const cordon_date *d)
{
    word(w, (uint32_t)d->year);
    word(w, (uint32_t)d->month);
    word(w, (uint32_t)d->day);
}

static void write_entity(writer *w, const cordon_entity *e, uint32_t list_no)
{
    str(w, e->id);
    str(w, e->native_id);
    word(w, (uint32_t)e->schema);
    str(w, e->caption);
    word(w, list_no);
    str(w, e->listed_on);
    str(w, e->remarks);
    str(w, e->source_list);
    str(w, e->gender);
    word(w, (uint32_t)e->n_names);
    for (size_t i = 0; i < e->n_names; i++) {
        const cordon_name *n = &e->names[i];
        str(w, n->full);
        word(w, (uint32_t)n->kind);
        str(w, n->given);
        str(w, n->middle);
        str(w, n->family);
        str(w, n->patronymic);
    }
    word(w, (uint32_t)e->n_birth_dates);
    for (size_t i = 0; i < e->n_birth_dates; i++) {
        date(w, &e->birth_dates[i].from);
        date(w, &e->birth_dates[i].to);
        word(w, (uint32_t)e->birth_dates[i].approximate);
    }
    word(w, (uint32_t)e->n_countries);
    for (size_t i = 0; i < e->n_countries; i++) {
        word(w, (uint32_t)(unsigned char)e->countries[i].code[0] | (uint32_t)(unsigned char)e->countries[i].code[1] << 8);
        word(w, (uint32_t)e->countries[i].role);
    }
    word(w, (uint32_t)e->n_identifiers);
    for (size_t i = 0; i < e->n_identifiers; i++) {
        str(w, e->identifiers[i].type);
        str(w, e->identifiers[i].value);
        str(w, e->identifiers[i].country);
        str(w, e->identifiers[i].note);
    }
    word(w, (uint32_t)e->n_relations);
    for (size_t i = 0; i < e->n_relations; i++) {
        str(w, e->relations[i].type);
        str(w, e->relations[i].target_id);
        str(w, e->relations[i].target_name);
    }
    strings(w, e->programs, e->n_programs);
    strings(w, e->birth_places, e->n_birth_places);
    strings(w, e->addresses, e->n_addresses);
    strings(w, e->positions, e->n_positions);
    strings(w, e->topics, e->n_topics);
}

static void write_stream(writer *w)
{
    const cordon_index *idx = w->idx;
    word(w, (uint32_t)idx->lists.len);
    for (size_t i = 0; i < idx->lists.len; i++) {
        const cordon_list_info *l = *(cordon_list_info **)cdn_vec_at(&idx->lists, i);
        str(w, l->id);
        str(w, l->format);
        str(w, l->version);
        str(w, l->source);
        str(w, l->checksum);
        word(w, (uint32_t)l->entities);
        word(w, (uint32_t)l->names);
        word(w, (uint32_t)l->skipped);
        word(w, (uint32_t)l->repaired);
        word(w, (uint32_t)l->n_issues);
        for (size_t r = 0; r < l->n_issues; r++) {
            str(w, l->issues[r].reason);
            word(w, (uint32_t)l->issues[r].count);
            word(w, (uint32_t)l->issues[r].skipped);
        }
    }
    word(w, (uint32_t)idx->warnings.len);
    for (size_t i = 0; i < idx->warnings.len; i++)
        str(w, *(char **)cdn_vec_at(&idx->warnings, i));
    word(w, (uint32_t)idx->entities.len);
    for (size_t i = 0; i < idx->entities.len; i++) {
        const cordon_entity *e = cdn_index_entity_at(idx, (uint32_t)i);
        uint32_t list_no = 0;
        while (list_no < idx->lists.len && *(cordon_list_info **)cdn_vec_at(&idx->lists, list_no) != e->list)
            list_no++;
        write_entity(w, e, list_no);
    }
}

/* Writes len bytes and pads to 8; updates the running CRC and offset. */
static bool put(FILE *f, const void *data, size_t len, uint32_t *crc, uint64_t *offset)
{
    static const char zeros[8] = {0};
    size_t pad = (8 - (len & 7)) & 7;
    if ((len && fwrite(data, 1, len, f) != len) || (pad && fwrite(zeros, 1, pad, f) != pad))
        return false;
    /* crc32 takes an unsigned int length: feed large sections in slices. */
    const unsigned char *p = data;
    for (size_t done = 0; done < len;) {
        size_t n = len - done > (1u << 30) ? (1u << 30) : len - done;
        *crc = (uint32_t)crc32(*crc, p + done, (uInt)n);
        done += n;
    }
    if (pad)
        *crc = (uint32_t)crc32(*crc, (const unsigned char *)zeros, (uInt)pad);
    *offset += len + pad;
    return true;
}

/* One section of the file: its bytes, and the two counts its header entry records. */
typedef struct section_part {
    const void *data;
    size_t size, count, extra;
} section_part;

/* Points parts[0..N_SECTIONS) at the index's arrays and at the writer's entity stream. */
static void describe_sections(const cordon_index *idx, const writer *w, section_part *parts)
{
    parts[S_POOL] = (section_part){idx->pool, idx->pool_len, idx->pool_len, 0};
    parts[S_TOKENS] = (section_part){idx->tokens.items, idx->tokens.len * sizeof(cdn_itoken), idx->tokens.len, 0};
    parts[S_NAMES] = (section_part){idx->names.items, idx->names.len * sizeof(cdn_iname), idx->names.len, 0};
    parts[S_VOCAB] = (section_part){idx->vocab.items, idx->vocab.len * sizeof(cdn_ikey), idx->vocab.len, 0};
    parts[S_U32] = (section_part){idx->u32.items, idx->u32.len * sizeof(uint32_t), idx->u32.len, 0};
    parts[S_ILISTS] = (section_part){idx->ilists.items, idx->ilists.len * sizeof(cdn_ilist), idx->ilists.len, 0};
    parts[S_ESTR] = (section_part){w->estr.data, w->estr.len, w->estr.len, 0};
    parts[S_STREAM] = (section_part){w->words.items, w->words.len * sizeof(uint32_t), w->words.len, 0};
    for (int m = 0; m < CDN_N_MAPS; m++) {
        const cdn_fixmap *map = &idx->maps[m];
        parts[S_MAPS + m] = (section_part){map->slots, map->cap * sizeof(cdn_fixslot), map->cap, map->count};
    }
}

/* The header of idx's snapshot, without its sections, size and checksum (write_file fills them). */
static void start_header(const cordon_index *idx, snap_header *h)
{
    memset(h, 0, sizeof *h);
    memcpy(h->magic, SNAP_MAGIC, 8);
    h->version = SNAP_VERSION;
    h->byte_order = SNAP_BYTE_ORDER;
    h->n_sections = N_SECTIONS;
    h->unknown_weight = idx->unknown_weight;
    h->n_forms = idx->n_forms;
    h->n_twins = idx->n_twins;
    snprintf(h->cordon_version, sizeof h->cordon_version, "%s", CORDON_VERSION);
}

/* Writes the header *h and the sections parts to path: to a file beside it, synced, then renamed
 * over it, so that a reader never sees half a snapshot. Returns CORDON_OK, or CORDON_EIO with
 * err set (path or the file beside it, and why); nothing is left beside path on failure. */
static int write_file(const char *path, snap_header *h, const section_part *parts, cdn_error *err)
{
    /* Over a device or a pipe (as root, /dev/null) the rename would replace it, so only a file,
     * or nothing, may be there. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return cdn_error_at(err, CORDON_EIO, path, 0, "not a regular file: a snapshot is written to a file");
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return cdn_error_at(err, CORDON_EIO, tmp, 0, "cannot create: %s", strerror(errno));
    uint64_t offset = sizeof *h;
    uint32_t crc = (uint32_t)crc32(0L, Z_NULL, 0);
    bool ok = fwrite(h, 1, sizeof *h, f) == sizeof *h; /* a placeholder, rewritten below */
    for (int s = 0; s < N_SECTIONS && ok; s++) {
        h->sections[s] = (snap_section){offset, parts[s].size, parts[s].count, parts[s].extra};
        ok = put(f, parts[s].data, parts[s].size, &crc, &offset);
    }
    h->file_size = offset;
    h->checksum = crc;
    ok = ok && fseek(f, 0, SEEK_SET) == 0 && fwrite(h, 1, sizeof *h, f) == sizeof *h && fflush(f) == 0 &&
         fsync(fileno(f)) == 0;
    int saved = errno;
    if (fclose(f) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    int status = CORDON_OK;
    if (!ok)
        status = cdn_error_at(err, CORDON_EIO, path, 0, "cannot write the snapshot: %s", strerror(saved));
    else if (rename(tmp, path) != 0)
        status = cdn_error_at(err, CORDON_EIO, path, 0, "cannot move the snapshot into place: %s", strerror(errno));
    if (status != CORDON_OK)
        unlink(tmp);
    return status;
}

int cdn_snapshot_write(const cordon_index *idx, const char *path, cdn_error *err)
{
    writer w = {idx, {0}, {0}, true};
    cdn_strbuf_init(&w.estr);
    cdn_vec_init(&w.words, sizeof(uint32_t));
    write_stream(&w);
    int status;
    if (!w.ok) {
        status = cdn_error_nomem(err);
    } else {
        section_part parts[N_SECTIONS];
        describe_sections(idx, &w, parts);
        snap_header h;
        start_header(idx, &h);
        status = write_file(path, &h, parts, err);
    }
    cdn_strbuf_free(&w.estr);
    cdn_vec_free(&w.words);
    return status;
}

/* ---- loading ------------------------------------------------------------------------------ */

typedef struct reader {
    cordon_index *idx;
    const char *path;
    const uint32_t *words;
    size_t n_words, at;
    const char *estr;
    size_t estr_len;
    bool ok;
} reader;

static uint32_t next(reader *r)
{
    if (r->at >= r->n_words) {
        r->ok = false;
        return 0;
    }
    return r->words[r->at++];
}

static const char *next_str(reader *r)
{
    uint32_t off = next(r);
    if (off == CDN_NONE)
        return NULL;
    if (off >= r->estr_len) {
        r->ok = false;
        return NULL;
    }
    return r->estr + off;
}

/* A string the public contract never leaves NULL (a name's full form, a program, an
 * identifier's value...): CDN_NONE there marks the stream as corrupt. A damaged snapshot that
 * passed the checksum once handed out such a NULL, and the first strlen() on it crashed
 * (fuzz_snapshot). */
static const char *next_required_str(reader *r)
{
    const char *s = next_str(r);
    if (!s)
        r->ok = false;
    return s;
}

/* A count that the rest of the stream can hold (each item takes at least one word). */
static size_t next_count(reader *r)
{
    uint32_t n = next(r);
    if (n > r->n_words - r->at) {
        r->ok = false;
        return 0;
    }
    return n;
}

static void *array(reader *r, size_t n, size_t size)
{
    if (n == 0)
        return NULL;
    void *p = cdn_arena_alloc(&r->idx->arena, n * size);
    if (!p)
        r->ok = false;
    return p;
}

static const char *const *read_strings(reader *r, size_t *n)
{
    *n = next_count(r);
    const char **list = array(r, *n, sizeof *list);
    for (size_t i = 0; list && i < *n; i++)
        list[i] = next_required_str(r);
    return list;
}

static void read_date(reader *r, cordon_date *d)
{
    d->year = (int)next(r);
    d->month = (int)next(r);
    d->day = (int)next(r);
}

static cordon_entity *read_entity(reader *r)
{
    cordon_index *idx = r->idx;
    cordon_entity *e = array(r, 1, sizeof *e);
    if (!e)
        return NULL;
    memset(e, 0, sizeof *e);
    e->id = next_str(r);
    e->native_id = next_str(r);
    e->schema = (cordon_schema)next(r);
    e->caption = next_str(r);
    uint32_t list_no = next(r);
    e->list = list_no < idx->lists.len ? *(cordon_list_info **)cdn_vec_at(&idx->lists, list_no) : NULL;
    e->listed_on = next_str(r);
    e->remarks = next_str(r);
    e->source_list = next_str(r);
    e->gender = next_str(r);
    e->n_names = next_count(r);
    cordon_name *names = array(r, e->n_names, sizeof *names);
    for (size_t i = 0; names && i < e->n_names; i++) {
        names[i].full = next_required_str(r);
        names[i].kind = (cordon_name_kind)next(r);
        names[i].given = next_str(r);
        names[i].middle = next_str(r);
        names[i].family = next_str(r);
        names[i].patronymic = next_str(r);
    }
    e->names = names;
    e->n_birth_dates = next_count(r);
    cordon_date_range *dates = array(r, e->n_birth_dates, sizeof *dates);
    for (size_t i = 0; dates && i < e->n_birth_dates; i++) {
        read_date(r, &dates[i].from);
        read_date(r, &dates[i].to);
        dates[i].approximate = (int)next(r);
    }
    e->birth_dates = dates;
    e->n_countries = next_count(r);
    cordon_country *countries = array(r, e->n_countries, sizeof *countries);
    for (size_t i = 0; countries && i < e->n_countries; i++) {
        uint32_t code = next(r);
        countries[i].code[0] = (char)(code & 0xFF);
        countries[i].code[1] = (char)(code >> 8 & 0xFF);
        countries[i].code[2] = '\0';
        countries[i].role = (cordon_country_role)next(r);
    }
    e->countries = countries;
    e->n_identifiers = next_count(r);
    cordon_identifier *ids = array(r, e->n_identifiers, sizeof *ids);
    for (size_t i = 0; ids && i < e->n_identifiers; i++) {
        ids[i].type = next_required_str(r);
        ids[i].value = next_required_str(r);
        ids[i].country = next_str(r);
        ids[i].note = next_str(r);
    }
    e->identifiers = ids;
    e->n_relations = next_count(r);
    cordon_relation *rels = array(r, e->n_relations, sizeof *rels);
    for (size_t i = 0; rels && i < e->n_relations; i++) {
        rels[i].type = next_required_str(r);
        rels[i].target_id = next_str(r);
        rels[i].target_name = next_str(r);
    }
    e->relations = rels;
    e->programs = read_strings(r, &e->n_programs);
    e->birth_places = read_strings(r, &e->n_birth_places);
    e->addresses = read_strings(r, &e->n_addresses);
    e->positions = read_strings(r, &e->n_positions);
    e->topics = read_strings(r, &e->n_topics);
    if (!e->id || !e->caption || e->n_names == 0 || !e->list)
        r->ok = false;
    return r->ok ? e : NULL;
}

static bool read_stream(reader *r)
{
    cordon_index *idx = r->idx;
    size_t n_lists = next_count(r);
    for (size_t i = 0; i < n_lists && r->ok; i++) {
        cordon_list_info *l = array(r, 1, sizeof *l);
        if (!l)
            break;
        memset(l, 0, sizeof *l);
        l->id = next_str(r);
        l->format = next_str(r);
        l->version = next_str(r);
        l->source = next_str(r);
        l->checksum = next_str(r);
        l->entities = next(r);
        l->names = next(r);
        l->skipped = next(r);
        l->repaired = next(r);
        l->n_issues = next_count(r);
        cordon_load_issue *issues = array(r, l->n_issues, sizeof *issues);
        for (size_t k = 0; issues && k < l->n_issues; k++) {
            issues[k].reason = next_required_str(r);
            issues[k].count = next(r);
            issues[k].skipped = (int)next(r);
        }
        l->issues = issues;
        if (!l->id || !l->format || !l->source || !cdn_vec_push(&idx->lists, &l))
            r->ok = false;
    }
    size_t n_warnings = next_count(r);
    for (size_t i = 0; i < n_warnings && r->ok; i++) {
        const char *warning = next_str(r);
        if (!warning || !cdn_vec_push(&idx->warnings, &warning))
            r->ok = false;
    }
    size_t n_entities = next_count(r);
    if (r->ok && !cdn_vec_reserve(&idx->entities, n_entities))
        r->ok = false;
    for (size_t i = 0; i < n_entities && r->ok; i++) {
        cordon_entity *e = read_entity(r);
        if (e)
            cdn_vec_push(&idx->entities, &e);
    }
    return r->ok && r->at == r->n_words;
}

/* Checks that a section lies inside the file, holds whole records, and (for records with
 * 32-bit fields) is aligned. */
static bool section_ok(const snap_section *s, uint64_t file_size, size_t record)
{
    return s->offset <= file_size && s->size <= file_size - s->offset && s->offset % 8 == 0 &&
           (record == 0 || s->size == s->count * record);
}

/* Checks that every offset in the matching part points inside its array, so that a file that
 * passed the checksum but was written wrongly cannot make a search read out of bounds. */
static bool matching_part_ok(const cordon_index *idx)
{
    if (idx->pool_len == 0 || idx->pool[idx->pool_len - 1] != '\0')
        return false;
    if (idx->n_forms > idx->tokens.len + 1 || idx->n_twins > idx->names.len + 1)
        return false; /* searches allocate per form and per twin: no more than tokens and names */
    for (size_t i = 0; i < idx->tokens.len; i++) {
        const cdn_itoken *t = &idx->tokens.items[i];
        if (t->text >= idx->pool_len || t->latin >= idx->pool_len || t->key >= idx->pool_len ||
            t->skel >= idx->pool_len || t->marked >= idx->pool_len || t->form == 0 || t->form >= idx->n_forms)
            return false; /* a search's memo is addressed by form */
        /* The scorer reads as many bytes as a shape says: they must be the string's. */
        if (strnlen(idx->pool + t->latin, 65535) != t->latin_shape.len ||
            strnlen(idx->pool + t->key, 65535) != t->key_shape.len)
            return false;
    }
    for (size_t i = 0; i < idx->names.len; i++) {
        const cdn_iname *n = &idx->names.items[i];
        if (n->entity >= idx->entities.len || n->name >= cdn_index_entity_at(idx, n->entity)->n_names ||
            n->tokens > idx->tokens.len || n->n_tokens > idx->tokens.len - n->tokens ||
            n->n_tokens > CDN_MAX_NAME_TOKENS || /* matching copies a name's tokens to arrays of that size */
            n->twin == 0 || n->twin >= idx->n_twins)
            return false;
    }
    for (size_t i = 0; i < idx->vocab.len; i++) {
        const cdn_ikey *k = &idx->vocab.items[i];
        if (k->key >= idx->pool_len || k->len >= idx->pool_len - k->key || k->postings > idx->u32.len ||
            k->n_postings > idx->u32.len - k->postings || k->shape.len != (k->len < 65535 ? k->len : 65535))
            return false;
        for (uint32_t p = 0; p < k->n_postings; p++)
            if (idx->u32.items[k->postings + p] >= idx->names.len)
                return false;
    }
    for (size_t i = 0; i < idx->ilists.len; i++) {
        const cdn_ilist *l = &idx->ilists.items[i];
        if (l->ids > idx->u32.len || l->n > idx->u32.len - l->ids)
            return false;
        for (uint32_t p = 0; p < l->n; p++)
            if (idx->u32.items[l->ids + p] >= idx->vocab.len)
                return false;
    }
    for (int m = 0; m < CDN_N_MAPS; m++) {
        const cdn_fixmap *map = &idx->maps[m];
        size_t limit = m == CDN_MAP_KEYS ? idx->vocab.len : m == CDN_MAP_IDS ? idx->entities.len : idx->ilists.len;
        if (map->cap & (map->cap - 1) || map->count > map->cap)
            return false; /* not a power of two, or more keys than slots (a lookup filter is sized by them) */
        for (uint32_t s = 0; s < map->cap; s++) {
            const cdn_fixslot *slot = &map->slots[s];
            if (slot->key != CDN_NONE &&
                (slot->key >= idx->pool_len || slot->len >= idx->pool_len - slot->key || slot->value >= limit))
                return false;
        }
    }
    return true;
}

/* Maps the file at path read-only into idx->mapping. Returns CORDON_OK, or CORDON_EIO or
 * CORDON_EDATA (too short to hold a header) with idx->err set. */
static int map_file(cordon_index *idx, const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return cdn_error_at(&idx->err, CORDON_EIO, path, 0, "cannot open: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return cdn_error_at(&idx->err, CORDON_EIO, path, 0, "not a regular file");
    }
    if ((uint64_t)st.st_size < sizeof(snap_header)) {
        close(fd);
        return cdn_error_at(&idx->err, CORDON_EDATA, path, 0, "not a cordon index snapshot (too short)");
    }
    void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return cdn_error_at(&idx->err, CORDON_EIO, path, 0, "cannot map: %s", strerror(errno));
    idx->mapping = map;
    idx->mapping_len = (size_t)st.st_size;
    return CORDON_OK;
}

/* Checks the mapped file's header: magic, byte order, format version, size and the checksum of
 * everything after the header. Returns CORDON_OK, or CORDON_EDATA with idx->err saying which. */
static int check_header(cordon_index *idx, const char *path)
{
    const snap_header *h = idx->mapping;
    if (memcmp(h->magic, SNAP_MAGIC, 8) != 0)
        return cdn_error_at(&idx->err, CORDON_EDATA, path, 0, "not a cordon index snapshot");
    if (h->byte_order != SNAP_BYTE_ORDER)
        return cdn_error_at(&idx->err, CORDON_EDATA, path, 0, "written on a machine of another byte order");
    if (h->version != SNAP_VERSION)
        return cdn_error_at(&idx->err, CORDON_EDATA, path, 0,
                            "snapshot format version %u, this cordon reads version %u: rebuild it with "
                            "'cordon index build'",
                            h->version, SNAP_VERSION);
    if (h->file_size != (uint64_t)idx->mapping_len)
        return cdn_error_at(&idx->err, CORDON_EDATA, path, 0,
                            "truncated or extended: the header says %llu bytes, the file has %llu",
                            (unsigned long long)h->file_size, (unsigned long long)idx->mapping_len);
    const unsigned char *body = (const unsigned char *)idx->mapping + sizeof *h;
    uint64_t body_len = h->file_size - sizeof *h;
    uint32_t crc = (uint32_t)crc32(0L, Z_NULL, 0);
    for (uint64_t done = 0; done < body_len;) {
        uint64_t n = body_len - done > (1u << 30) ? (1u << 30) : body_len - done;
        crc = (uint32_t)crc32(crc, body + done, (uInt)n);
        done += n;
    }
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    /* Under the fuzzer, mutated files pass the checksum, so that it reaches the bounds checks
     * below — the defence against a file that passed the checksum but was written wrongly. */
    crc = h->checksum;
#endif
    if (crc != h->checksum || h->n_sections != N_SECTIONS)
        return cdn_error_at(&idx->err, CORDON_EDATA, path, 0, "corrupt: the checksum does not match");
    return CORDON_OK;
}

/* The first section of the header *h that does not lie inside the file or does not hold whole
 * records of its kind, fewer than 2^32 of them; N_SECTIONS when every one does. */
static int section_out_of_bounds(const snap_header *h)
{
    size_t record[N_SECTIONS] = {
        [S_POOL] = 1, [S_TOKENS] = sizeof(cdn_itoken), [S_NAMES] = sizeof(cdn_iname), [S_VOCAB] = sizeof(cdn_ikey),
        [S_U32] = sizeof(uint32_t), [S_ILISTS] = sizeof(cdn_ilist), [S_ESTR] = 1, [S_STREAM] = sizeof(uint32_t),
    };
    for (int m = 0; m < CDN_N_MAPS; m++)
        record[S_MAPS + m] = sizeof(cdn_fixslot);
    for (int s = 0; s < N_SECTIONS; s++)
        if (!section_ok(&h->sections[s], h->file_size, record[s]) || h->sections[s].count > UINT32_MAX)
            return s;
    return N_SECTIONS;
}

/* Points idx's arrays and maps at the sections of its mapped file (checked by section_out_of_bounds), and
 * returns a reader over the entity stream. */
static reader borrow_sections(cordon_index *idx, const char *path)
{
    const snap_header *h = idx->mapping;
    const char *base = idx->mapping;
#define SECTION(s) (base + h->sections[s].offset)
    idx->pool = SECTION(S_POOL);
    idx->pool_len = h->sections[S_POOL].size;
    idx->tokens.items = (const cdn_itoken *)SECTION(S_TOKENS);
    idx->tokens.len = h->sections[S_TOKENS].count;
    idx->names.items = (const cdn_iname *)SECTION(S_NAMES);
    idx->names.len = h->sections[S_NAMES].count;
    idx->vocab.items = (const cdn_ikey *)SECTION(S_VOCAB);
    idx->vocab.len = h->sections[S_VOCAB].count;
    idx->u32.items = (const uint32_t *)SECTION(S_U32);
    idx->u32.len = h->sections[S_U32].count;
    idx->ilists.items = (const cdn_ilist *)SECTION(S_ILISTS);
    idx->ilists.len = h->sections[S_ILISTS].count;
    for (int m = 0; m < CDN_N_MAPS; m++)
        cdn_fixmap_borrow(&idx->maps[m], (const cdn_fixslot *)SECTION(S_MAPS + m), (uint32_t)h->sections[S_MAPS + m].count,
                          (uint32_t)h->sections[S_MAPS + m].extra);
    idx->unknown_weight = h->unknown_weight;
    idx->n_forms = h->n_forms;
    idx->n_twins = h->n_twins;
    reader r = {idx, path, (const uint32_t *)SECTION(S_STREAM), h->sections[S_STREAM].count, 0, SECTION(S_ESTR),
                h->sections[S_ESTR].size, true};
#undef SECTION
    return r;
}

int cdn_snapshot_load(cordon_index *idx, const char *path)
{
    int status = map_file(idx, path);
    if (status == CORDON_OK)
        status = check_header(idx, path);
    if (status != CORDON_OK)
        return status;
    int bad = section_out_of_bounds(idx->mapping);
    if (bad != N_SECTIONS)
        return cdn_error_at(&idx->err, CORDON_EDATA, path, 0, "corrupt: section %d is out of bounds", bad);
    reader r = borrow_sections(idx, path);
    if (r.estr_len && r.estr[r.estr_len - 1] != '\0')
        r.ok = false;
    if (!read_stream(&r) || !matching_part_ok(idx))
        return cdn_error_at(&idx->err, CORDON_EDATA, path, 0,
                            "corrupt: the entity records do not hold together");
    cdn_index_filter_maps(idx);
    return CORDON_OK;
}
