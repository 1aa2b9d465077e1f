--- ivlua: read investment and cooperation news, query what it says.
--
-- The C core ("ivlua.core") loads articles and extracts entities; this
-- module adds what is better written in Lua: printing, and (later) queries
-- and output formats.
-- @module ivlua

local core = require "ivlua.core"

local M = {}
for k, v in pairs(core) do M[k] = v end

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

return M
