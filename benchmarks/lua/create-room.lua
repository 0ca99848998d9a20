-- POST a new room into one space of the owner's.
local fixture = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

wrk.method = "POST"
wrk.path = "/v1/spaces/" .. fixture.create_space .. "/rooms"
wrk.headers["Authorization"] = "Bearer " .. fixture.owner_token
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"Load room","isPublic":false}'

function response(status, headers, body)
   count(status)
end
