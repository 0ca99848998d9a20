-- POST /v1/auth/token, client_credentials with the bootstrap client, as a JSON body.
local fixture = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

wrk.method = "POST"
wrk.path = "/v1/auth/token"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"grant_type":"client_credentials","client_id":"kit-demo","client_secret":"KitDemoSecret0000ChangeMe0000000"}'

function response(status, headers, body)
   count(status)
end
