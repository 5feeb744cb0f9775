/*
 * cmd_audit.c — cordon audit: the review queue and the audit trail, read from and decided in an
 * audit database that search, scan and screen wrote with --audit.
 *
 *   alerts   list alerts, filtered by status and customer
 *   decide   clear, confirm or escalate one alert, with a reason
 *   export   every screening of a period, as CSV or JSON lines
 *   proof    what was screened for one customer on one day, against which list versions
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/audit_cli.h"

static const char HELP[] =
    "Usage: cordon audit --db FILE COMMAND [OPTIONS]\n"
    "\n"
    "Reads and decides the audit trail that 'search', 'scan' and 'screen' record with --audit FILE.\n"
    "\n"
    "Commands:\n"
    "  alerts    list alerts to review (newest first)\n"
    "  decide    clear, confirm or escalate an alert, with a reason\n"
    "  export    every screening of a period, as CSV or JSON lines\n"
    "  proof     what was screened for a customer on a day, against which list versions\n"
    "\n"
    "Run 'cordon audit COMMAND --help' for a command's options.\n";

static const char HELP_ALERTS[] =
    "Usage: cordon audit --db FILE alerts [--status S] [--customer ID] [--limit N] [--json]\n"
    "\n"
    "Lists alerts, newest first: results of audited screenings at or above the threshold.\n"
    "\n"
    "Options:\n"
    "      --db FILE         the audit database\n"
    "  -s, --status S        only alerts with this status: open, cleared, confirmed, escalated\n"
    "  -c, --customer ID     only alerts of this customer id\n"
    "  -n, --limit N         at most N alerts (default 1000)\n"
    "      --json            {\"alerts\": [...]} with every decision of each alert\n"
    "  -h, --help            this help\n";

static const char HELP_DECIDE[] =
    "Usage: cordon audit --db FILE decide ALERT_ID --status cleared|confirmed|escalated --reason TEXT\n"
    "                                      [--by NAME]\n"
    "\n"
    "Decides an alert. cleared: a false positive (this customer is not this listed party); the\n"
    "customer/entity pair is then reported as suppressed in later screenings until the entity's\n"
    "list record changes. confirmed: a true match. escalated: for someone else to decide. A\n"
    "cleared or confirmed alert can only be escalated again. Every decision is kept.\n"
    "\n"
    "Options:\n"
    "      --db FILE         the audit database\n"
    "  -s, --status S        cleared, confirmed or escalated\n"
    "  -r, --reason TEXT     why (required)\n"
    "      --by NAME         who decides (default: $CORDON_USER, else the OS user)\n"
    "  -h, --help            this help\n";

static const char HELP_EXPORT[] =
    "Usage: cordon audit --db FILE export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format csv|jsonl]\n"
    "                                      [-o FILE]\n"
    "\n"
    "Writes every screening recorded from day --from to day --to (both included, UTC), oldest\n"
    "first: jsonl, one object per screening with its query, list versions and results (the\n"
    "default), or csv, one row per result (a screening without results gets one row).\n"
    "\n"
    "Options:\n"
    "      --db FILE         the audit database\n"
    "      --from DATE       first day (default: no limit)\n"
    "      --to DATE         last day (default: no limit)\n"
    "  -f, --format FMT      jsonl or csv\n"
    "  -o, --output FILE     write there instead of stdout (removed again if the export fails)\n"
    "  -h, --help            this help\n";

static const char HELP_PROOF[] =
    "Usage: cordon audit --db FILE proof --id CUSTOMER --date YYYY-MM-DD [--json]\n"
    "\n"
    "Shows what was screened for one customer on one day (UTC): each screening's time, who,\n"
    "channel, query and threshold, the list versions it ran against (id, version, SHA-256\n"
    "checksum of the list files, when cordon first saw that version) and the outcome with its\n"
    "results. Exit 0 also when nothing was screened that day (the proof says so).\n"
    "\n"
    "Options:\n"
    "      --db FILE         the audit database\n"
    "      --id CUSTOMER     the customer id given with --customer-id or the input's id column\n"
    "      --date DATE       the day\n"
    "      --json            the proof as one JSON document\n"
    "  -h, --help            this help\n";

enum { OPT_DB = 256, OPT_JSON, OPT_BY, OPT_FROM, OPT_TO, OPT_ID, OPT_DATE };

/* Opens the database (--db, accepted before the command and among its options) and runs the
 * command's work on it. */
static int with_audit(const char *db_path, int (*run)(cordon_audit *, void *), void *ctx, const char *cmd)
{
    if (!db_path)
        return cli_usage_error(cmd, "no audit database: give --db FILE");
    int exit_status;
    cordon_audit *audit = cli_audit_open(db_path, &exit_status);
    if (!audit)
        return exit_status;
    int result = run(audit, ctx);
    cordon_audit_close(audit);
    return result;
}

