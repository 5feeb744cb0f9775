/*
 * cmd_index.c — cordon index build: load lists once, save the index as a snapshot file that
 * every other command (and many server processes at once) can map with --index.
 */
#include <getopt.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"

static const char HELP[] =
    "Usage: cordon index build -o FILE.cdx --list SOURCE...\n"
    "\n"
    "Loads the lists, analyzes every name (normalization, romanisation, keys, rarity) and saves\n"
    "the result as an index snapshot. Give it to any command with --index FILE.cdx: it loads in\n"
    "milliseconds, read-only, and many processes share one copy of it in memory.\n"
    "\n"
    "The file is written to a temporary name and renamed into place, so a failed build never\n"
    "leaves a partial snapshot; a snapshot that is truncated, corrupt or of another format\n"
    "version is refused when loaded.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE     where to write the snapshot (required)\n"
    "  -l, --list SOURCE     a list to load, [FORMAT:]PATH (repeatable)\n"
    "  -q, --quiet           no load report on stderr\n"
    "  -h, --help            this help\n";

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static int build(int argc, char **argv)
{
    static const struct option OPTIONS[] = {
        {"output", required_argument, NULL, 'o'}, {"list", required_argument, NULL, 'l'},
        {"quiet", no_argument, NULL, 'q'},        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    cli_lists lists = {0};
    const char *output = NULL;
    bool quiet = false;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:l:qh", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case 'o': output = optarg; break;
        case 'l':
            if (cli_lists_add(&lists, "index", opt, optarg) != EXIT_DONE)
                return EXIT_USAGE;
            break;
        case 'q': quiet = true; break;
        case 'h': fputs(HELP, stdout); return EXIT_DONE;
        default: return cli_usage_error("index", "invalid option");
        }
    }
    if (!output)
        return cli_usage_error("index", "give the snapshot file with -o FILE");
    if (optind < argc)
        return cli_usage_error("index", "unexpected argument '%s'", argv[optind]);
    if (lists.n_sources == 0)
        return cli_usage_error("index", "give the lists to index with --list SOURCE");

    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    int status;
    cordon_index *idx = cli_open_index(&lists, "index", quiet, &status);
    if (!idx)
        return status;
    double loaded = seconds_since(&start);
    char message[1100];
    if (cordon_index_save(idx, output, message, sizeof message) != CORDON_OK) {
        cli_error("%s", message);
        cordon_index_close(idx);
        return EXIT_BAD_INPUT;
    }
    if (!quiet) {
        size_t names = 0;
        for (size_t i = 0; i < cordon_index_list_count(idx); i++)
            names += cordon_index_list(idx, i)->names;
        fprintf(stderr, "cordon: wrote %s: %zu lists, %zu entities, %zu names (built in %.2f s, saved in %.2f s)\n",
                output, cordon_index_list_count(idx), cordon_index_entity_count(idx), names, loaded,
                seconds_since(&start) - loaded);
    }
    cordon_index_close(idx);
    return EXIT_DONE;
}

int cmd_index(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "build") == 0)
        return build(argc - 1, argv + 1);
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(HELP, stdout);
        return EXIT_DONE;
    }
    return cli_usage_error("index", argc >= 2 ? "unknown 'index' command '%s' (try 'build')" : "%s",
                           argc >= 2 ? argv[1] : "give a command: cordon index build -o FILE --list SOURCE...");
}
