--- Output files and standard output when things go wrong: -o to a device,
-- a FIFO, a symbolic link; temporaries that are unpredictable, never follow
-- what is planted at their name, and never survive an error, Ctrl-C or
-- SIGTERM; a full disk or a closed standard output is one plain line,
-- status 1. Everything is made here, in a temporary directory.
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local bin, examples = ...
local IV = q(bin)
local EX = q(examples)
local dir = T.tmpdir()
local function has(s, frag) return s:find(frag, 1, true) ~= nil end
local function path(name) return dir .. "/" .. name end
local function test(flag, name) return os.execute("test " .. flag .. " " .. q(path(name))) == true end
local function lines(s) local n = 0 for _ in s:gmatch("[^\n]*\n") do n = n + 1 end return n end

local function listing() return T.listing(dir) end
local function temporaries()
  local found = {}
  for name in io.popen("ls -A " .. q(dir)):lines() do
    if name:match("%.ivlua%-") or name:match("%.tmp$") then found[#found + 1] = name end
  end
  return found
end

-- one message line, no traceback
local function one_line(err, what)
  check(lines(err) == 1 and not has(err, "traceback") and not has(err, ".lua:"),
    what .. ": one plain line, got: " .. err)
end

local code, want, err = sh(IV .. " extract " .. EX)
eq(code, 0, "extract to stdout: " .. err)
check(#want > 1000, "the example corpus gives entities")

-- {======== devices ========

if os.execute("test -c /dev/full") then
  code, _, err = sh(IV .. " extract " .. EX .. " -o /dev/full")
  eq(code, 1, "-o /dev/full: status")
  check(has(err, "/dev/full: No space left on device"), "-o /dev/full names the file: " .. err)
  one_line(err, "-o /dev/full")
  check(os.execute("test -c /dev/full"), "/dev/full is still a character device")
  for _, cmd in ipairs {
    "extract " .. EX,
    "extract -f csv " .. EX,
    "extract -f markdown " .. EX,
    "query 'entities:count()' " .. EX,
    "query 'facts:group_by(\"type\")' " .. EX,
    "report " .. EX,
    "explain " .. EX,
  } do
    code, _, err = sh("{ " .. IV .. " " .. cmd .. " > /dev/full; }")
    eq(code, 1, cmd .. " > /dev/full: status")
    check(has(err, "standard output: No space left on device"), cmd .. " > /dev/full: " .. err)
    one_line(err, cmd .. " > /dev/full")
  end
  code, _, err = sh(IV .. " report " .. EX .. " -o /dev/full")
  eq(code, 1, "report -o /dev/full: status")
  check(has(err, "/dev/full: No space left on device"), "report -o /dev/full: " .. err)
  -- ivlua.format.write to a file handle that fails raises, naming it
  code, _, err = sh("{ " .. IV .. [[ -e 'ivlua.format.write("jsonl", {{a = string.rep("x", 100000)}})' > /dev/full; }]])
  eq(code, 1, "ivlua.format.write to a full standard output: status")
  check(has(err, "standard output: No space left on device"), "ivlua.format.write: " .. err)
end

code, _, err = sh(IV .. " extract " .. EX .. " -o /dev/null")
eq(code, 0, "-o /dev/null: " .. err)
check(os.execute("test -c /dev/null"), "/dev/null is still a character device")

code, _, err = sh(IV .. " extract " .. EX .. " -o " .. q(dir))
eq(code, 1, "-o a directory: status")
check(has(err, dir .. ": Is a directory"), "-o a directory: " .. err)

-- }========

-- {======== a FIFO with a reader ========

assert(os.execute("mkfifo " .. q(path("fifo"))))
code, _, err = sh("cd " .. q(dir) .. " && { cat fifo > got & " .. IV .. " extract " .. EX ..
  " -o fifo; st=$?; wait; exit $st; }")
eq(code, 0, "-o FIFO: " .. err)
eq(T.read(path("got")), want, "-o FIFO: what the reader got")
check(test("-p", "fifo"), "the FIFO is still a FIFO")
os.remove(path("got"))

-- }========

-- {======== regular files and links ========

code, _, err = sh(IV .. " extract " .. EX .. " -o " .. q(path("out.jsonl")))
eq(code, 0, "-o a new file: " .. err)
eq(T.read(path("out.jsonl")), want, "-o a new file: the same bytes as standard output")
local umask = io.popen("umask"):read("l")
local mode = string.format("%o", 438 & ~tonumber(umask, 8))
eq(io.popen("stat -c %a " .. q(path("out.jsonl"))):read("l"), mode, "a new file's mode is 0666 less the umask")

-- an existing file keeps its permission bits
assert(os.execute("chmod 640 " .. q(path("out.jsonl"))))
code, _, err = sh(IV .. " extract -f csv " .. EX .. " -o " .. q(path("out.jsonl")))
eq(code, 0, "-o an existing file: " .. err)
check(T.read(path("out.jsonl")):match("^doc,type,"), "-o an existing file: replaced")
eq(io.popen("stat -c %a " .. q(path("out.jsonl"))):read("l"), "640", "the file kept its mode")

-- a symbolic link: the file it ends at is replaced, the link stays
assert(os.execute("cd " .. q(dir) .. " && mkdir sub && ln -s sub/target.jsonl link1 && ln -s link1 link2"))
T.write(path("sub/target.jsonl"), "old\n")
code, _, err = sh(IV .. " extract " .. EX .. " -o " .. q(path("link2")))
eq(code, 0, "-o a link to a link: " .. err)
check(test("-L", "link2") and test("-L", "link1"), "the links are still links")
eq(T.read(path("sub/target.jsonl")), want, "-o a link: the file it ends at has the output")
eq(listing(), "fifo link1 link2 out.jsonl sub", "-o a link: nothing beside the links")
-- a link to nothing yet: the file it names is created
assert(os.execute("cd " .. q(dir) .. " && ln -s sub/new.jsonl dangling"))
code, _, err = sh(IV .. " extract " .. EX .. " -o " .. q(path("dangling")))
eq(code, 0, "-o a dangling link: " .. err)
check(test("-L", "dangling"), "the dangling link is still a link")
eq(T.read(path("sub/new.jsonl")), want, "-o a dangling link: its file is created")
assert(os.execute("cd " .. q(dir) .. " && rm -r sub link1 link2 dangling"))

-- a file or link planted where the temporary used to be (out.jsonl.XXXXXX.tmp)
-- or at the template's name is never followed nor removed
T.write(path("victim"), "keep\n")
assert(os.execute("cd " .. q(dir) .. " && ln -s victim .out.jsonl.ivlua-XXXXXX && ln -s victim out.jsonl.000000.tmp" ..
  " && for i in 1 2 3 4 5 6 7 8; do ln -s victim .out.jsonl.ivlua-00000$i; done"))
code, _, err = sh(IV .. " extract " .. EX .. " -o " .. q(path("out.jsonl")))
eq(code, 0, "-o with planted links: " .. err)
eq(T.read(path("victim")), "keep\n", "the planted links were not followed")
eq(T.read(path("out.jsonl")), want, "-o with planted links: the output")
check(test("-L", ".out.jsonl.ivlua-XXXXXX") and test("-L", "out.jsonl.000000.tmp"), "the planted links are left alone")
assert(os.execute("cd " .. q(dir) .. " && rm victim .out.jsonl.ivlua-* out.jsonl.000000.tmp"))

-- a run that fails midway leaves the file as it was and no temporary
T.write(path("bad.lua"), [[
ivlua.format.register("half", function(out, rows)
  local n = 0
  for row in rows do
    out:write(row.type, "\n")
    n = n + 1
    if n == 50 then error("the format gives up") end
  end
end)
]])
T.write(path("out.jsonl"), "old\n")
code, _, err = sh(IV .. " extract --load " .. q(path("bad.lua")) .. " -f half " .. EX .. " -o " .. q(path("out.jsonl")))
eq(code, 1, "a format that raises midway: status")
check(has(err, path("out.jsonl") .. ": ") and has(err, "the format gives up"), "the message names the file: " .. err)
check(not has(err, ".ivlua-"), "the message does not name the temporary: " .. err)
eq(T.read(path("out.jsonl")), "old\n", "the file is as it was")
eq(#temporaries(), 0, "no temporary after the error: " .. table.concat(temporaries(), " "))

-- the same from Lua: ivlua.format.write to a path
code, _, err = sh(IV .. " -e " .. q(([[
local out = OUT
local ok, e = pcall(ivlua.format.write, "csv", function() error("no rows today") end, out)
assert(not ok and e:find(out .. ": ", 1, true) and e:find("no rows today", 1, true), e)
assert(ivlua.format.write("csv", { { a = 1 } }, out))
local core = require "ivlua.core"
local f = assert(core.output_open(out))
f:write("half")
f:close() -- abandoned: removed, the file as it was
do local g = assert(core.output_open(out)) g:write("lost") end
collectgarbage()
collectgarbage()
local got = io.open(out):read("a")
assert(got == "a\r\n1\r\n", got)
]]):gsub("OUT", string.format("%q", path("lua.csv")))))
eq(code, 0, "ivlua.format.write and core.output_open from Lua: " .. err)
eq(#temporaries(), 0, "no temporary after an abandoned output: " .. table.concat(temporaries(), " "))
os.remove(path("lua.csv"))

-- }========

-- {======== signals ========

-- the input is a FIFO nobody writes: the command waits (in C, opening it)
-- with the temporary made; the signal must remove it and kill ivlua
assert(os.execute("mkfifo " .. q(path("in.txt"))))
T.write(path("out.jsonl"), "old\n")
local names = {}
for _, sig in ipairs { "TERM", "INT", "HUP", "TERM" } do
  local script = "cd " .. q(dir) .. " && { " .. IV .. " extract in.txt -o out.jsonl & pid=$!; i=0; " ..
    "while [ -z \"$(ls -A | grep ivlua-)\" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done; " ..
    "ls -A | grep ivlua-; kill -" .. sig .. " $pid; wait $pid; exit $?; }"
  local code, out = sh(script)
  local signum = ({ TERM = 15, INT = 2, HUP = 1 })[sig]
  eq(code, 128 + signum, "SIG" .. sig .. ": ivlua dies of it")
  local name = out:match("[^\n]+")
  check(name and name:match("^%.out%.jsonl%.ivlua%-%w%w%w%w%w%w$"), "the temporary's name: " .. tostring(name))
  names[#names + 1] = name
  eq(#temporaries(), 0, "no temporary after SIG" .. sig .. ": " .. table.concat(temporaries(), " "))
  eq(T.read(path("out.jsonl")), "old\n", "SIG" .. sig .. ": the file is as it was")
end
check(names[1] ~= names[2] and names[2] ~= names[3] and names[1] ~= names[3],
  "every run has its own temporary: " .. table.concat(names, " "))
os.remove(path("in.txt"))

-- }========

-- {======== pipes ========

-- eight copies of the corpus: more than a pipe holds, so ivlua meets the
-- closed pipe
assert(os.execute("mkdir " .. q(path("big")) .. " && for i in 1 2 3 4 5 6 7 8; do cp -r " .. EX .. " " ..
  q(path("big")) .. "/$i; done"))
local BIG = q(path("big"))
code, out, err = sh("{ " .. IV .. " extract " .. BIG .. " | head -1; }")
eq(code, 0, "| head -1: status")
eq(lines(out), 1, "| head -1: one line")
eq(err, "", "| head -1 ends quietly")
code, out, err = sh("{ " .. IV .. " extract -f csv " .. BIG .. " | head -1; }")
eq(err, "", "csv | head -1 ends quietly")
-- with SIGPIPE ignored (as some parents leave it), the closed pipe is one line
code, out, err = sh("{ trap '' PIPE; { " .. IV .. " extract " .. BIG .. "; echo \"status $?\" >&2; } | head -1; }")
check(has(err, "standard output: Broken pipe\nstatus 1\n"), "SIGPIPE ignored: one line, status 1: " .. err)
one_line((err:gsub("status 1\n", "")), "SIGPIPE ignored")

-- }========

os.execute("rm -rf " .. q(dir))
