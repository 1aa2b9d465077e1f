--- ivlua.strict: the names a query may use, so that a misspelt field, type
-- or key is an error naming the known ones ("did you mean ...?"), never a
-- silent column of nils or a total of zero.
-- @module ivlua.strict

local S = {}

-- What every entity and fact has besides its type's own fields.
local COMMON = { "type", "text", "start", "end", "doc", "article", "mentions" }

local function set_of(list)
  local set = {}
  for _, v in ipairs(list) do set[v] = true end
  return set
end

--- The fields and types of the rows of a corpus's "entities" or "facts",
-- from the schema (ivlua.schema(): the built-in types and those rules
-- declared; a fact type is marked 'fact').
function S.schema(kind)
  local ivlua = require "ivlua"
  local fields, types = set_of(COMMON), {}
  for _, t in ipairs(ivlua.schema()) do
    if (t.fact or false) == (kind == "facts") then
      types[t.type] = true
      for _, f in ipairs(t.fields) do fields[f] = true end
    end
  end
  return fields, types
end

S.set_of = set_of

-- Edit distance with transpositions (optimal string alignment): "titel"
-- is one step from "title", two from "time".
local function distance(a, b)
  local d = {}
  for i = 0, #a do d[i] = { [0] = i } end
  for j = 0, #b do d[0][j] = j end
  for i = 1, #a do
    for j = 1, #b do
      local cost = a:byte(i) == b:byte(j) and 0 or 1
      d[i][j] = math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if i > 1 and j > 1 and a:byte(i) == b:byte(j - 1) and a:byte(i - 1) == b:byte(j) then
        d[i][j] = math.min(d[i][j], d[i - 2][j - 2] + 1)
      end
    end
  end
  return d[#a][#b]
end

local function sorted(set)
  local list = {}
  for k in pairs(set) do list[#list + 1] = tostring(k) end
  table.sort(list)
  return list
end

--- " (did you mean 'x'?)" for the closest of 'set' to 'name', or "".
function S.suggestion(name, set)
  local best, best_d
  local lname = name:lower()
  for _, k in ipairs(sorted(set)) do
    local d = distance(lname, k:lower())
    if d < (best_d or math.huge) then best, best_d = k, d end
  end
  if best and best_d <= math.max(2, #name // 3) then return " (did you mean '" .. best .. "'?)" end
  return ""
end

-- A misspelt name is the user's mistake, not a bug: the message says all
-- there is to say, so it carries no position and the query command shows
-- it without a traceback (S.is_mistake).
local last_mistake
local function unknown(what, name, set, where)
  last_mistake = string.format("unknown %s '%s'%s; %s: %s", what, name, S.suggestion(name, set), where,
    table.concat(sorted(set), ", "))
  error(last_mistake, 0)
end

--- Is 'err' the message of the last misspelt name raised?
function S.is_mistake(err) return err ~= nil and err == last_mistake end

--- Raise unless the string key (a field, maybe dotted "article.date")
-- names one of 'fields'. Functions, and queries whose fields are not known
-- (nil), pass.
function S.check_key(fields, key)
  if fields == nil or type(key) ~= "string" then return end
  local name = key:match("^[^.]+") or key
  if not fields[name] then unknown("field", name, fields, "the rows have") end
end

--- Raise unless the value(s) a filter wants of 'type' are known types.
function S.check_types(types, want)
  if types == nil then return end
  local list = type(want) == "table" and getmetatable(want) == nil and want or { want }
  for _, t in ipairs(list) do
    if type(t) == "string" and not types[t] then unknown("type", t, types, "the types here are") end
  end
end

return S
