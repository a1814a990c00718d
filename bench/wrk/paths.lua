-- wrk script: each request GETs a path drawn at random from a file of paths (one per line),
-- named after "--" on wrk's command line:  wrk ... -s bench/wrk/paths.lua http://host:port -- paths.txt
-- An optional second argument sets the Accept header (default application/json).
local paths = {}

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot open " .. tostring(args[1]))
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
  assert(#paths > 0, "no paths in " .. args[1])
  wrk.headers["Accept"] = args[2] or "application/json"
  -- one seed per thread: each thread has its own Lua state
  math.randomseed(os.time() + (tonumber(tostring(paths):match("0x(%x+)") or "0", 16) % 1000003))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
