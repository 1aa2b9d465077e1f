--- `ivlua report` seen in a browser: the page for the shared dev corpus (or,
-- without ../shared, the bundled examples) is rendered by headless Chromium
-- to a PNG, turned into a PPM by netpbm's pngtopnm (both installed by
-- tools/setup.sh), and its pixels are counted: the page is not blank, the
-- chart's bars are there (their blue), and so is the table (its header
-- shade and borders).
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local IV, SHARED, EXAMPLES = arg[2] or "ivlua", arg[3], arg[4]

local function which(cmd)
  local code, out = sh("command -v " .. cmd)
  return code == 0 and out:match("[^\n]+") or nil
end
local chromium = which("chromium") or which("chromium-browser")
check(chromium, "chromium is installed (tools/setup.sh --tests installs it)")
check(which("pngtopnm"), "pngtopnm is installed (netpbm, tools/setup.sh --tests)")
if not chromium then return end

local dir = T.tmpdir()
local page, png, ppm = dir .. "/r.html", dir .. "/shot.png", dir .. "/shot.ppm"
-- the shared dev corpus where it is, else the bundled examples (a clone alone)
local corpus = SHARED .. "/corpus/dev"
if sh("test -d " .. q(corpus)) ~= 0 then
  corpus = EXAMPLES
  print("notice: ../shared is absent: the report of the bundled examples is rendered")
end
local code, _, err = sh(q(IV) .. " report " .. q(corpus) .. " -o " .. q(page))
eq(code, 0, "ivlua report: " .. err)

-- As the machine's notes say Chromium must run here: no sandbox as root,
-- no background networking (the network is closed), a fresh profile.
local flags = table.concat({
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--hide-scrollbars", "--user-data-dir=" .. q(dir .. "/profile"), "--window-size=1280,1400",
  "--virtual-time-budget=3000", "--screenshot=" .. q(png),
}, " ")
code, _, err = sh("timeout 120 " .. q(chromium) .. " " .. flags .. " " .. q("file://" .. page))
eq(code, 0, "chromium took the screenshot: " .. err:sub(-400))
code, _, err = sh("(pngtopnm " .. q(png) .. " > " .. q(ppm) .. ")")
eq(code, 0, "pngtopnm: " .. err)

-- A binary PPM (P6, maxval 255): count the pixels of each kind.
local data = T.read(ppm)
local w, h, maxval, pos = data:match("^P6%s+(%d+)%s+(%d+)%s+(%d+)%s()")
w, h = tonumber(w), tonumber(h)
check(w == 1280 and h == 1400 and tonumber(maxval) == 255, string.format("a 1280x1400 screenshot, got %s x %s (%s)", w, h, data:sub(1, 20)))
if not (w and h) then return end

local function near(r, g, b, R, G, B) return math.abs(r - R) <= 3 and math.abs(g - G) <= 3 and math.abs(b - B) <= 3 end
local total, inked, bars, header = w * h, 0, 0, 0
for i = pos, pos + total * 3 - 1, 3 do
  local r, g, b = data:byte(i, i + 2)
  if r < 235 or g < 235 or b < 235 then inked = inked + 1 end
  if near(r, g, b, 0x2f, 0x6d, 0xb5) then bars = bars + 1 end       -- svg.chart rect.bar
  if near(r, g, b, 0xee, 0xf2, 0xf8) then header = header + 1 end  -- th background
end
print(string.format("screenshot: %.1f%% inked, %d bar pixels, %d table-header pixels", 100 * inked / total, bars, header))
check(inked / total > 0.03, string.format("the page is not blank (%.1f%% inked)", 100 * inked / total))
check(bars > 3000, "the chart's bars are visible: " .. bars .. " pixels")
check(header > 1500, "the table's header is visible: " .. header .. " pixels")
os.execute("rm -rf " .. q(dir))
