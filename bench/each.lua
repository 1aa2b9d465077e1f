--- bench/each.lua: every article of the PATHs through ivlua.each, one in
-- memory at a time, reading each entity and fact as a script would (so that
-- their Lua tables are made and collected); with --stream, the articles of
-- one JSON Lines FILE through ivlua.stream, from the open file; with
-- --load, the PATHs loaded whole (ivlua.load), to tell what a corpus held
-- in memory costs. Run by the built ivlua:
--
--   build/bin/ivlua bench/each.lua PATH...
--   build/bin/ivlua bench/each.lua --stream FILE
--   build/bin/ivlua bench/each.lua --load PATH...
--
-- Prints "articles N entities N facts N"; --load adds "bytes N engine_kb N
-- peak_kb N": the articles' bytes, the resident memory with the engine
-- made and nothing loaded, and the peak resident memory once loaded (Linux:
-- /proc/self/status). Exits 1 when an article could not be read (the
-- others are still counted).

local paths = { ... }
local stream, load = paths[1] == "--stream", paths[1] == "--load"
if stream or load then table.remove(paths, 1) end
if #paths == 0 or (stream and #paths ~= 1) then
  io.stderr:write("usage: ivlua bench/each.lua PATH... | --stream FILE | --load PATH...\n")
  os.exit(2)
end

local failed = 0
local args = { table.unpack(paths) }
args[#args + 1] = function(msg)
  failed = failed + 1
  io.stderr:write("bench/each.lua: ", msg, "\n")
end

local articles, entities, facts = 0, 0, 0

-- VmRSS and VmHWM of this process, in kB
local function memory_kb()
  local f = assert(io.open("/proc/self/status"))
  local status = f:read("a")
  f:close()
  return tonumber(status:match("VmRSS:%s*(%d+)")), tonumber(status:match("VmHWM:%s*(%d+)"))
end

if load then
  ivlua.article("Made the engine: rules and names.") -- what any run holds, loaded or not
  collectgarbage()
  local engine_kb = memory_kb()
  local corpus = ivlua.load(table.unpack(paths))
  local _, peak_kb = memory_kb()
  for _, msg in ipairs(corpus.errors) do args[#args](msg) end
  local bytes = 0
  for i = 1, #corpus do
    local a = corpus[i]
    articles, bytes = articles + 1, bytes + #a.bytes
    entities = entities + #a
    for _ in a:facts() do facts = facts + 1 end
  end
  print(string.format("articles %d entities %d facts %d bytes %d engine_kb %d peak_kb %d", articles, entities,
    facts, bytes, engine_kb, peak_kb))
  os.exit(failed == 0 and 0 or 1)
end

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