/* ---- alerts ---- */

typedef struct alerts_args {
    cordon_alert_filter filter;
    bool json;
} alerts_args;

static int run_alerts(cordon_audit *audit, void *ctx)
{
    alerts_args *args = ctx;
    cordon_alerts *list = NULL;
    int status = cordon_audit_alerts(audit, &args->filter, &list);
    if (status != CORDON_OK) {
        cli_error("%s", cordon_audit_errmsg(audit));
        return status == CORDON_EINVAL ? EXIT_USAGE : EXIT_BAD_INPUT;
    }
    size_t n = cordon_alerts_count(list);
    if (args->json) {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(arr, cli_json_alert(cordon_alerts_get(list, i)));
        json_t *doc = json_pack("{s:o}", "alerts", arr);
        cli_json_print(doc, stdout);
        json_decref(doc);
    } else {
        printf("%-6s %-9s %-20s %-14s %5s  %s\n", "ALERT", "STATUS", "CREATED", "CUSTOMER", "SCORE",
               "SCREENED NAME -> LISTED ENTITY");
        for (size_t i = 0; i < n; i++) {
            const cordon_alert *a = cordon_alerts_get(list, i);
            const char *customer = a->customer_id ? a->customer_id : "-";
            printf("%-6lld %-9s %-20s ", a->id, a->status, a->created);
            cli_print_cell(stdout, customer, strlen(customer), 14);
            printf(" %5.2f  %s -> %s [%s]\n", a->score, a->screened_name, a->caption, a->entity_id);
            if (a->n_decisions) {
                const cordon_decision *d = &a->decisions[a->n_decisions - 1];
                printf("       %s by %s at %s: %s\n", d->status, d->who, d->at, d->reason);
            }
        }
        printf("%zu alert%s\n", n, n == 1 ? "" : "s");
    }
    cordon_alerts_free(list);
    return EXIT_DONE;
}

