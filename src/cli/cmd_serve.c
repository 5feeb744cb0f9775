/*
 * cmd_serve.c — cordon serve: the HTTP API and the analysts' web page (src/server/). This file
 * only reads the options; server_run does the rest.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "server/server.h"

static const char HELP[] =
    "Usage: cordon serve [OPTIONS] (--index FILE | --list SOURCE...)\n"
    "\n"
    "Serves the JSON API and the web page for analysts over one shared index. SIGHUP (or\n"
    "POST /admin/reload) loads the lists again in the background and swaps them in; SIGINT or\n"
    "SIGTERM stops the server.\n"
    "\n"
    "Options:\n"
    "  -l, --list SOURCE           a list to load, [FORMAT:]PATH (repeatable)\n"
    "      --index FILE            an index snapshot from 'cordon index build'\n"
    "      --listen HOST:PORT      where to listen (default 127.0.0.1:8080; port 0 picks a free\n"
    "                              port, printed as 'listening on http://HOST:PORT')\n"
    "      --api-keys FILE         'name:key' lines; then every endpoint but /healthz, /readyz,\n"
    "                              the web page and /openapi.json needs 'Authorization: Bearer KEY',\n"
    "                              and /admin/* is enabled (it is refused without keys)\n"
    "      --rate-limit N          requests per second per API key (bursts of N); more get 429\n"
    "                              (default 0: no limit)\n"
    "      --access-log FILE       append the access log (JSON lines) to FILE (default stderr)\n"
    "      --user NAME             switch to this user after binding the port (when root)\n"
    "      --threads N             worker threads (default: one per core)\n"
    "      --max-body-match BYTES  largest POST /match body (default 1048576)\n"
    "      --max-body-scan BYTES   largest POST /scan body (default 5242880)\n"
    "      --max-queries N         most queries in one POST /match (default 1000)\n"
    "      --max-connections N     most open connections (default 4096)\n"
    "      --max-connections-per-ip N  most open connections from one address (default 256; 0: no\n"
    "                              limit — behind a reverse proxy, every client has its address)\n"
    "      --timeout SECONDS       close a connection idle this long (default 15)\n"
    "      --max-header-bytes N    memory for one request's line and headers (default 32768)\n"
    "  -q, --quiet                 no warnings about skipped list records\n"
    "  -h, --help                  this help\n"
    "\n"
    "Endpoints: GET /search, POST /match, POST /scan, GET /entities/{id}, GET /lists,\n"
    "GET /healthz, GET /readyz, GET /metrics, POST /admin/reload, GET /openapi.json, GET /.\n"
    "\n"
    "Example:\n"
    "  cordon serve --list csv:data/sample/watchlist.csv --listen 127.0.0.1:8080 &\n"
    "  curl 'http://127.0.0.1:8080/search?q=Wladimir+Putin&limit=3'\n";

/* A whole number in [lo, hi] from text; false when it is not one. */
static bool parse_count(const char *text, unsigned long long lo, unsigned long long hi, unsigned long long *out)
{
    char *end;
    if (!*text || *text == '-')
        return false;
    unsigned long long v = strtoull(text, &end, 10);
    if (*end || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

int cmd_serve(int argc, char **argv)
{
    enum {
        OPT_LISTEN = 256, OPT_KEYS, OPT_LOG, OPT_USER, OPT_THREADS, OPT_BODY_MATCH, OPT_BODY_SCAN, OPT_QUERIES,
        OPT_CONNS, OPT_CONNS_IP, OPT_TIMEOUT, OPT_HEADER, OPT_RATE
    };
    static const struct option OPTIONS[] = {
        {"list", required_argument, NULL, 'l'},
        {"index", required_argument, NULL, 'i'},
        {"listen", required_argument, NULL, OPT_LISTEN},
        {"api-keys", required_argument, NULL, OPT_KEYS},
        {"access-log", required_argument, NULL, OPT_LOG},
        {"user", required_argument, NULL, OPT_USER},
        {"threads", required_argument, NULL, OPT_THREADS},
        {"max-body-match", required_argument, NULL, OPT_BODY_MATCH},
        {"max-body-scan", required_argument, NULL, OPT_BODY_SCAN},
        {"max-queries", required_argument, NULL, OPT_QUERIES},
        {"max-connections", required_argument, NULL, OPT_CONNS},
        {"max-connections-per-ip", required_argument, NULL, OPT_CONNS_IP},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {"max-header-bytes", required_argument, NULL, OPT_HEADER},
        {"rate-limit", required_argument, NULL, OPT_RATE},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    server_config cfg = {
        .listen = "127.0.0.1:8080",
        .max_match_body = 1 << 20,
        .max_scan_body = 5 << 20,
        .max_queries = 1000,
        .max_connections = 4096,
        .max_connections_per_ip = 256, /* one client cannot hold every connection */
        .timeout_seconds = 15,
        .max_header_bytes = 32768,
    };
    cli_lists lists = {0};
    unsigned long long n;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "l:qh", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case 'l':
        case 'i':
            if (cli_lists_add(&lists, "serve", opt, optarg) != EXIT_DONE)
                return EXIT_USAGE;
            break;
        case OPT_LISTEN: cfg.listen = optarg; break;
        case OPT_KEYS: cfg.api_keys_file = optarg; break;
        case OPT_LOG: cfg.access_log = optarg; break;
        case OPT_USER: cfg.user = optarg; break;
#define COUNT_OPTION(OPT, NAME, LO, HI, FIELD, TYPE)                                                                 \
    case OPT:                                                                                                        \
        if (!parse_count(optarg, LO, HI, &n))                                                                        \
            return cli_usage_error("serve", "invalid --" NAME " '%s' (a whole number from %llu to %llu)", optarg,    \
                                   (unsigned long long)(LO), (unsigned long long)(HI));                              \
        cfg.FIELD = (TYPE)n;                                                                                         \
        break;
            COUNT_OPTION(OPT_THREADS, "threads", 1, 256, threads, unsigned)
            COUNT_OPTION(OPT_BODY_MATCH, "max-body-match", 1024, 1ull << 30, max_match_body, size_t)
            COUNT_OPTION(OPT_BODY_SCAN, "max-body-scan", 1024, 1ull << 30, max_scan_body, size_t)
            COUNT_OPTION(OPT_QUERIES, "max-queries", 1, 100000, max_queries, size_t)
            COUNT_OPTION(OPT_CONNS, "max-connections", 1, 1000000, max_connections, unsigned)
            COUNT_OPTION(OPT_CONNS_IP, "max-connections-per-ip", 0, 1000000, max_connections_per_ip, unsigned)
            COUNT_OPTION(OPT_TIMEOUT, "timeout", 1, 86400, timeout_seconds, unsigned)
            COUNT_OPTION(OPT_HEADER, "max-header-bytes", 4096, 1u << 24, max_header_bytes, size_t)
            COUNT_OPTION(OPT_RATE, "rate-limit", 0, 1000000, rate_limit, double)
#undef COUNT_OPTION
        case 'q': cfg.quiet = true; break;
        case 'h': fputs(HELP, stdout); return EXIT_DONE;
        default: return cli_usage_error("serve", "invalid option");
        }
    }
    if (optind != argc)
        return cli_usage_error("serve", "unexpected argument '%s'", argv[optind]);
    if (lists.index_file && lists.n_sources)
        return cli_usage_error("serve", "give either --index FILE or --list SOURCE, not both");
    if (!lists.index_file && lists.n_sources == 0)
        return cli_usage_error("serve", "no lists to serve: give --index FILE or --list SOURCE");
    if (cfg.rate_limit > 0 && !cfg.api_keys_file)
        return cli_usage_error("serve", "--rate-limit counts requests per API key: give --api-keys FILE too");
    cfg.sources = lists.sources;
    cfg.n_sources = lists.n_sources;
    cfg.index_file = lists.index_file;
    return server_run(&cfg);
}
