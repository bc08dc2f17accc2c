-- wrk script of bench/search.sh: rotates over the requests listed in the file named by
-- $BENCH_QUERIES (one "host<TAB>path" a line), each thread from its own offset, and prints
-- the percentiles of the run (wrk's --latency has no p95) as one parseable line.
local reqs = {}
local n, i = 0, 0

local function load()
    local f = assert(io.open(os.getenv("BENCH_QUERIES"), "r"))
    for line in f:lines() do
        local host, path = line:match("^([^\t]+)\t(.+)$")
        if host then
            n = n + 1
            reqs[n] = wrk.format("GET", path, { Host = host })
        end
    end
    f:close()
end

local thread_no = 0
function setup(thread)
    thread:set("offset", thread_no * 7919)
    thread_no = thread_no + 1
end

function init(args)
    load()
    i = (offset or 0) % n
end

function request()
    i = i % n + 1
    return reqs[i]
end

function done(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f "
        .. "p99_ms=%.2f max_ms=%.2f\n", summary.requests, errors,
        summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
