--- `ivlua report` seen in a browser: the page for the shared dev corpus (or,
-- without ../shared, the bundled examples) is rendered by headless Chromium
-- to a PNG, turned into a PPM by netpbm's pngtopnm (both installed by
-- tools/setup.sh), and its pixels are counted: the page is not blank, the
-- chart's bars are there (their blue), and so is the table (its header
-- shade and borders). Before that, the page is read as an auditor would:
-- every link lands on an id of the page, every fact has its row with its
-- sentence, each total's block of facts adds up to the total's columns, no
-- province row is a country, and every bar of every chart has its label and
-- its value (also for one bar, zero, negative and unlabelled values).
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local IV, SHARED, EXAMPLES = arg[2] or "ivlua", arg[3], arg[4]

local html = require "ivlua.html"

local function text_of(cell) -- a cell's text: no tags, entities back
  local t = cell:gsub("<[^>]+>", "")
  return (t:gsub("&(#?%w+);", { amp = "&", lt = "<", gt = ">", quot = '"', ["#39"] = "'" }))
end

local function cells(tr)
  local out = {}
  for c in tr:gmatch("<td[^>]*>(.-)</td>") do out[#out + 1] = c end
  return out
end

-- Every bar of every chart in 'body' has a label and a value written
-- beside it, and lies inside its chart.
local function check_bars(body, what)
  local charts, bars = 0, 0
  for svg in body:gmatch('<svg class="chart".-</svg>') do
    charts = charts + 1
    local width = tonumber(svg:match('width="(%d+)"'))
    local n, labels, values = 0, 0, 0
    for x, w in svg:gmatch('<rect class="bar" x="(%-?%d+)" y="%-?%d+" width="(%d+)"') do
      n = n + 1
      x, w = tonumber(x), tonumber(w)
      check(w >= 1 and x >= 0 and x + w <= width, what .. ": a bar inside its chart: x " .. x .. " width " .. w)
    end
    for t in svg:gmatch('<text class="label"[^>]*>(.-)</text>') do
      if text_of(t):find("%S") then labels = labels + 1 end
    end
    for t in svg:gmatch('<text class="value"[^>]*>(.-)</text>') do
      if text_of(t):find("%d") then values = values + 1 end
    end
    check(n > 0 and labels == n and values == n,
      string.format("%s: chart %d has %d bars, %d labels, %d values", what, charts, n, labels, values))
    bars = bars + n
  end
  return charts, bars
end

-- The charts' edge cases, drawn alone: one bar; zero, negative and no label.
do
  local svg = html.bar_chart({ { k = "only", v = 5 } }, "k", "v", 20)
  eq({ check_bars(svg, "one bar") }, { 1, 1 }, "one bar is a chart of one bar")
  check(svg:find(">only</text>", 1, true) and svg:find(">5</text>", 1, true), "one bar: its label and value: " .. svg)
  svg = html.bar_chart({ { k = "up", v = 7 }, { v = 0 }, { k = "down", v = -3 }, { k = "", v = 2 }, { k = "none" } },
    "k", "v", 20)
  eq({ check_bars(svg, "zero, negative, unlabelled") }, { 1, 4 }, "four bars: a row with no number is not a bar")
  for _, want in ipairs { ">(no k)</text>", ">down</text>", ">0</text>", ">-3</text>", "<line class=\"axis\"" } do
    check(svg:find(want, 1, true), "zero, negative and unlabelled bars: " .. want)
  end
  svg = html.bar_chart({ { k = ("Công ty Trách nhiệm Hữu hạn "):rep(3), v = 1 } }, "k", "v", 20)
  local label_w = tonumber(svg:match('<text class="label" x="(%d+)"'))
  check((label_w or 0) >= 32 * 7, "a long label has room for its 32 characters: " .. tostring(label_w))
  check(svg:find("…</text>", 1, true), "a long label is cut with an ellipsis")
end

-- The page read as an auditor would.
function audit(body, corpus_path)
  local ids = {}
  for id in body:gmatch(' id="([^"]+)"') do
    check(not ids[id], "an id once: " .. id)
    ids[id] = true
  end
  local links, broken = 0, {}
  for target in body:gmatch(' href="#([^"]*)"') do
    links = links + 1
    if not ids[target] then broken[#broken + 1] = target end
  end
  check(links > 0, "the page links its totals to their facts")
  check(#broken == 0, "every link lands on an id of the page; not: " .. table.concat(broken, " ", 1, math.min(#broken, 10)))

  -- every fact has its row (id fact-A-K), its doc:K and its sentence
  local c = ivlua.load(corpus_path)
  local facts, missing = 0, {}
  for ai, a in ipairs(c) do
    local k = 0
    for f in a:facts() do
      k = k + 1
      facts = facts + 1
      local row = body:match('<tr id="fact%-' .. ai .. "%-" .. k .. '">(.-)</tr>')
      if not (row and row:find(html.escape(a.doc .. ":" .. k), 1, true) and row:find(html.escape(f.text), 1, true)) then
        missing[#missing + 1] = a.doc .. ":" .. k
      end
    end
  end
  check(facts > 0, "the corpus has facts")
  check(#missing == 0, "every fact has its row with its sentence; not: " .. table.concat(missing, " ", 1, math.min(#missing, 10)))

  -- each total's block: its facts, counted as the total's columns say
  local ROLE_COLUMN = { added = 2, ["inside the foreign total (*) of its article"] = 3, ["no US$ value"] = 5,
    ["stock: not summed"] = 6 }
  local totals = 0
  for tr in body:gmatch("<tr>(.-)</tr>") do
    local src = tr:match('href="#(src%-[%w]+%-%d+)"')
    local kind = src and src:match("^src%-(%w+)")
    if kind == "sector" then -- mentions and articles: the block's rows and docs
      local v = {}
      for x in tr:gmatch('data%-v="([^"]*)"') do v[#v + 1] = tonumber(x) end
      local block = body:match('<div class="src" id="' .. src:gsub("%-", "%%-") .. '">(.-)</div>') or ""
      local n, docs, nd = 0, {}, 0
      for brow in block:gmatch("<tr>(.-)</tr>") do
        local cs = cells(brow)
        if #cs > 0 then
          n = n + 1
          if not docs[cs[1]] then docs[cs[1]], nd = true, nd + 1 end
          check(text_of(cs[3]):find("%S"), src .. ": a mention with its sentence")
        end
      end
      check(v[1] == n and v[2] == nd, string.format("%s: %s mentions in %s articles, its block %d in %d", src,
        v[1], v[2], n, nd))
    elseif src then
      totals = totals + 1
      -- the last six numbers: usd, facts, inside, estimated, no_usd, stocks
      local all, v = {}, {}
      for x in tr:gmatch('data%-v="([^"]*)"') do all[#all + 1] = tonumber(x) end
      for i = 1, 6 do v[i] = all[#all - 6 + i] end
      if v[1] and v[1] < -1e300 then v[1] = nil end -- no usd
      local block = body:match('<div class="src" id="' .. src:gsub("%-", "%%-") .. '">(.-)</div>') or ""
      local counts, sum = { 0, 0, 0, 0, 0, 0 }, 0
      for brow in block:gmatch("<tr>(.-)</tr>") do
        local cs = cells(brow)
        if #cs > 0 then
          local col = ROLE_COLUMN[text_of(cs[2])]
          if col then counts[col] = counts[col] + 1 end
          if col == 2 then sum = sum + (tonumber((text_of(cs[3]):gsub(",", ""))) or 0) end
        end
      end
      for col = 2, 6 do
        if col ~= 4 and v[col] then
          check(counts[col] == v[col], string.format("%s: column %d is %s, its block counts %d", src, col, v[col], counts[col]))
        end
      end
      if v[1] and v[1] > 0 then
        check(math.abs(sum - v[1]) <= 1e-6 * v[1], string.format("%s: usd %s is the sum of its facts added, %s", src, v[1], sum))
      end
    end
  end
  check(totals > 0, "the totals link to their blocks")

  -- the provinces: 2025 names, older ones in parentheses, no country
  local function province_ok(label)
    local name, olds = label:match("^(.-) %((.*)%)$")
    name = name or label
    local e = ivlua.gazetteer.lookup(name)
    if name:match("^%u%u$") or not (e and e.province_2025 == name) then return false end
    for old in (olds or ""):gmatch("[^,]+") do
      local o = ivlua.gazetteer.lookup((old:gsub("^%s+", "")))
      if not (o and o.province_2025 == name) then return false end
    end
    return true
  end
  local by_province = body:match("<h2>Investment by province</h2>(.-)<h3") or ""
  local provinces = 0
  for tr in by_province:gmatch("<tr>(.-)</tr>") do
    local cs = cells(tr)
    if #cs > 0 then
      provinces = provinces + 1
      local label = text_of(cs[1])
      check(province_ok(label), "a province row names a province of 2025 (not a country): " .. label)
    end
  end
  check(provinces > 0, "the report has provinces")
  local stocks = body:match("<h2>Stocks: investment to date</h2>(.-)<h2") or ""
  for tr in stocks:gmatch("<tr>(.-)</tr>") do
    local cs = cells(tr)
    if #cs > 0 then
      local label = text_of(cs[1])
      check(label:find("^not in a province: ") or province_ok(label), "a stock's province is one, or says it is not: " .. label)
    end
  end
  local outside = body:match("<h3>Not located in a province</h3>(.-)<h2")
  check(outside, "the page lists what is not in a province")
  check(not (outside or ""):find("<svg", 1, true), "what is not in a province is not charted")

  local charts, bars = check_bars(body, "the report")
  print(string.format("audit: %d links, %d facts, %d totals, %d provinces, %d charts, %d bars", links, facts, totals,
    provinces, charts, bars))
end

local function which(cmd)
  local code, out = sh("command -v " .. cmd)
  return code == 0 and out:match("[^\n]+") or nil
end
local chromium = which("chromium") or which("chromium-browser")
check(chromium, "chromium is installed (tools/setup.sh --tests installs it)")
check(which("pngtopnm"), "pngtopnm is installed (netpbm, tools/setup.sh --tests)")

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
audit(T.read(page), corpus)
if not chromium then return end

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
