#!/usr/bin/env bash
# pg_trgm.sh — the same names and queries as bench_speed, through PostgreSQL's pg_trgm (a GIN
# trigram index and the % similarity operator, threshold 0.3, top 10 by similarity()), in a
# throw-away cluster started here and stopped at the end. Prints pg_trgm's searches per second
# (one backend, the loop run inside the server so no client round trips count), its recall on
# listed-name queries and its alert rate on negatives, and cordon's figures beside them.
# Usage: bench/pg_trgm.sh DUMP_DIR CORDON_SEARCHES_PER_SECOND   (DUMP_DIR from bench_speed --dump)
set -euo pipefail
DUMP=$(cd "$1" && pwd)
CORDON_RATE=$2

need=""
for pkg in postgresql postgresql-contrib; do
    dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -q '^installed$' || need="$need $pkg"
done
if [ -n "$need" ]; then
    echo "pg_trgm: installing$need" >&2
    apt-get install -y -qq$need >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/cordon-pg.XXXXXX)
chmod 755 "$WORK"
chown postgres "$WORK"
cp "$DUMP/names.tsv" "$DUMP/queries.tsv" "$WORK/"
chmod 644 "$WORK"/*.tsv
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop() { as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap stop EXIT
[ -n "${PG_DEBUG:-}" ] && trap - EXIT
as_pg "$PGBIN/initdb" -D "$WORK/data" -A trust -U postgres >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -w -l "$WORK/log" -o "-k $WORK -p 54329 -c listen_addresses=''" start >/dev/null
PSQL=(as_pg psql -X -q -h "$WORK" -p 54329 -U postgres -v ON_ERROR_STOP=1 -At)
"${PSQL[@]}" <<SQL
CREATE EXTENSION pg_trgm;
CREATE TABLE names (id text, name text);
COPY names FROM '$WORK/names.tsv' (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01');
CREATE INDEX names_trgm ON names USING gin (name gin_trgm_ops);
CREATE TABLE queries (n int, q text, expected text);
COPY queries FROM '$WORK/queries.tsv' (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01', FORCE_NOT_NULL (expected));
ANALYZE;
CREATE TABLE hits (n int, found boolean, any_result boolean);
CREATE TABLE timing (seconds double precision);
DO \$\$
DECLARE
    t0 timestamptz := clock_timestamp();
    r record;
    ids text[];
BEGIN
    FOR r IN SELECT * FROM queries ORDER BY n LOOP
        SELECT array_agg(id) INTO ids FROM
            (SELECT id FROM names WHERE name % r.q ORDER BY similarity(name, r.q) DESC LIMIT 10) top;
        INSERT INTO hits VALUES (r.n, coalesce(r.expected = ANY(ids), false), ids IS NOT NULL);
    END LOOP;
    INSERT INTO timing VALUES (extract(epoch FROM clock_timestamp() - t0));
END
\$\$;
SQL
read -r QUERIES ELAPSED RECALL FALSE_ALARMS < <("${PSQL[@]}" -F ' ' <<'SQL'
SELECT (SELECT count(*) FROM queries),
       (SELECT seconds FROM timing),
       (SELECT avg(found::int) FROM hits JOIN queries USING (n) WHERE expected <> ''),
       (SELECT avg(any_result::int) FROM hits JOIN queries USING (n) WHERE expected = '');
SQL
)
CORDON_RECALL=$(awk -F'\t' 'NR==FNR { e[$1] = $3; next } e[$1] != "" { n++; h += $2 } END { printf "%.4f", h / n }' \
    "$DUMP/queries.tsv" "$DUMP/cordon.tsv")
PG_RATE=$(awk -v q="$QUERIES" -v s="$ELAPSED" 'BEGIN { printf "%.0f", q / s }')
printf 'pg_trgm (PostgreSQL %s, GIN trigram index, %% at 0.3, top 10): %s searches/s on one backend, recall %.4f, alerts on %.4f of negatives\n' \
    "$("$PGBIN/postgres" --version | awk '{print $3}')" "$PG_RATE" "$RECALL" "$FALSE_ALARMS"
printf 'cordon: %s searches/s on one thread, recall %s\n' "$CORDON_RATE" "$CORDON_RECALL"
awk -v c="$CORDON_RATE" -v p="$PG_RATE" 'BEGIN { printf "ratio: cordon answers %.1fx as many searches per second as pg_trgm\n", c / p }'
