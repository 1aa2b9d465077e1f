--- The facts stage caches what it finds for a word list by the list's
-- address (src/facts/facts_words.c), so a list handed to fx_any, fx_first,
-- fx_starts_with_any or fx_ends_with_any must be a static array: a compound
-- literal in a function lives on the stack, where another call's literal
-- takes the same address and is answered with the first one's words (two
-- such literals changed facts once the cache emptied: set qweek28). This
-- reads the sources for such a literal.
local root = ...
local check = T.check
local files = 0
local p = assert(io.popen("ls " .. T.quote(root .. "/src/facts") .. "/*.c"))
for path in p:lines() do
  files = files + 1
  local n = 0
  for line in io.lines(path) do
    n = n + 1
    -- (a macro's body is not in a function: lexicon.c's WORDS(...) makes
    -- file-scope arrays)
    if not line:find("^%s*#") then
      check(not line:find("(const char *const[]){", 1, true),
        string.format("%s:%d: a word list as a compound literal: make it a static array", path, n))
    end
  end
end
p:close()
check(files > 5, "the facts sources were read")
