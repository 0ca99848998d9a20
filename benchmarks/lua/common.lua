-- Shared by the route scripts: the fixture (written by Fixture.java), and answers counted by
-- status per thread, printed by done() so that every non-2xx is seen, not only wrk's total.
local fixture = dofile(os.getenv("FIXTURE_LUA"))

local threads = {}

function setup(thread)
   thread:set("tid", #threads)
   table.insert(threads, thread)
end

statuses = {}

function count(status)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local total = {}
   for _, thread in ipairs(threads) do
      local counted = thread:get("statuses")
      for status, n in pairs(counted) do
         total[status] = (total[status] or 0) + n
      end
   end
   local line = "statuses:"
   for status, n in pairs(total) do
      line = line .. " " .. status .. "=" .. n
   end
   print(line)
   if report then
      report(threads)
   end
end

return fixture
