--- Acceptance: `ivlua extract` on the shared seeds, dev and dev2 sets, scored
-- by ../shared/eval/score: every span slices its file, each mention type
-- reaches its floor, and so do the facts: F1 on investor+target (parties)
-- and exact facts, every gold field right (issue 13). dev2 was not used to
-- build the extractor before issue 13; both are measured together.
local check = T.check
local bin, shared = ...
local score = shared .. "/eval/score"
if not io.open(score) then T.skip("no " .. score) end
if T.sh("command -v python3") ~= 0 then T.skip("no python3 for eval/score") end

local MENTION_FLOORS = {
  seeds = 0.95,
  dev = 0.93,
  dev2 = 0.93,
}
local FACT_FLOORS = { seeds = 1.0, dev = 0.92, dev2 = 0.92 }
local EXACT_FLOORS = { seeds = 1.0, dev = 0.85, dev2 = 0.85 }
-- the types whose floor is lower for now, per set (what still fails is
-- listed in docs/facts.md and the README)
local LOWER = { dev2 = {}, seeds = {}, dev = {} }

local function f1_of(report, name)
  return tonumber(report:match("\n" .. name .. "%s+%d+%s+%d+%s+%d+%s+[%d.]+%s+[%d.]+%s+([%d.]+)"))
end

for _, set in ipairs({ "seeds", "dev", "dev2" }) do
  local dir = shared .. "/corpus/" .. set
  if not io.open(dir .. "/gold.jsonl") then
    print("no " .. dir .. "/gold.jsonl: " .. set .. " skipped")
    goto continue
  end
  local code, err, report = T.extract_scored(bin, score, dir)
  check(code == 0, set .. ": extract exit code " .. code .. " " .. err)
  local bad = report:match("span check %(pred%): %d+ checked, (%d+) bad")
  check(bad == "0", set .. ": predicted spans that do not slice their file: " .. tostring(bad))
  check(report:match("unreadable prediction lines: 0"), set .. ": unreadable lines")
  for _, typ in ipairs({ "money", "percent", "count", "area", "date", "location", "country", "person",
                         "organization", "sector" }) do
    local f1, floor = f1_of(report, typ), LOWER[set][typ] or MENTION_FLOORS[set]
    print(string.format("%s %s F1 %s (floor %.2f)", set, typ, tostring(f1), floor))
    -- a type the set has no gold for scores nothing
    if f1 then check(f1 >= floor, set .. " " .. typ .. " F1 " .. tostring(f1) .. " below " .. floor) end
  end
  local facts = f1_of(report, "facts%(micro%)")
  print(string.format("%s facts F1 %s (floor %.2f)", set, tostring(facts), FACT_FLOORS[set]))
  check(facts and facts >= FACT_FLOORS[set], set .. " facts F1 " .. tostring(facts) .. " below " .. FACT_FLOORS[set])
  local exact = tonumber(report:match("exact facts[^\n]-F1 ([%d.]+)"))
  print(string.format("%s exact facts F1 %s (floor %.2f)", set, tostring(exact), EXACT_FLOORS[set]))
  check(exact and exact >= EXACT_FLOORS[set], set .. " exact facts F1 " .. tostring(exact) .. " below " .. EXACT_FLOORS[set])
  ::continue::
end
