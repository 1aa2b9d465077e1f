--- ivlua.partial: what 'ivlua query --partial' writes of one shard of a
-- corpus, as JSON Lines, and the merge of any number of them into the
-- parts 'ivlua merge' runs the query over (ivlua.query's split mode).
--
-- Every line is one JSON object with 'sig', the query's signature (its
-- EXPR and the contents of the --load and --gazetteer files it ran with),
-- so that the lines of many shards can be concatenated, shuffled or sorted
-- (as Hadoop's shuffle does) and still merge:
--
--     {"sig":S,"query":EXPR,"articles":N,"errors":[...],"empty":[...],"shards":[...],"lines":L}  one a shard
--     {"sig":S,"part":P,"kind":"groups","gid":G,"pos":X,"nkeys":K,"aggs":[...],"values":[...],"states":[...]}
--     {"sig":S,"part":P,"kind":"rows","pos":X,"seq":N,"row":{...},"objects":[...]}
--     {"sig":S,"part":P,"kind":"count","n":N}
--     {"sig":S,"part":P,"kind":"tally","tally":{...}}
--
-- 'empty' lists the paths of shards that had no article. P numbers the
-- query's split points (ivlua.query), X is where a group's
-- first row or a row stands in a single run, L counts the lines of parts
-- after the first (so that a partial cut short is an error, not a
-- smaller total). A float is written as
-- {"__float": "%a"} (exact); integers are JSON integers.
-- @module ivlua.partial

local json = require("ivlua.core").json
local Q = require "ivlua.query"

local P = {}

-- {======================================================================
-- Values
-- =======================================================================

local SPECIAL = { inf = math.huge, ["-inf"] = -math.huge, nan = 0 / 0, ["-nan"] = 0 / 0 }

local function enc(v)
  if math.type(v) == "float" then return { __float = string.format("%a", v) } end
  if type(v) ~= "table" then return v end
  local out = {}
  for k, x in pairs(v) do out[k] = enc(x) end
  return out
end

local function dec(v)
  if v == json.null then return nil end
  if type(v) ~= "table" then return v end
  local f = v.__float
  if type(f) == "string" and next(v, next(v)) == nil then
    return SPECIAL[f] or tonumber(f) or error("bad float '" .. f .. "'", 0)
  end
  local out = {}
  for k, x in pairs(v) do out[k] = dec(x) end
  return out
end

-- Errors ("PATH: message", "PATH:LINE: message") in the order a single run
-- meets them: by path, compared component by component as a directory is
-- read, then by line as a number.
local function error_key(msg)
  local path, line = msg:match("^(.-):(%d+): ")
  if not path then path = msg:match("^(.-): ") or msg end
  local parts = {}
  for part in path:gmatch("[^/]+") do
    if part ~= "." then parts[#parts + 1] = part end
  end
  return table.concat(parts, "\1"), tonumber(line) or 0
end

local function sort_errors(errors)
  local keyed = {}
  for i, e in ipairs(errors) do
    local path, line = error_key(e)
    keyed[i] = { path = path, line = line, msg = e }
  end
  table.sort(keyed, function(a, b)
    if a.path ~= b.path then return a.path < b.path end
    if a.line ~= b.line then return a.line < b.line end
    return a.msg < b.msg
  end)
  for i, k in ipairs(keyed) do errors[i] = k.msg end
  return errors
end

-- The n values of a group's keys (nil included) as a JSON array.
local function enc_values(values, n)
  local out = {}
  for i = 1, n do
    local v = values[i]
    if v == nil then out[i] = json.null else out[i] = enc(v) end
  end
  return out
end

-- }======================================================================

-- {======================================================================
-- Signatures
-- =======================================================================

-- FNV-1a, 64 bits, over strings.
local function fnv(h, s)
  for i = 1, #s do h = (h ~ s:byte(i)) * 0x100000001b3 end
  return h
end

--- The signature of a query: its EXPR and the contents of the files it was
-- run with (--load, --gazetteer), which change what the shards extract.
-- Raises an error naming a file that cannot be read.
function P.signature(expr, files)
  local h = fnv(-3750763034362895579, expr) -- 0xcbf29ce484222325
  for _, path in ipairs(files or {}) do
    local f, err = io.open(path, "rb")
    if not f then error(err, 0) end
    h = fnv(fnv(h, "\0"), f:read("a"))
    f:close()
  end
  return string.format("%016x", h)
end

--- The id of a shard: the signature of the paths of its articles.
function P.shard_id(paths)
  local h = -3750763034362895579
  for _, p in ipairs(paths) do h = fnv(fnv(h, p), "\0") end
  return string.format("%016x", h)
end

-- }======================================================================

-- {======================================================================
-- Writing
-- =======================================================================

local function line(out, t)
  out:write(json.encode(t), "\n")
end

local function group_line(sig, id, part, g)
  local states = {}
  local aggs = g.aggs or part.aggs
  for i, kind in ipairs(aggs) do states[i] = enc(Q.kinds[kind].dump(g.states[i])) end
  return {
    sig = sig, part = id, kind = "groups", gid = g.gid, pos = g.pos, nkeys = g.nkeys or part.nkeys,
    aggs = aggs, values = enc_values(g.values, g.nkeys or part.nkeys), states = states,
  }
end

--- Write a partial to 'out': head = { sig =, expr =, articles =, errors =,
-- shards = }, then the parts of ivlua.query's split mode (a shard's, or
-- merged ones), each in a fixed order, so that the same parts always give
-- the same text.
function P.write(out, head, parts)
  local errors = sort_errors({ table.unpack(head.errors or {}) })
  local shards = { table.unpack(head.shards or {}) }
  table.sort(shards)
  local ids, lines = {}, 0
  for id, part in pairs(parts) do
    ids[#ids + 1] = id
    lines = lines + (part.groups and #part.groups or part.rows and #part.rows or 1)
  end
  table.sort(ids)
  local empty = { table.unpack(head.empty or {}) }
  table.sort(empty)
  line(out, { sig = head.sig, query = head.expr, articles = head.articles, errors = errors, empty = empty,
    shards = shards, lines = lines })
  for _, id in ipairs(ids) do
    local part, sig = parts[id], head.sig
    if part.kind == "count" then
      line(out, { sig = sig, part = id, kind = "count", n = part.n })
    elseif part.kind == "tally" then
      line(out, { sig = sig, part = id, kind = "tally", tally = part.tally })
    elseif part.kind == "groups" then
      for _, g in ipairs(part.groups) do line(out, group_line(sig, id, part, g)) end
    elseif part.kind == "rows" then
      for _, r in ipairs(part.rows) do
        line(out, { sig = sig, part = id, kind = "rows", pos = r.pos, seq = r.seq, row = enc(r.row),
          objects = r.objects or {} })
      end
    end
  end
end

-- }======================================================================

-- {======================================================================
-- Merging
-- =======================================================================

local Merger = {}
Merger.__index = Merger

--- A merger: feed it lines (m:add(text, where)) or files (m:add_file), then
-- m:result().
function P.merger()
  return setmetatable({ sigs = {}, order = {}, parts = {}, index = {}, articles = 0, errors = {}, shards = {},
    lines = 0, declared = 0, empty = {} }, Merger)
end

local function fail(where, msg) error(where .. ": " .. msg, 0) end

-- The part 'id' of 'kind' the lines so far make.
function Merger:part(t, where)
  local id = math.tointeger(t.part) or fail(where, "a part with no number")
  local part = self.parts[id]
  if not part then
    if t.kind == "groups" then
      part = { kind = "groups", groups = {} }
      self.index[id] = {}
    elseif t.kind == "rows" then
      part = { kind = "rows", rows = {} }
    elseif t.kind == "count" then
      part = { kind = "count", n = 0 }
    elseif t.kind == "tally" then
      part = { kind = "tally" }
    else
      fail(where, "unknown kind of part '" .. tostring(t.kind) .. "'")
    end
    self.parts[id] = part
  elseif part.kind ~= t.kind then
    fail(where, string.format("part %d is %s here and %s before: not partials of one query", id, t.kind, part.kind))
  end
  return part, id
end

local function load_states(t, where)
  local states = {}
  for i, kind in ipairs(t.aggs) do
    local codec = Q.kinds[kind] or fail(where, "unknown aggregate '" .. tostring(kind) .. "'")
    states[i] = codec.load(dec(t.states[i]) or {})
  end
  return states
end

function Merger:add_group(t, where)
  local part, id = self:part(t, where)
  if type(t.aggs) ~= "table" or type(t.states) ~= "table" or type(t.gid) ~= "string" then
    fail(where, "a group with no aggregates")
  end
  local values, states = {}, load_states(t, where)
  for i = 1, t.nkeys do values[i] = dec(t.values[i]) end
  local g = self.index[id][t.gid]
  if not g then
    g = { gid = t.gid, pos = t.pos, nkeys = t.nkeys, aggs = t.aggs, values = values, states = states }
    self.index[id][t.gid] = g
    part.groups[#part.groups + 1] = g
    return
  end
  if g.nkeys ~= t.nkeys or table.concat(g.aggs, ",") ~= table.concat(t.aggs, ",") then
    fail(where, "group_by " .. id .. " has other keys or aggregates here than before")
  end
  for i, kind in ipairs(g.aggs) do g.states[i] = Q.kinds[kind].merge(g.states[i], states[i]) end
  if t.pos and (g.pos == nil or t.pos < g.pos) then g.pos, g.values = t.pos, values end
end

function Merger:add_head(t)
  self.articles = self.articles + (math.tointeger(t.articles) or 0)
  self.declared = self.declared + (math.tointeger(t.lines) or 0)
  for _, e in ipairs(t.errors or {}) do self.errors[#self.errors + 1] = e end
  for _, e in ipairs(t.empty or {}) do self.empty[#self.empty + 1] = e end
  for _, s in ipairs(t.shards or {}) do
    if self.shards[s] then
      error("the same shard's articles are in two partials (shard " .. s .. "): each would be counted twice", 0)
    end
    self.shards[s] = true
  end
end

--- Fold one line of a partial in; 'where' (FILE:LINE) names it in errors.
function Merger:add(text, where)
  if text:match("^%s*$") then return end
  local ok, t = pcall(json.decode, text)
  if not ok or type(t) ~= "table" or type(t.sig) ~= "string" then
    fail(where, "not a line of a partial written by ivlua query --partial")
  end
  local seen = self.sigs[t.sig]
  if not seen then
    seen = { where = where }
    self.sigs[t.sig] = seen
    self.order[#self.order + 1] = t.sig
  end
  if t.query ~= nil then seen.expr = seen.expr or t.query end
  if t.sig ~= self.order[1] then return end -- a mismatch, reported by result()
  if t.query ~= nil then
    self:add_head(t)
    return
  end
  self.lines = self.lines + 1
  if t.kind == "groups" then
    self:add_group(t, where)
  elseif t.kind == "rows" then
    local part = self:part(t, where)
    part.rows[#part.rows + 1] = { pos = t.pos, seq = t.seq, row = dec(t.row), objects = t.objects }
  elseif t.kind == "count" then
    local part = self:part(t, where)
    part.n = part.n + (math.tointeger(t.n) or fail(where, "a count with no n"))
  elseif t.kind == "tally" then
    local part = self:part(t, where)
    part.tally = Q.merge_tally(part.tally or {}, dec(t.tally) or {})
  else
    self:part(t, where)
  end
end

--- Fold in the lines of the file at 'path' ("-": standard input).
function Merger:add_file(path)
  local f, err = io.stdin, nil
  if path ~= "-" then f, err = io.open(path, "rb") end
  if not f then error(err, 0) end
  local n = 0
  for text in f:lines() do
    n = n + 1
    self:add(text, path .. ":" .. n)
  end
  if f ~= io.stdin then f:close() end
end

local function by_place(a, b)
  if a.pos ~= b.pos then return (a.pos or "") < (b.pos or "") end
  return (a.seq or a.gid) < (b.seq or b.gid)
end

--- The merged partial: { sig =, expr =, articles =, errors =, empty =,
-- shards =, parts = }, groups and rows in the order of a single run. Raises an error
-- when the lines are of different queries, or when none was given.
function Merger:result()
  if #self.order == 0 then error("no partial: the files hold no line", 0) end
  if #self.order > 1 then
    local a, b = self.sigs[self.order[1]], self.sigs[self.order[2]]
    local function what(s) return s.expr and ("'" .. s.expr .. "'") or "another query" end
    error(string.format("partials of different queries: %s is of %s, %s of %s; merge the partials of one "
      .. "query (the same EXPR, --load and --gazetteer files)", a.where, what(a), b.where, what(b)), 0)
  end
  local sig = self.order[1]
  local expr = self.sigs[sig].expr or error("no query line in the partials (" .. self.sigs[sig].where .. " ...): "
    .. "is a file missing?", 0)
  if self.lines ~= self.declared then
    error(string.format("the partials are not whole: their first lines announce %d lines of results, the "
      .. "files hold %d (a shard's output cut short, a file missing or given twice?)", self.declared, self.lines), 0)
  end
  for _, part in pairs(self.parts) do
    if part.groups then table.sort(part.groups, by_place) end
    if part.rows then table.sort(part.rows, by_place) end
  end
  for _, part in pairs(self.parts) do
    for _, r in ipairs(part.rows or {}) do r.row = Q.snapshot_row(r.row, r.objects) end
  end
  sort_errors(self.errors)
  local shards = {}
  for s in pairs(self.shards) do shards[#shards + 1] = s end
  table.sort(shards)
  table.sort(self.empty)
  return { sig = sig, expr = expr, articles = self.articles, errors = self.errors, empty = self.empty,
    shards = shards, parts = self.parts }
end

-- }======================================================================

return P
