--- The sqlite format: articles, entities and facts as tables of an SQLite
-- database that sqlite3, DuckDB and Datasette open as it is.
--
--     ivlua extract -f sqlite -o corpus.db examples/corpus
--     ivlua.format.write("sqlite", ivlua.each("examples/corpus"), "corpus.db")
--
-- Tables (columns in the order of the schema, ivlua.schema()):
--   articles  id (the article's place in the input, from 1), doc, path,
--             title, date, time, dateline, source, bytes (its size)
--   entities  article (articles.id), doc, type, text, start, "end", then
--             one column per field of the mention types
--   facts     the same common columns, then one per field of the fact types
--             (investor, target, amount, currency, amount_usd, ...)
--   meta      key, value: ivlua's version, the schema as JSON, ...
-- and a view per type (money, date, investment, ...) with only the columns
-- that type has. Lists (parties, sectors) are JSON arrays as text, absent
-- fields NULL. Indexes: doc and type of entities and facts, investor and
-- target of facts, doc of articles.
--
-- One table of mentions and one of facts rather than a table per type:
-- they hold the rows the JSON Lines export has, in the same columns as
-- csv, so counts compare line for line; questions across types (mentions
-- per article, what a fact's article also names) need no UNION; the views
-- give the narrow table of each type. Rows that are no extraction rows (a
-- query's result) go to a table 'rows' (opts.table) of their columns.
--
-- The writer is given the path of the temporary file -o makes (F.write_
-- atomically with a format marked 'file'), so the database is renamed
-- into place whole or not at all. It is written in one transaction with
-- prepared statements, an article at a time; its rollback journal is kept
-- in memory (the rename, not the journal, makes the file atomic), and the
-- indexes are made after the rows.
-- @module ivlua.sqlite

local core = require "ivlua.core"
local json = core.json

local S = {}

-- The declared types of the built-in fields, so that sqlite3 and DuckDB
-- see numbers as numbers; 'value' has none (numbers, but an ISO text for
-- a date), nor have fields declared by gazetteers and user rules: their
-- values are stored as they come.
local TYPES = {
  article = "INTEGER", doc = "TEXT", type = "TEXT", text = "TEXT", start = "INTEGER", ["end"] = "INTEGER",
  currency = "TEXT", qualifier = "TEXT", unit = "TEXT", name = "TEXT", country = "TEXT", alias = "TEXT",
  code = "TEXT", title = "TEXT", canonical = "TEXT",
  investor = "TEXT", target = "TEXT", amount = "REAL", amount_usd = "REAL", projects = "INTEGER",
  share_percent = "REAL", rank = "INTEGER", as_of = "TEXT", basis = "TEXT", investor_country = "TEXT",
  part_of = "REAL", rule = "TEXT", usd = "REAL", usd_rate = "REAL", usd_rate_year = "INTEGER",
  parties = "TEXT", date = "TEXT", sectors = "TEXT", since = "INTEGER",
}

local COMMON = { "article", "doc", "type", "text", "start", "end" }
local ARTICLE_COLUMNS = { "doc", "path", "title", "date", "time", "dateline", "source" }
local TABLES = { articles = true, entities = true, facts = true, meta = true, rows = true }

local function quote(name) return '"' .. tostring(name):gsub('"', '""') .. '"' end

local function check(ok, err)
  if not ok then error(err, 0) end
  return ok
end

-- A value as SQLite stores it: a list as a JSON array, other tables as
-- their JSON, the rest as it is.
local function sql_value(v)
  if type(v) ~= "table" then return v end
  if next(v) == nil then return "[]" end
  return json.encode(v)
end

-- The columns of the mention types and of the fact types, after the
-- common ones, each once in the order of the schema; and the kind of each
-- type ("entities" or "facts") with its own fields.
local function layout(schema)
  local tables = { entities = { table.unpack(COMMON) }, facts = { table.unpack(COMMON) } }
  local seen = { entities = {}, facts = {} }
  for _, c in ipairs(COMMON) do seen.entities[c], seen.facts[c] = true, true end
  local kinds = {}
  for _, t in ipairs(schema) do
    local kind = t.fact and "facts" or "entities"
    kinds[t.type] = { table = kind, fields = t.fields }
    for _, f in ipairs(t.fields) do
      if not seen[kind][f] then
        seen[kind][f] = true
        local cols = tables[kind]
        cols[#cols + 1] = f
      end
    end
  end
  return tables, kinds
end

local function create_table(db, name, columns)
  local defs = {}
  for i, c in ipairs(columns) do
    defs[i] = quote(c) .. (TYPES[c] and " " .. TYPES[c] or "")
    if c == "article" then defs[i] = defs[i] .. " REFERENCES articles(id)" end
  end
  check(db:exec("CREATE TABLE " .. quote(name) .. " (" .. table.concat(defs, ", ") .. ")"))
end

local function insert(db, name, columns)
  local marks = {}
  for i in ipairs(columns) do marks[i] = "?" end
  local quoted = {}
  for i, c in ipairs(columns) do quoted[i] = quote(c) end
  return check(db:prepare("INSERT INTO " .. quote(name) .. " (" .. table.concat(quoted, ", ")
    .. ") VALUES (" .. table.concat(marks, ", ") .. ")"))
end

-- The writer's state: the database, its tables and statements.
local function setup(db, schema)
  check(db:exec("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; BEGIN"))
  local columns, kinds = layout(schema)
  check(db:exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, doc TEXT, path TEXT, title TEXT, "
    .. "date TEXT, time TEXT, dateline TEXT, source TEXT, bytes INTEGER)"))
  create_table(db, "entities", columns.entities)
  create_table(db, "facts", columns.facts)
  check(db:exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"))
  local w = {
    db = db, schema = schema, columns = columns, kinds = kinds, articles = 0, docs = {},
    article_stmt = insert(db, "articles", { "id", "doc", "path", "title", "date", "time", "dateline", "source", "bytes" }),
    stmts = { entities = insert(db, "entities", columns.entities), facts = insert(db, "facts", columns.facts) },
    values = {},
  }
  return w
end

local function add_article(w, a)
  w.articles = w.articles + 1
  local v = { w.articles }
  for i, k in ipairs(ARTICLE_COLUMNS) do v[i + 1] = a[k] end
  v[#ARTICLE_COLUMNS + 2] = #a.bytes
  check(w.article_stmt:run(table.unpack(v, 1, #ARTICLE_COLUMNS + 2)))
  return w.articles
end

local function is_article(v) return getmetatable(v) == core.Article end

-- The article id of a row that came without its article: one articles row
-- per document, from the row's article (a query's rows have it) or with
-- only its name.
local function doc_id(w, row)
  local id = w.docs[row.doc]
  if id then return id end
  if is_article(row.article) then
    id = add_article(w, row.article)
  else
    w.articles = w.articles + 1
    id = w.articles
    check(w.article_stmt:run(id, row.doc, nil, nil, nil, nil, nil, nil, nil))
  end
  w.docs[row.doc] = id
  return id
end

-- Is 'row' a row of extraction (an entity or fact of a declared type)?
local function extraction_row(w, row)
  return type(row.type) == "string" and w.kinds[row.type] and type(row.doc) == "string"
    and math.type(row.start) == "integer" and math.type(row["end"]) == "integer"
end

local function add_row(w, row, article)
  local kind = w.kinds[row.type].table
  local cols, v = w.columns[kind], w.values
  v[1] = article or doc_id(w, row)
  for i = 2, #cols do v[i] = sql_value(row[cols[i]]) end
  check(w.stmts[kind]:run(table.unpack(v, 1, #cols)))
end

-- Rows of any other shape go to the table opts.table ("rows"), made on the
-- first of them with the columns given or that row's own.
local function add_other(w, row, columns, opts)
  if not w.other then
    columns = columns or require("ivlua.query").columns_of({ row })
    local name = opts.table or "rows"
    local defs = {}
    for i, c in ipairs(columns) do defs[i] = quote(c) end
    check(w.db:exec("CREATE TABLE " .. quote(name) .. " (" .. table.concat(defs, ", ") .. ")"))
    w.other = { columns = columns, stmt = insert(w.db, name, columns) }
  end
  local v = {}
  for i, c in ipairs(w.other.columns) do v[i] = sql_value(row[c]) end
  check(w.other.stmt:run(table.unpack(v, 1, #w.other.columns)))
end

-- A view per type with its own columns, unless its name is a table's.
local function create_views(w)
  for _, t in ipairs(w.schema) do
    if not TABLES[t.type] and not t.type:lower():match("^sqlite_") then
      local cols = {}
      for _, c in ipairs(COMMON) do if c ~= "type" then cols[#cols + 1] = quote(c) end end
      for _, f in ipairs(t.fields) do cols[#cols + 1] = quote(f) end
      check(w.db:exec(string.format("CREATE VIEW IF NOT EXISTS %s AS SELECT %s FROM %s WHERE type = '%s'",
        quote(t.type), table.concat(cols, ", "), t.fact and "facts" or "entities", t.type:gsub("'", "''"))))
    end
  end
end

local INDEXES = {
  "CREATE INDEX articles_doc ON articles (doc)",
  "CREATE INDEX entities_doc ON entities (doc)",
  "CREATE INDEX entities_type ON entities (type)",
  "CREATE INDEX entities_article ON entities (article)",
  "CREATE INDEX facts_doc ON facts (doc)",
  "CREATE INDEX facts_type ON facts (type)",
  "CREATE INDEX facts_article ON facts (article)",
  "CREATE INDEX facts_investor ON facts (investor)",
  "CREATE INDEX facts_target ON facts (target)",
}

local function finish(w)
  for _, sql in ipairs(INDEXES) do check(w.db:exec(sql)) end
  create_views(w)
  local meta = insert(w.db, "meta", { "key", "value" })
  check(meta:run("ivlua_version", core.version))
  check(meta:run("sqlite_version", core.sqlite.version))
  check(meta:run("layout", "1"))
  check(meta:run("schema", json.encode(w.schema)))
  check(meta:run("articles", w.articles))
  check(w.db:exec("COMMIT"))
  check(w.db:close())
end

--- The writer: 'out.path' is the file to write (the temporary of
-- F.write_atomically); 'items' yields articles (ivlua.each) or rows
-- (ivlua.rows, a query), which may be mixed.
function S.write(out, items, columns, opts)
  opts = opts or {}
  local path = out.path or error("the sqlite format writes a database file: it needs a path", 0)
  -- closed on an error too, before the temporary is removed (its locks are on it)
  local db <close> = check(core.sqlite.open(path))
  local w = setup(db, require("ivlua").schema())
  for item in items do
    if is_article(item) then
      local id = add_article(w, item)
      for _, row in ipairs(item:rows()) do
        if extraction_row(w, row) then add_row(w, row, id) end
      end
    elseif extraction_row(w, item) then
      add_row(w, item)
    elseif type(item) == "table" then
      add_other(w, item, columns, opts)
    end
  end
  finish(w)
end

return S
