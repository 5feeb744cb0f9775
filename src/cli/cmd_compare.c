/*
 * cmd_compare.c — cordon compare: score two names against each other, or every pair of a CSV.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char HELP[] =
    "Usage: cordon compare [--type TYPE] [--json] NAME1 NAME2\n"
    "       cordon compare --pairs FILE.csv [--explain] [--list SOURCE...]\n"
    "\n"
    "Scores how well two names match as names of the same party, in [0, 1], with the scorer that\n"
    "search uses, and says why: which word of NAME1 met which of NAME2, by which key, with what\n"
    "weight. Without --list every word weighs the same; with lists, words weigh by their rarity\n"
    "in them, as in search.\n"
    "\n"
    "With --pairs, FILE.csv has rows name1,name2[,schema] (a header line name1,name2,... is\n"
    "skipped) and the output is CSV: name1,name2,schema,score,match (and explanation with\n"
    "--explain).\n"
    "\n"
    "Options:\n"
    "  -t, --type TYPE       person, organization, vessel, aircraft or legalentity\n"
    "      --pairs FILE      compare every pair of FILE.csv (- for stdin)\n"
    "  -l, --list SOURCE     weigh tokens by their rarity in these lists (repeatable)\n"
    "      --threshold X     the match threshold in [0, 1] (default 0.80)\n"
    "      --json            {\"name1\", \"name2\", \"schema\", \"score\", \"match\", \"explanation\"}\n"
    "      --explain         with --pairs: an explanation column\n"
    "  -h, --help            this help\n";


/* Splits a CSV line of up to 3 fields in place; returns the count (quotes as in RFC 4180). */
static size_t split3(char *line, char **f)
{
    size_t n = 0;
    char *p = line;
    while (n < 3) {
        char *out = p;
        f[n++] = p;
        if (*p == '"') {
            for (p++;; p++) {
                if (*p == '"' && p[1] == '"')
                    *out++ = *++p;
                else if (*p == '"' || !*p)
                    break;
                else
                    *out++ = *p;
            }
            if (*p)
                p++;
        } else {
            while (*p && *p != ',')
                *out++ = *p++;
        }
        char sep = *p;
        *out = '\0';
        if (sep != ',')
            break;
        p++;
    }
    return n;
}

static void csv_out(const char *s)
{
    if (!strpbrk(s, ",\"\n")) {
        fputs(s, stdout);
        return;
    }
    putchar('"');
    for (; *s; s++) {
        if (*s == '"')
            putchar('"');
        putchar(*s);
    }
    putchar('"');
}

/* The explanation of a pair fits here unless its names have dozens of words; longer ones are
 * cut short, which only the explanation text shows. */
enum { WHY_SIZE = 4096 };

