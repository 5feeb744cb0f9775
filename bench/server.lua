-- server.lua — wrk script for make bench-server: GET /search with names read from the file in
-- $CORDON_BENCH_PATHS (one URL path a line: real list names and negatives, mixed), each wrk
-- thread rotating through them from its own starting point; sends the API key in
-- $CORDON_BENCH_KEY when set.
local paths = {}
for line in io.lines(os.getenv("CORDON_BENCH_PATHS")) do
    paths[#paths + 1] = line
end
local headers = {}
local key = os.getenv("CORDON_BENCH_KEY")
if key and key ~= "" then
    headers["Authorization"] = "Bearer " .. key
end
local at = 0

-- Each thread gets a number in setup (run in the main Lua state), so that the threads start
-- at different places (an unseeded math.random would give every thread the same one).
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("thread_number", threads)
end

function init(args)
    at = ((thread_number or 1) - 1) * 997 % #paths
end

function request()
    at = at % #paths + 1
    return wrk.format("GET", paths[at], headers)
end
