--- The peer suites (../shared/peer-specs): money, percent and area cases
-- from other recognisers' test suites, restated in ivlua's normalisation.
-- A case passes when ivlua finds exactly the expected entities of the
-- file's type, each with the expected span and value (and currency).
-- Prints the pass rate per type; fails below the floor.
-- Set IVLUA_PEER_VERBOSE=1 to list the failing cases.
local check = T.check
local shared = ...
local dir = shared .. "/peer-specs"
if not io.open(dir .. "/money.jsonl") then T.skip("no " .. dir) end

-- Floors, set from the measured rates (see docs/design.md): a drop below
-- them is a regression.
local FLOORS = { money = 0.90, percent = 0.95, area = 0.95 }
local verbose = os.getenv("IVLUA_PEER_VERBOSE")

local function close(a, b, rel, abs)
  return math.abs(a - b) <= math.max(abs or 0, rel * math.abs(b))
end

local SAME = {
  money = function(p, g) return p.currency == g.currency and close(p.value, g.value, 0.005) end,
  percent = function(p, g) return close(p.value, g.value, 0, 0.01) end,
  area = function(p, g) return close(p.value, g.value, 0.01) end,
}

--- Does every expected entity have its own prediction, and no more?
local function passes(kind, found, expect)
  if #found ~= #expect then return false end
  local used = {}
  for _, g in ipairs(expect) do
    local hit
    for i, p in ipairs(found) do
      if not used[i] and p.start == g.start and p["end"] == g["end"] and SAME[kind](p, g) then
        hit = i
        break
      end
    end
    if not hit then return false end
    used[hit] = true
  end
  return true
end

local function describe(list)
  local parts = {}
  for _, e in ipairs(list) do
    parts[#parts + 1] = string.format("'%s'=%s%s", e.text, tostring(e.value),
      e.currency and (" " .. e.currency) or "")
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end

for _, kind in ipairs({ "money", "percent", "area" }) do
  local total, ok = 0, 0
  for line in io.lines(dir .. "/" .. kind .. ".jsonl") do
    local case = assert(ivlua.json.decode(line))
    local a = assert(ivlua.article(case.input, { doc = kind }))
    local found = {}
    for e in a:entities(kind) do found[#found + 1] = e end
    total = total + 1
    if passes(kind, found, case.expect) then
      ok = ok + 1
    elseif verbose then
      print(string.format("  %s: %q\n    want %s\n    got  %s", kind, case.input,
        describe(case.expect), describe(found)))
    end
  end
  local rate = ok / total
  print(string.format("peer-specs %-8s %3d/%3d passed (%.1f%%), floor %.0f%%", kind, ok, total,
    100 * rate, 100 * FLOORS[kind]))
  check(rate >= FLOORS[kind], kind .. " pass rate below the floor")
end
