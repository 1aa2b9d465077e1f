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
svg.chart rect.bar{fill:#2f6db5}
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
-- (format.numeric_columns).
function H.table_row(row, columns, numeric)
  local out = { "<tr>" }
  for j, c in ipairs(columns) do
    local v = row[c]
    if v == nil then
      out[#out + 1] = numeric[j] and '<td class="n" data-v="-1e308"></td>' or "<td></td>"
    elseif numeric[j] and type(v) == "number" then
      out[#out + 1] = string.format('<td class="n" data-v="%s">%s</td>', format.cell(v), format.grouped(v))
    elseif numeric[j] then
      out[#out + 1] = '<td class="n" data-v="-1e308"></td>'
    else
      out[#out + 1] = "<td>" .. H.escape(format.cell(v)) .. "</td>"
    end
  end
  out[#out + 1] = "</tr>\n"
  return table.concat(out, "\n")
end

H.TABLE_CLOSE = "</tbody></table>\n"

local function table_html(rows, columns)
  local numeric = format.numeric_columns(rows, columns)
  local out = { H.table_open(columns) }
  for _, row in ipairs(rows) do out[#out + 1] = H.table_row(row, columns, numeric) end
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
-- the largest 'max' values, largest first.
function H.bar_chart(rows, label, value, max)
  local bars = {}
  for _, row in ipairs(rows) do
    local v = row[value]
    if type(v) == "number" and v > 0 then bars[#bars + 1] = { label = format.cell(row[label]), value = v } end
  end
  table.sort(bars, function(a, b) return a.value > b.value end)
  while #bars > max do table.remove(bars) end
  if #bars == 0 then return "" end
  local top, label_w, bar_w, row_h = bars[1].value, 220, 440, 22
  local height = #bars * row_h + 28
  local out = {
    string.format('<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" role="img" aria-label="%s by %s">',
      label_w + bar_w + 130, height, H.escape(value), H.escape(label)),
    string.format('<text x="%d" y="14" font-weight="bold">%s</text>', label_w, H.escape(value)),
  }
  for i, b in ipairs(bars) do
    local y = 20 + (i - 1) * row_h
    local w = math.max(1, math.floor(bar_w * b.value / top + 0.5))
    local name = b.label
    if (utf8.len(name) or #name) > 32 then name = name:sub(1, (utf8.offset(name, 32) or 32) - 1) .. "…" end
    out[#out + 1] = string.format('<text x="%d" y="%d" text-anchor="end">%s</text>', label_w - 8, y + 15, H.escape(name))
    out[#out + 1] = string.format('<rect class="bar" x="%d" y="%d" width="%d" height="%d"><title>%s: %s</title></rect>',
      label_w, y + 3, w, row_h - 6, H.escape(b.label), format.grouped(b.value))
    out[#out + 1] = string.format('<text x="%d" y="%d">%s</text>', label_w + w + 6, y + 15, format.grouped(b.value))
  end
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n")
end

local function section_html(s)
  local Q = require "ivlua.query"
  local rows = s.rows or {}
  local columns = s.columns or (Q.is_result(rows) and rows:columns()) or Q.columns_of(rows)
  local out = {}
  if s.title then out[#out + 1] = "<h2>" .. H.escape(s.title) .. "</h2>" end
  if s.note then out[#out + 1] = '<p class="note">' .. H.escape(s.note) .. "</p>" end
  local label, value, max = chart_columns(rows, columns, s.chart)
  if label then out[#out + 1] = H.bar_chart(rows, label, value, max) end
  if #rows == 0 then
    out[#out + 1] = '<p class="note">No rows.</p>'
  else
    out[#out + 1] = table_html(rows, columns)
  end
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
-- columns =, chart = { label =, value =, max = } | false }, ... } }.
function H.page(p)
  local out = { H.page_open(p) }
  for _, s in ipairs(p.sections or {}) do out[#out + 1] = section_html(s) .. "\n" end
  out[#out + 1] = H.PAGE_CLOSE
  return table.concat(out)
end

return H
