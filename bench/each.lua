--- bench/each.lua: every article of the PATHs through ivlua.each, one in
-- memory at a time, reading each entity and fact as a script would (so that
-- their Lua tables are made and collected); with --stream, the articles of
-- one JSON Lines FILE through ivlua.stream, from the open file. Run by the
-- built ivlua:
--
--   build/bin/ivlua bench/each.lua PATH...
--   build/bin/ivlua bench/each.lua --stream FILE
--
-- Prints "articles N entities N facts N"; exits 1 when an article could
-- not be read (the others are still counted).

local paths = { ... }
local stream = paths[1] == "--stream"
if stream then table.remove(paths, 1) end
if #paths == 0 or (stream and #paths ~= 1) then
  io.stderr:write("usage: ivlua bench/each.lua PATH... | --stream FILE\n")
  os.exit(2)
end

local failed = 0
local args = { table.unpack(paths) }
args[#args + 1] = function(msg)
  failed = failed + 1
  io.stderr:write("bench/each.lua: ", msg, "\n")
end

local articles, entities, facts = 0, 0, 0
local iter, state, first, closing
if stream then
  local f = assert(io.open(paths[1], "rb"))
  iter, state, first, closing = ivlua.stream(f, { name = paths[1] }, args[#args])
else
  iter, state, first, closing = ivlua.each(table.unpack(args))
end
for a in iter, state, first, closing do
  articles = articles + 1
  for _ in a:entities() do entities = entities + 1 end
  for _ in a:facts() do facts = facts + 1 end
end
print(string.format("articles %d entities %d facts %d", articles, entities, facts))
os.exit(failed == 0 and 0 or 1)
