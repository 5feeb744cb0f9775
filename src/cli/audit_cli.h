/*
 * audit_cli.h — the front end's side of the audit trail (--audit DB), shared by search, scan,
 * screen and the audit command (see audit_cli.c).
 */
#ifndef CDN_AUDIT_CLI_H
#define CDN_AUDIT_CLI_H

#include "cli/cli.h"

/* Opens the audit database; prints the error and returns NULL (with *exit_status) on failure. */
cordon_audit *cli_audit_open(const char *path, int *exit_status);

/* Who is screening: $CORDON_USER, else the OS user name. A static string. */
const char *cli_audit_who(void);

/* Fills s with the defaults and who, channel, customer id (may be NULL) and name. */
void cli_audit_screening(cordon_audit_screening *s, const char *channel, const char *customer, const char *name);

/*
 * Records a search's results (marks gets one entry per result; may be NULL). Prints
 * "cordon: DB: why; the results are not shown, as they were not audited" and returns
 * EXIT_BAD_INPUT on failure, else EXIT_DONE.
 */
int cli_audit_results(cordon_audit *audit, const cordon_index *idx, const cordon_audit_screening *s,
                      const cordon_results *res, cordon_audit_mark *marks, cordon_audit_receipt *receipt);

/* Adds "audit" (alert, suppressed or below) and "alert_id" to a result's JSON object. */
void cli_json_add_mark(json_t *result, const cordon_audit_mark *mark);

/* An alert as JSON (a new reference): the `audit alerts --json` item, also the server's. */
json_t *cli_json_alert(const cordon_alert *a);

#endif
