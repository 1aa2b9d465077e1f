--- An output format of your own: Emacs org-mode tables.
--
-- ivlua looks for formats/NAME.lua on the module path, so with this
-- directory on IVLUA_PATH every command and script can use it:
--
--     IVLUA_PATH='examples/?.lua;;' ivlua query --format org 'facts:group_by("type")' examples/corpus
--
-- A format is a writer(out, rows, columns, opts): 'rows' iterates over the
-- rows (plain tables), 'columns' names the fields in order. Returned as a
-- table with stream = false (the default), it is given the columns of all
-- the rows; ivlua.format.cell turns a value into text.

local cell = ivlua.format.cell

-- An org cell cannot hold '|' or a line break.
local function org_cell(v) return (cell(v):gsub("|", "¦"):gsub("[\r\n]+", " ")) end

return function(out, rows, columns)
  local widths, lines = {}, {}
  for j, c in ipairs(columns) do widths[j] = utf8.len(c) or #c end
  for row in rows do
    local line = {}
    for j, c in ipairs(columns) do
      line[j] = org_cell(row[c])
      widths[j] = math.max(widths[j], utf8.len(line[j]) or #line[j])
    end
    lines[#lines + 1] = line
  end
  local function emit(cells)
    local padded = {}
    for j, s in ipairs(cells) do padded[j] = s .. string.rep(" ", widths[j] - (utf8.len(s) or #s)) end
    out:write("| ", table.concat(padded, " | "), " |\n")
  end
  emit(columns)
  local rule = {}
  for j, w in ipairs(widths) do rule[j] = string.rep("-", w + 2) end
  out:write("|", table.concat(rule, "+"), "|\n")
  for _, line in ipairs(lines) do emit(line) end
end
