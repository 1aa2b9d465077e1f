--- ivlua.explain: why a fact exists. The sentence that states it, with the
-- mentions it was linked from marked by the role each plays, then the frame
-- (the fact's `rule`) and its fields.
--
--     investment by invest.ranked in d2a.txt @558-783
--       ... with [investor China] leading the list at [amount $1.97 billion], followed by ...
--       investor=CN target=Bắc Ninh amount=1970000000 currency=USD basis=flow rank=1
--
-- @module ivlua.explain

local M = {}

local COMMON = { type = true, text = true, start = true, ["end"] = true, doc = true, article = true,
  mentions = true, rule = true }

local function contains(list, v)
  if type(list) ~= "table" then return false end
  for _, x in ipairs(list) do if x == v then return true end end
  return false
end

--- The role mention 'm' plays in fact 'f', from the field it fills.
function M.role(f, m)
  local t = m.type
  if t == "money" then
    if m.value == f.amount then return "amount" end
    if m.value == f.amount_usd then return "in US$" end
    return "money"
  elseif t == "count" then
    return m.value == f.projects and "projects" or "count"
  elseif t == "percent" then
    return m.value == f.share_percent and "share" or "percent"
  elseif t == "date" then
    if m.value == f.as_of then return "as of" end
    if m.value == f.date then return "date" end
    if f.since and tostring(m.value):sub(1, 4) == tostring(f.since) then return "since" end
    return "date"
  elseif t == "sector" then
    return "sector"
  end
  local name = m.code or m.name
  if name == f.investor then return "investor" end
  if name == f.target or (m.province and m.province == f.target)
     or (m.province_2025 and m.province_2025 == f.target) then return "target" end
  if contains(f.parties, name) then return "party" end
  return t
end

local function fields(f)
  local keys = {}
  for k in pairs(f) do
    if type(k) == "string" and not COMMON[k] then keys[#keys + 1] = k end
  end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do
    local v = f[k]
    if type(v) == "table" then v = "{" .. table.concat(v, ",") .. "}" end
    parts[#parts + 1] = k .. "=" .. tostring(v)
  end
  return table.concat(parts, " ")
end

--- The sentence of fact 'f' with its mentions marked, as lines of text.
function M.explain(f)
  local marks, before = {}, {}
  for _, m in ipairs(f.mentions or {}) do
    if m.start >= f.start and m["end"] <= f["end"] then
      marks[#marks + 1] = m
    else -- named earlier: "the company", "its"
      before[#before + 1] = string.format("[%s %s] (named before, @%d)", M.role(f, m), m.text, m.start)
    end
  end
  table.sort(marks, function(a, b) return a.start < b.start end)
  local out, pos = {}, f.start
  for _, m in ipairs(marks) do
    if m.start >= pos then -- nested mentions are shown with the outer one
      out[#out + 1] = f.text:sub(pos - f.start + 1, m.start - f.start)
      out[#out + 1] = string.format("[%s %s]", M.role(f, m), m.text)
      pos = m["end"]
    end
  end
  out[#out + 1] = f.text:sub(pos - f.start + 1)
  local lines = {
    string.format("%s by %s in %s @%d-%d", f.type, f.rule or "?", f.doc or "?", f.start, f["end"]),
    "  " .. table.concat(out),
  }
  for _, b in ipairs(before) do lines[#lines + 1] = "  " .. b end
  lines[#lines + 1] = "  " .. fields(f)
  return table.concat(lines, "\n")
end

return M
