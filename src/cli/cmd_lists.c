/*
 * cmd_lists.c — cordon lists: the loaded lists, their versions and sizes, and what was skipped.
 */
#include <getopt.h>
#include <string.h>

#include "cli/cli.h"

static const char HELP[] =
    "Usage: cordon lists [--json] [--verbose] --list SOURCE...\n"
    "\n"
    "Shows each loaded list: id, format, version or publication date, source, entity and name\n"
    "counts, and the load report: records skipped or repaired, counted by reason.\n"
    "\n"
    "Options:\n"
    "  -l, --list SOURCE   a list to load, [FORMAT:]PATH (repeatable)\n"
    "      --index FILE    an index snapshot from 'cordon index build'\n"
    "      --json          machine-readable output\n"
    "  -v, --verbose       also print every skipped or repaired record, with file and line\n"
    "  -h, --help          this help\n";

int cmd_lists(int argc, char **argv)
{
    static const struct option OPTIONS[] = {
        {"list", required_argument, NULL, 'l'}, {"index", required_argument, NULL, 'i'},
        {"json", no_argument, NULL, 'j'},       {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0},
    };
    cli_lists lists = {0};
    bool json = false, verbose = false;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "l:vh", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case 'l':
        case 'i':
            if (cli_lists_add(&lists, "lists", opt, optarg) != EXIT_DONE)
                return EXIT_USAGE;
            break;
        case 'j': json = true; break;
        case 'v': verbose = true; break;
        case 'h': fputs(HELP, stdout); return EXIT_DONE;
        default: return cli_usage_error("lists", "invalid option");
        }
    }
    if (optind < argc)
        return cli_usage_error("lists", "unexpected argument '%s'", argv[optind]);
    int status;
    cordon_index *idx = cli_open_index(&lists, "lists", true, &status);
    if (!idx)
        return status;

    size_t n = cordon_index_list_count(idx);
    if (json) {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(arr, json_out_list(cordon_index_list(idx, i)));
        json_t *warn = json_array();
        for (size_t i = 0; i < cordon_index_warning_count(idx); i++)
            json_array_append_new(warn, json_string(cordon_index_warning(idx, i)));
        json_t *doc = json_pack("{s:o, s:o}", "lists", arr, "warnings", warn);
        cli_json_print(doc, stdout);
        json_decref(doc);
    } else {
        printf("%-16s %-12s %-22s %9s %9s %8s %8s  %s\n", "LIST", "FORMAT", "VERSION", "ENTITIES", "NAMES",
               "SKIPPED", "REPAIRED", "SOURCE");
        for (size_t i = 0; i < n; i++) {
            const cordon_list_info *l = cordon_index_list(idx, i);
            printf("%-16s %-12s %-22s %9zu %9zu %8zu %8zu  %s\n", l->id, l->format, l->version ? l->version : "-",
                   l->entities, l->names, l->skipped, l->repaired, l->source);
        }
        for (size_t i = 0; i < n; i++) {
            const cordon_list_info *l = cordon_index_list(idx, i);
            for (size_t r = 0; r < l->n_issues; r++)
                printf("%s: %s %zu: %s\n", l->id, l->issues[r].skipped ? "skipped" : "repaired", l->issues[r].count,
                       l->issues[r].reason);
        }
        if (verbose)
            for (size_t i = 0; i < cordon_index_warning_count(idx); i++)
                printf("%s\n", cordon_index_warning(idx, i));
    }
    cordon_index_close(idx);
    return EXIT_DONE;
}