static int compare_pairs(const cordon_index *idx, const char *path, cordon_schema default_schema, double threshold,
                         bool explain)
{
    FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
    if (!in) {
        cli_error("%s: cannot open: %s", path, strerror(errno));
        return EXIT_BAD_INPUT;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    long line_no = 0;
    int result = EXIT_DONE;
    printf("name1,name2,schema,score,match%s\n", explain ? ",explanation" : "");
    char why[WHY_SIZE];
    while ((got = getline(&line, &cap, in)) != -1) {
        line_no++;
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        if (got == 0)
            continue;
        char *f[3];
        size_t n = split3(line, f);
        if (line_no == 1 && strcmp(f[0], "name1") == 0)
            continue;
        cordon_schema schema = default_schema;
        if (n < 2 || (n == 3 && *f[2] && cordon_schema_parse(f[2], &schema) != CORDON_OK)) {
            cli_error("%s:%ld: expected name1,name2[,schema]", path, line_no);
            result = EXIT_BAD_INPUT;
            break;
        }
        double score;
        if (cordon_compare_explain(idx, f[0], f[1], schema, &score, why, explain ? sizeof why : 0) != CORDON_OK) {
            cli_error("%s:%ld: a name is not valid UTF-8", path, line_no);
            result = EXIT_BAD_INPUT;
            break;
        }
        csv_out(f[0]);
        putchar(',');
        csv_out(f[1]);
        printf(",%s,%.4f,%s", cordon_schema_name(schema), json_out_round4(score), score >= threshold ? "true" : "false");
        if (explain) {
            putchar(',');
            csv_out(why);
        }
        putchar('\n');
    }
    free(line);
    if (in != stdin)
        fclose(in);
    return result;
}

int cmd_compare(int argc, char **argv)
{
    enum { OPT_JSON = 256, OPT_PAIRS, OPT_THRESHOLD, OPT_EXPLAIN };
    static const struct option OPTIONS[] = {
        {"type", required_argument, NULL, 't'},          {"json", no_argument, NULL, OPT_JSON},
        {"pairs", required_argument, NULL, OPT_PAIRS},   {"list", required_argument, NULL, 'l'},
        {"index", required_argument, NULL, 'i'},         {"threshold", required_argument, NULL, OPT_THRESHOLD},
        {"explain", no_argument, NULL, OPT_EXPLAIN},     {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    cordon_schema schema = CORDON_SCHEMA_ANY;
    cli_lists lists = {0};
    bool json = false, explain = false;
    const char *pairs = NULL;
    double threshold = CORDON_DEFAULT_THRESHOLD;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "t:l:h", OPTIONS, NULL)) != -1) {
        char *end;
        switch (opt) {
        case 't':
            if (cordon_schema_parse(optarg, &schema) != CORDON_OK)
                return cli_usage_error("compare", "invalid --type '%s'", optarg);
            break;
        case 'l':
        case 'i':
            if (cli_lists_add(&lists, "compare", opt, optarg) != EXIT_DONE)
                return EXIT_USAGE;
            break;
        case OPT_JSON: json = true; break;
        case OPT_PAIRS: pairs = optarg; break;
        case OPT_EXPLAIN: explain = true; break;
        case OPT_THRESHOLD:
            threshold = strtod(optarg, &end);
            if (end == optarg || *end || threshold < 0.0 || threshold > 1.0)
                return cli_usage_error("compare", "invalid --threshold '%s' (a number from 0 to 1)", optarg);
            break;
        case 'h': fputs(HELP, stdout); return EXIT_DONE;
        default: return cli_usage_error("compare", "invalid option");
        }
    }
    if (explain && !pairs)
        return cli_usage_error("compare", "--explain goes with --pairs (two names are always explained)");
    if (pairs ? argc != optind : argc - optind != 2)
        return cli_usage_error("compare", pairs ? "--pairs takes no NAME arguments" : "give exactly two names");

    /* An index for the transliterators (and, with lists, the token weights). */
    cordon_index *idx = NULL;
    int status = EXIT_DONE;
    if (lists.n_sources || lists.index_file) {
        idx = cli_open_index(&lists, "compare", true, &status);
        if (!idx)
            return status;
    } else if (cordon_index_open(&idx, NULL, 0, NULL) != CORDON_OK) {
        cli_error("%s", cordon_index_errmsg(idx));
        cordon_index_close(idx);
        return EXIT_BAD_INPUT;
    }
    if (pairs) {
        status = compare_pairs(idx, pairs, schema, threshold, explain);
    } else {
        double score;
        char why[WHY_SIZE];
        if (cordon_compare_explain(idx, argv[optind], argv[optind + 1], schema, &score, why, sizeof why) != CORDON_OK) {
            cli_error("a name is not valid UTF-8");
            status = EXIT_BAD_INPUT;
        } else if (json) {
            json_t *doc = json_pack("{s:s, s:s, s:s, s:f, s:b, s:s}", "name1", argv[optind], "name2",
                                    argv[optind + 1], "schema", cordon_schema_name(schema), "score",
                                    json_out_round4(score), "match", score >= threshold, "explanation", why);
            cli_json_print(doc, stdout);
            json_decref(doc);
        } else {
            printf("%.4f %s\n", score, score >= threshold ? "match" : "no match");
            if (why[0])
                printf("why: %s\n", why);
        }
    }
    cordon_index_close(idx);
    return status;
}
