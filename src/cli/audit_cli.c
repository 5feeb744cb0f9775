/*
 * audit_cli.c — what the commands with --audit share: opening the store, who is screening,
 * recording a search's results, and how an audited result is shown.
 *
 * The rule they implement (README, "Audit trail"): the audit record is part of the request.
 * A command records first and prints after; if the record cannot be written it says why and
 * exits 3 without printing results as if they had been audited.
 */
#include "cli/audit_cli.h"

#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

cordon_audit *cli_audit_open(const char *path, int *exit_status)
{
    /* A file size limit (ulimit -f) must make the write fail with EFBIG, which SQLite reports as
     * an error we can explain, rather than kill the process with SIGXFSZ half way through. */
    signal(SIGXFSZ, SIG_IGN);
    cordon_audit *audit = NULL;
    int status = cordon_audit_open(&audit, path);
    if (status != CORDON_OK) {
        cli_error("%s", cordon_audit_errmsg(audit));
        cordon_audit_close(audit);
        *exit_status = status == CORDON_EINVAL ? EXIT_USAGE : EXIT_BAD_INPUT;
        return NULL;
    }
    *exit_status = EXIT_DONE;
    return audit;
}

const char *cli_audit_who(void)
{
    static char who[256];
    const char *env = getenv("CORDON_USER");
    if (env && *env) {
        snprintf(who, sizeof who, "%s", env);
        return who;
    }
    struct passwd pw, *found = NULL;
    char buf[4096];
    if (getpwuid_r(geteuid(), &pw, buf, sizeof buf, &found) == 0 && found)
        snprintf(who, sizeof who, "%s", found->pw_name);
    else if ((env = getenv("USER")) && *env)
        snprintf(who, sizeof who, "%s", env);
    else
        snprintf(who, sizeof who, "uid %ld", (long)geteuid());
    return who;
}

void cli_audit_screening(cordon_audit_screening *s, const char *channel, const char *customer, const char *name)
{
    cordon_audit_screening_default(s);
    s->who = cli_audit_who();
    s->channel = channel;
    s->customer_id = customer;
    s->name = name;
}

int cli_audit_results(cordon_audit *audit, const cordon_index *idx, const cordon_audit_screening *s,
                      const cordon_results *res, cordon_audit_mark *marks, cordon_audit_receipt *receipt)
{
    size_t n = cordon_results_count(res);
    cordon_audit_hit *hits = calloc(n + 1, sizeof *hits);
    if (!hits) {
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    for (size_t i = 0; i < n; i++) {
        const cordon_result *r = cordon_results_get(res, i);
        hits[i] = (cordon_audit_hit){r->entity, r->matched_name->full, r->score};
    }
    int status = cordon_audit_record(audit, idx, s, hits, n, marks, receipt);
    free(hits);
    if (status != CORDON_OK) {
        cli_error("%s; the results are not shown, as they were not audited", cordon_audit_errmsg(audit));
        return EXIT_BAD_INPUT;
    }
    return EXIT_DONE;
}

void cli_json_add_mark(json_t *result, const cordon_audit_mark *mark)
{
    json_object_set_new(result, "audit", json_string(cordon_audit_outcome_name(mark->outcome)));
    json_object_set_new(result, "alert_id", mark->alert_id ? json_integer(mark->alert_id) : json_null());
}

json_t *cli_json_alert(const cordon_alert *a)
{
    json_t *decisions = json_array();
    for (size_t i = 0; i < a->n_decisions; i++)
        json_array_append_new(decisions, json_pack("{s:s, s:s, s:s, s:s}", "at", a->decisions[i].at, "who",
                                                   a->decisions[i].who, "status", a->decisions[i].status, "reason",
                                                   a->decisions[i].reason));
    double score = json_out_round4(a->score);
    return json_pack("{s:I, s:s, s:s, s:s, s:I, s:s, s:s?, s:s, s:s?, s:s?, s:s, s:s, s:s, s:f, s:s, s:s, s:s?, s:s, "
                     "s:o}",
                     "id", (json_int_t)a->id, "status", a->status, "created", a->created, "updated", a->updated,
                     "screening_id", (json_int_t)a->screening_id, "channel", a->channel, "customer_id",
                     a->customer_id, "screened_name", a->screened_name, "dob", a->dob, "country", a->country,
                     "entity_id", a->entity_id, "caption", a->caption, "matched_name", a->matched_name, "score", score,
                     "fingerprint", a->fingerprint, "list", a->list_id, "list_version", a->list_version,
                     "list_checksum", a->list_checksum, "decisions", decisions);
}
