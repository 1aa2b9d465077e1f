--- Inputs as crawlers write them, through the command line: the example
-- corpus as *.txt files, the same gzip'd, the same as one JSON Lines file
-- (plain and gzip, other field names, standard input) give the same
-- entities and facts; bad lines are named by their line; empty input is an
-- error. The files are written here, in a temporary directory.
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local bin, examples = ...
local IV = q(bin)
local dir = T.tmpdir()
local function has(s, frag) return s:find(frag, 1, true) ~= nil end

local names = {}
for name in io.popen("ls " .. q(examples)):lines() do
  if name:match("%.txt$") then names[#names + 1] = name end
end
table.sort(names)
check(#names >= 5, "the example corpus: " .. #names .. " articles")

-- txt/: the files; gz/: each gzip'd; crawl.jsonl: one a line (id = the
-- file's name); crawl.jsonl.gz; other.ndjson: other field names, no id
assert(os.execute("mkdir -p " .. q(dir .. "/txt") .. " " .. q(dir .. "/gz/sub") .. " " .. q(dir .. "/empty")))
local lines, other = {}, {}
for i, name in ipairs(names) do
  local bytes = T.read(examples .. "/" .. name)
  T.write(dir .. "/txt/" .. name, bytes)
  -- half of them one level down: the walk is recursive and by name
  local gz = dir .. "/gz/" .. (i % 2 == 0 and "sub/" or "") .. name .. ".gz"
  assert(os.execute("gzip -c " .. q(examples .. "/" .. name) .. " > " .. q(gz)))
  lines[#lines + 1] = ivlua.json.encode({ id = name, text = bytes }, { keys = { "id", "text" } })
  other[#other + 1] = ivlua.json.encode({ body = bytes, link = "https://example.vn/" .. i })
end
T.write(dir .. "/crawl.jsonl", table.concat(lines, "\n") .. "\n")
assert(os.execute("gzip -c " .. q(dir .. "/crawl.jsonl") .. " > " .. q(dir .. "/crawl.jsonl.gz")))
T.write(dir .. "/other.ndjson", "\n" .. table.concat(other, "\n\n"))

local function extract(args, input)
  local code, out, err = sh(IV .. " extract " .. args, input)
  return code, out, err
end

-- the gz/ directory is read in the order of txt/ only when sub/ sorts as the
-- files do; compare sorted lines per doc instead
local function by_doc(out)
  local docs = {}
  for l in out:gmatch("[^\n]+") do
    local doc = l:match('^{"doc":"(.-)",')
    docs[doc] = (docs[doc] or "") .. l:gsub('^{"doc":"(.-)",', "{") .. "\n"
  end
  return docs
end

local code, want, err = extract(q(dir .. "/txt"))
eq(code, 0, "txt/ exit: " .. err)
check(#want > 1000, "txt/ gives entities")

code, out, err = extract(q(dir .. "/gz"))
eq(code, 0, "gz/ exit: " .. err)
eq(by_doc(out), by_doc(want), "gz/ (gzip, recursive): the same entities, the same docs")

for _, f in ipairs { "crawl.jsonl", "crawl.jsonl.gz" } do
  code, out, err = extract(q(dir .. "/" .. f))
  eq(code, 0, f .. " exit: " .. err)
  check(out == want, f .. ": byte for byte the output of txt/")
end

-- other field names; the doc is the link
code, out, err = extract("--fields 'text=body, id=link' " .. q(dir .. "/other.ndjson"))
eq(code, 0, "other.ndjson exit: " .. err)
local got, expected = {}, {}
for doc, rows in pairs(by_doc(want)) do
  for i, name in ipairs(names) do if name == doc then expected["https://example.vn/" .. i] = rows end end
end
eq(by_doc(out), expected, "--fields text=body,id=link: the same entities under the links")
-- without --fields: every line named
code, out, err = extract(q(dir .. "/other.ndjson"))
eq(code, 1, "other.ndjson without --fields: exit 1")
check(has(err, "other.ndjson:2: no \"text\" field") and has(err, "other.ndjson:4: no \"text\" field"),
  "each line named with its number (blank lines counted): " .. err)
check(has(err, "no article in"), "and no article at all: " .. err)

-- standard input: gzip known by its bytes; JSON Lines when said
local first = names[1]
local one = by_doc(want)[first]
code, out, err = sh("gzip -c " .. q(dir .. "/txt/" .. first) .. " | " .. IV .. " extract -")
eq(code, 0, "gzip on stdin: " .. err)
eq(by_doc(out).stdin, one, "gzip on stdin: the article's entities")
code, out, err = sh("gzip -c " .. q(dir .. "/crawl.jsonl") .. " | " .. IV .. " extract --input jsonl -")
eq(code, 0, "JSON Lines on stdin: " .. err)
check(out == want, "JSON Lines on stdin: the output of txt/")
-- a directory in JSON Lines mode: its .jsonl, .jsonl.gz, .ndjson, not its .txt
T.write(dir .. "/txt/notes.jsonl", "{}\n")
code, out, err = extract("--input jsonl " .. q(dir))
eq(code, 1, "--input jsonl DIR: exit 1 (notes.jsonl has no text)")
check(has(err, "txt/notes.jsonl:1: no \"text\" field"), "notes.jsonl:1 named: " .. err)
local n = 0
for _ in out:gmatch('"doc":"' .. first:gsub("%p", "%%%0") .. '"') do n = n + 1 end
check(n == 2 * select(2, one:gsub("\n", "")), "crawl.jsonl and crawl.jsonl.gz read, txt/*.txt not: " .. n)
-- and without it, the directory's *.txt only: txt/notes.jsonl is not an article
code, out, err = extract(q(dir .. "/txt"))
eq(code, 0, "a .jsonl beside the .txt files is left alone: " .. err)

-- bad lines: named, the others still read, exit 1
T.write(dir .. "/bad.jsonl", lines[1] .. "\nnot json\n{\"text\": 1}\n[1]\n{\"id\": \"x\", \"text\": \"caf\xe9\"}\n" .. lines[2] .. "\n")
code, out, err = extract(q(dir .. "/bad.jsonl"))
eq(code, 1, "bad lines: exit 1")
check(has(err, "bad.jsonl:2: not JSON") and has(err, "bad.jsonl:3: the \"text\" field is not a string") and
  has(err, "bad.jsonl:4: not a JSON object") and has(err, "bad.jsonl:5: invalid UTF-8 at byte"),
  "each bad line named: " .. err)
local docs = by_doc(out)
check(docs[names[1]] and docs[names[2]], "the good lines around them are extracted")
-- a truncated gzip file
local gz = T.read(dir .. "/crawl.jsonl.gz")
T.write(dir .. "/cut.jsonl.gz", gz:sub(1, #gz // 2))
code, out, err = extract(q(dir .. "/cut.jsonl.gz"))
check(code == 1 and has(err, "cut.jsonl.gz") and has(err, "unexpected end of file"), "truncated gzip: " .. err)
check(has(out, '"doc":"' .. names[1] .. '"'), "what came before the cut is extracted")

-- empty input is an error
T.write(dir .. "/none.jsonl", "\n\n")
for _, p in ipairs { "empty", "none.jsonl" } do
  code, out, err = extract(q(dir .. "/" .. p))
  eq(code, 1, p .. ": exit 1")
  check(has(err, "ivlua: no article in " .. dir .. "/" .. p), p .. ": named: " .. err)
end
code, out, err = sh(IV .. " query 'articles:count()' " .. q(dir .. "/empty"))
check(code == 1 and has(err, "no article in"), "query on an empty directory: " .. err)
code, out, err = extract("-f csv " .. q(dir .. "/empty"))
check(code == 1 and has(err, "no article in"), "extract -f csv on an empty directory: " .. err)

-- bad options
code, out, err = extract("--input xml " .. q(dir))
check(code == 2 and has(err, "--input"), "--input xml: " .. err)
code, out, err = extract("--fields body " .. q(dir))
check(code == 2 and has(err, "--fields"), "--fields body: " .. err)

-- the Lua API: options, errors in order, the count of articles
local c = ivlua.load(dir .. "/bad.jsonl", dir .. "/other.ndjson", { fields = { text = "body" } })
eq(#c, #names, "load with fields: other.ndjson's articles")
check(has(c.errors[1], "bad.jsonl:1: no \"body\" field"), "errors in input order: " .. tostring(c.errors[1]))
local seen, errs = 0, {}
for a in ivlua.each(dir .. "/crawl.jsonl.gz", dir .. "/empty", function(m) errs[#errs + 1] = m end) do
  seen = seen + 1
  eq(a.path, dir .. "/crawl.jsonl.gz", "an article's path is its file's")
end
eq(seen, #names, "each over crawl.jsonl.gz")
eq(#errs, 0, "an empty directory among others is no error")
errs = {}
for _ in ivlua.each(dir .. "/empty", function(m) errs[#errs + 1] = m end) do end
eq(errs, { "no article in " .. dir .. "/empty" }, "each over nothing: one error")
T.checkerr("unknown option 'bogus'", ivlua.load, dir, { bogus = 1 })
T.checkerr("options.input", ivlua.each, dir, { input = "xml" })
T.checkerr("unknown field 'body'", ivlua.each, dir, { fields = { body = "x" } })
-- leaving a loop early closes the files
for _ in ivlua.each(dir .. "/crawl.jsonl") do break end
-- worker threads read JSON Lines in order: the same articles as one thread
local function jsonl_of(jobs)
  local out = {}
  for a in ivlua.each(dir .. "/bad.jsonl", dir .. "/crawl.jsonl.gz", { jobs = jobs }, function(m) out[#out + 1] = m end) do
    out[#out + 1] = a.doc .. "\n" .. a:jsonl()
  end
  return table.concat(out, "\n")
end
local one_thread = jsonl_of(1)
check(#one_thread > 10000, "the articles of bad.jsonl and crawl.jsonl.gz")
check(jsonl_of(2) == one_thread, "jobs = 2: the same articles, errors and entities, in the same order")

-- ivlua.stream: JSON Lines from an open file or a pipe, gzip or not, the
-- same articles as ivlua.each of the file; named by options.name
local function stream_of(fh, opts)
  local out = {}
  for a in ivlua.stream(fh, opts, function(m) out[#out + 1] = m end) do
    out[#out + 1] = a.doc .. "\n" .. a:jsonl()
  end
  fh:close()
  return table.concat(out, "\n")
end
local from_each = {}
for a in ivlua.each(dir .. "/crawl.jsonl") do from_each[#from_each + 1] = a.doc .. "\n" .. a:jsonl() end
from_each = table.concat(from_each, "\n")
eq(stream_of(io.open(dir .. "/crawl.jsonl")), from_each, "stream of an open file: the articles of each")
eq(stream_of(io.popen("gzip -dc " .. q(dir .. "/crawl.jsonl.gz")), { jobs = 2 }), from_each,
  "stream of a pipe, two threads: the same")
eq(stream_of(io.open(dir .. "/crawl.jsonl.gz")), from_each, "stream of gzip bytes: the same")
local bad = stream_of(io.open(dir .. "/bad.jsonl"), { name = "feed" })
check(has(bad, "feed:2: not JSON"), "a bad line is named NAME:LINE")
local one = stream_of(io.open(dir .. "/txt/" .. names[1]), { input = "text", name = "one" })
check(one:sub(1, 4) == "one\n" and has(one, '"doc":"one"'), "input = 'text': one article named 'one'")
local none = stream_of(io.open(dir .. "/empty.jsonl", "w+"))
eq(none, "no article in stream", "an empty stream is an error")
T.checkerr("the file is closed", function() local f = io.open(dir .. "/crawl.jsonl"); f:close(); ivlua.stream(f) end)
T.checkerr("FILE*", ivlua.stream, "not a file")

-- the REPL opens a JSON Lines file as the corpus
code, out = sh(IV .. " " .. q(dir .. "/crawl.jsonl.gz"), "print(#corpus, corpus[1].doc)")
check(has(out, #names .. "\t" .. names[1]), "ivlua crawl.jsonl.gz: the corpus in the REPL: " .. out)

-- {======== links in a corpus directory ========

-- links/a holds three articles, a loop back to links/ and a link to its
-- sibling b; b holds two more, a link to a file of a, and a hard link to
-- one of its own: seven names, five articles, each read once
local L = dir .. "/links"
assert(os.execute("mkdir -p " .. q(L .. "/a") .. " " .. q(L .. "/b")))
for i = 1, 3 do T.write(L .. "/a/" .. names[i], T.read(examples .. "/" .. names[i])) end
for i = 4, 5 do T.write(L .. "/b/" .. names[i], T.read(examples .. "/" .. names[i])) end
assert(os.execute("cd " .. q(L) .. " && ln -s .. a/loop && ln -s ../b a/sibling && ln -s ../a/" .. q(names[1]) ..
  " b/zz-link.txt && ln b/" .. q(names[4]) .. " b/zz-hard.txt"))
local function docs_of(out)
  local seen, n = {}, 0
  for doc in out:gmatch('{"doc":"(.-)","type"') do
    if not seen[doc] then n = n + 1 end
    seen[doc] = (seen[doc] or 0) + 1
  end
  return seen, n
end
local _, once = extract(q(dir .. "/txt"))
code, out, err = extract(q(L))
eq(code, 0, "a loop is a warning, not a failure: " .. err)
local loop_warning = "ivlua: warning: " .. L .. "/a/loop: a link back to " .. L .. " (a loop): not followed\n"
eq(err, loop_warning, "the loop is named, once")
local seen, n = docs_of(out)
eq(n, 5, "five articles through seven names")
local alone = docs_of(once)
for i = 1, 5 do eq(seen[names[i]], alone[names[i]], names[i] .. ": its entities once") end
-- the same through ivlua.load (query): five articles, the warning printed
code, out, err = sh(IV .. " query 'articles:count()' " .. q(L))
eq(code, 0, "query over a loop: " .. err)
check(has(out, "5"), "query: five articles: " .. out)
eq(err, loop_warning, "query names the loop")
-- in Lua: corpus.errors has the warning
code, out, err = sh(IV .. " -e " .. q("local c = ivlua.load(" .. string.format("%q", L) ..
  ") print(#c, #c.errors, c.errors[1])"))
check(has(out, "5\t1\twarning: " .. L .. "/a/loop: "), "ivlua.load: 5 articles, one warning: " .. out .. err)

-- deeper than the walk goes (1024 directories): the directory is named,
-- status 1; what is above it is read
local deep = dir .. "/deep" .. string.rep("/d", 1025)
assert(os.execute("mkdir -p " .. q(deep)))
T.write(dir .. "/deep/d/top.txt", T.read(examples .. "/" .. names[1]))
T.write(deep .. "/bottom.txt", T.read(examples .. "/" .. names[2]))
code, out, err = extract(q(dir .. "/deep"))
eq(code, 1, "too deep: status 1")
check(has(err, "ivlua: " .. dir .. "/deep" .. string.rep("/d", 1024) .. ": more than 1024 directories deep: not read"),
  "too deep: the directory is named: " .. err:sub(1, 100) .. "...")
seen = docs_of(out)
check(seen["top.txt"] and not seen["bottom.txt"], "too deep: what is above is read, what is below is not")

-- }========

os.execute("rm -rf " .. q(dir))
