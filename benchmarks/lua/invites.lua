-- Invite create + activate: the owner creates an invite (201, Location names space and invite),
-- then one of the prepared invitees, never before admitted to that space, activates it with
-- their own user token. Each thread works on its own share of the spaces, so no (space,
-- invitee) pair is used twice. wrk asks for one request per connection at a time, so the
-- activations queue up behind the creations that produced them.
local fixture = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local thread_count = tonumber(os.getenv("WRK_THREADS") or "1")
local my_spaces = {}
local cursor = 0
local pending = {}
local next_invitee = {}
exhausted = 0
activated = 0
created = 0

function init(args)
   for i, space in ipairs(fixture.spaces) do
      if (i - 1) % thread_count == tid then
         table.insert(my_spaces, space)
      end
   end
end

local owner = { ["Authorization"] = "Bearer " .. fixture.owner_token, ["Content-Type"] = "application/json" }

function request()
   local activation = table.remove(pending)
   if activation then
      return wrk.format("POST", activation.path, { ["Authorization"] = "Bearer " .. activation.token,
         ["Content-Length"] = "0" }, nil)
   end
   cursor = cursor % #my_spaces + 1
   return wrk.format("POST", "/v1/spaces/" .. my_spaces[cursor] .. "/invites", owner, '{"role":"role_space_user"}')
end

function response(status, headers, body)
   count(status)
   if status == 201 then
      created = created + 1
      local space, invite = string.match(headers["Location"] or "", "/spaces/(%x+)/invites/(%x+)")
      local n = (next_invitee[space] or 0) + 1
      next_invitee[space] = n
      if n > #fixture.user_tokens then
         exhausted = exhausted + 1
         return
      end
      table.insert(pending, { path = "/v1/spaces/" .. space .. "/invites/" .. invite .. "/activate",
         token = fixture.user_tokens[n] })
   elseif status == 200 then
      activated = activated + 1
   end
end

function report(threads)
   local c, a, e = 0, 0, 0
   for _, thread in ipairs(threads) do
      c = c + thread:get("created")
      a = a + thread:get("activated")
      e = e + thread:get("exhausted")
   end
   print(string.format("invites: created=%d activated=%d unpaired=%d", c, a, e))
end
