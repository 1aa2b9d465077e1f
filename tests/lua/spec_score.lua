--- Acceptance: `ivlua extract` on the shared seeds and dev sets, scored by
-- ../shared/eval/score: every span slices its file, and each type this
-- version extracts reaches its floor.
local check = T.check
local bin, shared = ...
local score = shared .. "/eval/score"
if not io.open(score) then T.skip("no " .. score) end
if T.sh("command -v python3") ~= 0 then T.skip("no python3 for eval/score") end

local FLOORS = { money = 0.95, percent = 0.95, count = 0.95, area = 0.95, date = 0.95,
  location = 0.90, country = 0.90, sector = 0.90, person = 0.85, organization = 0.85 } -- issue 4: names
local FACT_FLOORS = { investment = 0.80, agreement = 0.80, partnership = 0.80 }

for _, set in ipairs({ "seeds", "dev" }) do
  local dir = shared .. "/corpus/" .. set
  local code, jsonl, err = T.sh(T.quote(bin) .. " extract --format jsonl " .. T.quote(dir))
  check(code == 0, set .. ": extract exit code " .. code .. " " .. err)
  local out = T.write(os.tmpname(), jsonl)
  local _, report = T.sh(T.quote(score) .. " " .. T.quote(dir .. "/gold.jsonl") .. " " .. T.quote(out) ..
    " --docs " .. T.quote(dir))
  os.remove(out)
  local bad = report:match("span check %(pred%): %d+ checked, (%d+) bad")
  check(bad == "0", set .. ": predicted spans that do not slice their file: " .. tostring(bad))
  check(report:match("unreadable prediction lines: 0"), set .. ": unreadable lines")
  for typ, floor in pairs(FLOORS) do
    local f1 = tonumber(report:match("\n" .. typ .. "%s+%d+%s+%d+%s+%d+%s+[%d.]+%s+[%d.]+%s+([%d.]+)"))
    print(string.format("%s %s F1 %s (floor %.2f)", set, typ, tostring(f1), floor))
    check(f1 and f1 >= floor, set .. " " .. typ .. " F1 " .. tostring(f1) .. " below " .. floor)
  end
  -- issue 5: facts, and how right the fields of the matched investment facts are
  for typ, floor in pairs(FACT_FLOORS) do
    local f1 = tonumber(report:match("\n" .. typ .. "%s+%d+%s+%d+%s+%d+%s+[%d.]+%s+[%d.]+%s+([%d.]+)"))
    print(string.format("%s %s F1 %s (floor %.2f)", set, typ, tostring(f1), floor))
    check(f1 and f1 >= floor, set .. " " .. typ .. " F1 " .. tostring(f1) .. " below " .. floor)
  end
  local c = report:match("\n  investment: (.-)\n") or ""
  local right, total = 0, 0
  for ok, n in c:gmatch("(%d+)/(%d+)") do right, total = right + ok, total + n end
  print(string.format("%s investment field accuracy %d/%d", set, right, total))
  check(total > 0 and right / total >= 0.90, set .. " investment field accuracy " .. right .. "/" .. total)
end
