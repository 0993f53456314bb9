-- wrk script: POST the shipped meeting sample to the evaluate endpoint; counts 5xx answers across threads.
local f = assert(io.open(os.getenv("LCR_LOAD_BODY") or "samples/data/hlj-shared-base/application-meets.json", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  c5xx = 0
  c2xx = 0
  other = 0
end

function response(status, headers, body)
  if status >= 500 then c5xx = c5xx + 1 elseif status >= 200 and status < 300 then c2xx = c2xx + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local t5, t2, to = 0, 0, 0
  for _, thread in ipairs(threads) do
    t5 = t5 + thread:get("c5xx")
    t2 = t2 + thread:get("c2xx")
    to = to + thread:get("other")
  end
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50: %.2f ms, p99: %.2f ms, max: %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("responses: 2xx %d, 5xx %d, other %d; socket errors: connect %d, read %d, write %d, timeout %d\n",
    t2, t5, to, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
