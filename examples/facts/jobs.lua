--- A fact rule written in Lua: the jobs a project creates or the workers a
-- plant employs ("create 5,000 additional jobs", "employing about 11,600
-- workers"), with the company and the province named in the same sentence.
--
--     ivlua extract --rules examples/facts/jobs.lua examples/corpus
--
-- The facts come out with the built-in ones, as "employment" lines (and in
-- the columns jobs, employer and province of csv and the other tables).

local ivlua = require "ivlua"

ivlua.fact{
  name = "jobs",
  type = "employment",
  -- the fields of its facts: the table formats (csv ...) write them as
  -- columns before any article is read
  returns = { "jobs", "employer", "province" },
  link = function(sentence)
    local jobs, employer, place
    for _, e in ipairs(sentence.entities) do
      if e.type == "count" and (e.unit == "job" or e.unit == "worker") then
        jobs = jobs or e
      elseif e.type == "organization" and not employer then
        employer = e
      elseif e.type == "location" and e.province and not place then
        place = e
      end
    end
    if not jobs then return nil end
    local fact = { jobs = jobs.value, mentions = { jobs } }
    if employer then
      fact.employer = employer.name
      fact.mentions[#fact.mentions + 1] = employer
    end
    if place then
      fact.province = place.province
      fact.mentions[#fact.mentions + 1] = place
    end
    return fact
  end,
}
