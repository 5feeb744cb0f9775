# lib-serve.sh — sourced by the tests and benchmarks that start `cordon serve --listen
# 127.0.0.1:0`, which picks a free port and says it on stderr.

# serve_base LOG PID [TENTHS]: waits, up to TENTHS tenths of a second (default 600: a server
# under valgrind on a busy machine took more than 10 s to load the sample list), until the
# server PID, whose stderr goes to LOG, says where it listens, and prints its base URL
# (http://127.0.0.1:PORT). Fails, printing nothing, if the server exits first or never says.
serve_base() {
    local log=$1 pid=$2 tries=${3:-600} base
    for _ in $(seq 1 "$tries"); do
        base=$(sed -n 's/^cordon: listening on \(http:\/\/[0-9.]*:[0-9]*\)$/\1/p' "$log")
        if [ -n "$base" ]; then
            printf '%s\n' "$base"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
