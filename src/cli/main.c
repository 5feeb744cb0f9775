/*
 * main.c — the cordon command: dispatches to a subcommand.
 */
#include <stdio.h>
#include <signal.h>
#include <string.h>

#include "cli/cli.h"

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command COMMANDS[] = {
    {"search", cmd_search, "search one name in the lists"},
    {"scan", cmd_scan, "find listed parties mentioned in text, HTML or stdin"},
    {"compare", cmd_compare, "score two names against each other"},
    {"lists", cmd_lists, "show the loaded lists: id, version, entity and name counts"},
    {"screen", cmd_screen, "screen a file of names, one result record per row"},
    {"index", cmd_index, "build an index snapshot file (cordon index build -o FILE.cdx)"},
    {"diff", cmd_diff, "what changed between two list versions"},
    {"update", cmd_update, "download the official lists into a data directory"},
    {"serve", cmd_serve, "HTTP API and web page for analysts"},
};

static void usage(FILE *out)
{
    fprintf(out,
            "Usage: cordon COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "Screens names and news text against sanctions lists, in any script and spelling.\n"
            "\n"
            "Commands:\n");
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        fprintf(out, "  %-9s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
    fprintf(out,
            "\n"
            "Every command takes one or more --list SOURCE, where SOURCE is [FORMAT:]PATH\n"
            "(format detected from the content when omitted), or --index FILE.cdx (a snapshot\n"
            "from 'cordon index build'), or reads CORDON_LISTS.\n"
            "Exit status: 0 done, 1 a match with --fail-on-match, 2 usage error, 3 bad input or data.\n"
            "\n"
            "Run 'cordon COMMAND --help' for a command's options. cordon %s\n",
            cordon_version());
}

int main(int argc, char **argv)
{
    /* A write past the file-size limit (ulimit -f) then fails with EFBIG, which the library
     * reports and cleans up after, instead of the signal killing the process mid-write and
     * leaving a temporary file behind. */
    signal(SIGXFSZ, SIG_IGN);
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        usage(stdout);
        return EXIT_DONE;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
        printf("cordon %s\n", cordon_version());
        return EXIT_DONE;
    }
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        if (strcmp(name, COMMANDS[i].name) == 0)
            return COMMANDS[i].run(argc - 1, argv + 1);
    cli_error("unknown command '%s'", name);
    usage(stderr);
    return EXIT_USAGE;
}