static int audit_alerts(int argc, char **argv, const char *db_path)
{
    static const struct option OPTIONS[] = {
        {"db", required_argument, NULL, OPT_DB},     {"status", required_argument, NULL, 's'},
        {"customer", required_argument, NULL, 'c'},  {"limit", required_argument, NULL, 'n'},
        {"json", no_argument, NULL, OPT_JSON},       {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    alerts_args args = {.json = false};
    cordon_alert_filter_default(&args.filter);
    int opt;
    optind = 0; /* 0, not 1: glibc then forgets the "+" mode of the parse before the command */
    while ((opt = getopt_long(argc, argv, "s:c:n:h", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case OPT_DB: db_path = optarg; break;
        case 's': args.filter.status = optarg; break;
        case 'c': args.filter.customer_id = optarg; break;
        case 'n': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (end == optarg || *end || v < 1)
                return cli_usage_error("audit alerts", "invalid --limit '%s' (a whole number from 1)", optarg);
            args.filter.limit = (size_t)v;
            break;
        }
        case OPT_JSON: args.json = true; break;
        case 'h': fputs(HELP_ALERTS, stdout); return EXIT_DONE;
        default: return cli_usage_error("audit alerts", "invalid option");
        }
    }
    if (optind < argc)
        return cli_usage_error("audit alerts", "unexpected argument '%s'", argv[optind]);
    return with_audit(db_path, run_alerts, &args, "audit alerts");
}

/* ---- decide ---- */

typedef struct decide_args {
    long long id;
    const char *status, *reason, *by;
} decide_args;

static int run_decide(cordon_audit *audit, void *ctx)
{
    decide_args *args = ctx;
    int status = cordon_audit_decide(audit, args->id, args->status, args->reason, args->by, NULL);
    if (status != CORDON_OK) {
        cli_error("%s", cordon_audit_errmsg(audit));
        return status == CORDON_EINVAL ? EXIT_USAGE : EXIT_BAD_INPUT;
    }
    printf("alert %lld: %s by %s\n", args->id, args->status, args->by);
    return EXIT_DONE;
}

static int audit_decide(int argc, char **argv, const char *db_path)
{
    static const struct option OPTIONS[] = {
        {"db", required_argument, NULL, OPT_DB},    {"status", required_argument, NULL, 's'},
        {"reason", required_argument, NULL, 'r'},   {"by", required_argument, NULL, OPT_BY},
        {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0},
    };
    decide_args args = {0, NULL, NULL, NULL};
    int opt;
    optind = 0;
    while ((opt = getopt_long(argc, argv, "s:r:h", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case OPT_DB: db_path = optarg; break;
        case 's': args.status = optarg; break;
        case 'r': args.reason = optarg; break;
        case OPT_BY: args.by = optarg; break;
        case 'h': fputs(HELP_DECIDE, stdout); return EXIT_DONE;
        default: return cli_usage_error("audit decide", "invalid option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("audit decide", optind >= argc ? "no ALERT_ID to decide" : "give one ALERT_ID");
    char *end;
    args.id = strtoll(argv[optind], &end, 10);
    if (end == argv[optind] || *end || args.id < 1)
        return cli_usage_error("audit decide", "invalid ALERT_ID '%s' (a number from 'cordon audit alerts')",
                               argv[optind]);
    if (!args.status)
        return cli_usage_error("audit decide", "no decision: give --status cleared, confirmed or escalated");
    if (!args.reason)
        return cli_usage_error("audit decide", "no reason: give --reason TEXT");
    if (!args.by)
        args.by = cli_audit_who();
    return with_audit(db_path, run_decide, &args, "audit decide");
}

/* ---- export ---- */

typedef struct export_args {
    const char *from, *to, *format, *output;
    FILE *out;
} export_args;

static int write_out(void *ctx, const char *bytes, size_t len)
{
    return fwrite(bytes, 1, len, ctx) == len ? 0 : -1;
}

static int run_export(cordon_audit *audit, void *ctx)
{
    export_args *args = ctx;
    args->out = args->output ? fopen(args->output, "wb") : stdout;
    if (!args->out) {
        cli_error("%s: cannot create: %m", args->output);
        return EXIT_BAD_INPUT;
    }
    int status = cordon_audit_export(audit, args->from, args->to, args->format, write_out, args->out);
    bool write_failed = fflush(args->out) != 0 || ferror(args->out);
    if (args->output && fclose(args->out) != 0)
        write_failed = true;
    if (status != CORDON_OK || write_failed) {
        cli_error("%s", status != CORDON_OK ? cordon_audit_errmsg(audit) : "cannot write the export");
        if (args->output)
            remove(args->output); /* never leave a partial export that looks complete */
        return status == CORDON_EINVAL ? EXIT_USAGE : EXIT_BAD_INPUT;
    }
    return EXIT_DONE;
}

static int audit_export(int argc, char **argv, const char *db_path)
{
    static const struct option OPTIONS[] = {
        {"db", required_argument, NULL, OPT_DB},    {"from", required_argument, NULL, OPT_FROM},
        {"to", required_argument, NULL, OPT_TO},    {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},   {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    export_args args = {NULL, NULL, "jsonl", NULL, NULL};
    int opt;
    optind = 0;
    while ((opt = getopt_long(argc, argv, "f:o:h", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case OPT_DB: db_path = optarg; break;
        case OPT_FROM: args.from = optarg; break;
        case OPT_TO: args.to = optarg; break;
        case 'f':
            if (strcmp(optarg, "csv") != 0 && strcmp(optarg, "jsonl") != 0)
                return cli_usage_error("audit export", "invalid --format '%s' (csv or jsonl)", optarg);
            args.format = optarg;
            break;
        case 'o': args.output = optarg; break;
        case 'h': fputs(HELP_EXPORT, stdout); return EXIT_DONE;
        default: return cli_usage_error("audit export", "invalid option");
        }
    }
    if (optind < argc)
        return cli_usage_error("audit export", "unexpected argument '%s'", argv[optind]);
    return with_audit(db_path, run_export, &args, "audit export");
}

/* ---- proof ---- */

typedef struct proof_args {
    const char *id, *date;
    bool json;
    char *text;
    size_t len;
} proof_args;

static int collect(void *ctx, const char *bytes, size_t len)
{
    return fwrite(bytes, 1, len, ctx) == len ? 0 : -1;
}

static const char *text_of(json_t *obj, const char *key, const char *none)
{
    const char *s = json_string_value(json_object_get(obj, key));
    return s ? s : none;
}

/* Prints the proof document for people. */
static void print_proof(json_t *doc)
{
    json_t *screenings = json_object_get(doc, "screenings");
    size_t n = json_array_size(screenings);
    printf("Customer %s on %s: %zu screening%s recorded\n", text_of(doc, "customer_id", "?"),
           text_of(doc, "date", "?"), n, n == 1 ? "" : "s");
    size_t i, k;
    json_t *s, *x;
    json_array_foreach(screenings, i, s) {
        json_t *q = json_object_get(s, "query");
        printf("\nscreening %lld at %s by %s via %s: \"%s\"", (long long)json_integer_value(json_object_get(s, "id")),
               text_of(s, "at", "?"), text_of(s, "who", "?"), text_of(s, "channel", "?"), text_of(q, "name", ""));
        if (json_string_value(json_object_get(q, "dob")))
            printf(" dob %s", text_of(q, "dob", ""));
        if (json_string_value(json_object_get(q, "country")))
            printf(" country %s", text_of(q, "country", ""));
        printf(", threshold %.2f\n", json_real_value(json_object_get(s, "threshold")));
        json_array_foreach(json_object_get(s, "lists"), k, x)
            printf("  list %s version %s, sha256 %s, first seen %s\n", text_of(x, "id", "?"),
                   text_of(x, "version", "unknown"), text_of(x, "checksum", "?"), text_of(x, "first_seen", "?"));
        if (json_string_value(json_object_get(s, "error")))
            printf("  row not screened: %s\n", text_of(s, "error", ""));
        printf("  outcome: %s (%lld alert%s, %lld suppressed)\n", text_of(s, "outcome", "?"),
               (long long)json_integer_value(json_object_get(s, "alerts")),
               json_integer_value(json_object_get(s, "alerts")) == 1 ? "" : "s",
               (long long)json_integer_value(json_object_get(s, "suppressed")));
        json_array_foreach(json_object_get(s, "results"), k, x) {
            json_t *alert = json_object_get(x, "alert_id");
            printf("  %zu. %.2f %-10s %s [%s]", k + 1, json_real_value(json_object_get(x, "score")),
                   text_of(x, "outcome", "?"), text_of(x, "caption", "?"), text_of(x, "id", "?"));
            if (json_is_integer(alert))
                printf(" alert %lld", (long long)json_integer_value(alert));
            printf("\n");
        }
    }
}

static int run_proof(cordon_audit *audit, void *ctx)
{
    proof_args *args = ctx;
    FILE *mem = open_memstream(&args->text, &args->len);
    if (!mem) {
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    int status = cordon_audit_proof(audit, args->id, args->date, collect, mem);
    fclose(mem);
    if (status != CORDON_OK) {
        cli_error("%s", cordon_audit_errmsg(audit));
        free(args->text);
        return status == CORDON_EINVAL ? EXIT_USAGE : EXIT_BAD_INPUT;
    }
    if (args->json) {
        fputs(args->text, stdout);
    } else {
        json_t *doc = json_loads(args->text, 0, NULL);
        print_proof(doc);
        json_decref(doc);
    }
    free(args->text);
    return EXIT_DONE;
}

static int audit_proof(int argc, char **argv, const char *db_path)
{
    static const struct option OPTIONS[] = {
        {"db", required_argument, NULL, OPT_DB},  {"id", required_argument, NULL, OPT_ID},
        {"date", required_argument, NULL, OPT_DATE}, {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    proof_args args = {0};
    int opt;
    optind = 0;
    while ((opt = getopt_long(argc, argv, "h", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case OPT_DB: db_path = optarg; break;
        case OPT_ID: args.id = optarg; break;
        case OPT_DATE: args.date = optarg; break;
        case OPT_JSON: args.json = true; break;
        case 'h': fputs(HELP_PROOF, stdout); return EXIT_DONE;
        default: return cli_usage_error("audit proof", "invalid option");
        }
    }
    if (optind < argc)
        return cli_usage_error("audit proof", "unexpected argument '%s'", argv[optind]);
    if (!args.id || !args.date)
        return cli_usage_error("audit proof", "give --id CUSTOMER and --date YYYY-MM-DD");
    return with_audit(db_path, run_proof, &args, "audit proof");
}

int cmd_audit(int argc, char **argv)
{
    static const struct option OPTIONS[] = {
        {"db", required_argument, NULL, OPT_DB},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    static const struct {
        const char *name;
        int (*run)(int, char **, const char *);
    } COMMANDS[] = {{"alerts", audit_alerts}, {"decide", audit_decide}, {"export", audit_export}, {"proof", audit_proof}};
    const char *db_path = NULL;
    int opt;
    optind = 1;
    /* "+": stop at the command's name; its own options are parsed by the command. */
    while ((opt = getopt_long(argc, argv, "+h", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case OPT_DB: db_path = optarg; break;
        case 'h': fputs(HELP, stdout); return EXIT_DONE;
        default: return cli_usage_error("audit", "invalid option");
        }
    }
    if (optind >= argc)
        return cli_usage_error("audit", "no command: alerts, decide, export or proof");
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        if (strcmp(argv[optind], COMMANDS[i].name) == 0)
            return COMMANDS[i].run(argc - optind, argv + optind, db_path);
    return cli_usage_error("audit", "unknown command '%s' (alerts, decide, export or proof)", argv[optind]);
}
