-- GET /actuator/health: the ceiling the API routes are compared with (same script overhead).
local fixture = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

wrk.method = "GET"
wrk.path = "/actuator/health"

function response(status, headers, body)
   count(status)
end
