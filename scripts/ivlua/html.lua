--- ivlua.html: a self-contained HTML page of tables and bar charts, for the
-- html format and 'ivlua report'. Nothing is fetched from the network: the
-- style, the sorting script and the charts (inline SVG) are in the page.
-- @module ivlua.html

local format = require "ivlua.format"

local H = {}

local ESCAPES = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

function H.escape(s) return (tostring(s):gsub("[&<>\"']", ESCAPES)) end

local STYLE = [[
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2330;background:#fff}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2.2rem 0 .4rem;border-bottom:2px solid #dfe5ee;padding-bottom:.2rem}
p.note{color:#556;margin:.2rem 0 .8rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}
th,td{border:1px solid #d5dbe5;padding:.28rem .55rem;text-align:left;vertical-align:top}
th{background:#eef2f8;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \25B2"}th[aria-sort=descending]::after{content:" \25BC"}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr:nth-child(even) td{background:#f8fafc}
svg.chart{display:block;margin:.6rem 0}svg.chart text{font:12px system-ui,sans-serif;fill:#1d2330}
svg.chart rect.bar{fill:#2f6db5}svg.chart a:hover rect.bar{fill:#1d4f8a}svg.chart line.axis{stroke:#8894a8}
td a,svg.chart a{color:inherit}td.n a{text-decoration-color:#9ab}
tr:target td{background:#fff3b0}div.src{margin:.8rem 0;padding:.1rem .6rem;border-left:4px solid #dfe5ee}
div.src:target{border-left-color:#f0b400;background:#fffbe6}h3{font-size:1.05rem;margin:1.4rem 0 .3rem}h4{font-size:.95rem;margin:.5rem 0 .2rem}
td.text{max-width:34rem;font-size:.85rem}
]]

-- Click a header to sort by it; again to reverse. Numbers sort by the
-- value kept in data-v, the rest as text.
local SCRIPT = [[
document.querySelectorAll("table.sortable").forEach(function(t){
  t.querySelectorAll("th").forEach(function(th,col){
    th.addEventListener("click",function(){
      var asc=th.getAttribute("aria-sort")!=="ascending";
      t.querySelectorAll("th").forEach(function(o){o.removeAttribute("aria-sort")});
      th.setAttribute("aria-sort",asc?"ascending":"descending");
      var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[col],y=b.cells[col],u=x.getAttribute("data-v"),v=y.getAttribute("data-v");
        var c=(u!==null&&v!==null)?(parseFloat(u)-parseFloat(v)):x.textContent.localeCompare(y.textContent);
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r)});
    });
  });
});
]]

-- A table is written in pieces, each ending in a line break, so that the
-- html format can stream its rows: table_open, a table_row per row, then
-- TABLE_CLOSE.

--- The start of a sortable table: its header row.
function H.table_open(columns)
  local out = { '<table class="sortable"><thead><tr>' }
  for _, c in ipairs(columns) do out[#out + 1] = "<th>" .. H.escape(c) .. "</th>" end
  out[#out + 1] = "</tr></thead><tbody>\n"
  return table.concat(out, "\n")
end

--- One row; 'numeric' says which columns are right-aligned numbers
-- (format.numeric_columns). 'links', when given, ties the row into the
-- page: links.id(row) is the row's id (an anchor others link to),
-- links.href(row, column) the address a cell links to (nil: none); a linked
-- cell with no value says so ("(no usd)") so that the link shows.
function H.table_row(row, columns, numeric, links)
  local id = links and links.id and links.id(row)
  local out = { id and string.format('<tr id="%s">', H.escape(id)) or "<tr>" }
  for j, c in ipairs(columns) do
    local v = row[c]
    local href = links and links.href and links.href(row, c)
    local function linked(text)
      if not href then return text end
      if text == "" then text = "(no " .. H.escape(c) .. ")" end
      return string.format('<a href="%s">%s</a>', H.escape(href), text)
    end
    if v == nil then
      out[#out + 1] = numeric[j] and ('<td class="n" data-v="-1e308">' .. linked("") .. "</td>")
        or ("<td>" .. linked("") .. "</td>")
    elseif numeric[j] and type(v) == "number" then
      out[#out + 1] = string.format('<td class="n" data-v="%s">%s</td>', format.cell(v), linked(format.grouped(v)))
    elseif numeric[j] then
      out[#out + 1] = '<td class="n" data-v="-1e308"></td>'
    else
      local class = links and links.class and links.class[c]
      out[#out + 1] = (class and '<td class="' .. class .. '">' or "<td>") .. linked(H.escape(format.cell(v))) .. "</td>"
    end
  end
  out[#out + 1] = "</tr>\n"
  return table.concat(out, "\n")
end

H.TABLE_CLOSE = "</tbody></table>\n"

local function table_html(rows, columns, links)
  local numeric = format.numeric_columns(rows, columns)
  local out = { H.table_open(columns) }
  for _, row in ipairs(rows) do out[#out + 1] = H.table_row(row, columns, numeric, links) end
  out[#out + 1] = H.TABLE_CLOSE
  return table.concat(out):sub(1, -2) -- the section adds the line break
end

-- The chart's label and value columns: given, or the first column and the
-- first numeric column after it.
local function chart_columns(rows, columns, chart)
  if chart == false then return nil end
  chart = chart or {}
  local label, value = chart.label or columns[1], chart.value
  if not value then
    local numeric = format.numeric_columns(rows, columns)
    for j, c in ipairs(columns) do
      if c ~= label and numeric[j] then
        value = c
        break
      end
    end
  end
  if not label or not value then return nil end
  return label, value, chart.max or 20
end

--- A horizontal bar chart (SVG) of the rows' 'value' column by 'label',
-- the 'max' values largest first (a row with no number is not a bar; the
-- chart says how many smaller ones it left to the table).
-- Every bar has its label and its value written beside it: a row with no
-- label is "(no LABEL)"; a zero is a bar one pixel wide; negative values
-- run left of a zero axis. 'opts.href(row)' links a bar (its label, bar
-- and value) to an address; 'opts.text(row)' gives a label other than the
-- label column's.
function H.bar_chart(rows, label, value, max, opts)
  opts = opts or {}
  local bars = {}
  for _, row in ipairs(rows) do
    local v = row[value]
    if type(v) == "number" and v == v then
      local name = opts.text and opts.text(row) or row[label]
      name = name ~= nil and format.cell(name) or ""
      if name == "" then name = "(no " .. tostring(label) .. ")" end
      bars[#bars + 1] = { label = name, value = v, href = opts.href and opts.href(row), i = #bars }
    end
  end
  -- largest first; equal values in the rows' order, as the table has them
  table.sort(bars, function(a, b) if a.value ~= b.value then return a.value > b.value end return a.i < b.i end)
  local more = 0
  while #bars > (max or 20) do
    table.remove(bars)
    more = more + 1
  end
  if #bars == 0 then return "" end
  local lo, hi = 0, 0
  for _, b in ipairs(bars) do lo, hi = math.min(lo, b.value), math.max(hi, b.value) end
  -- room for the longest label (cut at 32 characters), about 7.5 px a
  -- character at 12 px, so that no label runs off the left edge
  local longest = 0
  for _, b in ipairs(bars) do
    local n = utf8.len(b.label) or #b.label
    b.short = n > 32 and b.label:sub(1, (utf8.offset(b.label, 32) or 32) - 1) .. "…" or b.label
    longest = math.max(longest, math.min(n, 32))
  end
  local label_w, bar_w, row_h = math.max(80, math.floor(longest * 7.5 + 16)), 440, 22
  local span = hi - lo
  local scale = span > 0 and bar_w / span or 0
  local axis = label_w + math.floor(-lo * scale + 0.5)
  local height = #bars * row_h + 28 + (more > 0 and row_h or 0)
  local out = {
    string.format('<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" role="img" aria-label="%s by %s">',
      label_w + bar_w + 130, height, H.escape(value), H.escape(label)),
    string.format('<text x="%d" y="14" font-weight="bold">%s</text>', label_w, H.escape(value)),
  }
  if lo < 0 then
    out[#out + 1] = string.format('<line class="axis" x1="%d" y1="18" x2="%d" y2="%d"/>', axis, axis, height - 6)
  end
  for i, b in ipairs(bars) do
    local y = 20 + (i - 1) * row_h
    local w = math.max(1, math.floor(math.abs(b.value) * scale + 0.5))
    local x = b.value < 0 and axis - w or axis
    local name = b.short
    local shown = format.grouped(b.value)
    -- the value after the bar's end; a negative one right of the axis
    local vx = b.value < 0 and axis + 6 or x + w + 6
    local g = {
      string.format('<text class="label" x="%d" y="%d" text-anchor="end">%s</text>', label_w - 8, y + 15, H.escape(name)),
      string.format('<rect class="bar" x="%d" y="%d" width="%d" height="%d"><title>%s: %s</title></rect>',
        x, y + 3, w, row_h - 6, H.escape(b.label), shown),
      string.format('<text class="value" x="%d" y="%d">%s</text>', vx, y + 15, shown),
    }
    if b.href then
      out[#out + 1] = string.format('<a href="%s">', H.escape(b.href)) .. table.concat(g, "\n") .. "</a>"
    else
      out[#out + 1] = table.concat(g, "\n")
    end
  end
  if more > 0 then
    out[#out + 1] = string.format('<text class="more" x="%d" y="%d">and %d smaller, in the table</text>', label_w,
      20 + #bars * row_h + 15, more)
  end
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n")
end

local function section_html(s)
  local Q = require "ivlua.query"
  local rows = s.rows or {}
  local columns = s.columns or (Q.is_result(rows) and rows:columns()) or Q.columns_of(rows)
  local out = {}
  local h = s.level == 3 and "h3" or "h2"
  local id = s.id and string.format(' id="%s"', H.escape(s.id)) or ""
  if s.title then out[#out + 1] = string.format("<%s%s>%s</%s>", h, id, H.escape(s.title), h)
  elseif s.id then out[#out + 1] = string.format("<a%s></a>", id) end
  if s.note then out[#out + 1] = '<p class="note">' .. H.escape(s.note) .. "</p>" end
  if s.note_html then out[#out + 1] = '<p class="note">' .. s.note_html .. "</p>" end
  if s.rows or s.columns or not (s.html or s.note_html) then
    local label, value, max = chart_columns(rows, columns, s.chart)
    if label then out[#out + 1] = H.bar_chart(rows, label, value, max, s.chart) end
    if #rows == 0 then
      out[#out + 1] = '<p class="note">No rows.</p>'
    else
      out[#out + 1] = table_html(rows, columns, s.links)
    end
  end
  if s.html then out[#out + 1] = s.html end
  return table.concat(out, "\n")
end

--- The start of a page, up to its title and intro: { title =, intro = }.
function H.page_open(p)
  local out = {
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>" .. H.escape(p.title or "ivlua") .. "</title>",
    "<style>" .. STYLE .. "</style></head><body>",
    "<h1>" .. H.escape(p.title or "ivlua") .. "</h1>",
  }
  if p.intro then out[#out + 1] = '<p class="note">' .. H.escape(p.intro) .. "</p>" end
  out[#out + 1] = ""
  return table.concat(out, "\n")
end

--- The end of a page: the sorting script.
H.PAGE_CLOSE = "<script>" .. SCRIPT .. "</script>\n</body></html>\n"

--- The page: { title =, intro =, sections = { { title =, note =, rows =,
-- columns =, chart = { label =, value =, max =, href =, text = } | false,
-- ... }, ... } }. A section may also have an 'id' (its heading's), 'level'
-- (3: a subsection), 'note_html' (a note already in HTML: links), 'links'
-- (ids and links of its rows and cells, as H.table_row takes them) and
-- 'html' (HTML written after its table).
function H.page(p)
  local out = { H.page_open(p) }
  for _, s in ipairs(p.sections or {}) do out[#out + 1] = section_html(s) .. "\n" end
  out[#out + 1] = H.PAGE_CLOSE
  return table.concat(out)
end

return H
