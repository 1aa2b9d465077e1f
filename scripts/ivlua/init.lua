--- ivlua: read investment and cooperation news, query what it says.
--
-- The C core ("ivlua.core") loads articles and extracts entities; this
-- module adds what is better written in Lua: printing, queries
-- (ivlua.query) and output formats (ivlua.format).
-- @module ivlua

local core = require "ivlua.core"

local M = {}
for k, v in pairs(core) do M[k] = v end
-- files written by path are ivlua.format's (write_atomically), not a
-- public API of their own; nor is the extract command's JSON Lines writer
M.output_open, M.output_commit, M.output_path = nil, nil, nil
M.jsonl_writer = nil

local COMMON = { type = true, text = true, start = true, ["end"] = true, doc = true, article = true }

--- An entity prints as its type, text and span, then its own fields:
-- `money 'US$80 million' @512-525 currency=USD value=80000000`
core.Entity.__tostring = function(e)
  local keys = {}
  for k in pairs(e) do
    if type(k) == "string" and not COMMON[k] then keys[#keys + 1] = k end
  end
  table.sort(keys)
  local parts = { string.format("%s '%s' @%d-%d", e.type, e.text, e.start, e["end"]) }
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(e[k]) end
  return table.concat(parts, " ")
end
core.Entity.__name = "ivlua.Entity"

local function show(v)
  if type(v) ~= "table" then return tostring(v) end
  local parts = {}
  for i, x in ipairs(v) do parts[i] = tostring(x) end
  return "{" .. table.concat(parts, ",") .. "}"
end

--- A fact prints as its type and span, its fields, and how many mentions
-- it was linked from:
-- `investment @16-307 amount=382000000 investor=KR target=Đà Nẵng (4 mentions)`
core.Fact.__tostring = function(f)
  local keys = {}
  for k in pairs(f) do
    if type(k) == "string" and not COMMON[k] and k ~= "mentions" then keys[#keys + 1] = k end
  end
  table.sort(keys)
  local parts = { string.format("%s @%d-%d", f.type, f.start, f["end"]) }
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. show(f[k]) end
  parts[#parts + 1] = string.format("(%d mentions)", #(f.mentions or {}))
  return table.concat(parts, " ")
end
core.Fact.__name = "ivlua.Fact"
--- fact:explain(): its sentence with the mentions it was linked from marked
-- by role, the frame that made it, its fields (ivlua.explain).
core.Fact.__index = { explain = function(f) return require("ivlua.explain").explain(f) end }

--- ivlua.rows(path, ..., [options], [on_error]): an iterator over the rows
-- of every article at the paths (article:rows(): entities and facts in
-- document order, plain tables), one article in memory at a time, read
-- through ivlua.each as it is when called: what `ivlua extract` writes.
-- Like ivlua.each's, its fourth value stops the reading when a loop is
-- left early.
function M.rows(...)
  local next_article, _, _, reading = M.each(...)
  local list, i = {}, 0
  return function()
    while i >= #list do
      local a = next_article()
      if a == nil then return nil end
      list, i = a:rows(), 0
    end
    i = i + 1
    return list[i]
  end, nil, nil, reading
end

-- ivlua.query and ivlua.format are loaded when first asked for: `ivlua
-- extract` never asks for the query, and reading it (with ivlua.strict,
-- which it loads) was a tenth of the instructions of an extraction of a
-- few hundred KB; a script that writes nothing (`ivlua -e ''`) never asks
-- for the formats (20 KB of Lua read at every start).
local LAZY = { query = "ivlua.query", format = "ivlua.format" }
setmetatable(M, {
  __index = function(t, k)
    if not LAZY[k] then return nil end
    local module = require(LAZY[k])
    rawset(t, k, module)
    return module
  end,
})

return M
