-- GET one private room with its owner's user token.
local fixture = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

wrk.method = "GET"
wrk.path = fixture.room_path
wrk.headers["Authorization"] = "Bearer " .. fixture.owner_token

function response(status, headers, body)
   count(status)
end
