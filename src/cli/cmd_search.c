/*
 * cmd_search.c — cordon search: one name against the lists.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/audit_cli.h"

static const char HELP[] =
    "Usage: cordon search [OPTIONS] --list SOURCE... NAME\n"
    "\n"
    "Searches the lists for NAME, in any script and spelling, and prints the best entities with\n"
    "their score and why they matched. A result at or above the threshold is a match.\n"
    "\n"
    "Options:\n"
    "  -l, --list SOURCE     a list to load, [FORMAT:]PATH (repeatable)\n"
    "      --index FILE      an index snapshot from 'cordon index build'\n"
    "  -t, --type TYPE       person, organization, vessel, aircraft, or legalentity (either of the\n"
    "                        first two; each of those also finds the parties of no type)\n"
    "  -c, --country CC      a country linked to the party (ISO alpha-2): raises agreeing results\n"
    "  -d, --dob DATE        date of birth YYYY[-MM[-DD]]: raises agreeing results, lowers others\n"
    "      --threshold X     the alert threshold in [0, 1] (default 0.80)\n"
    "  -n, --limit N         at most N results (default 10)\n"
    "      --json            machine-readable output (DESIGN.md search contract)\n"
    "      --fail-on-match   exit 1 when any result is a match (with --audit: an alert; a\n"
    "                        suppressed result does not count)\n"
    "      --audit DB        record the search and its results in the audit database DB\n"
    "                        (created if needed); results at or above the threshold become\n"
    "                        alerts to review with 'cordon audit'. If the record cannot be\n"
    "                        written, nothing is printed and the exit status is 3\n"
    "      --customer-id ID  the screened party's id in your records, for the audit: a\n"
    "                        customer/entity pair cleared once is reported as suppressed\n"
    "                        until the entity's list record changes\n"
    "  -q, --quiet           no warnings about skipped list records\n"
    "  -h, --help            this help\n"
    "\n"
    "Example:\n"
    "  cordon search --list csv:data/sample/watchlist.csv \"Wladimir Putin\"\n";

/* Parses a number in [lo, hi]; false when text is not one. */
static bool parse_number(const char *text, double lo, double hi, double *out)
{
    char *end;
    double v = strtod(text, &end);
    if (end == text || *end != '\0' || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

/* The word shown for a result: MATCH or -, or with --audit ALERT #id, SUPPRESSED #id or -. */
static const char *verdict(const cordon_result *r, const cordon_audit_mark *mark, char *buf, size_t size)
{
    if (!mark)
        return r->match ? "MATCH" : "-";
    if (mark->outcome == CORDON_AUDIT_BELOW)
        return "-";
    snprintf(buf, size, "%s #%lld", mark->outcome == CORDON_AUDIT_ALERT ? "ALERT" : "SUPPRESSED", mark->alert_id);
    return buf;
}

static void print_human(const char *query, const cordon_results *res, const cordon_index *idx,
                        const cordon_audit_mark *marks, const cordon_audit_receipt *receipt)
{
    size_t n = cordon_results_count(res);
    printf("Query: %s\n", query);
    printf("Threshold %.2f; lists:", cordon_results_threshold(res));
    for (size_t i = 0; i < cordon_index_list_count(idx); i++) {
        const cordon_list_info *l = cordon_index_list(idx, i);
        printf(" %s (%s)", l->id, l->version ? l->version : "no version");
    }
    printf("\n");
    if (receipt)
        printf("Audited as screening %lld: %zu alert%s, %zu suppressed\n", receipt->screening_id, receipt->alerts,
               receipt->alerts == 1 ? "" : "s", receipt->suppressed);
    if (n == 0) {
        printf("No results.\n");
        return;
    }
    bool color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    for (size_t i = 0; i < n; i++) {
        const cordon_result *r = cordon_results_get(res, i);
        const cordon_entity *e = r->entity;
        char word[64];
        const cordon_audit_mark *mark = marks ? &marks[i] : NULL;
        bool alerting = mark ? mark->outcome == CORDON_AUDIT_ALERT : r->match != 0;
        printf("\n%2zu. %.2f %s%-8s%s %s  [%s] %s\n", i + 1, r->score, color && alerting ? "\033[1;31m" : "",
               verdict(r, mark, word, sizeof word), color && alerting ? "\033[0m" : "", e->caption,
               cordon_schema_name(e->schema), e->id);
        if (r->matched_name != &e->names[0])
            printf("    matched: %s (%s)\n", r->matched_name->full, cordon_name_kind_name(r->matched_name->kind));
        if (e->n_programs) {
            printf("    programs:");
            for (size_t p = 0; p < e->n_programs; p++)
                printf("%s %s", p ? "," : "", e->programs[p]);
            printf("\n");
        }
        printf("    why: %s\n", r->explanation);
    }
}

/* What the command line asked for. */
typedef struct search_cmd {
    cli_lists lists;
    cordon_search_options opts;
    bool json, fail_on_match, quiet;
    const char *name, *audit_path, *customer;
} search_cmd;

/* Parses the options and the NAME into c; returns EXIT_DONE, EXIT_USAGE, or -1 after --help. */
static int parse_options(search_cmd *c, int argc, char **argv)
{
    enum { OPT_THRESHOLD = 256, OPT_JSON, OPT_FAIL, OPT_AUDIT, OPT_CUSTOMER };
    static const struct option OPTIONS[] = {
        {"list", required_argument, NULL, 'l'},          {"index", required_argument, NULL, 'i'},
        {"type", required_argument, NULL, 't'},          {"country", required_argument, NULL, 'c'},
        {"dob", required_argument, NULL, 'd'},           {"threshold", required_argument, NULL, OPT_THRESHOLD},
        {"limit", required_argument, NULL, 'n'},         {"json", no_argument, NULL, OPT_JSON},
        {"fail-on-match", no_argument, NULL, OPT_FAIL}, {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},                {"audit", required_argument, NULL, OPT_AUDIT},
        {"customer-id", required_argument, NULL, OPT_CUSTOMER}, {NULL, 0, NULL, 0},
    };
    cordon_search_options *opts = &c->opts;
    double number;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "l:t:c:d:n:qh", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case 'l':
        case 'i':
            if (cli_lists_add(&c->lists, "search", opt, optarg) != EXIT_DONE)
                return EXIT_USAGE;
            break;
        case 't':
            if (cordon_schema_parse(optarg, &opts->schema) != CORDON_OK)
                return cli_usage_error("search", "invalid --type '%s' (person, organization, vessel, aircraft or legalentity)",
                                       optarg);
            break;
        case 'c':
            if (strlen(optarg) != 2)
                return cli_usage_error("search", "invalid --country '%s' (an ISO alpha-2 code such as RU)", optarg);
            opts->country = optarg;
            break;
        case 'd': opts->dob = optarg; break;
        case OPT_THRESHOLD:
            if (!parse_number(optarg, 0.0, 1.0, &opts->threshold))
                return cli_usage_error("search", "invalid --threshold '%s' (a number from 0 to 1)", optarg);
            if (opts->min_score > opts->threshold)
                opts->min_score = opts->threshold;
            break;
        case 'n':
            if (!parse_number(optarg, 1, 10000, &number) || number != (size_t)number)
                return cli_usage_error("search", "invalid --limit '%s' (a whole number from 1 to 10000)", optarg);
            opts->limit = (size_t)number;
            break;
        case OPT_JSON: c->json = true; break;
        case OPT_FAIL: c->fail_on_match = true; break;
        case 'q': c->quiet = true; break;
        case OPT_AUDIT: c->audit_path = optarg; break;
        case OPT_CUSTOMER: c->customer = optarg; break;
        case 'h': fputs(HELP, stdout); return -1;
        default: return cli_usage_error("search", "invalid option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("search", optind >= argc ? "no NAME to search" : "give one NAME (quote names with spaces)");
    c->name = argv[optind];
    if (c->customer && !c->audit_path)
        return cli_usage_error("search", "--customer-id is recorded in the audit trail: give --audit DB too");
    return EXIT_DONE;
}

/* Records the search and its results in audit, filling marks[i] for result i and *receipt.
 * Returns EXIT_DONE, or an exit status after saying why (the results must then not be shown). */
static int audit_search(const search_cmd *c, cordon_audit *audit, const cordon_index *idx, const cordon_results *res,
                        cordon_audit_mark *marks, cordon_audit_receipt *receipt)
{
    if (!marks) {
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    cordon_audit_screening s;
    cli_audit_screening(&s, "search", c->customer, c->name);
    s.schema = c->opts.schema;
    s.dob = c->opts.dob;
    s.country = c->opts.country;
    s.threshold = cordon_results_threshold(res);
    return cli_audit_results(audit, idx, &s, res, marks, receipt);
}

/* Prints {"query", "results", "screening_id"} (the last with an audit), each result with its
 * audit mark when marks is not NULL. */
static void print_json(const char *name, const cordon_results *res, const cordon_audit_mark *marks,
                       const cordon_audit_receipt *receipt)
{
    json_t *results = json_array();
    for (size_t i = 0; i < cordon_results_count(res); i++) {
        json_t *r = json_out_result(cordon_results_get(res, i));
        if (marks)
            cli_json_add_mark(r, &marks[i]);
        json_array_append_new(results, r);
    }
    json_t *doc = json_pack("{s:s, s:o}", "query", name, "results", results);
    if (receipt)
        json_object_set_new(doc, "screening_id", json_integer(receipt->screening_id));
    cli_json_print(doc, stdout);
    json_decref(doc);
}

int cmd_search(int argc, char **argv)
{
    search_cmd c = {0};
    cordon_search_options_default(&c.opts);
    int exit_status = parse_options(&c, argc, argv);
    if (exit_status != EXIT_DONE)
        return exit_status < 0 ? EXIT_DONE : exit_status;
    cordon_audit *audit = c.audit_path ? cli_audit_open(c.audit_path, &exit_status) : NULL;
    if (c.audit_path && !audit)
        return exit_status;
    cordon_index *idx = cli_open_index(&c.lists, "search", c.quiet, &exit_status);
    if (!idx) {
        cordon_audit_close(audit);
        return exit_status;
    }
    cordon_results *res = NULL;
    int status = cordon_search(idx, c.name, &c.opts, &res);
    if (status != CORDON_OK) {
        cli_error("%s", cordon_results_errmsg(res));
        cordon_results_free(res);
        cordon_index_close(idx);
        cordon_audit_close(audit);
        return status == CORDON_EINVAL ? EXIT_BAD_INPUT : cli_exit_for(status);
    }
    size_t n = cordon_results_count(res);
    cordon_audit_mark *marks = audit ? calloc(n + 1, sizeof *marks) : NULL;
    cordon_audit_receipt receipt = {0};
    int audited = audit ? audit_search(&c, audit, idx, res, marks, &receipt) : EXIT_DONE;
    bool any_match = false;
    for (size_t i = 0; i < n; i++)
        any_match |= marks ? marks[i].outcome == CORDON_AUDIT_ALERT : cordon_results_get(res, i)->match != 0;
    /* Results that were not recorded are not printed: they must not look audited. */
    if (audited == EXIT_DONE && c.json)
        print_json(c.name, res, marks, audit ? &receipt : NULL);
    else if (audited == EXIT_DONE)
        print_human(c.name, res, idx, marks, audit ? &receipt : NULL);
    free(marks);
    cordon_results_free(res);
    cordon_index_close(idx);
    cordon_audit_close(audit);
    if (audited != EXIT_DONE)
        return audited;
    if (fflush(stdout) != 0) {
        cli_error("cannot write the output");
        return EXIT_BAD_INPUT;
    }
    return c.fail_on_match && any_match ? EXIT_MATCH : EXIT_DONE;
}
