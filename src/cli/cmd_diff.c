/*
 * cmd_diff.c — cordon diff: what changed between two versions of the lists — entities added,
 * removed, and changed, with the fields that changed.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char HELP[] =
    "Usage: cordon diff [--json] [--limit N] OLD NEW\n"
    "\n"
    "Compares two versions of the lists by entity id and prints the entities added, removed and\n"
    "changed (with the fields that changed: names, birth_dates, countries, identifiers,\n"
    "programs, addresses, remarks, schema). OLD and NEW are each a list source [FORMAT:]PATH or\n"
    "an index snapshot from 'cordon index build'.\n"
    "\n"
    "Example:\n"
    "  cordon diff ../shared/data/lists/us-ofac-sdn-2019 ../shared/data/lists/us-ofac-sdn-2021\n"
    "\n"
    "Options:\n"
    "      --json        {\"old\", \"new\", \"added\", \"removed\", \"changed\"}: lists and entities\n"
    "  -n, --limit N     print at most N entities of each kind in text output (default 20)\n"
    "  -h, --help        this help\n";

static json_t *json_lists(const cordon_index *idx)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < cordon_index_list_count(idx); i++)
        json_array_append_new(arr, json_out_list(cordon_index_list(idx, i)));
    return arr;
}

static json_t *json_fields(int fields)
{
    json_t *arr = json_array();
    for (int bit = 1; bit <= CORDON_FIELD_REMARKS; bit <<= 1)
        if (fields & bit)
            json_array_append_new(arr, json_string(cordon_change_field_name(bit)));
    return arr;
}

static void print_json(const cordon_index *old_idx, const cordon_index *new_idx, const cordon_diff *diff)
{
    json_t *added = json_array(), *removed = json_array(), *changed = json_array();
    for (size_t i = 0; i < cordon_diff_count(diff); i++) {
        const cordon_change *c = cordon_diff_get(diff, i);
        const cordon_entity *e = c->new_entity ? c->new_entity : c->old_entity;
        json_t *item = json_pack("{s:s, s:s, s:s}", "id", e->id, "caption", e->caption, "schema",
                                 cordon_schema_name(e->schema));
        if (c->kind == CORDON_CHANGE_CHANGED)
            json_object_set_new(item, "fields", json_fields(c->fields));
        json_array_append_new(c->kind == CORDON_CHANGE_ADDED ? added : c->kind == CORDON_CHANGE_REMOVED ? removed : changed,
                              item);
    }
    json_t *doc = json_pack("{s:o, s:o, s:o, s:o, s:o}", "old", json_lists(old_idx), "new", json_lists(new_idx), "added",
                            added, "removed", removed, "changed", changed);
    cli_json_print(doc, stdout);
    json_decref(doc);
}

static void print_text(const cordon_index *old_idx, const cordon_index *new_idx, const cordon_diff *diff, size_t limit)
{
    size_t counts[3] = {0, 0, 0};
    for (size_t i = 0; i < cordon_diff_count(diff); i++)
        counts[cordon_diff_get(diff, i)->kind]++;
    for (int side = 0; side < 2; side++) {
        const cordon_index *idx = side ? new_idx : old_idx;
        for (size_t i = 0; i < cordon_index_list_count(idx); i++) {
            const cordon_list_info *l = cordon_index_list(idx, i);
            printf("%s %s (%s): %zu entities, %s\n", side ? "new" : "old", l->id, l->version ? l->version : "no version",
                   l->entities, l->source);
        }
    }
    printf("%zu added, %zu removed, %zu changed\n", counts[CORDON_CHANGE_ADDED], counts[CORDON_CHANGE_REMOVED],
           counts[CORDON_CHANGE_CHANGED]);
    static const char *const MARK[] = {"+", "-", "~"};
    size_t shown[3] = {0, 0, 0};
    for (size_t i = 0; i < cordon_diff_count(diff); i++) {
        const cordon_change *c = cordon_diff_get(diff, i);
        if (shown[c->kind]++ == limit) {
            printf("  %s ... and %zu more\n", MARK[c->kind], counts[c->kind] - limit);
            continue;
        }
        if (shown[c->kind] > limit)
            continue;
        const cordon_entity *e = c->new_entity ? c->new_entity : c->old_entity;
        printf("  %s %-24s %s", MARK[c->kind], e->id, e->caption);
        if (c->kind == CORDON_CHANGE_CHANGED) {
            printf("  (");
            const char *sep = "";
            for (int bit = 1; bit <= CORDON_FIELD_REMARKS; bit <<= 1)
                if (c->fields & bit) {
                    printf("%s%s", sep, cordon_change_field_name(bit));
                    sep = ", ";
                }
            printf(")");
        }
        printf("\n");
    }
}

int cmd_diff(int argc, char **argv)
{
    enum { OPT_JSON = 256 };
    static const struct option OPTIONS[] = {
        {"json", no_argument, NULL, OPT_JSON},
        {"limit", required_argument, NULL, 'n'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    bool json = false;
    size_t limit = 20;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "n:h", OPTIONS, NULL)) != -1) {
        char *end;
        switch (opt) {
        case OPT_JSON: json = true; break;
        case 'n': {
            long v = strtol(optarg, &end, 10);
            if (end == optarg || *end || v < 0)
                return cli_usage_error("diff", "invalid --limit '%s' (a whole number)", optarg);
            limit = (size_t)v;
            break;
        }
        case 'h': fputs(HELP, stdout); return EXIT_DONE;
        default: return cli_usage_error("diff", "invalid option");
        }
    }
    if (argc - optind != 2)
        return cli_usage_error("diff", "give OLD and NEW");
    int status;
    cordon_index *old_idx = cli_open_source(argv[optind], "diff", &status);
    if (!old_idx)
        return status;
    cordon_index *new_idx = cli_open_source(argv[optind + 1], "diff", &status);
    if (!new_idx) {
        cordon_index_close(old_idx);
        return status;
    }
    cordon_diff *diff = NULL;
    if (cordon_diff_indexes(old_idx, new_idx, &diff) != CORDON_OK) {
        cli_error("out of memory");
        status = EXIT_BAD_INPUT;
    } else if (json) {
        print_json(old_idx, new_idx, diff);
    } else {
        print_text(old_idx, new_idx, diff, limit);
    }
    cordon_diff_free(diff);
    cordon_index_close(new_idx);
    cordon_index_close(old_idx);
    return status;
}
