/*
 * cmd_compare.c — cordon compare: score two names against each other, no list needed.
 */
#include <getopt.h>
#include <string.h>

#include "cli/cli.h"

static const char HELP[] =
    "Usage: cordon compare [--type TYPE] [--json] NAME1 NAME2\n"
    "\n"
    "Scores how well two names match as names of the same party, in [0, 1], with the scorer that\n"
    "search uses (without list-wide token rarity: every token weighs the same).\n"
    "\n"
    "Options:\n"
    "  -t, --type TYPE   person, organization, vessel or aircraft\n"
    "      --json        {\"name1\", \"name2\", \"schema\", \"score\", \"match\"}\n"
    "  -h, --help        this help\n";

int cmd_compare(int argc, char **argv)
{
    enum { OPT_JSON = 256 };
    static const struct option OPTIONS[] = {
        {"type", required_argument, NULL, 't'}, {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0},
    };
    cordon_schema schema = CORDON_SCHEMA_ANY;
    bool json = false;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "t:h", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case 't':
            if (cordon_schema_parse(optarg, &schema) != CORDON_OK)
                return cli_usage_error("compare", "invalid --type '%s'", optarg);
            break;
        case OPT_JSON: json = true; break;
        case 'h': fputs(HELP, stdout); return EXIT_DONE;
        default: return cli_usage_error("compare", "invalid option");
        }
    }
    if (argc - optind != 2)
        return cli_usage_error("compare", "give exactly two names");
    double score;
    int status = cordon_compare(NULL, argv[optind], argv[optind + 1], schema, &score);
    if (status != CORDON_OK) {
        cli_error("%s", status == CORDON_EINVAL ? "a name is not valid UTF-8" : cordon_status_string(status));
        return EXIT_BAD_INPUT;
    }
    bool match = score >= CORDON_DEFAULT_THRESHOLD;
    if (json) {
        json_t *doc = json_pack("{s:s, s:s, s:s, s:f, s:b}", "name1", argv[optind], "name2", argv[optind + 1], "schema",
                                cordon_schema_name(schema), "score", (double)(long)(score * 10000 + 0.5) / 10000, "match",
                                match);
        cli_json_print(doc, stdout);
        json_decref(doc);
    } else {
        printf("%.4f %s\n", score, match ? "match" : "no match");
    }
    return EXIT_DONE;
}
