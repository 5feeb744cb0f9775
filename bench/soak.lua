-- soak.lua — wrk script for make soak: a mix of GET /search, POST /match and POST /scan read
-- from $CORDON_SOAK_REQUESTS, one request a line: METHOD<TAB>PATH<TAB>CONTENT-TYPE<TAB>BODY;
-- sends the API key in $CORDON_BENCH_KEY.
local requests = {}
for line in io.lines(os.getenv("CORDON_SOAK_REQUESTS")) do
    local method, path, ctype, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    if method then
        requests[#requests + 1] = {method = method, path = path, ctype = ctype, body = body}
    end
end
local key = os.getenv("CORDON_BENCH_KEY")
local at = 0

-- Each thread gets a number in setup (run in the main Lua state), so that the threads start
-- at different places (an unseeded math.random would give every thread the same one).
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("thread_number", threads)
end

function init(args)
    at = ((thread_number or 1) - 1) * 997 % #requests
end

function request()
    at = at % #requests + 1
    local r = requests[at]
    local headers = {["Authorization"] = "Bearer " .. key}
    if r.ctype ~= "" then
        headers["Content-Type"] = r.ctype
    end
    return wrk.format(r.method, r.path, headers, r.body ~= "" and r.body or nil)
end
