--- The project's own held-out sets (tests/heldout/NAME/): articles written
-- blind in one class of wording, a gold file sealed by a commit before the
-- extractor first read them, and a FLOOR (`exact N of M`): the exact facts
-- reached after the fixes the set guided. A later change that loses one of
-- them fails here, so a fix for one class cannot quietly undo another's.
-- Scored by ../shared/eval/score; skipped when it is absent.
local check = T.check
local bin, root, shared = ...
local score = shared .. "/eval/score"
if not io.open(score) then T.skip("no " .. score) end
if T.sh("command -v python3") ~= 0 then T.skip("no python3 for eval/score") end

local _, listing = T.sh("ls -d " .. T.quote(root .. "/tests/heldout") .. "/*/")
local sets = 0
for dir in listing:gmatch("[^\n]+") do
  dir = dir:gsub("/$", "")
  local name = dir:match("([^/]+)$")
  local floor_file = io.open(dir .. "/FLOOR")
  check(floor_file, name .. ": no FLOOR file")
  if floor_file then
    local floor, total = floor_file:read("a"):match("exact%s+(%d+)%s+of%s+(%d+)")
    floor_file:close()
    floor, total = tonumber(floor), tonumber(total)
    check(floor and total, name .. ": FLOOR is not `exact N of M`")
    local code, err, report = T.extract_scored(bin, score, dir)
    check(code == 0, name .. ": extract exit code " .. code .. " " .. err)
    check(report:match("span check %(gold%): %d+ checked, 0 bad"), name .. ": gold spans do not slice their files")
    check(report:match("span check %(pred%): %d+ checked, 0 bad"), name .. ": predicted spans do not slice their files")
    local gold = tonumber(report:match("\nfacts%(micro%)%s+(%d+)"))
    local exact = tonumber(report:match("exact facts[^\n]-%((%d+)%)"))
    print(string.format("%s: exact %s of %s (floor %s)", name, tostring(exact), tostring(gold), tostring(floor)))
    check(gold == total, name .. ": gold has " .. tostring(gold) .. " facts, FLOOR says " .. tostring(total))
    check(exact and floor and exact >= floor, name .. ": exact facts " .. tostring(exact) .. " below the floor " .. tostring(floor))
    sets = sets + 1
  end
end
if sets == 0 then T.skip("no held-out sets in tests/heldout") end
