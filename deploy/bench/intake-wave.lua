-- wrk script of the filing-wave benchmark: every filer of deploy/bench/run/filers.txt files once, then the thread stops.
-- Lines of filers.txt: code|token index|H (head office) or B (branch). Templates carry {{CODE}} for the filer's code.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function read(path)
  local f = assert(io.open(path, "r"))
  local s = f:read("*a")
  f:close()
  return s
end

function init(args)
  local dir = args[1] or "deploy/bench/run"
  nthreads = tonumber(args[2] or "2")
  head = read(dir .. "/template-head.json")
  branch = read(dir .. "/template-branch.json")
  tokens = {}
  for line in io.lines(dir .. "/tokens.txt") do table.insert(tokens, line) end
  filers = {}
  local n = 0
  for line in io.lines(dir .. "/filers.txt") do
    if n % nthreads == id then
      local code, t, kind = line:match("([^|]+)|([^|]+)|([^|]+)")
      table.insert(filers, { code, tonumber(t), kind == "H" })
    end
    n = n + 1
  end
  i = 0
  refused = 0
  answered = 0
  started = os.time()
  finished = 0
end

function request()
  i = i + 1
  if i > #filers then
    wrk.thread:stop()
    i = #filers
  end
  local f = filers[i]
  local body = (f[3] and head or branch):gsub("{{CODE}}", f[1])
  return wrk.format("POST", "/api/v1/submissions",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[f[2]] }, body)
end

function response(status, headers, body)
  answered = answered + 1
  finished = os.time()
  if status ~= 201 then
    refused = refused + 1
    if refused <= 3 then io.stderr:write("refused " .. status .. ": " .. body:sub(1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  -- the wave's own time: from the first thread's start to the last thread's last answer (wrk's -d may run longer)
  local r, first, last, n = 0, nil, 0, 0
  for _, t in ipairs(threads) do
    r = r + (t:get("refused") or 0)
    n = n + (t:get("answered") or 0)
    local s, f = t:get("started"), t:get("finished")
    if first == nil or s < first then first = s end
    if f == 0 then f = os.time() end
    if f > last then last = f end
  end
  local seconds = math.max(1, last - first)
  io.write(string.format("WAVE answered=%d refused=%d seconds=%d rate=%.0f p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms\n",
    n, r, seconds, n / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
